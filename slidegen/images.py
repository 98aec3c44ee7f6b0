"""Pillow work for themes: open images safely, prepare backgrounds and logos, paint backgrounds.

Backgrounds are cover-cropped to the slide's aspect, downscaled to its pixel size, blurred and
darkened (overlay) once, then cached by content hash + parameters, so a deck carries one small
JPEG however many slides it has and repeated builds skip the work. What was done is recorded in
the plan (`model.Photo`), and `paint_background` draws any planned background at any size: the
planner judges contrast on it and the image renderer draws it.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import tempfile
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import platformdirs
from PIL import Image, ImageFilter, ImageOps

from slidegen.contrast import rgb
from slidegen.errors import ThemeError
from slidegen.model import Background, GradientStop, Photo, Picture, Theme

# A 50-megapixel photo is the most a slide background could want; anything beyond is refused
# from its header, before a single pixel is decoded.
MAX_PIXELS = 50_000_000
MAX_FILE_BYTES = 60_000_000
FORMATS = ("JPEG", "PNG", "WEBP")
SLIDE_HEIGHT_PX = 1080
JPEG_QUALITY = 85
# Legibility is judged on a downscaled backdrop (pixels per point): photos are smooth at this scale.
ANALYSIS_SCALE = 0.25
_CACHE_VERSION = "2"  # bump when preparation changes, so old cached images are not reused


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
    """Where prepared images are kept: $SLIDEGEN_CACHE, else the user's own cache folder; when
    that cannot be made, a private folder in the system's temporary folder."""
    chosen = os.environ.get("SLIDEGEN_CACHE")
    folder = Path(chosen or platformdirs.user_cache_dir("slidegen", appauthor=False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError as error:
        if chosen:
            raise ThemeError(
                f"cannot make the image cache {folder} ({error.strerror})",
                hint="set SLIDEGEN_CACHE to a folder you can write",
            ) from None
    return _private_temp_folder()


def _private_temp_folder() -> Path:
    """A cache folder in the shared temporary folder that is ours alone: created 0700, and
    refused when someone else made it (or planted a symlink there) first."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    folder = Path(tempfile.gettempdir()) / f"slidegen-cache-{uid if uid is not None else 'user'}"
    hint = "remove it, or set SLIDEGEN_CACHE to a folder of your own"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError as error:
        message = f"cannot make the image cache {folder} ({error.strerror})"
        raise ThemeError(message, hint=hint) from None
    private = stat.S_ISDIR(info.st_mode) and (
        uid is None or (info.st_uid == uid and not info.st_mode & 0o077)
    )
    if not private:
        raise ThemeError(f"the image cache {folder} is not a private folder of yours", hint=hint)
    return folder


def _cached(data: bytes, params: str, suffix: str, make: Callable[[], Image.Image]) -> Path:
    key = hashlib.sha256(data + params.encode()).hexdigest()[:40]
    target = cache_dir() / f"{key}{suffix}"
    if target.is_file():
        return target
    image = make()
    # Encoded in memory, then written: Pillow writing to a real file loses a full disk's error
    # and leaves a truncated image behind.
    encoded = io.BytesIO()
    if suffix == ".jpg":
        image.save(encoded, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    else:
        image.save(encoded, "PNG", optimize=True)
    try:
        fd, temp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    except OSError as error:
        raise _cache_error(target.parent, error) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(encoded.getbuffer())
        os.replace(temp, target)  # atomic: a parallel build never reads half a file
    except BaseException as error:
        Path(temp).unlink(missing_ok=True)
        if isinstance(error, OSError):  # a full disk, a quota
            raise _cache_error(target.parent, error) from None
        raise
    return target


def _cache_error(folder: Path, error: OSError) -> ThemeError:
    return ThemeError(
        f"could not write to the image cache {folder} ({error.strerror or error})",
        hint="free some disk space, or set SLIDEGEN_CACHE to a folder on another disk",
    )


def cover_crop(size: tuple[int, int], target: tuple[int, int]) -> tuple[int, int, int, int]:
    """The centred part of an image of `size` that covers `target`'s aspect (left, top, right,
    bottom in the image's pixels)."""
    width, height = size
    aspect = target[0] / target[1]
    if width / height > aspect:
        shown = height * aspect
        left = (width - shown) / 2
        return round(left), 0, round(left + shown), height
    shown = width / aspect
    top = (height - shown) / 2
    return 0, round(top), width, round(top + shown)


_ROTATED = {5, 6, 7, 8}  # EXIF orientations that swap width and height


def _shown_size(path: Path) -> tuple[int, int]:
    """An image's size as displayed (after its EXIF rotation), read from its header."""
    with Image.open(path) as image:
        width, height = image.size
        turned = image.getexif().get(0x0112) in _ROTATED
    return (height, width) if turned else (width, height)


def prepare_background(theme: Theme) -> Photo | None:
    """The theme's photo, ready to place full-slide (a cached JPEG), or None without a photo."""
    if not theme.background_image:
        return None
    source = Path(theme.background_image)
    size = slide_pixels(theme)
    shown = _shown_size(source)
    crop = cover_crop(shown, size)
    params = (
        f"bg{_CACHE_VERSION}|{size}|{theme.blur_radius}|{theme.overlay_color}|"
        f"{theme.overlay_opacity}|{JPEG_QUALITY}"
    )

    def make() -> Image.Image:
        image = ImageOps.exif_transpose(open_image(source, fit_to=size)).convert("RGB")
        # A JPEG may have been decoded at 1/2, 1/4 or 1/8 scale: crop the same part of it.
        scale = image.width / shown[0]
        left, top, right, bottom = (edge * scale for edge in crop)
        image = image.resize(size, Image.Resampling.LANCZOS, box=(left, top, right, bottom))
        if theme.blur_radius > 0:
            image = image.filter(ImageFilter.GaussianBlur(theme.blur_radius))
        if theme.overlay_opacity > 0:
            solid = Image.new("RGB", size, theme.overlay_color)
            image = Image.blend(image, solid, theme.overlay_opacity)
        return image

    path = _cached(_check_file(source), params, ".jpg", make)
    return Photo(
        path=str(path),
        source=str(source),
        crop=crop,
        blur=theme.blur_radius,
        overlay_color=theme.overlay_color,
        overlay_opacity=theme.overlay_opacity,
    )


def prepare_logo(theme: Theme) -> Picture | None:
    """The logo at twice its shown size (sharp on a 1080p projector, small in the deck), placed."""
    rect = theme.logo_rect
    if not theme.logo_image or rect is None:
        return None
    source = Path(theme.logo_image)
    scale = 2 * SLIDE_HEIGHT_PX / theme.slide_height_pt
    box = (round(theme.logo_width_pt * scale), round(theme.logo_height_pt * scale))

    def make() -> Image.Image:
        image = ImageOps.exif_transpose(open_image(source)).convert("RGBA")
        image.thumbnail(box, Image.Resampling.LANCZOS)
        return image

    path = _cached(_check_file(source), f"logo{_CACHE_VERSION}|{box}", ".png", make)
    return Picture(str(path), *rect)


def vertical_gradient(size: tuple[int, int], stops: Sequence[GradientStop]) -> Image.Image:
    """A top-to-bottom gradient through its colour stops (at their positions, 0 to 1)."""
    width, height = size
    points = [(stop.position, rgb(stop.color)) for stop in stops]
    column = Image.new("RGB", (1, height))
    for y in range(height):
        t = y / max(height - 1, 1)
        after = next((i for i, (pos, _) in enumerate(points) if pos >= t), len(points) - 1)
        before = max(after - 1, 0)
        (p0, c0), (p1, c1) = points[before], points[after]
        f = 0.0 if p1 <= p0 else min(1.0, max(0.0, (t - p0) / (p1 - p0)))
        column.putpixel((0, y), tuple(round(c0[k] + (c1[k] - c0[k]) * f) for k in range(3)))
    return column.resize((width, height))


def paint_background(background: Background, size: tuple[int, int]) -> Image.Image:
    """The planned background at `size` pixels: photo, else gradient, else colour (RGB); fully
    transparent (RGBA) for a frame laid over a camera picture."""
    if background.transparent:
        return Image.new("RGBA", size, (0, 0, 0, 0))
    if background.photo is not None:
        with Image.open(background.photo.path) as image:
            return image.convert("RGB").resize(size, Image.Resampling.BOX)
    if background.gradient:
        return vertical_gradient(size, background.gradient)
    return Image.new("RGB", size, background.color)
