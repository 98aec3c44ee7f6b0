"""Pillow work for themes: open images safely, prepare backgrounds and logos, judge legibility.

Backgrounds are cover-cropped to the slide's aspect, downscaled to its pixel size, blurred and
darkened (overlay) once, then cached by content hash + parameters, so a deck carries one small
JPEG however many slides it has and repeated builds skip the work.

Legibility: each text block's colour is compared (WCAG 2 contrast) with the pixels actually behind
it. When the 10th-percentile worst pixel falls below AA (4.5:1), a scrim — a semi-transparent
rectangle of a dark or light colour — with the least opacity that reaches AA goes under the text.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import cast

from PIL import Image, ImageFilter, ImageOps

from slidegen.errors import ThemeError
from slidegen.model import Plan, Scrim, SlidePlan, TextBlock, Theme

# A 50-megapixel photo is the most a slide background could want; anything beyond is refused
# from its header, before a single pixel is decoded.
MAX_PIXELS = 50_000_000
MAX_FILE_BYTES = 60_000_000
FORMATS = ("JPEG", "PNG", "WEBP")
SLIDE_HEIGHT_PX = 1080
JPEG_QUALITY = 85
AA_CONTRAST = 4.5
WORST_FRACTION = 0.10  # judge by the 10th-percentile worst pixel under the text
# Legibility is judged on a downscaled backdrop (pixels per point): photos are smooth at this scale.
ANALYSIS_SCALE = 0.25
SCRIM_PAD_PT = (14.0, 8.0)  # horizontal, vertical
MERGE_GAP_PT = 40.0
_CACHE_VERSION = "1"  # bump when preparation changes, so old cached images are not reused


def _check_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ThemeError(
                f"image is too large ({size // 1_000_000} MB): {path}",
                hint=f"use an image under {MAX_FILE_BYTES // 1_000_000} MB",
            )
        return path.read_bytes()
    except OSError as error:
        raise ThemeError(f"cannot read image {path} ({error.strerror})") from None


def open_image(path: str | Path, *, fit_to: tuple[int, int] | None = None) -> Image.Image:
    """Open and fully decode an image, refusing bombs, damage and unknown formats clearly.

    `fit_to` lets JPEG decode at a reduced scale that still covers that size (fast, small).
    """
    path = Path(path)
    data = _check_file(path)
    hint = "use a JPEG, PNG or WebP image, re-exported from an image editor"
    try:
        with warnings.catch_warnings():
            # Our own pixel limit below is stricter than Pillow's warning threshold.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise ThemeError(
                f"image is too large ({width}×{height} pixels): {path}",
                hint=f"use an image under {MAX_PIXELS // 1_000_000} megapixels",
            )
        if fit_to and image.format == "JPEG":
            image.draft("RGB", fit_to)
        image.load()
    except ThemeError:
        raise
    except Image.DecompressionBombError:
        raise ThemeError(f"image is far too large (a decompression bomb?): {path}") from None
    except Image.UnidentifiedImageError:
        raise ThemeError(f"not an image slidegen can read: {path}", hint=hint) from None
    except Exception as error:  # Pillow's decoders raise many types for damaged files
        # Pillow's messages can name its internal buffer; keep only the first clause.
        reason = str(error).split(" <", 1)[0].strip(" :") or type(error).__name__
        raise ThemeError(f"damaged image ({reason}): {path}", hint=hint) from None
    return image


def image_size(path: str | Path) -> tuple[int, int]:
    """Check that an image decodes completely; its (width, height)."""
    return open_image(path).size


def slide_pixels(theme: Theme) -> tuple[int, int]:
    """The slide's size in pixels: 1920×1080 for 16:9, 1440×1080 for 4:3."""
    scale = SLIDE_HEIGHT_PX / theme.slide_height_pt
    return round(theme.slide_width_pt * scale), SLIDE_HEIGHT_PX


def cache_dir() -> Path:
    folder = Path(os.environ.get("SLIDEGEN_CACHE") or Path.home() / ".cache" / "slidegen")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(tempfile.gettempdir()) / "slidegen-cache"
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def _cached(data: bytes, params: str, suffix: str, make: Callable[[], Image.Image]) -> Path:
    key = hashlib.sha256(data + params.encode()).hexdigest()[:40]
    target = cache_dir() / f"{key}{suffix}"
    if target.is_file():
        return target
    image = make()
    fd, temp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            if suffix == ".jpg":
                image.save(handle, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
            else:
                image.save(handle, "PNG", optimize=True)
        os.replace(temp, target)  # atomic: a parallel build never reads half a file
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def prepare_background(theme: Theme) -> Path | None:
    """The theme's photo, ready to place full-slide (a cached JPEG), or None without a photo."""
    if not theme.background_image:
        return None
    source = Path(theme.background_image)
    size = slide_pixels(theme)
    params = (
        f"bg{_CACHE_VERSION}|{size}|{theme.blur_radius}|{theme.overlay_color}|"
        f"{theme.overlay_opacity}|{JPEG_QUALITY}"
    )

    def make() -> Image.Image:
        image = ImageOps.exif_transpose(open_image(source, fit_to=size)).convert("RGB")
        image = ImageOps.fit(image, size, Image.Resampling.LANCZOS)  # cover-crop, centred
        if theme.blur_radius > 0:
            image = image.filter(ImageFilter.GaussianBlur(theme.blur_radius))
        if theme.overlay_opacity > 0:
            solid = Image.new("RGB", size, theme.overlay_color)
            image = Image.blend(image, solid, theme.overlay_opacity)
        return image

    return _cached(_check_file(source), params, ".jpg", make)


def prepare_logo(theme: Theme) -> Path | None:
    """The logo at twice its shown size (sharp on a 1080p projector, small in the deck)."""
    if not theme.logo_image:
        return None
    source = Path(theme.logo_image)
    scale = 2 * SLIDE_HEIGHT_PX / theme.slide_height_pt
    box = (round(theme.logo_width_pt * scale), round(theme.logo_height_pt * scale))

    def make() -> Image.Image:
        image = ImageOps.exif_transpose(open_image(source)).convert("RGBA")
        image.thumbnail(box, Image.Resampling.LANCZOS)
        return image

    return _cached(_check_file(source), f"logo{_CACHE_VERSION}|{box}", ".png", make)


def vertical_gradient(size: tuple[int, int], stops: Sequence[str]) -> Image.Image:
    """A top-to-bottom gradient through evenly spaced colour stops."""
    width, height = size
    colors = [_rgb(c) for c in stops]
    column = Image.new("RGB", (1, height))
    spans = len(colors) - 1
    for y in range(height):
        t = y / max(height - 1, 1) * spans
        i = min(int(t), spans - 1)
        a, b, f = colors[i], colors[i + 1], t - i
        column.putpixel((0, y), tuple(round(a[k] + (b[k] - a[k]) * f) for k in range(3)))
    return column.resize((width, height))


# -- legibility ----------------------------------------------------------------------------


def _rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


_LINEAR = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in
           (i / 255 for i in range(256))]  # fmt: skip


def luminance(rgb: Sequence[int]) -> float:
    """WCAG relative luminance of an sRGB colour."""
    r, g, b = (_LINEAR[max(0, min(255, round(v)))] for v in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: Sequence[int] | str, b: Sequence[int] | str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la = luminance(_rgb(a) if isinstance(a, str) else a)
    lb = luminance(_rgb(b) if isinstance(b, str) else b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def worst_contrast(
    text: str, colors: Iterable[tuple[int, tuple[int, int, int]]], fraction: float = WORST_FRACTION
) -> float:
    """The contrast of `text` against the `fraction`-percentile worst of (count, rgb) pixels."""
    ranked = sorted((contrast(text, rgb), count) for count, rgb in colors)
    total = sum(count for _, count in ranked)
    seen = 0
    for ratio, count in ranked:
        seen += count
        if seen >= total * fraction:
            return ratio
    return ranked[-1][0] if ranked else 21.0


RGB = tuple[int, int, int]


def _mix(rgb: RGB, over: RGB, alpha: float) -> RGB:
    r, g, b = (round(c * (1 - alpha) + o * alpha) for c, o in zip(rgb, over, strict=True))
    return r, g, b


@dataclass(frozen=True)
class Verdict:
    """How one text colour fares over one region: its contrast, and the scrim that fixes it."""

    contrast: float
    opacity: float  # 0 when no scrim is needed
    scrim_color: str


class Legibility:
    """Judges text against a backdrop image (what is drawn behind the text, slide-sized)."""

    def __init__(self, theme: Theme, backdrop: Image.Image) -> None:
        self.theme = theme
        self.scale = backdrop.width / theme.slide_width_pt
        # Quantise to 32 levels a channel: far fewer distinct colours to rank, same verdicts.
        self.backdrop = backdrop.convert("RGB").point(lambda v: (v & 0xF8) | 4)
        self._memo: dict[tuple[object, ...], Verdict] = {}

    def region(self, x: float, y: float, w: float, h: float) -> list[tuple[int, RGB]]:
        s = self.scale
        box = (
            max(0, int(x * s)),
            max(0, int(y * s)),
            min(self.backdrop.width, max(int(x * s) + 1, round((x + w) * s))),
            min(self.backdrop.height, max(int(y * s) + 1, round((y + h) * s))),
        )
        crop = self.backdrop.crop(box)
        # The backdrop is RGB, so each colour is an (r, g, b) tuple.
        return cast("list[tuple[int, RGB]]", crop.getcolors(crop.width * crop.height) or [])

    def scrim_color(self, text: str) -> str:
        # The theme's own background colour when it contrasts well, else black or white.
        if contrast(text, self.theme.background) >= 7.0:
            return self.theme.background
        return "#000000" if luminance(_rgb(text)) > 0.18 else "#FFFFFF"

    def verdict(self, text: str, rect: tuple[float, float, float, float]) -> Verdict:
        key = (text, *rect)
        if key not in self._memo:
            self._memo[key] = self._judge(text, self.region(*rect))
        return self._memo[key]

    def _judge(self, text: str, colors: list[tuple[int, RGB]]) -> Verdict:
        ratio = worst_contrast(text, colors)
        scrim = self.scrim_color(text)
        if ratio >= AA_CONTRAST:
            return Verdict(ratio, 0.0, scrim)
        over = _rgb(scrim)

        def ok(alpha: float) -> bool:
            mixed = [(n, _mix(rgb, over, alpha)) for n, rgb in colors]
            # A little headroom over 4.5 covers quantisation and renderers' rounding.
            return worst_contrast(text, mixed) >= AA_CONTRAST + 0.1

        low, high = 0.0, 1.0
        for _ in range(8):
            mid = (low + high) / 2
            low, high = (low, mid) if ok(mid) else (mid, high)
        return Verdict(ratio, min(1.0, round(high + 0.02, 2)), scrim)

    def block_verdict(self, block: TextBlock) -> Verdict:
        """The worst verdict over the block's colours (verse numbers have their own)."""
        rect = (block.x, block.y, block.width, block.height)
        verdicts = [self.verdict(c, rect) for c in block.colors]
        return max(verdicts, key=lambda v: (v.opacity, -v.contrast))

    def scrims(self, slide: SlidePlan) -> list[Scrim]:
        """The scrims a slide needs, overlapping ones merged (never doubled up)."""
        found: list[Scrim] = []
        for block in slide.blocks:
            verdict = self.block_verdict(block)
            if verdict.opacity <= 0:
                continue
            px, py = SCRIM_PAD_PT
            x, y = max(0.0, block.x - px), max(0.0, block.y - py)
            right = min(self.theme.slide_width_pt, block.x + block.width + px)
            bottom = min(self.theme.slide_height_pt, block.y + block.height + py)
            found.append(Scrim(x, y, right - x, bottom - y, verdict.scrim_color, verdict.opacity))
        return _merge(found)


def _merge(scrims: list[Scrim]) -> list[Scrim]:
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
            if overlaps and scrim.color == other.color:
                x, y = min(scrim.x, other.x), min(scrim.y, other.y)
                right = max(scrim.x + scrim.width, other.x + other.width)
                bottom = max(scrim.y + scrim.height, other.y + other.height)
                opacity = max(scrim.opacity, other.opacity)
                merged[i] = Scrim(x, y, right - x, bottom - y, scrim.color, opacity)
                break
        else:
            merged.append(scrim)
    return merged


def backdrop(theme: Theme, background: Path | None, base_color: str | None = None) -> Image.Image:
    """What is drawn behind the text, at analysis scale: the photo, gradient or colour.

    `base_color` stands in for a template master's own background colour.
    """
    size = (
        max(1, round(theme.slide_width_pt * ANALYSIS_SCALE)),
        max(1, round(theme.slide_height_pt * ANALYSIS_SCALE)),
    )
    if background is not None:
        with Image.open(background) as image:
            return image.convert("RGB").resize(size, Image.Resampling.BOX)
    if base_color:
        return Image.new("RGB", size, base_color)
    if len(theme.gradient) >= 2:
        # The renderer's gradient runs from the first stop to the last.
        return vertical_gradient(size, (theme.gradient[0], theme.gradient[-1]))
    return Image.new("RGB", size, theme.background)


def legibility_for(theme: Theme) -> Legibility:
    base_color = theme.template_background or None
    return Legibility(theme, backdrop(theme, prepare_background(theme), base_color))


def with_scrims(plan: Plan, theme: Theme) -> Plan:
    """The plan with a scrim under every text its background would drown out.

    A build step between planning and rendering: the planner stays pure (no images) and the
    renderer only draws. Themes that turn `auto_scrim` off get warnings instead.
    """
    if not theme.auto_scrim:
        return plan
    judge = legibility_for(theme)
    slides = tuple(replace(s, scrims=tuple(judge.scrims(s))) for s in plan.slides)
    return replace(plan, slides=slides)


def legibility_warnings(plan: Plan, theme: Theme) -> list[str]:
    """Text that falls short of WCAG AA and will not get a scrim (auto_scrim off): one line each."""
    if theme.auto_scrim:
        return []
    judge = legibility_for(theme)
    found: list[str] = []
    for number, slide in enumerate(plan.slides, 1):
        for block in slide.blocks:
            verdict = judge.block_verdict(block)
            if verdict.opacity > 0:
                words = " ".join(block.text.split()[:6])
                found.append(
                    f"slide {number} ({slide.kind}): text '{words}' has contrast "
                    f"{verdict.contrast:.1f}:1 against the background, below {AA_CONTRAST}:1 — "
                    "set 'legibility: {auto_scrim: true}', raise 'background.overlay.opacity' "
                    "or change 'colors'"
                )
    return found
