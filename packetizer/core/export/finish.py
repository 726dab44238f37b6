"""Finish and write an assembled export: metadata, a content-derived /ID, sanitising, then a temp
file beside the target that is re-opened and verified before it is renamed into place."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from packetizer import __version__
from packetizer.core.appdata.atomicfile import commit_temp, temp_path_beside
from packetizer.core.errors import (
    ExportError,
)
from packetizer.core.files.pages import displayed_box
from packetizer.core.model import (
    Packet,
    packet_data,
)
from packetizer.core.progress import CancelToken

# Part of the seed of every export's /ID, fixed so that an export's bytes do not change when the
# save format does (these were the save format's fields when the /ID was made content-derived)
ID_SEED = {"format_version": 1, "generator": f"Packetizer {__version__}"}


def _metadata(packet: Packet, subject: str = "") -> dict[str, str]:
    posting = packet.posting
    title = "Application"
    if posting.title:
        title += f" — {posting.title}"
    if packet.applicant.name:
        title += f" — {packet.applicant.name}"
    keywords = ", ".join(x for x in (posting.organization, posting.job_id) if x)
    meta = {"/Title": title, "/Creator": f"Packetizer {__version__}",
            "/Producer": f"Packetizer {__version__} (pypdf)",
            "/Subject": subject or posting.title or "Job application"}
    if packet.applicant.name:
        meta["/Author"] = packet.applicant.name
    if keywords:
        meta["/Keywords"] = keywords
    return meta


def _top_of_page_destinations(writer) -> None:
    """Make our bookmarks and links go to the top of their page at the reader's zoom
    ([page /XYZ left top null]) instead of /Fit, which shrinks the page to fit the window and
    which QtPdf and pdfium cannot place. Runs after pages are scaled, so `top` is final."""
    from pypdf.generic import ArrayObject, FloatObject, NameObject, NullObject

    def fix(dest) -> None:
        if not isinstance(dest, ArrayObject) or len(dest) < 2 or dest[1] != "/Fit":
            return
        try:
            page = dest[0].get_object()
            x0, y0, x1, y1 = displayed_box(page)
        except (AttributeError, KeyError, TypeError, ValueError):
            return
        dest[1:] = [NameObject("/XYZ"), FloatObject(min(x0, x1)), FloatObject(max(y0, y1)),
                    NullObject()]

    def fix_target(holder) -> None:  # an outline item or link: /Dest, or a GoTo action's /D
        fix(holder.get("/Dest"))
        action = holder.get("/A")
        if action is not None and action.get_object().get("/S") == "/GoTo":
            fix(action.get_object().get("/D"))

    def walk(item, depth: int = 0) -> None:
        seen = 0
        while item is not None and depth < 50 and seen < 100_000:
            node = item.get_object()
            fix_target(node)
            if "/First" in node:
                walk(node["/First"], depth + 1)
            item, seen = node.get("/Next"), seen + 1

    outlines = writer._root_object.get("/Outlines")
    if outlines is not None and "/First" in outlines.get_object():
        walk(outlines.get_object()["/First"])
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") == "/Link":
                fix_target(annot)


def _names_cut_at_nul(writer) -> int:
    """A NUL byte is white space in PDF, but pypdf reads "/DeviceRGB\x00255" as one name, and
    writes it back as a name no reader accepts (an AutoCAD image's colour space). Such names are
    cut at the NUL, and in an array what followed it becomes the tokens it was (255)."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

    def tokens(name: str) -> list:
        first, *rest = name.split("\x00")
        found = [NameObject(first)]
        for part in (p for piece in rest for p in piece.split()):
            if part.lstrip("-").isdigit():
                found.append(NumberObject(int(part)))
            elif part.startswith("/"):
                found.append(NameObject(part))
        return found

    def clean(obj, depth: int) -> int:
        fixed = 0
        if isinstance(obj, DictionaryObject):
            for key, value in list(obj.items()):
                if isinstance(value, NameObject) and "\x00" in value:
                    obj[key] = tokens(value)[0]
                    fixed += 1
                elif depth and isinstance(value, (DictionaryObject, ArrayObject)):
                    fixed += clean(value, depth - 1)
        elif isinstance(obj, ArrayObject):
            for i in range(len(obj) - 1, -1, -1):
                value = obj[i]
                if isinstance(value, NameObject) and "\x00" in value:
                    obj[i:i + 1] = tokens(value)
                    fixed += 1
                elif depth and isinstance(value, (DictionaryObject, ArrayObject)):
                    fixed += clean(value, depth - 1)
        return fixed

    return sum(clean(obj, 3) for obj in writer._objects if obj is not None)


def finish(writer, packet: Packet, subject: str = "", language: str = "en") -> list[str]:
    """Metadata, language, viewer preferences, a content-derived /ID, sanitising."""
    from pypdf.generic import ArrayObject, ByteStringObject, NameObject, TextStringObject

    from packetizer.core.export.sanitize import sanitize

    removed = sanitize(writer)
    _names_cut_at_nul(writer)
    _top_of_page_destinations(writer)
    writer.add_metadata(_metadata(packet, subject))
    writer.page_mode = "/UseOutlines"
    writer._root_object[NameObject("/Lang")] = TextStringObject(language)
    # the same packet and files give the same bytes: the /ID comes from the content, not a clock
    content = {key: value for key, value in packet_data(packet).items() if key != "tracking"}
    seed = json.dumps({"packet": {**content, **ID_SEED}, "subject": subject,
                       "version": __version__}, sort_keys=True, default=str)
    digest = hashlib.sha256(seed.encode("utf-8")).digest()[:16]
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
    return removed


def _verify(path: Path, target: Path, expected_pages: int, expected_outline: int) -> None:
    """Re-open the written file and check its page count, top-level bookmarks and page labels.

    Reads the page tree's /Count and the outline's first level rather than every page, so
    verifying costs milliseconds even for a thousand pages."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    def fail(what: str) -> ExportError:
        return ExportError(f"the written file {what} did not read back; nothing was saved.",
                           path=target)

    try:
        root = PdfReader(str(path)).trailer["/Root"]
        count = int(root["/Pages"]["/Count"])
        top, item = 0, root.get("/Outlines", {}).get("/First")
        while item is not None and top <= expected_outline:
            top += 1
            item = item.get_object().get("/Next")
        has_labels = "/PageLabels" in root
    except (PdfReadError, KeyError, TypeError, ValueError) as exc:
        raise fail("") from exc
    if count != expected_pages:
        raise ExportError(f"the written file has {count} pages instead of {expected_pages}; "
                          "nothing was saved.", path=target)
    if top != expected_outline:
        raise fail("'s bookmarks")
    if expected_pages and not has_labels:
        raise fail("'s page labels")


def write_verified(writer, target: Path, expected_pages: int, expected_outline: int,
                    cancel: CancelToken | None) -> int:
    """Write to a temp file beside `target`, check it reads back, then rename. Returns size."""
    tmp = temp_path_beside(target)
    try:
        with open(tmp, "wb") as handle:
            writer.write(handle)
        if cancel:
            cancel.raise_if_cancelled()
        _verify(tmp, target, expected_pages, expected_outline)
        size = tmp.stat().st_size
        commit_temp(tmp, target)
        return size
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def check_target(packet: Packet, target: Path) -> None:
    if target.is_dir():
        raise ExportError("is a folder; give a file name such as packet.pdf.", path=target)
    if not target.parent.is_dir():
        raise ExportError("the folder does not exist.", path=target.parent)
    resolved = target.resolve()
    for doc in packet.documents:
        if Path(doc.path).resolve() == resolved:
            raise ExportError("is one of the packet's own documents; choose another output "
                              "name so it is not overwritten.", path=target)


def damaged_output(exc: Exception, target: Path) -> ExportError:
    detail = " ".join(str(exc).split())[:120] or type(exc).__name__
    return ExportError(f"could not be written: a document is damaged inside ({detail}).",
                       path=target, fix="Run `packetizer check` to find it, export it again "
                       "from the program that made it, or remove it.")
