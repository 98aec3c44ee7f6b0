"""Church templates from strangers: what a deck must never inherit from one, and templates too
broken or too big to use. Each template is Grace Church's (tests/template_support.py) with parts
rewritten the way PowerPoint writes links, macros, embedded objects and videos; each deck is read
back part by part.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from PIL import Image

from slidegen.build import build_deck
from slidegen.errors import ThemeError
from slidegen.template_zip import MAX_BINARY_PART_BYTES, MAX_XML_PART_BYTES
from slidegen.theme import load_theme

from .cli_support import one_line, run
from .conftest import EXAMPLE
from .package_support import check_package
from .render_support import require_pdftoppm, require_soffice
from .template_support import (
    add_relationship,
    church_template,
    rewrite_parts,
    tostring,
    xml,
)

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = R + "/"
NS = (
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    f'xmlns:r="{R}"'
)
MASTER = "ppt/slideMasters/slideMaster1.xml"
MASTER_RELS = "ppt/slideMasters/_rels/slideMaster1.xml.rels"
LAYOUT = "ppt/slideLayouts/slideLayout2.xml"
LAYOUT_RELS = "ppt/slideLayouts/_rels/slideLayout2.xml.rels"
TRACKER = "http://tracker.example.invalid/pixel.png?church=grace"
PHISH = "https://login.example.invalid/"
UNC = "\\\\fileserver\\shared\\logo.png"
THEME_YAML = "extends: default\nname: grace\ntemplate: grace.pptx\n"


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLIDEGEN_CACHE", str(tmp_path / "cache"))


def grace_theme(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theme.yaml").write_text(THEME_YAML, encoding="utf-8")
    church_template(folder / "grace.pptx")
    return folder


def append_to_tree(parts: dict[str, bytes], name: str, shape_xml: str) -> None:
    root = xml(parts[name])
    tree = root.find(f"{{{NS_P}}}cSld/{{{NS_P}}}spTree")
    assert tree is not None
    tree.append(etree.fromstring(shape_xml))
    parts[name] = tostring(root)


NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def linked_picture(shape_id: int, rid: str, name: str) -> str:
    """A picture PowerPoint shows from a file it fetches (Insert → Picture → Link to File)."""
    return (
        f'<p:pic {NS}><p:nvPicPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvPicPr/><p:nvPr/>'
        f'</p:nvPicPr><p:blipFill><a:blip r:link="{rid}"/><a:stretch><a:fillRect/></a:stretch>'
        '</p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="12192000" cy="6858000"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>'
    )


def add_links(parts: dict[str, bytes], local_file: str) -> None:
    """A web beacon, a local file and a UNC path drawn on the master; a link on its band."""
    for rid, target in (("rIdWeb", TRACKER), ("rIdFile", local_file), ("rIdUnc", UNC)):
        add_relationship(parts, MASTER_RELS, rid, RT + "image", target, external=True)
        append_to_tree(parts, MASTER, linked_picture(900 + len(rid), rid, f"Linked {rid}"))
    add_relationship(parts, MASTER_RELS, "rIdLink", RT + "hyperlink", PHISH, external=True)
    root = xml(parts[MASTER])
    band = next(e for e in root.iter(f"{{{NS_P}}}cNvPr") if e.get("name") == "Footer band")
    etree.SubElement(band, "{http://schemas.openxmlformats.org/drawingml/2006/main}hlinkClick").set(
        f"{{{R}}}id", "rIdLink"
    )
    parts[MASTER] = tostring(root)


def add_macros(parts: dict[str, bytes]) -> None:
    """What PowerPoint saves as .pptm: a VBA project and the macro-enabled content type."""
    parts["ppt/vbaProject.bin"] = b"\xd0\xcf\x11\xe0" + b'Attribute VB_Name = "Module1"' * 10
    add_relationship(
        parts,
        "ppt/_rels/presentation.xml.rels",
        "rIdVba",
        "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
        "vbaProject.bin",
        external=False,
    )
    types = parts["[Content_Types].xml"].decode()
    types = types.replace(
        "presentationml.presentation.main+xml",
        "DUMMY",
    ).replace("application/vnd.openxmlformats-officedocument.DUMMY",
              "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml")  # fmt: skip
    types = types.replace(
        "<Default ",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ',
        1,
    )
    parts["[Content_Types].xml"] = types.encode()


def add_ole_and_video(parts: dict[str, bytes]) -> None:
    """An embedded spreadsheet on the Content layout and a video on the master."""
    parts["ppt/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0 embedded workbook"
    add_relationship(parts, LAYOUT_RELS, "rIdOle", RT + "oleObject",
                     "../embeddings/oleObject1.bin", external=False)  # fmt: skip
    append_to_tree(
        parts,
        LAYOUT,
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/'
        f'2006"><mc:Choice Requires="v"><p:graphicFrame {NS}><p:nvGraphicFramePr>'
        '<p:cNvPr id="77" name="Budget"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>'
        '<p:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></p:xfrm><a:graphic>'
        '<a:graphicData uri="http://schemas.openxmlformats.org/presentationml/2006/ole">'
        '<p:oleObj name="Worksheet" r:id="rIdOle" progId="Excel.Sheet.12"><p:embed/></p:oleObj>'
        "</a:graphicData></a:graphic></p:graphicFrame></mc:Choice></mc:AlternateContent>",
    )
    parts["ppt/media/welcome.mp4"] = b"\x00\x00\x00\x18ftypmp42 not really a film"
    add_relationship(parts, MASTER_RELS, "rIdVid", RT + "video", "../media/welcome.mp4",
                     external=False)  # fmt: skip
    append_to_tree(
        parts,
        MASTER,
        f'<p:pic {NS}><p:nvPicPr><p:cNvPr id="88" name="Welcome video"/><p:cNvPicPr/><p:nvPr>'
        '<a:videoFile r:link="rIdVid"/></p:nvPr></p:nvPicPr><p:blipFill><a:blip/></p:blipFill>'
        '<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>',
    )
    types = (
        parts["[Content_Types].xml"]
        .decode()
        .replace("<Default ", '<Default Extension="mp4" ContentType="video/mp4"/><Default ', 1)
    )
    parts["[Content_Types].xml"] = types.encode()


def add_private_leftovers(parts: dict[str, bytes]) -> None:
    """Custom document properties and a picture nothing uses any more."""
    parts["docProps/custom.xml"] = (
        b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-'
        b'08002B2CF9AE}" pid="2" name="DonorListPath"><vt:lpwstr>\\\\office\\donors.xlsx'
        b"</vt:lpwstr></property></Properties>"
    )
    add_relationship(parts, "_rels/.rels", "rIdCustom", RT + "custom-properties",
                     "docProps/custom.xml", external=False)  # fmt: skip
    parts["ppt/media/old-sermon-photo.png"] = parts[next(n for n in parts if n.endswith(".png"))]


def every_part(deck: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(deck) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_nothing_active_or_external_survives_into_the_deck(tmp_path: Path) -> None:
    folder = grace_theme(tmp_path / "grace")
    secret = tmp_path / "home" / "secret.png"
    secret.parent.mkdir()
    Image.new("RGB", (8, 8), "#FF00FF").save(secret)

    def hostile(parts: dict[str, bytes]) -> None:
        add_links(parts, secret.as_uri())
        add_macros(parts)
        add_ole_and_video(parts)
        add_private_leftovers(parts)

    rewrite_parts(folder / "grace.pptx", hostile)
    result = build_deck(EXAMPLE, tmp_path / "deck.pptx", theme=str(folder))
    parts = every_part(result.output)
    everything = b"\n".join(parts.values())
    for needle in (b"example.invalid", b"secret.png", b"fileserver", b"donors", b"TargetMode"):
        assert needle not in everything, needle
    assert not [n for n in parts if re.search(r"vbaProject|embeddings/|\.mp4|custom\.xml", n)]
    assert not [n for n in parts if "thumbnail" in n or "old-sermon-photo" in n]
    assert b"macroEnabled" not in parts["[Content_Types].xml"]
    assert b"oleObj" not in everything and b"videoFile" not in everything
    # What the church made is still there: its band and its logo on the master.
    master = parts[MASTER]
    assert b"Footer band" in master and b"Church logo" in master
    check_package(result.output)
    # And the volunteer is told, by name, what was left behind.
    said = "\n".join(result.warnings)
    assert TRACKER in said and secret.as_uri() in said
    assert "macros" in said and "embedded object" in said and "video" in said


def test_the_deck_from_a_hostile_template_passes_an_ooxml_validator(tmp_path: Path) -> None:
    audit = pytest.importorskip("openxml_audit")
    folder = grace_theme(tmp_path / "grace")
    rewrite_parts(
        folder / "grace.pptx", lambda parts: (add_macros(parts), add_ole_and_video(parts))
    )
    result = build_deck(EXAMPLE, tmp_path / "deck.pptx", theme=str(folder))
    errors = audit.OpenXmlValidator().validate(result.output).errors
    assert [str(e) for e in errors] == []


@pytest.mark.render
def test_a_pdf_of_a_deck_from_a_linked_template_shows_and_names_nothing_from_elsewhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """LibreOffice draws a linked picture while exporting: the link must be gone before then."""
    require_soffice()
    pdftoppm = require_pdftoppm()
    folder = grace_theme(tmp_path / "grace")
    secret = tmp_path / "elsewhere" / "secret.png"
    secret.parent.mkdir()
    Image.new("RGB", (64, 64), "#FF00FF").save(secret)  # magenta: nothing else on the slide is
    rewrite_parts(folder / "grace.pptx", lambda parts: add_links(parts, secret.as_uri()))
    outline = tmp_path / "short.yaml"
    outline.write_text("title: Linked\nsections:\n  - heading: One\n", encoding="utf-8")
    code, _, err = run(capsys, "build", str(outline), "-o", str(tmp_path / "deck.pptx"),
                       "--theme", str(folder), "--pdf")  # fmt: skip
    assert code == 0, err
    assert TRACKER in err  # the warning that the link was removed
    pdf = tmp_path / "deck.pdf"
    data = pdf.read_bytes()
    assert b"example.invalid" not in data and b"secret" not in data
    subprocess.run([str(pdftoppm), "-png", "-r", "20", str(pdf), str(tmp_path / "page")],
                   check=True)  # fmt: skip
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages
    for page in pages:
        with Image.open(page) as image:
            colors = image.convert("RGB").getcolors(1_000_000) or []
        magenta = sum(n for n, (r, g, b) in colors if r > 200 and g < 80 and b > 200)
        assert magenta == 0, page


def soffice_convert(soffice: Path, source: Path, to: str, out_dir: Path, profile: Path) -> Path:
    subprocess.run(
        [str(soffice), f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
         "--convert-to", to, "--outdir", str(out_dir), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out_dir / f"{source.stem}.{to}"


@pytest.mark.render
def test_a_template_saved_by_libreoffice_gives_a_deck_an_ooxml_validator_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Impress writes no view properties, which the validator flags (PowerPoint offers to
    repair the file); the deck made from such a template must not inherit that."""
    audit = pytest.importorskip("openxml_audit")
    soffice = require_soffice()
    (tmp_path / "made").mkdir()
    made = church_template(tmp_path / "made" / "grace.pptx")
    # A volunteer opened the church's file in Impress and saved it again as .pptx.
    odp = soffice_convert(soffice, made, "odp", tmp_path / "odp", tmp_path / "profile")
    folder = tmp_path / "grace"
    saved = soffice_convert(soffice, odp, "pptx", folder, tmp_path / "profile")
    saved.rename(folder / "grace.pptx")
    validator = audit.OpenXmlValidator()
    flagged = [str(e) for e in validator.validate(folder / "grace.pptx").errors]
    assert any("viewProps" in e for e in flagged), flagged  # the premise: Impress's file is flagged
    (folder / "theme.yaml").write_text(THEME_YAML, encoding="utf-8")
    code, _, err = run(capsys, "build", str(EXAMPLE), "-o", str(tmp_path / "deck.pptx"),
                       "--theme", str(folder))  # fmt: skip
    assert code == 0, err
    assert [str(e) for e in validator.validate(tmp_path / "deck.pptx").errors] == []
    check_package(tmp_path / "deck.pptx")


# -- too big, or broken ---------------------------------------------------------------------------


def test_a_template_whose_master_unpacks_to_a_bomb_is_refused_before_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = grace_theme(tmp_path / "grace")

    def bomb(parts: dict[str, bytes]) -> None:
        master = parts[MASTER]
        end = master.rindex(b"</p:sldMaster>")
        parts[MASTER] = master[:end] + b" " * MAX_XML_PART_BYTES + master[end:]

    rewrite_parts(folder / "grace.pptx", bomb)
    assert (folder / "grace.pptx").stat().st_size < 200_000
    code, out, err = run(capsys, "build", str(EXAMPLE), "-o", str(tmp_path / "d.pptx"),
                         "--theme", str(folder))  # fmt: skip
    assert code == 1
    assert one_line(err) == (
        f"{folder / 'theme.yaml'}:3:11: the template's slideMaster1.xml is too large: "
        f"{(folder / 'grace.pptx').resolve()} — save a copy of the template with its example "
        "slides deleted"
    )
    assert not (tmp_path / "d.pptx").exists()


def test_a_huge_picture_on_the_master_is_refused_and_one_on_an_old_slide_is_dropped(
    tmp_path: Path,
) -> None:
    folder = grace_theme(tmp_path / "grace")
    huge = b"\x89PNG" + b"\x00" * (MAX_BINARY_PART_BYTES + 1)

    def on_a_slide(parts: dict[str, bytes]) -> None:
        # Last Sunday's slide showed it: the slide goes, and the picture with it, unread.
        slide_rels = "ppt/slides/_rels/slide1.xml.rels"
        parts["ppt/media/big-photo.png"] = huge
        add_relationship(parts, slide_rels, "rIdBig", RT + "image", "../media/big-photo.png",
                         external=False)  # fmt: skip

    rewrite_parts(folder / "grace.pptx", on_a_slide)
    theme = load_theme(str(folder))
    assert theme.template_info is not None
    assert b"big-photo" not in theme.template_info.package

    def on_the_master(parts: dict[str, bytes]) -> None:
        add_relationship(parts, MASTER_RELS, "rIdBig", RT + "image", "../media/big-photo.png",
                         external=False)  # fmt: skip

    rewrite_parts(folder / "grace.pptx", on_the_master)
    with pytest.raises(ThemeError, match=r"theme.yaml:3:11: the template's big-photo.png is too"):
        load_theme(str(folder))


def drop_master(parts: dict[str, bytes]) -> None:
    rels = xml(parts["ppt/_rels/presentation.xml.rels"])
    for rel in list(rels):
        if rel.get("Type", "").endswith("/slideMaster"):
            rels.remove(rel)
    parts["ppt/_rels/presentation.xml.rels"] = tostring(rels)


def drop_theme(parts: dict[str, bytes]) -> None:
    for name in ("ppt/_rels/presentation.xml.rels", MASTER_RELS):
        rels = xml(parts[name])
        for rel in list(rels):
            if rel.get("Type", "").endswith("/theme"):
                rels.remove(rel)
        parts[name] = tostring(rels)


def slide_size(cx: str, cy: str) -> object:
    def change(parts: dict[str, bytes]) -> None:
        text = parts["ppt/presentation.xml"].decode()
        parts["ppt/presentation.xml"] = re.sub(
            r'<p:sldSz cx="\d+" cy="\d+"', f'<p:sldSz cx="{cx}" cy="{cy}"', text
        ).encode()

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (drop_master, "the template has no slide master: "),
        (drop_theme, "the template's slide master has no theme (colours and fonts): "),
        (slide_size("0", "0"), "the template's slide size (0 × 0 EMU) is not a real slide size"),
        (slide_size("9" * 12, "6858000"), "is not a real slide size"),
    ],
    ids=["no-master", "no-theme", "zero-size", "absurd-size"],
)
def test_a_broken_template_is_one_clear_line_saying_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: object, message: str
) -> None:
    folder = grace_theme(tmp_path / "grace")
    rewrite_parts(folder / "grace.pptx", change)  # type: ignore[arg-type]
    code, _, err = run(capsys, "build", str(EXAMPLE), "-o", str(tmp_path / "d.pptx"),
                       "--theme", str(folder))  # fmt: skip
    assert code == 1, err
    line = one_line(err)
    assert line.startswith(f"{folder / 'theme.yaml'}:3:11: "), line
    assert message in line and " — " in line, line


def test_the_master_layouts_theme_pictures_and_embedded_fonts_are_kept(tmp_path: Path) -> None:
    folder = grace_theme(tmp_path / "grace")

    def embed_font(parts: dict[str, bytes]) -> None:
        # PowerPoint's File → Options → Save → Embed fonts: the font's part and the list naming it.
        parts["ppt/fonts/font1.fntdata"] = b"\x00\x01\x00\x00 Grace Serif glyphs"
        add_relationship(parts, "ppt/_rels/presentation.xml.rels", "rIdFont", RT + "font",
                         "fonts/font1.fntdata", external=False)  # fmt: skip
        text = parts["ppt/presentation.xml"].decode()
        fonts = (
            f'<p:embeddedFontLst><p:embeddedFont><p:font typeface="Grace Serif"/>'
            f'<p:regular xmlns:r="{R}" r:id="rIdFont"/></p:embeddedFont></p:embeddedFontLst>'
        )
        parts["ppt/presentation.xml"] = text.replace(
            "<p:defaultTextStyle", fonts + "<p:defaultTextStyle"
        ).encode()
        types = (
            parts["[Content_Types].xml"]
            .decode()
            .replace(
                "<Default ",
                '<Default Extension="fntdata" ContentType="application/x-fontdata"/><Default ',
                1,
            )
        )
        parts["[Content_Types].xml"] = types.encode()

    rewrite_parts(folder / "grace.pptx", embed_font)
    result = build_deck(EXAMPLE, tmp_path / "deck.pptx", theme=str(folder))
    parts = every_part(result.output)
    assert parts["ppt/fonts/font1.fntdata"].endswith(b"Grace Serif glyphs")
    assert b"Grace Serif" in parts["ppt/presentation.xml"]
    assert b"Footer band" in parts[MASTER]
    logo = [n for n in parts if n.startswith("ppt/media/") and parts[n].startswith(b"\x89PNG")]
    assert logo  # the church logo the master shows
    layouts = [n for n in parts if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)]
    assert len(layouts) == 11  # python-pptx's blank presentation has eleven, all kept
    assert "ppt/theme/theme1.xml" in parts
    check_package(result.output)
