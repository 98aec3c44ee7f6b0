"""Finished deck → PDF (LibreOffice headless), PNG per slide (poppler's pdftoppm), contact sheet.

`slidegen build … --pdf --png` calls `check_tools` before building (a missing LibreOffice is
reported before any work is done), then `export_decks` with every deck it built. Everything
raises `ExportError` (a SlidegenError: exit code 1, one line with an install hint).

Many decks are converted in ONE soffice process (`export_pdf`): LibreOffice's start-up costs
seconds, the conversion of a deck a fraction of one. Each run uses a private, throw-away user
profile, so a LibreOffice the user has open (or a stale profile lock) cannot make it fail or hang.
Outputs are written to a temporary name in the target folder and renamed into place.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from slidegen.errors import SlidegenError

SOFFICE_NAMES = ("soffice", "libreoffice")
# Where the installers put LibreOffice when it is not on PATH (macOS app bundle, Windows).
SOFFICE_INSTALL_PATHS = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "~/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:/Program Files/LibreOffice/program/soffice.exe",
    "C:/Program Files (x86)/LibreOffice/program/soffice.exe",
)
PDFTOPPM_INSTALL_PATHS = (
    "/opt/homebrew/bin/pdftoppm",
    "/usr/local/bin/pdftoppm",
    "C:/Program Files/poppler/Library/bin/pdftoppm.exe",
)
DEFAULT_DPI = 96  # a 16:9 slide (960 x 540 pt) becomes 1280 x 720 px
# LibreOffice's first start with a fresh profile takes several seconds; each deck a second or two.
_STARTUP_SECONDS = 60.0
_SECONDS_PER_DECK = 30.0
_GONE_SECONDS = 5.0  # a killed helper is reaped by init, which may take a second


class ExportError(SlidegenError):
    """A deck could not be exported: a tool is missing, failed, or wrote nothing."""


def _install_hint(debian: str, mac: str, download: str) -> str:
    if sys.platform == "darwin":
        return f"install it with '{mac}'"
    if sys.platform.startswith("win"):
        return f"install {download}"
    return f"install it with '{debian}' (or your system's package manager)"


def _find_tool(names: Sequence[str], install_paths: Sequence[str], path: str | None) -> Path | None:
    for name in names:
        found = shutil.which(name, path=path)
        if found:
            return Path(found)
    for candidate in install_paths:
        full = Path(candidate).expanduser()
        if full.is_file() and os.access(full, os.X_OK):
            return full
    return None


def find_soffice(
    path: str | None = None, install_paths: Sequence[str] = SOFFICE_INSTALL_PATHS
) -> Path:
    """LibreOffice's `soffice` on `path` (default: $PATH) or in its usual install places."""
    found = _find_tool(SOFFICE_NAMES, install_paths, path)
    if found is None:
        raise ExportError(
            "LibreOffice is needed for --pdf/--png but was not found",
            hint=_install_hint(
                "sudo apt install libreoffice-impress",
                "brew install --cask libreoffice",
                "LibreOffice from libreoffice.org (Download LibreOffice)",
            ),
        )
    return found


def find_pdftoppm(
    path: str | None = None, install_paths: Sequence[str] = PDFTOPPM_INSTALL_PATHS
) -> Path:
    """Poppler's `pdftoppm` (slide PDF → PNG) on `path` (default: $PATH) or usual places."""
    found = _find_tool(("pdftoppm",), install_paths, path)
    if found is None:
        raise ExportError(
            "pdftoppm (poppler) is needed for --png but was not found",
            hint=_install_hint(
                "sudo apt install poppler-utils",
                "brew install poppler",
                "the poppler binaries for Windows (poppler-windows releases) and add them to PATH",
            ),
        )
    return found


@contextlib.contextmanager
def _staging(out_dir: Path) -> Iterator[Path]:
    """A private temporary folder inside `out_dir` (same disk, so renames out of it are atomic);
    removed with anything left in it."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(dir=out_dir, prefix=".slidegen-export-"))
    except OSError as error:
        raise ExportError(
            f"cannot write in {out_dir} ({error.strerror or error})", hint="choose another folder"
        ) from error
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_HELD_SIGNALS = {getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n)}


def _hold_signals() -> set[int | signal.Signals] | None:
    """Block the stopping signals; the mask before, or None where masks do not exist."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)


def _release_signals(held: set[int | signal.Signals] | None) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _stop(process: subprocess.Popen[str]) -> None:
    """Kill a tool and every helper it started (its whole process group), and reap it."""
    with contextlib.suppress(OSError):
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    process.communicate()
    # Its helpers (soffice.bin) are not our children, so nothing waits for them: wait a little
    # for the group to be gone, so none of them writes into the folders removed next.
    deadline = time.monotonic() + _GONE_SECONDS
    while hasattr(os, "killpg") and time.monotonic() < deadline:
        try:
            os.killpg(process.pid, 0)
        except OSError:
            break
        time.sleep(0.02)


def _run(
    command: list[str], timeout: float, what: str, temp: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a tool in its own process group, so a timeout, Ctrl-C or SIGTERM kills it and every
    helper it started (soffice starts soffice.bin, which would otherwise keep writing). `temp`
    becomes its temporary folder, so what it leaves there goes with that folder."""
    env = (
        None
        if temp is None
        else {**os.environ, **dict.fromkeys(("TMPDIR", "TMP", "TEMP"), str(temp))}
    )
    # Ctrl-C and SIGTERM are held back from before the start until `process` is ours: one
    # landing inside Popen would leave LibreOffice running with nothing to stop it.
    held = _hold_signals()
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            env=env,
            preexec_fn=(lambda: _release_signals(held)) if held is not None else None,
        )
    except OSError as error:
        _release_signals(held)
        raise ExportError(f"could not start {what} ({error.strerror or error})") from error
    try:
        _release_signals(held)  # a signal held back is raised here, where it is handled
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise ExportError(
            f"{what} did not finish within {timeout:g} s and was stopped",
            hint="try fewer decks at once, or close other LibreOffice windows",
        ) from None
    except BaseException:  # interrupted: the profile and staging folders go once it is dead
        _stop(process)
        raise
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def _last_lines(text: str, count: int = 3) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return " | ".join(lines[-count:])


def export_pdf(
    decks: Sequence[Path],
    out_dir: Path,
    *,
    soffice: Path | None = None,
    timeout: float | None = None,
) -> list[Path]:
    """Convert every deck to `out_dir/<stem>.pdf` in one LibreOffice run; the PDFs, in order."""
    decks = [Path(d) for d in decks]
    if not decks:
        return []
    stems = [d.stem for d in decks]
    clash = next((s for s in stems if stems.count(s) > 1), None)
    if clash is not None:
        raise ExportError(f"two decks named '{clash}' would write the same {clash}.pdf")
    missing = [d for d in decks if not d.is_file()]
    if missing:
        raise ExportError(f"deck not found: {missing[0]}")
    soffice = soffice or find_soffice()
    out_dir = Path(out_dir)
    timeout = timeout or _STARTUP_SECONDS + _SECONDS_PER_DECK * len(decks)
    with _staging(out_dir) as staging, tempfile.TemporaryDirectory(prefix="slidegen-lo-") as prof:
        command = [
            str(soffice),
            f"-env:UserInstallation={Path(prof).resolve().as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(staging),
            *(str(d.resolve()) for d in decks),
        ]
        result = _run(command, timeout, "LibreOffice", temp=Path(prof))
        outputs = []
        for deck in decks:
            made = staging / f"{deck.stem}.pdf"
            if not made.is_file() or made.stat().st_size == 0:
                detail = _last_lines(result.stderr) or _last_lines(result.stdout)
                raise ExportError(
                    f"LibreOffice did not produce a PDF for {deck} (exit code "
                    f"{result.returncode}{'; ' + detail if detail else ''})",
                    hint="open the deck in LibreOffice Impress to see whether it loads",
                )
            target = out_dir / made.name
            os.replace(made, target)
            outputs.append(target)
    return outputs


def _page_number(path: Path) -> int:
    match = re.search(r"-(\d+)\.png$", path.name)
    return int(match.group(1)) if match else 0


def export_png(
    pdf: Path,
    out_dir: Path,
    dpi: int = DEFAULT_DPI,
    *,
    pdftoppm: Path | None = None,
    timeout: float = 300.0,
) -> list[Path]:
    """One PNG per page of `pdf` as `out_dir/slide-01.png`, …; older slide PNGs there are removed
    (a deck that lost slides must not leave stale ones behind)."""
    pdftoppm = pdftoppm or find_pdftoppm()
    out_dir = Path(out_dir)
    with _staging(out_dir) as staging:
        command = [str(pdftoppm), "-r", str(dpi), "-png", str(pdf), str(staging / "slide")]
        result = _run(command, timeout, "pdftoppm")
        made = sorted(staging.glob("slide-*.png"), key=_page_number)
        if result.returncode != 0 or not made:
            raise ExportError(
                f"pdftoppm could not turn {pdf} into images (exit code {result.returncode}; "
                f"{_last_lines(result.stderr) or 'no pages'})"
            )
        width = max(2, len(str(len(made))))
        outputs = []
        for number, png in enumerate(made, 1):
            target = out_dir / f"slide-{number:0{width}d}.png"
            os.replace(png, target)
            outputs.append(target)
    for old in out_dir.glob("slide-*.png"):
        if old not in outputs:
            with contextlib.suppress(OSError):
                old.unlink()
    return outputs


def _label_font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    """A real font for labels (Pillow's built-in one has no en dash or curly quotes)."""
    from slidegen.fit import find_font

    source = find_font("Liberation Sans")
    if source.path is not None:
        return ImageFont.truetype(str(source.path), size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 has one bitmap size only
        return ImageFont.load_default()


def contact_sheet(
    pngs: Sequence[Path],
    out: Path,
    columns: int = 4,
    thumb_width: int = 400,
    labels: Sequence[str] | None = None,
) -> Path:
    """All slides on one image, `columns` across, each labelled underneath in small type
    (its slide number unless `labels` are given)."""
    thumbs = []
    for png in pngs:
        with Image.open(png) as image:
            thumbs.append(thumbnail(image, thumb_width))
    return sheet_of(thumbs, out, columns, labels)


def thumbnail(image: Image.Image, width: int = 400) -> Image.Image:
    """A slide image scaled to `width` for a contact sheet."""
    if image.mode != "RGB":
        image = image.convert("RGB")
    factor = image.width // width
    if factor > 1 and image.width % factor == 0 and image.width // factor == width:
        return image.reduce(factor)  # a box filter by a whole factor: fast and sharp enough
    height = round(image.height * width / image.width)
    return image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=2)


def sheet_of(
    thumbs: Sequence[Image.Image],
    out: Path,
    columns: int = 4,
    labels: Sequence[str] | None = None,
) -> Path:
    """Thumbnails of one width laid out `columns` across, each labelled underneath."""
    if not thumbs:
        raise ExportError("no slide images for a contact sheet")
    gap, label_height = 8, 22
    font = _label_font(14)
    thumb_width = thumbs[0].width
    cell_height = max(t.height for t in thumbs) + label_height
    columns = max(1, min(columns, len(thumbs)))
    rows = -(-len(thumbs) // columns)
    sheet = Image.new(
        "RGB",
        (gap + columns * (thumb_width + gap), gap + rows * (cell_height + gap)),
        (236, 236, 236),
    )
    draw = ImageDraw.Draw(sheet)
    for index, thumb in enumerate(thumbs):
        row, column = divmod(index, columns)
        x = gap + column * (thumb_width + gap)
        y = gap + row * (cell_height + gap)
        sheet.paste(thumb, (x, y))
        label = labels[index] if labels else str(index + 1)
        draw.text((x + thumb_width / 2, y + thumb.height + 4), label, fill=(60, 60, 60), font=font,
                  anchor="ma")  # fmt: skip
    out = Path(out)
    with _staging(out.parent) as staging:
        temp = staging / out.name
        # Fast compression: optimize=True takes seconds on a tall sheet and saves little.
        sheet.save(temp, format="PNG", compress_level=6)
        os.replace(temp, out)
    return out


def check_tools(*, pdf: bool, png: bool) -> None:
    """Fail before any work when an export was asked for and its tool is missing."""
    if pdf or png:
        find_soffice()
    if png:
        find_pdftoppm()


def export_decks(
    decks: Sequence[Path], *, pdf: bool, png: bool, dpi: int = DEFAULT_DPI
) -> list[Path]:
    """`<stem>.pdf` beside each deck (with --pdf), one PNG per slide in `<stem>-slides/` and
    `<stem>-sheet.png` (with --png). All decks go through ONE LibreOffice run; decks in several
    folders are converted together into a staging folder and moved beside their decks.
    Returns every file written."""
    if not (pdf or png) or not decks:
        return []
    soffice = find_soffice()
    pdftoppm = find_pdftoppm() if png else None  # fail before the slow conversion
    written: list[Path] = []
    # Staged beside the (first) deck, so moving a PDF into place is an atomic rename.
    with tempfile.TemporaryDirectory(dir=decks[0].parent, prefix=".slidegen-export-") as scratch:
        made = export_pdf(decks, Path(scratch), soffice=soffice)
        for deck, converted in zip(decks, made, strict=True):
            images: list[Path] = []
            if png:
                images = export_png(
                    converted, deck.parent / f"{deck.stem}-slides", dpi, pdftoppm=pdftoppm
                )
                images.append(contact_sheet(images, deck.parent / f"{deck.stem}-sheet.png"))
            if pdf:
                target = deck.parent / converted.name
                shutil.move(converted, target)
                written.append(target)
            written += images
    return written
