"""Plan → PNG images with Pillow: slidegen's own renderer, no LibreOffice needed.

It draws exactly what the plan says, in the plan's order: the background (photo, gradient or
colour), scrims, the logo, accent bars, then each text block at its planned size, wrapped at its
box's width as a presentation program wraps it (the plan holds no lines: the planner measured
the text to fit), every run in its own colour, weight and font file. Verse numbers are drawn as
superscript the way presentation programs draw it (smaller, raised). Sizes in the plan are
points; a slide is `SLIDE_HEIGHT_PX` pixels high whatever its aspect.

What it cannot draw is a church template's own master (its bands and pictures): with a template
the background is the master's colour that the planner measured text against.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import struct
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from slidegen.fit.breaks import parts
from slidegen.fit.fallback import covered
from slidegen.fit.fonts import font_vertical_metrics
from slidegen.images import paint_background
from slidegen.model import Plan, Run, SlidePlan, TextBlock

SLIDE_HEIGHT_PX = 1080
# How presentation programs draw a superscript: 58% of the size, raised by 30% of it.
SUPERSCRIPT_SIZE = 0.58
SUPERSCRIPT_RISE = 0.30
# An underline (a blank's line), in em: its top below the baseline, and its thickness.
UNDERLINE_DROP = 0.10
UNDERLINE_THICKNESS = 0.06
_BREAKABLE = " \t\f"


@dataclass(frozen=True)
class _Piece:
    """Part of a word in one run's style."""

    text: str
    run: Run


_Word = tuple[list[_Piece], bool]  # a word's pieces, and whether a space comes before it


def _words(runs: Sequence[Run]) -> list[_Word]:
    """The paragraph's words, each a list of pieces (a verse number and its first word are one
    word joined by a no-break space, in two styles), cut further where a line may break inside
    them (between Chinese characters: `fit.breaks`, as the planner wrapped)."""
    words: list[list[_Piece]] = [[]]
    for run in runs:
        current = ""
        for char in run.text:
            if char in _BREAKABLE:
                if current:
                    words[-1].append(_Piece(current, run))
                    current = ""
                if words[-1]:
                    words.append([])
            else:
                current += char
        if current:
            words[-1].append(_Piece(current, run))
    found: list[_Word] = []
    for number, word in enumerate(w for w in words if w):
        text = "".join(piece.text for piece in word)
        ends = list(accumulate(len(part) for part in parts(text)))
        for index, cut in enumerate(_cut(word, ends)):
            found.append((cut, number > 0 and index == 0))
    return found


def _cut(word: list[_Piece], ends: list[int]) -> list[list[_Piece]]:
    """A word's pieces regrouped so each group ends at one of `ends` (offsets in its text)."""
    groups: list[list[_Piece]] = [[]]
    at, next_end = 0, iter(ends)
    end = next(next_end)
    for piece in word:
        text = piece.text
        while text:
            take = min(len(text), end - at)
            groups[-1].append(_Piece(text[:take], piece.run))
            text, at = text[take:], at + take
            if at == end and at < ends[-1]:
                groups.append([])
                end = next(next_end)
    return groups


def _segments(words: Sequence[_Word]) -> list[_Piece]:
    """A line's words as runs of one style each (one drawing call per run, spaces inside)."""
    segments: list[_Piece] = []
    for number, (word, spaced) in enumerate(words):
        for index, piece in enumerate(word):
            gap = " " if number and spaced and index == 0 else ""
            if segments and segments[-1].run is piece.run:
                segments[-1] = _Piece(segments[-1].text + gap + piece.text, piece.run)
            else:
                if gap:
                    segments[-1] = _Piece(segments[-1].text + gap, segments[-1].run)
                segments.append(piece)
    return segments


# Presentation programs shape text with its kerning (OpenType GPOS): so does raqm, where Pillow
# has it (the planner measures without, which errs towards smaller text).
_LAYOUT = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC


@functools.lru_cache(maxsize=256)
def _font(path: str, size_px: int, index: int = 0) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if path:
        return ImageFont.truetype(path, size_px, index=index, layout_engine=_LAYOUT)
    return ImageFont.load_default(size=size_px)


_Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def _faces(run: Run, text: str, size_px: int) -> list[tuple[str, _Font]]:
    """`text` in stretches of one face: the run's own, and its East Asian face (planned) for
    the characters its own face lacks, drawn at the same size on the same baseline."""
    own = _font(run.font_file, size_px, run.font_index)
    face = run.east_asian
    if face is None:
        return [(text, own)]
    have = covered(Path(run.font_file), run.font_index) if run.font_file else frozenset()
    other = _font(face.file, size_px, face.index)
    spans: list[tuple[str, _Font]] = []
    for char in text:
        font = own if ord(char) in have or char in _BREAKABLE else other
        if spans and spans[-1][1] is font:
            spans[-1] = (spans[-1][0] + char, font)
        else:
            spans.append((char, font))
    return spans


class SlidePainter:
    """Draws planned slides at `scale` pixels per point."""

    def __init__(self, plan: Plan, height_px: int = SLIDE_HEIGHT_PX) -> None:
        self.plan = plan
        self.scale = height_px / plan.height_pt
        self.size = (round(plan.width_pt * self.scale), height_px)
        self._background = paint_background(plan.background, self.size)
        self._logo: Image.Image | None = None
        if plan.logo is not None:
            logo = plan.logo
            with Image.open(logo.path) as image:
                box = (round(logo.width * self.scale), round(logo.height * self.scale))
                self._logo = image.convert("RGBA").resize(box, Image.Resampling.LANCZOS)

    def px(self, points: float) -> float:
        return points * self.scale

    def paint(self, slide: SlidePlan) -> Image.Image:
        image = self._background.copy()
        for scrim in slide.scrims:
            box = self._box(scrim.x, scrim.y, scrim.width, scrim.height)
            region = (box[0], box[1], box[2] + 1, box[3] + 1)
            size = (region[2] - region[0], region[3] - region[1])
            # The scrim's shape as an alpha mask: its opacity, its corners rounded if planned.
            mask = Image.new("L", size, 0)
            ImageDraw.Draw(mask).rounded_rectangle(
                (0, 0, size[0] - 1, size[1] - 1),
                radius=round(self.px(scrim.radius)),
                fill=round(scrim.opacity * 255),
            )
            layer = Image.new("RGBA", size, scrim.color)
            layer.putalpha(mask)
            if image.mode == "RGBA":
                image.alpha_composite(layer, region[:2])
            else:
                image.paste(layer, region[:2], layer)
        if self._logo is not None and self.plan.logo is not None:
            at = (round(self.px(self.plan.logo.x)), round(self.px(self.plan.logo.y)))
            image.paste(self._logo, at, self._logo)
        draw = ImageDraw.Draw(image)
        for bar in slide.bars:
            draw.rectangle(self._box(bar.x, bar.y, bar.width, bar.height), fill=bar.color)
        for block in slide.blocks:
            self._text(draw, block)
        return image

    def _box(self, x: float, y: float, w: float, h: float) -> tuple[int, int, int, int]:
        left, top = round(self.px(x)), round(self.px(y))
        return left, top, round(self.px(x + w)) - 1, round(self.px(y + h)) - 1

    def _text(self, draw: ImageDraw.ImageDraw, block: TextBlock) -> None:
        size = self.px(block.size_pt)
        metrics = _metrics(block.font_file)
        lines = [line for paragraph in block.paragraphs for line in self._wrap(block, paragraph)]
        line_height = size * metrics.line
        top = self.px(block.y)
        if block.anchor == "middle":
            top += (self.px(block.height) - line_height * len(lines)) / 2
        elif block.anchor == "bottom":
            top += self.px(block.height) - line_height * len(lines)
        for index, words in enumerate(lines):
            segments = _segments(words)
            widths = [self._width(piece, size) for piece in segments]
            x = self.px(block.x)
            if block.align == "center":
                x += (self.px(block.width) - sum(widths)) / 2
            elif block.align == "right":
                x += self.px(block.width) - sum(widths)
            baseline = top + index * line_height + size * metrics.baseline
            for piece, width in zip(segments, widths, strict=True):
                self._piece(draw, piece, x, baseline, size)
                x += width

    def _wrap(self, block: TextBlock, runs: Sequence[Run]) -> list[list[_Word]]:
        """A paragraph's words in lines, wrapped at the box's width as a presentation program
        wraps (greedy, at spaces and between Chinese characters; the planner measured with a
        safety margin, so it fits)."""
        size = self.px(block.size_pt)
        limit = self.px(block.width)
        space = _font(block.font_file, max(1, round(size))).getlength(" ")
        lines: list[list[_Word]] = [[]]
        used = 0.0
        for word, spaced in _words(runs):
            width = sum(self._width(piece, size) for piece in word)
            gap = space if lines[-1] and spaced else 0.0
            if lines[-1] and used + gap + width > limit:
                lines.append([])
                used, gap = 0.0, 0.0
            used += gap + width
            lines[-1].append((word, spaced))
        return lines

    def _width(self, piece: _Piece, size: float) -> float:
        size_px = max(1, round(_run_size(piece.run, size)))
        drawn = sum(font.getlength(text) for text, font in _faces(piece.run, piece.text, size_px))
        return drawn + self._spacing(piece)

    def _spacing(self, piece: _Piece) -> float:
        """The run's extra room after each of its characters (not the space that ends it, which
        belongs to the next run in the deck)."""
        return self.px(piece.run.spacing) * len(piece.text.rstrip(" ")) if piece.run.spacing else 0

    def _piece(
        self, draw: ImageDraw.ImageDraw, piece: _Piece, x: float, baseline: float, size: float
    ) -> None:
        run = piece.run
        size_px = max(1, round(_run_size(run, size)))
        rise = SUPERSCRIPT_RISE * size if run.verse_number else 0.0
        if not run.hidden:  # hidden text keeps its room on the line, and only that
            at = x
            for span, font in _faces(run, piece.text, size_px):
                for text in span if run.spacing else [span]:
                    draw.text((at, baseline - rise), text, fill=run.color, font=font, anchor="ls")
                    at += font.getlength(text) + (self.px(run.spacing) if run.spacing else 0.0)
        if run.underline:  # where presentation programs draw it: just under the baseline
            kept = piece.text.rstrip(" ")
            width = sum(font.getlength(t) for t, font in _faces(run, kept, size_px))
            width += self._spacing(piece)
            top = baseline + UNDERLINE_DROP * size
            thickness = max(1.0, UNDERLINE_THICKNESS * size)
            draw.rectangle((x, top, x + width - 1, top + thickness - 1), fill=run.color)


def _run_size(run: Run, size: float) -> float:
    return size * SUPERSCRIPT_SIZE if run.verse_number else size


@dataclass(frozen=True)
class _LineMetrics:
    line: float  # line height, em
    baseline: float  # from the top of a line to its baseline, em


_SINGLE_LINE_EM = 1.2


@functools.lru_cache(maxsize=64)
def _metrics(path: str) -> _LineMetrics:
    """Where LibreOffice puts lines (measured for Carlito and Caladea): a line of about
    1.2 em, its baseline at the font's own ascent from the top of the line."""
    try:
        baseline, _ = font_vertical_metrics(Path(path))
    except (OSError, KeyError, struct.error):
        return _LineMetrics(_SINGLE_LINE_EM, 0.95)
    return _LineMetrics(_SINGLE_LINE_EM, baseline)


def _save(image: Image.Image, target: Path) -> None:
    temp = target.with_name(f".{target.name}.tmp")
    try:
        image.save(temp, format="PNG", compress_level=1)
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _paint_share(
    plan: Plan, height_px: int, jobs: Sequence[tuple[int, Path]], thumb_width: int
) -> list[tuple[int, Image.Image | None]]:
    """Paint and save some of the slides (in a worker process): (index, thumbnail) for each."""
    from slidegen.export import thumbnail

    painter = SlidePainter(plan, height_px)
    done = []
    for index, target in jobs:
        image = painter.paint(plan.slides[index])
        _save(image, target)
        done.append((index, thumbnail(image, thumb_width) if thumb_width else None))
    return done


# Below this many slides a second process costs more than it saves.
_PARALLEL_FROM = 8


def render_slides(
    plan: Plan,
    out_dir: Path,
    height_px: int = SLIDE_HEIGHT_PX,
    thumb_width: int = 0,
    lower_thirds: bool = False,
) -> tuple[list[Path], list[Image.Image]]:
    """Write `slide-01.png`, … into `out_dir` (or `001-point.png`, … for lower thirds, numbered
    so a folder slideshow plays them in order); older images of the same kind there are
    removed. Also thumbnails `thumb_width` wide when asked. Slides are shared among a process
    per core: painting text and compressing PNGs is work every core can do."""
    out_dir.mkdir(parents=True, exist_ok=True)
    width = max(3 if lower_thirds else 2, len(str(len(plan.slides))))

    def name(number: int, slide: SlidePlan) -> str:
        if lower_thirds:
            return f"{number:0{width}d}-{slide.kind}.png"
        return f"slide-{number:0{width}d}.png"

    written = [out_dir / name(n, slide) for n, slide in enumerate(plan.slides, 1)]
    jobs = list(enumerate(written))
    workers = min(os.cpu_count() or 1, 4)
    if workers < 2 or len(jobs) < _PARALLEL_FROM:
        done = _paint_share(plan, height_px, jobs, thumb_width)
    else:
        # Every n-th slide to each worker, so long verse slides are shared out evenly.
        shares = [jobs[i::workers] for i in range(workers)]
        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            futures = [
                pool.submit(_paint_share, plan, height_px, share, thumb_width) for share in shares
            ]
            done = [item for future in futures for item in future.result()]
    thumbs = [thumb for _, thumb in sorted(done, key=lambda item: item[0]) if thumb is not None]
    for old in out_dir.glob("[0-9]*-*.png" if lower_thirds else "slide-*.png"):
        if old not in written:
            old.unlink(missing_ok=True)
    return written, thumbs


def write_images(plan: Plan, folder: Path, stem: str) -> list[Path]:
    """`folder/STEM-slides/slide-NN.png` for every slide, then `folder/STEM-sheet.png`, a contact
    sheet of them all (last in the list)."""
    from slidegen.export import sheet_of

    # A quarter of a 1920-pixel slide: thumbnails by a whole factor are quick to make.
    slides, thumbs = render_slides(plan, folder / f"{stem}-slides", thumb_width=480)
    return [*slides, sheet_of(thumbs, folder / f"{stem}-sheet.png")]


def write_lower_thirds(plan: Plan, folder: Path, stem: str) -> list[Path]:
    """`folder/STEM-lower-thirds/NNN-kind.png`: transparent 1920×1080 frames, in deck order."""
    frames, _ = render_slides(plan, folder / f"{stem}-lower-thirds", lower_thirds=True)
    return frames
