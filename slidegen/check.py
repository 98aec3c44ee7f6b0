"""`slidegen check`: plan an outline without writing a deck, and report what the back row will see.

Per slide: the size of its main text (and whether the planner had to go down to the theme's
minimum), whether every text box really holds its text (each block is re-measured here, an
independent check of the planner's fitting; on a parallel slide both translations' texts, a
problem naming the translation it is in), and the contrast the plan records for each block:
its worst colour against what is drawn under it, scrims included (the planner decides legibility;
check only reports it, so it cannot disagree with what is shown). Also which font files measured
the text, every warning from loading and planning, and the colours the planner swapped.

`problems` counts overflow risks, text below WCAG AA and warnings; the CLI exits 1 with
`--strict` when it is not zero. Swapped colours are reported, not counted: what is shown reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from slidegen import fit
from slidegen.contrast import AA_CONTRAST
from slidegen.model import Scrim, SlidePlan, TextBlock, Theme
from slidegen.plan.resources import Fonts

_EPS = 1e-6
_TITLE_WIDTH = 44


@dataclass(frozen=True)
class BlockCheck:
    """One text box re-measured: what it needs against what it has."""

    text: str
    size_pt: float
    lines: int
    needed_height_pt: float
    height_pt: float
    widest_pt: float
    width_pt: float
    colors: tuple[str, ...]
    contrast: float  # the worst of its colours against what is drawn under it, scrims included
    scrim: bool = False  # a scrim lies under it
    translation: str = ""  # on a parallel verse slide, the translation whose text it is

    @property
    def low_contrast(self) -> bool:
        return self.contrast < AA_CONTRAST

    @property
    def overflows(self) -> bool:
        return (
            self.needed_height_pt > self.height_pt + _EPS
            or self.widest_pt > self.width_pt * fit.WIDTH_SAFETY + _EPS
        )

    def describe(self) -> str:
        short = self.text.replace("\n", " ")
        short = short if len(short) <= 40 else short[:39] + "…"
        whose = f"{self.translation} text " if self.translation else ""
        return (
            f"{whose}“{short}” at {self.size_pt:g} pt needs {self.lines} lines = "
            f"{self.needed_height_pt:.0f} x {self.widest_pt:.0f} pt, box is "
            f"{self.height_pt:.0f} x {self.width_pt * fit.WIDTH_SAFETY:.0f} pt"
        )


@dataclass(frozen=True)
class SlideCheck:
    number: int
    kind: str
    title: str
    size_pt: float  # the main text: the body of a verse slide, else the slide's title text
    min_pt: float  # the theme's minimum for this kind
    blocks: tuple[BlockCheck, ...]

    @property
    def at_minimum(self) -> bool:
        return self.size_pt <= self.min_pt + _EPS

    @property
    def contrast(self) -> float:
        return min((b.contrast for b in self.blocks), default=21.0)

    @property
    def scrims(self) -> int:
        return sum(b.scrim for b in self.blocks)

    @property
    def overflows(self) -> tuple[BlockCheck, ...]:
        return tuple(b for b in self.blocks if b.overflows)

    @property
    def low_contrast(self) -> tuple[BlockCheck, ...]:
        return tuple(b for b in self.blocks if b.low_contrast)

    @property
    def problems(self) -> int:
        return len(self.overflows) + len(self.low_contrast)


@dataclass(frozen=True)
class CheckReport:
    source: str
    theme: str
    rows: tuple[SlideCheck, ...]
    fonts: tuple[str, ...]  # FontSource descriptions, one per font/style the plan uses
    warnings: tuple[str, ...]
    notices: tuple[str, ...] = ()  # colours the planner swapped so text stays legible

    @property
    def problems(self) -> int:
        return sum(row.problems for row in self.rows) + len(self.warnings)

    def format(self) -> str:
        """The table `slidegen check` prints, then fonts, warnings and a summary line."""
        header = f"{'#':>3}  {'kind':<8}{'size':>6}  {'min?':<5}{'contrast':>9}  {'fits':<5}title"
        lines = [f"{self.source} — theme {self.theme}", "", header, "-" * len(header)]
        for row in self.rows:
            title = row.title if len(row.title) <= _TITLE_WIDTH else row.title[:43] + "…"
            minimum = "below" if row.size_pt < row.min_pt - _EPS else "min"
            flag = "!" if row.low_contrast else ("s" if row.scrims else "")
            lines.append(
                f"{row.number:>3}  {row.kind:<8}{row.size_pt:>6g}  "
                f"{minimum if row.at_minimum else '':<5}{row.contrast:>8.1f}{flag:1}  "
                f"{'NO' if row.overflows else 'yes':<5}{title}"
            )
            for block in row.overflows:
                lines.append(f"       overflow risk: {block.describe()}")
            for block in row.low_contrast:
                lines.append(
                    f"       low contrast {block.contrast:.1f} (< {AA_CONTRAST:g}) for "
                    f"{'/'.join(block.colors)}: “{block.text.splitlines()[0][:40]}”"
                )
        if any(row.scrims for row in self.rows):
            lines += ["", "s: a scrim is put under text the background would drown out."]
        lines += ["", "Fonts:"] + [f"  {f}" for f in self.fonts]
        if self.notices:
            lines += ["", "Colours changed for legibility:"] + [f"  {n}" for n in self.notices]
        if self.warnings:
            lines += ["", "Warnings:"] + [f"  {w}" for w in self.warnings]
        overflow = sum(len(r.overflows) for r in self.rows)
        contrast = sum(len(r.low_contrast) for r in self.rows)
        lines += [
            "",
            f"{len(self.rows)} slides; {self.problems} problems ({overflow} overflow risks, "
            f"{contrast} low contrast, {len(self.warnings)} warnings)",
        ]
        return "\n".join(lines)


def check_block(
    block: TextBlock, fonts: Fonts, scrims: tuple[Scrim, ...] = (), translation: str = ""
) -> BlockCheck:
    """Re-wrap the block's text at its size in its box with the face that measured it; report
    the contrast the plan records for it. `translation`: whose text it is, on a parallel slide."""
    measurer = fonts.measurer(block.font, block.bold, block.italic)
    lines = fit.wrap(block.text, measurer, block.size_pt, block.width * fit.WIDTH_SAFETY)
    return BlockCheck(
        text=block.text,
        size_pt=block.size_pt,
        lines=len(lines),
        needed_height_pt=len(lines) * measurer.line_height(block.size_pt),
        height_pt=block.height,
        widest_pt=max((measurer.width(line, block.size_pt) for line in lines), default=0.0),
        width_pt=block.width,
        colors=block.colors,
        contrast=block.contrast,
        scrim=any(_covers(scrim, block) for scrim in scrims),
        translation=translation,
    )


def _covers(scrim: Scrim, block: TextBlock) -> bool:
    return (
        scrim.x <= block.x + _EPS
        and scrim.y <= block.y + _EPS
        and scrim.x + scrim.width >= block.x + block.width - _EPS
        and scrim.y + scrim.height >= block.y + block.height - _EPS
    )


def check_slide(number: int, slide: SlidePlan, theme: Theme, fonts: Fonts) -> SlideCheck:
    main = slide.main_block
    whose = _translations(slide)
    return SlideCheck(
        number=number,
        kind=slide.kind,
        title=slide.title,
        size_pt=main.size_pt,
        min_pt=theme.style(slide.kind).min_pt,
        blocks=tuple(
            check_block(b, fonts, slide.scrims, whose.get(i, ""))
            for i, b in enumerate(slide.blocks)
        ),
    )


def _translations(slide: SlidePlan) -> dict[int, str]:
    """On a parallel verse slide, each translation's text (its place in `blocks`) → its code:
    both are re-measured, and a problem names the one it is in."""
    scripture = slide.scripture
    if scripture is None or scripture.parallel is None:
        return {}
    codes = (scripture.translation, scripture.parallel.translation)
    return {
        slide.blocks.index(block): code
        for block, code in zip(slide.verse_blocks, codes, strict=True)
    }


def check_outline(
    path: str | Path,
    theme: str | None = None,
    translation: str | None = None,
    overrides: Mapping[str, str] | None = None,
) -> CheckReport:
    """Load and plan `path` (nothing is written) and check every slide of the plan."""
    from slidegen.build import prepare  # build imports the whole pipeline; check is optional

    prepared = prepare(path, theme=theme, translation=translation, overrides=overrides)
    plan = prepared.plan()
    fonts = prepared.resources.fonts
    rows = tuple(check_slide(n, s, prepared.theme, fonts) for n, s in enumerate(plan.slides, 1))
    used = dict.fromkeys((b.font, b.bold, b.italic) for s in plan.slides for b in s.blocks)
    descriptions = tuple(
        fonts.measurer(font, bold, italic).source.description for font, bold, italic in used
    ) + tuple(
        f"{face.family}: Chinese, Japanese and Korean characters measured with {face.file}"
        for face in dict.fromkeys(
            run.east_asian
            for s in plan.slides
            for b in s.blocks
            for p in b.paragraphs
            for run in p
            if run.east_asian is not None
        )
    )
    return CheckReport(
        str(path),
        prepared.theme.name,
        rows,
        descriptions,
        prepared.warnings + plan.warnings,
        plan.notices,
    )
