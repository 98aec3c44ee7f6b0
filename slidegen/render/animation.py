"""Click animations as PresentationML `p:timing`: shapes that appear on the presenter's clicks.

python-pptx has no animation API, so the XML is written here as PowerPoint writes an "Appear"
entrance (preset 1, class "entr"): under the slide's main sequence, one click group (a `p:par`
starting at delay "indefinite", i.e. on the next click) per click, holding a `p:set` of the
shape's `style.visibility` to "visible"; shapes with an entrance start hidden. Each animated
shape is listed in `p:bldLst`. LibreOffice Impress imports the same structure as its own
"Appear" effect on click.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from lxml import etree
from pptx.oxml.ns import qn

_APPEAR = {"presetID": "1", "presetClass": "entr", "presetSubtype": "0"}
# A slide's children, in the schema's order: timing goes after these and before extLst.
_BEFORE_TIMING = ("p:cSld", "p:clrMapOvr", "p:transition")


def _sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, qn(tag), **attrs)


def _ctn(
    parent: etree._Element, ids: Iterator[int], delay: str | None, **attrs: str
) -> etree._Element:
    """A `p:cTn` with its id and, when given, a start condition at `delay`."""
    ctn = _sub(parent, "p:cTn", id=str(next(ids)), **attrs)
    if delay is not None:
        _sub(_sub(ctn, "p:stCondLst"), "p:cond", delay=delay)
    return ctn


def click_timing(clicks: Sequence[Sequence[int]]) -> etree._Element:
    """`p:timing` that shows the shapes `clicks[0]` on the first click, `clicks[1]` on the
    second, and so on (shape ids; the first of each click is the click, the rest appear with
    it)."""
    ids = itertools.count(1)
    timing = etree.Element(qn("p:timing"))
    root = _ctn(_sub(_sub(timing, "p:tnLst"), "p:par"), ids, None,
                dur="indefinite", restart="never", nodeType="tmRoot")  # fmt: skip
    sequence = _sub(_sub(root, "p:childTnLst"), "p:seq", concurrent="1", nextAc="seek")
    main = _ctn(sequence, ids, None, dur="indefinite", nodeType="mainSeq")
    groups = _sub(main, "p:childTnLst")
    for shapes in clicks:
        click = _ctn(_sub(groups, "p:par"), ids, "indefinite", fill="hold")
        together = _ctn(_sub(_sub(click, "p:childTnLst"), "p:par"), ids, "0", fill="hold")
        effects = _sub(together, "p:childTnLst")
        for index, shape_id in enumerate(shapes):
            node = "clickEffect" if index == 0 else "withEffect"
            effect = _ctn(_sub(effects, "p:par"), ids, "0", **_APPEAR, fill="hold", grpId="0",
                          nodeType=node)  # fmt: skip
            visible = _sub(_sub(effect, "p:childTnLst"), "p:set")
            behaviour = _sub(visible, "p:cBhvr")
            _ctn(behaviour, ids, "0", dur="1", fill="hold")
            _sub(_sub(behaviour, "p:tgtEl"), "p:spTgt", spid=str(shape_id))
            names = _sub(behaviour, "p:attrNameLst")
            _sub(names, "p:attrName").text = "style.visibility"
            _sub(_sub(visible, "p:to"), "p:strVal", val="visible")
    for event, name in (("onPrev", "p:prevCondLst"), ("onNext", "p:nextCondLst")):
        condition = _sub(_sub(sequence, name), "p:cond", evt=event, delay="0")
        _sub(_sub(condition, "p:tgtEl"), "p:sldTgt")
    builds = _sub(timing, "p:bldLst")
    for shape_id in (s for shapes in clicks for s in shapes):
        _sub(builds, "p:bldP", spid=str(shape_id), grpId="0", animBg="1")
    return timing


def add_clicks(slide: etree._Element, clicks: Sequence[Sequence[int]]) -> None:
    """Give the slide element (`p:sld`) its click animations, in the schema's place."""
    if not clicks:
        return
    position = sum(1 for child in slide if child.tag in {qn(t) for t in _BEFORE_TIMING})
    slide.insert(position, click_timing(clicks))
