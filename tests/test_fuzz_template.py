"""A damaged church template is a ThemeError (one line, what to do), never a crash: Grace Church's
template with one element removed, one attribute set to nonsense, or one part cut short.

Examples per test: SLIDEGEN_FUZZ_EXAMPLES (default 150 in CI; e.g. 5000 for a long local run).
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from slidegen.errors import ThemeError
from slidegen.template import read_template

from .template_support import church_template

EXAMPLES = int(os.environ.get("SLIDEGEN_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_FOLDER = Path(tempfile.mkdtemp(prefix="slidegen-fuzz-template-"))
TEMPLATE = church_template(_FOLDER / "grace.pptx")
with zipfile.ZipFile(TEMPLATE) as _package:
    PARTS = {info.filename: _package.read(info) for info in _package.infolist()}
# The parts a template is read from: the package's and presentation's relationships, the
# presentation, the master, a layout, the theme, the content types.
TARGETS = sorted(
    name
    for name in PARTS
    if name.endswith((".rels", ".xml"))
    and ("slides/" not in name and "notesSlides" not in name and "docProps" not in name)
)
NONSENSE = st.sampled_from(
    ["", "0", "-1", "abc", "99999999999999999999", "rId999", "../../../etc/passwd", "#", "phClr",
     "http://x.invalid/", "1e309", " ", "tx1", "bg2", "1001", "\u00e9"]
)  # fmt: skip


def damaged(name: str, pick: int, action: str, value: str) -> bytes:
    data = PARTS[name]
    if action == "truncate":
        return data[: pick % max(len(data), 1)]
    root = etree.fromstring(data)
    elements = list(root.iter())
    element = elements[pick % len(elements)]
    if action == "remove" and element.getparent() is not None:
        element.getparent().remove(element)
    elif element.attrib:
        keys = sorted(element.attrib)
        element.set(keys[pick % len(keys)], value)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@FUZZ
@given(
    name=st.sampled_from(TARGETS),
    pick=st.integers(min_value=0, max_value=10_000),
    action=st.sampled_from(["remove", "attribute", "truncate"]),
    value=NONSENSE,
)
def test_a_damaged_template_is_read_or_refused_in_one_line(
    name: str, pick: int, action: str, value: str
) -> None:
    parts = dict(PARTS)
    parts[name] = damaged(name, pick, action, value)
    path = _FOLDER / "damaged.pptx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for part, data in parts.items():
            package.writestr(part, data)
    try:
        info = read_template(path)
    except ThemeError as error:
        text = str(error)
        assert "\n" not in text and " — " in text, text
        return
    assert info.layouts and info.slide_width_pt > 0
    for layout in info.layouts:
        info.reserved_boxes(layout.name)
        info.footer_placeholders(layout.name)
