"""Make the README's pictures from the project's own output: `python docs/make_pictures.py`.

Needs LibreOffice (with Writer, for the handout) and poppler. Writes docs/example-deck.png
(a selection of the example sermon's slides), docs/themes.png (every built-in theme),
docs/lower-third.png, docs/blanks.png (a blank on its two slides, and the handout),
docs/parallel.png and docs/languages.png (sermons in Spanish, Korean and Chinese).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

DOCS = Path(__file__).resolve().parent
REPO = DOCS.parent
sys.path.insert(0, str(REPO))

from slidegen.build import build_deck, prepare  # noqa: E402
from slidegen.export import contact_sheet, export_decks  # noqa: E402
from slidegen.preview import preview_themes  # noqa: E402
from slidegen.raster import SlidePainter  # noqa: E402
from slidegen.theme import builtin_theme_names  # noqa: E402

OUTLINES = REPO / "outlines"
EXAMPLE = OUTLINES / "exodus-32-intercession.yaml"
# Slides that show each kind: title, section, verse (first of a split passage), point, closing.
WANTED = ("title", "section", "verse", "point", "verse", "closing")


def shrink_colours(path: Path) -> None:
    """Slides are flat colour: a 256-colour palette keeps them sharp at a fraction of the size."""
    with Image.open(path) as image:
        image.convert("RGB").quantize(256, dither=Image.Dither.NONE).save(path, optimize=True)


def example_sheet(out: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        result = build_deck(EXAMPLE, Path(scratch) / "example.pptx")
        export_decks([result.output], pdf=False, png=True)
        slides = sorted((Path(scratch) / "example-slides").glob("slide-*.png"))
        kinds = [slide.kind for slide in result.plan.slides]
        chosen: list[int] = []
        for kind in WANTED:
            start = chosen[-1] + 1 if chosen else 0
            chosen.append(kinds.index(kind, start))
        labels = [f"{n + 1}: {result.plan.slides[n].title[:40]}" for n in chosen]
        contact_sheet([slides[n] for n in chosen], out, columns=3, thumb_width=480, labels=labels)
    shrink_colours(out)


def lower_third(out: Path) -> None:
    """A verse's lower third laid over a stand-in camera picture (a bright, busy stage)."""
    plan = prepare(EXAMPLE).lower_thirds()
    frame = next(s for s in plan.slides if s.kind == "verse")
    painted = SlidePainter(plan).paint(frame)
    camera = Image.new("RGBA", painted.size, "#D9C7A8")
    draw = ImageDraw.Draw(camera)
    for x in range(0, painted.width, 240):  # stage lights and a pale wall: light everywhere
        draw.rectangle((x, 0, x + 120, painted.height), fill="#F3E6CC")
    draw.ellipse((1200, 80, 1700, 580), fill="#FFFFFF")
    camera = camera.filter(ImageFilter.GaussianBlur(18))  # out of focus, as behind a preacher
    camera.alpha_composite(painted)
    camera.convert("RGB").resize((960, 540), Image.Resampling.LANCZOS).save(out, optimize=True)


def blanks_picture(out: Path) -> None:
    """A blank on its two slides (line, then word), beside the first page of the handout."""
    from slidegen.export import export_pdf, export_png
    from slidegen.handout import write_handout

    plan = prepare(REPO / "tests" / "data" / "blanks" / "ephesians-2-grace.yaml").plan()
    painter = SlidePainter(plan)
    first = next(
        i
        for i, slide in enumerate(plan.slides)
        if slide.kind == "point"
        and any(r.blank for b in slide.blocks for p in b.paragraphs for r in p)
    )
    slides = [painter.paint(plan.slides[i]).resize((640, 360)) for i in (first, first + 1)]
    with tempfile.TemporaryDirectory() as scratch:
        docx = Path(scratch) / "handout.docx"
        assert plan.handout is not None
        with docx.open("wb") as file:
            write_handout(plan.handout, plan.blanks, file, key=True)
        pdf = export_pdf([docx], Path(scratch))[0]
        with Image.open(export_png(pdf, Path(scratch) / "pages", dpi=100)[0]) as page:
            page = page.convert("RGB")
            page = page.crop((0, 0, page.width, page.width * 9 // 10))
            page = page.resize((720 * page.width // page.height, 720), Image.Resampling.LANCZOS)
    sheet = Image.new("RGB", (640 + 16 + page.width, 720), "white")
    sheet.paste(slides[0], (0, 0))
    sheet.paste(slides[1], (0, 360))
    sheet.paste(page, (656, 0))
    sheet.save(out, optimize=True)


def parallel(out: Path) -> None:
    """The first verse slide of Psalm 23 in the WEB and the KJV side by side."""
    plan = prepare(OUTLINES / "psalm-23-shepherd.yaml", overrides={"parallel": "KJV"}).plan()
    verse = next(s for s in plan.slides if s.kind == "verse")
    image = SlidePainter(plan).paint(verse)
    image.resize((960, 540), Image.Resampling.LANCZOS).save(out, optimize=True)


KOREAN = """\
title: 참 포도나무
passage: 요한복음 15:1-11
language: ko
date: "2026-11-29"
preacher: 김철수 목사
sections:
  - heading: 아버지는 농부이시라
    passage: "1-3"
    points:
      - text: 가지치기는 형벌이 아니라 돌보심입니다
"""

CHINESE = """\
title: 真葡萄树
passage: 约翰福音 15:1-11
language: zh
sections:
  - heading: 常在我里面
    passage: "4-8"
    points:
      - text: 离了我，你们就不能做什么；常在主里面，就多结果子
"""


def languages(out: Path) -> None:
    """A Spanish sermon's title slide and a verse slide in two translations, a Korean heading
    and a Chinese point: slidegen's own words and labels in each sermon's language."""
    spanish = prepare(OUTLINES / "juan-15-la-vid-verdadera.yaml").plan()
    chosen = [(spanish, spanish.slides[0]), (spanish, spanish.slides[1])]
    with tempfile.TemporaryDirectory() as scratch:
        for name, text, kind in (("ko", KOREAN, "section"), ("zh", CHINESE, "point")):
            source = Path(scratch) / f"{name}.yaml"
            source.write_text(text, encoding="utf-8")
            plan = prepare(source).plan()
            chosen.append((plan, next(s for s in plan.slides if s.kind == kind)))
    sheet = Image.new("RGB", (2 * 640 + 16, 2 * 360 + 16), "white")
    for index, (plan, slide) in enumerate(chosen):
        image = SlidePainter(plan).paint(slide).convert("RGB")
        image = image.resize((640, 360), Image.Resampling.LANCZOS)
        sheet.paste(image, ((index % 2) * 656, (index // 2) * 376))
    sheet.save(out, optimize=True)


if __name__ == "__main__":
    blanks_picture(DOCS / "blanks.png")
    example_sheet(DOCS / "example-deck.png")
    # Five palettes do not share 256 colours well: the theme sheet keeps full colour.
    preview_themes(builtin_theme_names(), DOCS / "themes.png", thumb_width=300)
    lower_third(DOCS / "lower-third.png")
    parallel(DOCS / "parallel.png")
    languages(DOCS / "languages.png")
    shrink_colours(DOCS / "languages.png")
    for name in (
        "example-deck.png",
        "themes.png",
        "lower-third.png",
        "parallel.png",
        "blanks.png",
        "languages.png",
    ):
        print(f"wrote docs/{name} ({(DOCS / name).stat().st_size // 1024} kB)")
