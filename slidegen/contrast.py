"""WCAG 2 colour arithmetic: relative luminance, contrast ratios, and the worst contrast of a
colour over a region of pixels. Pure functions on "#RRGGBB" strings and (r, g, b) tuples."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

RGB = tuple[int, int, int]
# WCAG AA for text: what every word on a slide must reach.
AA_CONTRAST = 4.5
# What slidegen aims for when it chooses colours and scrims: AA with room to spare, because
# rendered text is anti-aliased (a thin stroke never reaches its full colour) and a projector
# washes contrast out further. A colour at 4.57:1 measured only about 4.4:1 on LibreOffice's
# rendered verse numbers.
TARGET_CONTRAST = 5.0
# Judge text by the 10th-percentile worst pixel under it: a few dark specks in a bright photo
# do not make text legible, and a few bright ones do not make it illegible.
WORST_FRACTION = 0.10


def rgb(color: str) -> RGB:
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


_LINEAR = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in
           (i / 255 for i in range(256))]  # fmt: skip


def luminance(color: Sequence[int] | str) -> float:
    """WCAG relative luminance of an sRGB colour."""
    values = rgb(color) if isinstance(color, str) else color
    r, g, b = (_LINEAR[max(0, min(255, round(v)))] for v in values[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: Sequence[int] | str, b: Sequence[int] | str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def worst_contrast(
    text: str, colors: Iterable[tuple[int, RGB]], fraction: float = WORST_FRACTION
) -> float:
    """The contrast of `text` against the `fraction`-percentile worst of (count, rgb) pixels."""
    ranked = sorted((contrast(text, color), count) for count, color in colors)
    total = sum(count for _, count in ranked)
    seen = 0
    for ratio, count in ranked:
        seen += count
        if seen >= total * fraction:
            return ratio
    return ranked[-1][0] if ranked else 21.0


def mix(color: RGB, over: RGB, alpha: float) -> RGB:
    """`over` laid on `color` at opacity `alpha` (0 to 1)."""
    r, g, b = (round(c * (1 - alpha) + o * alpha) for c, o in zip(color, over, strict=True))
    return r, g, b
