"""Export a packet: one merged, bookmarked PDF, or one PDF per requirement.

The output is built in memory from the packet's model (the outline is rebuilt, not copied), written
to a temp file beside the target, re-opened and verified, and only then renamed over the target.
A failure or a cancel leaves nothing behind; the source files are only ever read.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from packetizer import __version__
from packetizer.core.atomicfile import commit_temp, temp_path_beside
from packetizer.core.errors import Cancelled, ExportError, PacketizerError
from packetizer.core.inspect import open_pdf
from packetizer.core.model import Document, Packet, Requirement, kind_code, parse_page_selection
from packetizer.core.tasks import CancelToken, ProgressCallback, no_progress
from packetizer.core.validate import CheckReport, check_packet

log = logging.getLogger(__name__)


class IncompletePacket(ExportError):
    """The packet has errors; exporting anyway needs `force`."""

    def __init__(self, report: CheckReport) -> None:
        self.report = report
        count = len(report.errors)
        super().__init__(
            f"the packet is not ready: {count} problem{'s' if count != 1 else ''} "
            "(see `packetizer check`).",
            fix="Fix them, or export anyway with --force.",
        )


@dataclass
class Section:
    requirement_id: str
    title: str
    first_page: int  # 0-based, in the output
    page_count: int
    documents: list[str] = field(default_factory=list)  # document ids


@dataclass
class ExportResult:
    path: str
    page_count: int
    size: int
    sections: list[Section]
    skipped: list[str] = field(default_factory=list)  # documents left out (force)


def _document_title(doc: Document) -> str:
    return doc.title or Path(doc.path).stem


def _add_document_outline(writer, reader, parent, page_map: dict[int, int]) -> None:
    """Nest a document's own bookmarks under `parent`, pointing at their pages in the output."""
    try:
        outline = reader.outline
    except Exception as exc:  # a damaged outline must not stop the export
        log.info("ignoring unreadable outline: %s", exc)
        return

    def walk(items, parent_item, depth=0):
        if depth > 20:
            return
        last = None
        for item in items:
            if isinstance(item, list):
                if last is not None:
                    walk(item, last, depth + 1)
                continue
            try:
                source_page = reader.get_destination_page_number(item)
            except Exception:
                continue
            target = page_map.get(source_page)
            if target is None:  # page not selected: point at the next selected page
                later = [p for s, p in page_map.items() if s > source_page]
                if not later:
                    continue
                target = min(later)
            title = str(item.title or "").strip() or "Untitled"
            last = writer.add_outline_item(title=title, page_number=target, parent=parent_item,
                                           is_open=False)

    walk(outline, parent)


def _build(packet: Packet, requirements: list[Requirement], report: CheckReport,
           progress: ProgressCallback, cancel: CancelToken | None,
           done_before: int, total: int):
    """A PdfWriter holding the requirements' documents with outline and page labels."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    sections: list[Section] = []
    skipped: list[str] = []
    opts = packet.export_options
    done = done_before
    for req in requirements:
        docs = packet.documents_for(req.id)
        usable = [d for d in docs if report.facts.get(d.id) and report.facts[d.id].usable]
        skipped += [d.id for d in docs if d not in usable]
        if not usable:
            continue
        section = Section(req.id, req.label, len(writer.pages), 0)
        req_item = None
        for doc in usable:
            if cancel:
                cancel.raise_if_cancelled()
            progress(done, total, f"Adding {Path(doc.path).name}")
            reader = open_pdf(doc.path)
            try:
                indices = parse_page_selection(doc.pages, len(reader.pages))
            except ValueError as exc:
                raise ExportError(f"the page selection “{doc.pages}” does not fit: {exc}",
                                  path=doc.path) from exc
            first = len(writer.pages)
            writer.append(reader, pages=indices, import_outline=False)
            if doc.rotation:
                for page in writer.pages[first:]:
                    page.rotate(doc.rotation)
            if req_item is None:
                # the outline opens one level deep: requirements show their documents
                req_item = writer.add_outline_item(title=req.label, page_number=first,
                                                   is_open=True)
            doc_item = writer.add_outline_item(title=_document_title(doc), page_number=first,
                                               parent=req_item, is_open=False)
            if opts.keep_original_bookmarks:
                page_map = {src: first + i for i, src in enumerate(indices)}
                _add_document_outline(writer, reader, doc_item, page_map)
            section.documents.append(doc.id)
            done += 1
        section.page_count = len(writer.pages) - section.first_page
        sections.append(section)
        if opts.page_labels == "sections":
            writer.set_page_label(section.first_page, len(writer.pages) - 1, style="/D",
                                  prefix=f"{kind_code(req.kind)}-", start=1)
    if opts.page_labels != "sections" and writer.pages:
        writer.set_page_label(0, len(writer.pages) - 1, style="/D", start=1)
    return writer, sections, skipped, done


def _metadata(packet: Packet, subject: str = "") -> dict[str, str]:
    posting = packet.posting
    title = "Application"
    if posting.title:
        title += f" — {posting.title}"
    if packet.applicant.name:
        title += f" — {packet.applicant.name}"
    keywords = ", ".join(x for x in (posting.organization, posting.job_id) if x)
    meta = {"/Title": title, "/Creator": f"Packetizer {__version__}",
            "/Subject": subject or posting.title or "Job application"}
    if packet.applicant.name:
        meta["/Author"] = packet.applicant.name
    if keywords:
        meta["/Keywords"] = keywords
    return meta


def _write_verified(writer, target: Path, expected_pages: int, expected_outline: int,
                    cancel: CancelToken | None) -> int:
    """Write to a temp file beside `target`, check it reads back, then rename. Returns size."""
    from pypdf import PdfReader

    writer.page_mode = "/UseOutlines"
    tmp = temp_path_beside(target)
    try:
        with open(tmp, "wb") as handle:
            writer.write(handle)
        if cancel:
            cancel.raise_if_cancelled()
        check = PdfReader(str(tmp))
        if len(check.pages) != expected_pages:
            raise ExportError(f"the written file has {len(check.pages)} pages instead of "
                              f"{expected_pages}; nothing was saved.", path=target)
        top = [item for item in check.outline if not isinstance(item, list)]
        if len(top) != expected_outline:
            raise ExportError("the written file's bookmarks did not read back; nothing was "
                              "saved.", path=target)
        size = tmp.stat().st_size
        commit_temp(tmp, target)
        return size
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _check_target(packet: Packet, target: Path) -> None:
    if target.is_dir():
        raise ExportError("is a folder; give a file name such as packet.pdf.", path=target)
    if not target.parent.is_dir():
        raise ExportError("the folder does not exist.", path=target.parent)
    resolved = target.resolve()
    for doc in packet.documents:
        if Path(doc.path).resolve() == resolved:
            raise ExportError("is one of the packet's own documents; choose another output "
                              "name so it is not overwritten.", path=target)


def _prepare(packet: Packet, force: bool, report: CheckReport | None,
             progress: ProgressCallback, cancel: CancelToken | None) -> CheckReport:
    report = report or check_packet(packet, progress, cancel)
    if report.errors and not force:
        raise IncompletePacket(report)
    return report


def export_packet(packet: Packet, output: str | Path, *, force: bool = False,
                  report: CheckReport | None = None, progress: ProgressCallback = no_progress,
                  cancel: CancelToken | None = None) -> ExportResult:
    """Merge the packet into one bookmarked PDF at `output`.

    Raises IncompletePacket when the packet has errors and `force` is false, ExportError when
    the file cannot be written, Cancelled when `cancel` is set. Nothing is left behind on failure.
    """
    target = Path(output)
    _check_target(packet, target)
    report = _prepare(packet, force, report, progress, cancel)
    total = len(packet.documents) + 1
    try:
        writer, sections, skipped, _ = _build(packet, packet.posting.requirements, report,
                                              progress, cancel, 0, total)
        if not writer.pages:
            raise ExportError("there is nothing to export: no readable documents are "
                              "attached.", fix="Attach your files first.")
        writer.add_metadata(_metadata(packet))
        progress(total - 1, total, f"Writing {target.name}")
        size = _write_verified(writer, target, len(writer.pages), len(sections), cancel)
    except (PacketizerError, Cancelled):
        raise
    except OSError as exc:
        raise ExportError(f"cannot write the file ({exc.strerror or exc}); nothing was saved.",
                          path=target) from exc
    progress(total, total, "Exported")
    return ExportResult(str(target), sum(s.page_count for s in sections), size, sections, skipped)


def safe_file_name(name: str, max_length: int = 64) -> str:
    """ASCII, no spaces or characters portals reject; keeps the extension within `max_length`."""
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_-") or "document"
    ext = re.sub(r"[^A-Za-z0-9]", "", ext)[:5]
    room = max_length - (len(ext) + 1 if ext else 0)
    return f"{stem[:room]}.{ext}" if ext else stem[:room]


def separate_file_names(packet: Packet) -> dict[str, str]:
    """Requirement id → portal-safe file name from the packet's name template."""
    template = packet.export_options.output_name_template
    last_name = (packet.applicant.name.split() or ["applicant"])[-1]
    names: dict[str, str] = {}
    used: set[str] = set()
    for n, req in enumerate(packet.posting.requirements, start=1):
        raw = template.format_map({
            "nn": f"{n:02d}", "n": n, "kind": req.kind, "code": kind_code(req.kind),
            "label": req.label, "last_name": last_name, "applicant": packet.applicant.name,
            "job_id": packet.posting.job_id,
        })
        name = safe_file_name(raw)
        stem, _, ext = name.rpartition(".")
        candidate, k = name, 2
        while candidate.lower() in used:
            candidate = f"{stem}_{k}.{ext}"
            k += 1
        used.add(candidate.lower())
        names[req.id] = candidate
    return names


def export_separate(packet: Packet, folder: str | Path, *, force: bool = False,
                    report: CheckReport | None = None, progress: ProgressCallback = no_progress,
                    cancel: CancelToken | None = None) -> list[ExportResult]:
    """One bookmarked PDF per requirement in `folder`, named for upload portals.

    Every file is first written as a temp file; the set is renamed into place only when all of
    them were written and verified, so a failure or cancel leaves none of them behind.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError("is a file, not a folder.", path=folder)
    folder.mkdir(parents=True, exist_ok=True)
    report = _prepare(packet, force, report, progress, cancel)
    names = separate_file_names(packet)
    total = len(packet.documents) + 1
    done = 0
    pending: list[tuple[Path, Path, ExportResult]] = []
    try:
        for req in packet.posting.requirements:
            target = folder / names[req.id]
            _check_target(packet, target)
            writer, sections, skipped, done = _build(packet, [req], report, progress, cancel,
                                                     done, total)
            if not writer.pages:
                continue
            writer.add_metadata(_metadata(packet, subject=req.label))
            holder = temp_path_beside(target)
            size = _write_verified(writer, holder, len(writer.pages), len(sections), cancel)
            pending.append((holder, target, ExportResult(str(target), len(writer.pages), size,
                                                         sections, skipped)))
        if not pending:
            raise ExportError("there is nothing to export: no readable documents are "
                              "attached.", fix="Attach your files first.")
        for holder, target, _ in pending:
            commit_temp(holder, target)
    except BaseException:
        for holder, _, _ in pending:
            holder.unlink(missing_ok=True)
        raise
    progress(total, total, "Exported")
    return [result for _, _, result in pending]
