"""Images: refused safely when hostile or damaged, prepared once, stored once per deck."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation

from slidegen.build import build_deck
from slidegen.errors import ThemeError
from slidegen.images import open_image, prepare_background, slide_pixels
from slidegen.theme import load_theme

from .conftest import EXAMPLE


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("SLIDEGEN_CACHE", str(cache))
    return cache


def photo_theme(folder: Path, image_name: str, extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theme.yaml").write_text(
        f"extends: default\nbackground:\n  image: {image_name}\n{extra}", encoding="utf-8"
    )
    return folder


def bomb_png(path: Path, width: int = 100_000, height: int = 100_000) -> None:
    """A tiny PNG whose header claims width × height pixels (its IHDR patched, CRC fixed)."""
    Image.new("L", (1, 1)).save(path)
    data = bytearray(path.read_bytes())
    start = data.index(b"IHDR")
    data[start + 4 : start + 12] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[start : start + 17]))
    data[start + 17 : start + 21] = struct.pack(">I", crc)
    path.write_bytes(bytes(data))


def test_a_decompression_bomb_is_refused_from_its_header(tmp_path: Path) -> None:
    bomb_png(tmp_path / "bomb.png")
    assert (tmp_path / "bomb.png").stat().st_size < 200
    # Pillow refuses it while reading the header, before any of the 10 gigapixels is decoded
    # (how fast that is lives in bench/catalogue.py, not here).
    with pytest.raises(ThemeError, match=r"far too large \(a decompression bomb\?\): .*bomb.png"):
        open_image(tmp_path / "bomb.png")


def test_an_image_over_our_pixel_limit_but_under_pillows_is_refused(tmp_path: Path) -> None:
    bomb_png(tmp_path / "big.png", 9000, 7000)  # 63 MP: Pillow would only warn
    folder = photo_theme(tmp_path / "t", "big.png")
    (folder / "big.png").write_bytes((tmp_path / "big.png").read_bytes())
    with pytest.raises(ThemeError, match=r"theme.yaml:3:10: image is too large \(9000×7000"):
        load_theme(str(folder))


def test_a_truncated_image_is_refused_with_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    Image.effect_noise((600, 400), 60).convert("RGB").save(folder / "photo.jpg", quality=90)
    data = (folder / "photo.jpg").read_bytes()
    (folder / "photo.jpg").write_bytes(data[: len(data) // 2])
    photo_theme(folder, "photo.jpg")
    with pytest.raises(ThemeError, match=r"theme.yaml:3:10: damaged image \(.*\): "):
        load_theme(str(folder))


@pytest.mark.parametrize(
    "content", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\0" * 40]
)
def test_a_corrupt_image_is_refused(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "photo.png").write_bytes(content)
    with pytest.raises(ThemeError) as caught:
        open_image(tmp_path / "photo.png")
    message = str(caught.value)
    assert "not an image slidegen can read" in message or "damaged image" in message
    assert "BytesIO" not in message and "0x" not in message


def test_background_is_cover_cropped_to_the_slide_and_cached(tmp_path: Path) -> None:
    folder = photo_theme(tmp_path / "t", "square.png", "  blur: 3\n  overlay: {opacity: 0.5}\n")
    square = Image.new("RGB", (800, 800), "#FFFFFF")
    square.paste((255, 0, 0), (0, 0, 800, 100))  # a red top band: cropped away by cover-fit
    square.save(folder / "square.png")
    theme = load_theme(str(folder))
    photo = prepare_background(theme)
    assert photo is not None
    first = Path(photo.path)
    # The top and bottom of the square are cropped away, and the plan records it.
    assert photo.crop == (0, 175, 800, 625)
    with Image.open(first) as image:
        assert image.size == slide_pixels(theme) == (1920, 1080)
        r, g, b = image.getpixel((960, 540))[:3]
        assert abs(r - 128) < 6 and r == pytest.approx(g, abs=6)  # half black overlay on white
        r, g, b = image.getpixel((960, 2))[:3]
        assert r < 140  # the red band was cropped: top edge is grey, not red
    stamp = first.stat().st_mtime_ns
    second = prepare_background(theme)
    assert second == photo and first.stat().st_mtime_ns == stamp


def test_a_4_3_theme_gets_a_4_3_background(tmp_path: Path) -> None:
    folder = photo_theme(tmp_path / "t", "p.png", 'slide:\n  size: "4:3"\n')
    Image.new("RGB", (300, 200), "#336699").save(folder / "p.png")
    theme = load_theme(str(folder))
    photo = prepare_background(theme)
    assert photo is not None
    with Image.open(photo.path) as image:
        assert image.size == (1440, 1080)


def test_the_photo_deck_is_small_and_holds_its_background_once(tmp_path: Path) -> None:
    result = build_deck(EXAMPLE, tmp_path / "sunrise.pptx", theme="sunrise")
    assert result.output.stat().st_size < 5_000_000
    with zipfile.ZipFile(result.output) as deck:
        media = [n for n in deck.namelist() if n.startswith("ppt/media/")]
    assert len(media) == 1
    prs = Presentation(str(result.output))
    pictures = set()
    for slide in prs.slides:
        first = slide.shapes[0]
        assert first.name == "Background"
        pictures.add(first.image.sha1)
        assert (first.left, first.top, first.width, first.height) == (
            0,
            0,
            prs.slide_width,
            prs.slide_height,
        )
    assert len(pictures) == 1  # every slide shows the one stored image
