"""The floor: a bare python-pptx script writing the same slides (title, text, notes), no planning.

`python bench/bare_pptx.py SLIDES.json OUT.pptx`, where SLIDES.json is a list of
{"title": …, "texts": […], "notes": …} made by bench/run.py from slidegen's own plan.
"""

from __future__ import annotations

import json
import sys

from pptx import Presentation
from pptx.util import Pt


def main(slides_json: str, out: str) -> None:
    with open(slides_json, encoding="utf-8") as file:
        slides = json.load(file)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(960), Pt(540)
    layout = prs.slide_layouts[5]  # Title Only
    for spec in slides:
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = spec["title"]
        for number, text in enumerate(spec["texts"]):
            box = slide.shapes.add_textbox(Pt(60), Pt(120 + 40 * number), Pt(840), Pt(300))
            box.text_frame.text = text
            box.text_frame.word_wrap = True
        slide.notes_slide.notes_text_frame.text = spec["notes"]
    prs.save(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
