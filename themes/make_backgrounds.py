"""Make the built-in photo themes' background images with Pillow (no images from elsewhere).

    python themes/make_backgrounds.py          # rewrites themes/sunrise/background.jpg

The picture is procedural and deterministic: a dawn sky in soft bands, a hazy sun low on the
horizon and three layers of hills fading into the distance. It is smooth, so it compresses to a
small JPEG and looks like a blurred photograph behind text.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from slidegen.images import vertical_gradient

HERE = Path(__file__).resolve().parent
SIZE = (1920, 1080)

# Sky stops, top to bottom; the last one meets the horizon.
SKY = ("#141E46", "#2E2F6B", "#6A3F7C", "#C2647A", "#F29A6B", "#FFD39A")
# Hills from far to near: colour, base height (fraction of the image), waves (amplitude, period).
HILLS = (
    ("#7A4A72", 0.70, ((0.030, 0.9), (0.012, 0.31))),
    ("#4A2E5A", 0.78, ((0.040, 0.6), (0.015, 0.23))),
    ("#22183A", 0.87, ((0.035, 0.75), (0.010, 0.17))),
)


def sunrise(size: tuple[int, int] = SIZE) -> Image.Image:
    width, height = size
    horizon = int(height * 0.72)
    image = Image.new("RGB", size)
    image.paste(vertical_gradient((width, horizon), SKY), (0, 0))  # the sky ends at the horizon
    image.paste(vertical_gradient((width, height - horizon), ("#FFD39A", "#E8A070")), (0, horizon))

    # A hazy sun: a radial glow added over the sky, strongest at its centre.
    glow_size = int(height * 1.3)
    glow = Image.radial_gradient("L").resize((glow_size, glow_size), Image.Resampling.BICUBIC)
    glow = glow.point(lambda v: max(0, 255 - v * 2) if v < 128 else 0)
    warm = Image.new("RGB", (glow_size, glow_size), "#FFE2A8")
    light = Image.new("RGB", size, "black")
    light.paste(warm, (int(width * 0.64) - glow_size // 2, horizon - glow_size // 2), glow)
    image = ImageChops.add(image, light.filter(ImageFilter.GaussianBlur(40)), scale=1.6)

    for color, base, waves in HILLS:
        layer = Image.new("L", size, 0)
        points = [(0, height)]
        for x in range(0, width + 16, 16):
            y = base
            for amplitude, period in waves:
                y -= amplitude * math.sin(2 * math.pi * x / (width * period) + base * 7)
            points.append((x, int(y * height)))
        points.append((width, height))
        ImageDraw.Draw(layer).polygon(points, fill=255)
        # Farther hills are softer and paler: aerial perspective.
        softness = 6 if base < 0.8 else 2
        image.paste(
            Image.new("RGB", size, color), (0, 0), layer.filter(ImageFilter.GaussianBlur(softness))
        )
    return image.filter(ImageFilter.GaussianBlur(1.5))


def main() -> None:
    target = HERE / "sunrise" / "background.jpg"
    sunrise().save(target, "JPEG", quality=85, optimize=True, progressive=True)
    print(f"wrote {target} ({target.stat().st_size // 1024} kB)")


if __name__ == "__main__":
    main()
