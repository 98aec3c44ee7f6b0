"""Legibility, decided once for every run of text: its colour against what is drawn under it.

For each text block the planner asks `Legibility.settle`: every colour the block is drawn in is
measured (WCAG 2 contrast, against the 10th-percentile worst pixel of the backdrop under the
block). When one falls short of AA (4.5:1):
- a decoration colour (an accent or muted colour, not the theme's text or heading colour) that a
  text colour would fix is swapped for it: a colour change is quieter than a box;
  (colours are chosen for `TARGET_CONTRAST`, AA with room for anti-aliasing and projectors;
  the contrast recorded on each block is the measured one, which `check` holds to AA)
- otherwise a scrim goes under the block, in the one colour and the least opacity that lifts
  *every* colour in the block to AA (never a light box under light text); when no scrim can serve
  them all, the decoration colours fall back to the text colour first.
Scrims near each other merge into one panel, and the contrast recorded on each block is measured
again over the backdrop with the scrims laid on it: what the plan says is what is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import cast

from PIL import Image, ImageDraw

from slidegen.contrast import AA_CONTRAST, RGB, TARGET_CONTRAST, contrast, mix, rgb, worst_contrast
from slidegen.model import Scrim, TextBlock, Theme

SCRIM_PAD_PT = (14.0, 8.0)  # horizontal, vertical
MERGE_GAP_PT = 40.0
_SEARCH_STEPS = 8


@dataclass(frozen=True)
class ColorChange:
    """A colour the planner could not keep: drawn as `replacement` for legibility."""

    color: str
    replacement: str
    contrast: float  # what `color` would have had on the bare background
    # Why: "background" (too little contrast on it) or "scrim" (it could not share the box that
    # the block's other colours need).
    reason: str = "background"


class Legibility:
    """Judges text colours against a backdrop (what is drawn behind text, slide-sized)."""

    def __init__(self, theme: Theme, backdrop: Image.Image) -> None:
        self.theme = theme
        self.scale = backdrop.width / theme.slide_width_pt
        # Quantise to 32 levels a channel: far fewer distinct colours to rank, same verdicts.
        self.backdrop = backdrop.convert("RGB").point(lambda v: (v & 0xF8) | 4)
        self._memo: dict[tuple[object, ...], float] = {}
        self._scrims: dict[tuple[object, ...], tuple[str, float] | None] = {}
        # The text colours a decoration colour may fall back to, in order of preference.
        self.fallbacks = tuple(dict.fromkeys((theme.text_color, theme.heading_color)))
        self.changes: list[ColorChange] = []

    # -- measuring ---------------------------------------------------------------------------
    def _box(self, rect: Sequence[float], image: Image.Image) -> tuple[int, int, int, int]:
        x, y, w, h = rect
        s = self.scale
        left, top = max(0, int(x * s)), max(0, int(y * s))
        return (
            left,
            top,
            min(image.width, max(left + 1, round((x + w) * s))),
            min(image.height, max(top + 1, round((y + h) * s))),
        )

    def pixels(
        self, rect: Sequence[float], image: Image.Image | None = None
    ) -> list[tuple[int, RGB]]:
        image = image or self.backdrop
        crop = image.crop(self._box(rect, image))
        return cast("list[tuple[int, RGB]]", crop.getcolors(crop.width * crop.height) or [])

    def raw_contrast(self, color: str, rect: Sequence[float]) -> float:
        """`color` against the bare backdrop under `rect` (memoised: slides repeat boxes)."""
        key = (color, *rect)
        if key not in self._memo:
            self._memo[key] = worst_contrast(color, self.pixels(rect))
        return self._memo[key]

    # -- deciding ----------------------------------------------------------------------------
    def scrim_for(self, colors: Sequence[str], rect: Sequence[float]) -> tuple[str, float] | None:
        """The scrim (colour, opacity) that lifts every colour to the target with the least
        opacity (memoised: slides repeat the same boxes)."""
        key = (tuple(colors), *rect)
        if key not in self._scrims:
            self._scrims[key] = self._scrim_for(colors, rect)
        return self._scrims[key]

    def _scrim_for(self, colors: Sequence[str], rect: Sequence[float]) -> tuple[str, float] | None:
        pixels = self.pixels(rect)
        best: tuple[str, float] | None = None
        for candidate in dict.fromkeys((self.theme.background, "#000000", "#FFFFFF")):
            if any(contrast(c, candidate) < TARGET_CONTRAST for c in colors):
                continue  # even a solid box of this colour would not do
            over = rgb(candidate)

            def enough(alpha: float, over: RGB = over) -> bool:
                mixed = [(n, mix(p, over, alpha)) for n, p in pixels]
                return all(worst_contrast(c, mixed) >= TARGET_CONTRAST for c in colors)

            low, high = 0.0, 1.0
            for _ in range(_SEARCH_STEPS):
                mid = (low + high) / 2
                low, high = (low, mid) if enough(mid) else (mid, high)
            opacity = min(1.0, round(high + 0.02, 2))
            if best is None or opacity < best[1]:
                best = (candidate, opacity)
        return best

    def _fallback(self, color: str, rect: Sequence[float]) -> str | None:
        """A text colour that reads on the bare backdrop in place of a decoration colour."""
        if color in self.fallbacks:
            return None
        for candidate in self.fallbacks:
            if self.raw_contrast(candidate, rect) >= TARGET_CONTRAST:
                return candidate
        return None

    def _swap(self, block: TextBlock, swaps: dict[str, str], reason: str) -> TextBlock:
        if not swaps:
            return block
        for old, new in swaps.items():
            contrast_before = self.raw_contrast(old, block.rect)
            self.changes.append(ColorChange(old, new, contrast_before, reason))
        paragraphs = tuple(
            tuple(
                replace(run, color=swaps[run.color]) if run.color in swaps else run
                for run in paragraph
            )
            for paragraph in block.paragraphs
        )
        return replace(block, paragraphs=paragraphs, color=swaps.get(block.color, block.color))

    def decide(self, block: TextBlock) -> tuple[TextBlock, Scrim | None]:
        """The block with the colours it can keep, and the scrim it needs (or None)."""
        rect = block.rect
        failing = [c for c in block.colors if self.raw_contrast(c, rect) < TARGET_CONTRAST]
        if not failing:
            return block, None
        swaps = {c: f for c in failing if (f := self._fallback(c, rect)) is not None}
        if len(swaps) == len(failing):
            return self._swap(block, swaps, "background"), None  # a quiet fix for each
        if not self.theme.auto_scrim:
            return self._swap(block, swaps, "background"), None
        scrim = self.scrim_for(block.colors, rect)
        if scrim is None:
            # No one box serves every colour: decoration colours give way to the text colour.
            text = self.fallbacks[0]
            forced = {c: text for c in block.colors if c not in self.fallbacks}
            block = self._swap(block, forced, "scrim")
            scrim = self.scrim_for(block.colors, rect)
        if scrim is None:
            return block, None
        px, py = SCRIM_PAD_PT
        x, y = max(0.0, block.x - px), max(0.0, block.y - py)
        right = min(self.theme.slide_width_pt, block.x + block.width + px)
        bottom = min(self.theme.slide_height_pt, block.y + block.height + py)
        return block, Scrim(x, y, right - x, bottom - y, scrim[0], scrim[1])

    def settle(
        self, blocks: Sequence[TextBlock]
    ) -> tuple[tuple[TextBlock, ...], tuple[Scrim, ...]]:
        """A slide's blocks with legible colours and measured contrast, and its scrims."""
        decided = [self.decide(block) for block in blocks]
        kept = [b for b, _ in decided]
        scrims = [_trim(s, kept) for s in _merge([s for _, s in decided if s], kept)]
        shown = self.backdrop
        if scrims:
            shown = self.backdrop.convert("RGBA")
            for scrim in scrims:
                layer = Image.new("RGBA", shown.size, (0, 0, 0, 0))
                fill = (*rgb(scrim.color), round(scrim.opacity * 255))
                box = self._box((scrim.x, scrim.y, scrim.width, scrim.height), shown)
                ImageDraw.Draw(layer).rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill)
                shown = Image.alpha_composite(shown, layer)
            shown = shown.convert("RGB")
        settled = []
        for block, _ in decided:
            if shown is self.backdrop:
                worst = min(self.raw_contrast(c, block.rect) for c in block.colors)
            else:
                pixels = self.pixels(block.rect, shown)
                worst = min(worst_contrast(c, pixels) for c in block.colors)
            settled.append(replace(block, contrast=round(worst, 2)))
        return tuple(settled), tuple(scrims)

    def notices(self) -> list[str]:
        """One line per colour swapped, however many slides it was swapped on."""
        counts: dict[tuple[str, str, str], tuple[int, float]] = {}
        for change in self.changes:
            key = (change.color, change.replacement, change.reason)
            seen, worst = counts.get(key, (0, 21.0))
            counts[key] = (seen + 1, min(worst, change.contrast))
        roles = {  # later entries win where two roles share a colour
            self.theme.heading_color: "heading",
            self.theme.text_color: "text",
            self.theme.muted_color: "muted",
            self.theme.accent_color: "accent",
        }
        lines = []
        for (old, new, reason), (count, worst) in counts.items():
            role = roles.get(old, "")
            named = f"the {role} colour {old}" if role else f"colour {old}"
            boxes = f"{count} text {'box' if count == 1 else 'boxes'}"
            instead = f"{roles.get(new, 'text')} colour {new} instead"
            if reason == "background":
                why = (
                    f"has only {worst:.1f}:1 contrast against the background (slidegen keeps "
                    f"text at {TARGET_CONTRAST:g}:1, WCAG AA's {AA_CONTRAST:g}:1 with room for a "
                    f"projector), so {boxes} use {instead} — pick a "
                    f"{'lighter' if _is_dark_on(old, new) else 'darker'} "
                    f"'colors: {{{role or 'accent'}: …}}' to keep it"
                )
            else:
                why = (
                    f"cannot share a scrim with the text colour {new} (one needs a dark box, "
                    f"the other a light one), so {boxes} use {instead} — choose text and "
                    "accent colours that are both light or both dark, or a calmer background"
                )
            lines.append(f"{named} {why}")
        return lines


def _is_dark_on(color: str, text: str) -> bool:
    """Whether `color` is darker than the text colour that replaced it (so lighter would help)."""
    return contrast(color, "#000000") < contrast(text, "#000000")


def _merge(scrims: list[Scrim], blocks: Sequence[TextBlock]) -> list[Scrim]:
    """Scrims of one colour that are near each other, joined into one panel, unless the panel
    would also cover text that cannot be read on that colour."""
    merged: list[Scrim] = []
    for scrim in scrims:
        for i, other in enumerate(merged):
            # Near neighbours join too: one even panel reads as design, a patchwork does not.
            near = MERGE_GAP_PT
            overlaps = not (
                scrim.x >= other.x + other.width + near
                or other.x >= scrim.x + scrim.width + near
                or scrim.y >= other.y + other.height + near
                or other.y >= scrim.y + scrim.height + near
            )
            if not overlaps or scrim.color != other.color:
                continue
            x, y = min(scrim.x, other.x), min(scrim.y, other.y)
            right = max(scrim.x + scrim.width, other.x + other.width)
            bottom = max(scrim.y + scrim.height, other.y + other.height)
            joined = Scrim(
                x, y, right - x, bottom - y, scrim.color, max(scrim.opacity, other.opacity)
            )
            if all(_reads_on(block, joined) for block in blocks):
                merged[i] = joined
                break
        else:
            merged.append(scrim)
    return merged


def _trim(scrim: Scrim, blocks: Sequence[TextBlock]) -> Scrim:
    """The scrim with its padding pulled back from text above or below that cannot be read on
    it (a light box's margin must not reach into a dark-text line next to it)."""
    top, bottom = scrim.y, scrim.y + scrim.height
    for block in blocks:
        if _reads_on(block, scrim):
            continue
        if block.y >= scrim.y + scrim.height / 2:
            bottom = min(bottom, block.y)
        else:
            top = max(top, block.y + block.height)
    return replace(scrim, y=top, height=max(0.0, bottom - top))


def _reads_on(block: TextBlock, scrim: Scrim) -> bool:
    """Whether every colour of `block` reads on `scrim`'s colour, or the scrim misses it."""
    apart = (
        block.x >= scrim.x + scrim.width
        or scrim.x >= block.x + block.width
        or block.y >= scrim.y + scrim.height
        or scrim.y >= block.y + block.height
    )
    return apart or all(contrast(c, scrim.color) >= TARGET_CONTRAST for c in block.colors)
