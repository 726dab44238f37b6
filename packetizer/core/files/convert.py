"""Turn Word, OpenDocument, RTF, text, Markdown and image files into PDFs for the packet.

The user's file stays the attachment; its PDF is made on demand and cached by the file's SHA-256
(and the paper size, for text and images) in the cache folder, so a changed file is converted
again and an unchanged one never is. Office files go through LibreOffice, run headless with a
throw-away profile, on a private copy of the file, with a time limit and cancellable; text and
images are drawn with reportlab.
"""

from __future__ import annotations

import locale
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

from packetizer.core.appdata import paths
from packetizer.core.appdata.atomicfile import commit_temp, temp_path_beside
from packetizer.core.errors import Cancelled, ConversionError
from packetizer.core.files.pages import PAPER_SIZES
from packetizer.core.progress import CancelToken

log = logging.getLogger(__name__)

CONVERTER_VERSION = 1  # part of the cache key: bump when the output of a converter changes
OFFICE_TYPES = {"docx": ".docx", "odt": ".odt", "ole": ".doc", "rtf": ".rtf"}
IMAGE_TYPES = {"png", "jpeg", "tiff"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
# countries that use US Letter (the rest of the world uses A4)
LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR", "DO", "SV"}



def converter_for(file_type: str, path: Path) -> str | None:
    """"office", "text" or "image" when we can make a PDF of this file; None otherwise.

    Decided by the content (`file_type` from inspect.sniff_type); plain text only when the name
    says it is text, so random bytes or a text file renamed `.pdf` are not typeset."""
    if file_type in OFFICE_TYPES:
        return "office"
    if file_type in IMAGE_TYPES:
        return "image"
    if file_type == "text" and path.suffix.lower() in TEXT_SUFFIXES:
        return "text"
    return None


def default_paper() -> str:
    """"letter" in the countries that use it, "a4" elsewhere (from the system locale)."""
    try:
        name = locale.getlocale(locale.LC_CTYPE)[0] or os.environ.get("LANG", "")
    except ValueError:
        name = ""
    country = re.search(r"_([A-Z]{2})", name or "")
    return "letter" if country and country.group(1) in LETTER_COUNTRIES else "a4"


def paper_size(name: str | None = "auto") -> str:
    """"letter" or "a4": `name` when it is one of them, else ("auto") the system's country's."""
    name = (name or "auto").lower()
    return name if name in ("letter", "a4") else default_paper()


def cached_pdf(sha256: str, converter: str, paper: str) -> Path:
    extra = f"-{paper}" if converter != "office" else ""
    return paths.cache_dir() / "converted" / f"{sha256}-v{CONVERTER_VERSION}{extra}.pdf"


def to_pdf(path: str | Path, file_type: str, sha256: str, *, paper: str = "auto",
           cancel: CancelToken | None = None) -> Path:
    """The PDF made from `path` (from the cache when this exact file was converted before).

    Raises ConversionError (with the converter's own message) or Cancelled."""
    path = Path(path)
    converter = converter_for(file_type, path)
    if converter is None:
        raise ConversionError("cannot be converted to PDF.", path=path)
    paper = paper_size(paper)
    target = cached_pdf(sha256, converter, paper)
    if target.is_file() and target.stat().st_size > 0:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_beside(target)
    try:
        if converter == "office":
            _office(path, file_type, tmp, cancel)
        elif converter == "text":
            _text(path, tmp, paper)
        else:
            _image(path, tmp, paper)
        commit_temp(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("converted %s (%s) to %s", path, file_type, target.name)
    return target


# --- LibreOffice --------------------------------------------------------------------------------

INSTALL_HINT = {
    "linux": "Install LibreOffice (Debian/Ubuntu: `sudo apt install libreoffice-writer`; "
             "Fedora: `sudo dnf install libreoffice-writer`), or save the file as PDF from "
             "Word and attach the PDF.",
    "darwin": "Install LibreOffice from libreoffice.org (or `brew install --cask libreoffice`), "
              "or save the file as PDF from Word (File → Save As → PDF) and attach the PDF.",
    "win32": "Install LibreOffice from libreoffice.org, or save the file as PDF from Word "
             "(File → Save As → PDF) and attach the PDF.",
}


def find_soffice() -> str | None:
    """LibreOffice's `soffice`: $PACKETIZER_SOFFICE, the PATH, or the usual install places."""
    configured = os.environ.get("PACKETIZER_SOFFICE")
    if configured:
        return configured if Path(configured).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    candidates = [Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
                  Path("/opt/libreoffice/program/soffice")]
    for variable in ("PROGRAMFILES", "PROGRAMFILES(X86)"):
        if os.environ.get(variable):
            candidates.append(Path(os.environ[variable]) / "LibreOffice" / "program" /
                              "soffice.exe")
    return next((str(c) for c in candidates if c.is_file()), None)


def _timeout() -> float:
    try:
        return float(os.environ.get("PACKETIZER_CONVERT_TIMEOUT", "180"))
    except ValueError:
        return 180.0


def _stop(process: subprocess.Popen) -> None:
    try:
        if sys.platform != "win32":
            os.killpg(process.pid, 9)
        else:
            process.kill()
    except (ProcessLookupError, PermissionError, OSError):
        pass
    process.communicate()  # reaps it and closes its pipes


def _office(path: Path, file_type: str, out: Path, cancel: CancelToken | None) -> None:
    soffice = find_soffice()
    if soffice is None:
        raise ConversionError(
            "needs LibreOffice to be converted to PDF, and it is not installed.", path=path,
            fix=INSTALL_HINT.get(sys.platform, INSTALL_HINT["linux"]), missing_converter=True)
    with tempfile.TemporaryDirectory(prefix="packetizer-convert-") as work:
        work = Path(work)
        # a private copy: LibreOffice never sees (or locks) the user's file
        source = work / f"document{OFFICE_TYPES[file_type]}"
        shutil.copyfile(path, source)
        profile = work / "profile"
        command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                   "--invisible", "--nologo", "--norestore", "--nolockcheck", "--nodefault",
                   "--convert-to", "pdf", "--outdir", str(work / "out"), str(source)]
        env = {**os.environ, "HOME": str(work)}  # nothing written to the user's home
        log.info("running %s", " ".join(command))
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, env=env, cwd=work,
                                   start_new_session=sys.platform != "win32")
        deadline = time.monotonic() + _timeout()
        while True:
            try:
                output, _ = process.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                if cancel is not None and cancel.cancelled:
                    _stop(process)
                    raise Cancelled() from None
                if time.monotonic() > deadline:
                    _stop(process)
                    raise ConversionError(
                        f"LibreOffice did not finish converting it within {_timeout():.0f} "
                        "seconds.", path=path,
                        fix="Open it in your word processor and save it as PDF.") from None
        produced = work / "out" / "document.pdf"
        if process.returncode != 0 or not produced.is_file() or produced.stat().st_size == 0:
            said = " ".join((output or b"").decode("utf-8", "replace").split())[-300:]
            raise ConversionError(
                "could not be converted to PDF by LibreOffice"
                + (f" (it said: {said})" if said else f" (exit code {process.returncode})")
                + ".", path=path,
                fix="Open it in your word processor; if it opens, save it as PDF and attach "
                "that.")
        shutil.copyfile(produced, out)


# --- text and Markdown --------------------------------------------------------------------------

_INLINE = [
    (re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+|mailto:[^)\s]+)\)"),
     r'<link href="\2" color="blue"><u>\1</u></link>'),
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"<i>\1</i>"),
    (re.compile(r"`([^`]+)`"), r'<font face="Courier">\1</font>'),
    (re.compile(r"(?<![\"'>=])\b(https?://[^\s<]+[^\s<.,;:)])"),
     r'<link href="\1" color="blue">\1</link>'),
]


def _inline(text: str) -> str:
    text = escape(text, quote=False)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else \
            ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _text(path: Path, out: Path, paper: str) -> None:
    """Typeset a text or Markdown file: headings, paragraphs, lists, links, code blocks."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer

    from packetizer.core.export.fonts import unicode_fonts

    regular, bold = unicode_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14, spaceAfter=6)
    heads = [ParagraphStyle(f"h{n}", fontName=bold, fontSize=size, leading=size * 1.25,
                            spaceBefore=8, spaceAfter=4) for n, size in ((1, 17), (2, 14),
                                                                         (3, 12))]
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=4, spaceAfter=2,
                            bulletFontName=regular)
    code = ParagraphStyle("code", fontName="Courier", fontSize=9, leading=11.5, spaceAfter=6)
    story: list = []
    paragraph: list[str] = []
    code_lines: list[str] | None = None

    def flush() -> None:
        if paragraph:
            story.append(Paragraph(_inline(" ".join(paragraph)), body))
            paragraph.clear()

    for line in read_text(path).splitlines():
        stripped = line.strip()
        if code_lines is not None:
            if stripped.startswith("```"):
                story.append(Preformatted("\n".join(code_lines), code))
                code_lines = None
            else:
                code_lines.append(line.replace("\t", "    "))
            continue
        if stripped.startswith("```"):
            flush()
            code_lines = []
            continue
        heading = re.match(r"(#{1,6})\s+(.*?)\s*#*$", stripped)
        item = re.match(r"([-*+•]|\d{1,3}[.)])\s+(.*)", stripped)
        if not stripped:
            flush()
        elif heading:
            flush()
            level = min(len(heading.group(1)), 3) - 1
            story.append(Paragraph(_inline(heading.group(2)), heads[level]))
        elif item:
            flush()
            marker = "•" if item.group(1) in "-*+•" else item.group(1)
            story.append(Paragraph(_inline(item.group(2)), bullet, bulletText=marker))
        elif re.fullmatch(r"[-=_*]{3,}", stripped):
            flush()
            story.append(Spacer(1, 8))
        else:
            paragraph.append(stripped)
    flush()
    if code_lines:
        story.append(Preformatted("\n".join(code_lines), code))
    if not story:
        story.append(Paragraph(" ", body))
    SimpleDocTemplate(str(out), pagesize=PAPER_SIZES[paper], title=path.stem, invariant=1,
                      leftMargin=inch, rightMargin=inch, topMargin=inch,
                      bottomMargin=inch).build(story)


# --- images -------------------------------------------------------------------------------------

def _image(path: Path, out: Path, paper: str) -> None:
    """One page per image (per frame of a multi-page TIFF), upright as its EXIF says, fitted to
    the paper with a small margin, in the orientation that suits it."""
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    try:
        image = Image.open(path)
    except (UnidentifiedImageError, OSError) as exc:
        raise ConversionError(f"is an image that cannot be read ({exc}).", path=path,
                              fix="Open it in an image editor and save it again.") from exc
    margin = 24.0
    c = canvas.Canvas(str(out), invariant=1)
    c.setTitle(path.stem)
    pages = 0
    try:
        for frame in ImageSequence.Iterator(image):
            frame = ImageOps.exif_transpose(frame.copy())
            if frame.mode not in ("RGB", "L", "1", "CMYK"):
                background = Image.new("RGB", frame.size, "white")
                rgba = frame.convert("RGBA")
                background.paste(rgba, mask=rgba.getchannel("A"))
                frame = background
            width, height = PAPER_SIZES[paper]
            if frame.width > frame.height:
                width, height = height, width
            scale = min((width - 2 * margin) / frame.width, (height - 2 * margin) / frame.height)
            w, h = frame.width * scale, frame.height * scale
            c.setPageSize((width, height))
            c.drawImage(ImageReader(frame), (width - w) / 2, (height - h) / 2, w, h)
            c.showPage()
            pages += 1
    except (OSError, ValueError) as exc:
        raise ConversionError(f"is an image that cannot be read ({exc}).", path=path,
                              fix="Open it in an image editor and save it again.") from exc
    finally:
        image.close()
    if not pages:
        raise ConversionError("is an image file without any image in it.", path=path)
    c.save()
