"""Export a packet: one merged, bookmarked PDF, or one PDF per requirement.

The pages are planned from the packet's model first (which pages of which file, in posting
order), so the cover can show page ranges and link to them before any PDF is assembled. The
outline is rebuilt from the model, not copied. The result is written to a temp file beside the
target, re-opened and verified, and only then renamed over the target: a failure or a cancel
leaves nothing behind, and the source files are only ever read.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pypdf.errors import PyPdfError

from packetizer import __version__
from packetizer.core.appdata.atomicfile import commit_temp, temp_path_beside, writing_error
from packetizer.core.appdata.profiles import Profile, packet_profile, size_notes
from packetizer.core.check.packet import CheckReport, check_packet
from packetizer.core.errors import (
    Cancelled,
    DamagedDocument,
    ExportError,
    IncompletePacket,
    PacketizerError,
    PdfError,
)
from packetizer.core.export.normalize import normalize_pages
from packetizer.core.export.optimize import unwrap_ascii85
from packetizer.core.files.inspect import ReaderCache, inspect_file, open_pdf
from packetizer.core.files.pages import PAPER_SIZES, displayed_box, displayed_size
from packetizer.core.model import (
    Document,
    Packet,
    Requirement,
    Status,
    kind_code,
    packet_data,
    parse_page_selection,
    requirement_status,
)
from packetizer.core.names import safe_file_name
from packetizer.core.progress import CancelToken, ProgressCallback, no_progress

log = logging.getLogger(__name__)

# Part of the seed of every export's /ID, fixed so that an export's bytes do not change when the
# save format does (these were the save format's fields when the /ID was made content-derived)
ID_SEED = {"format_version": 1, "generator": f"Packetizer {__version__}"}



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
    removed: list[str] = field(default_factory=list)  # active content taken out
    cover_pages: int = 0
    profile_notes: list[str] = field(default_factory=list)  # limits of the portal exceeded


@dataclass
class _PlannedDoc:
    doc: Document
    indices: list[int]
    first_page: int = 0


@dataclass
class _PlannedSection:
    req: Requirement
    docs: list[_PlannedDoc]
    first_page: int = 0

    @property
    def page_count(self) -> int:
        return sum(len(d.indices) for d in self.docs)


def _document_title(doc: Document) -> str:
    return doc.title or Path(doc.path).stem


def _plan(packet: Packet, requirements: list[Requirement], report: CheckReport,
          offset: int) -> tuple[list[_PlannedSection], list[str]]:
    """Which pages of which files go where, from the packet and the check's file facts."""
    sections, skipped = [], []
    page = offset
    for req in requirements:
        planned = []
        for doc in packet.documents_for(req.id):
            facts = report.facts.get(doc.id)
            if facts is None or not facts.usable:
                skipped.append(doc.id)
                continue
            try:
                indices = parse_page_selection(doc.pages, facts.page_count)
            except ValueError:
                skipped.append(doc.id)
                continue
            planned.append(_PlannedDoc(doc, indices, page))
            page += len(indices)
        if planned:
            sections.append(_PlannedSection(req, planned, planned[0].first_page))
    return sections, skipped


def _label_range(code: str, count: int) -> str:
    return f"{code}-1" if count == 1 else f"{code}-1–{code}-{count}"


def _cover_info(packet: Packet, requirements: list[Requirement], plan: list[_PlannedSection],
                report: CheckReport, forced: bool, labels: str):
    from packetizer.core.export.cover import CoverInfo, CoverRow

    by_req = {s.req.id: s for s in plan}
    rows = []
    for req in requirements:
        section = by_req.get(req.id)
        status = requirement_status(req, section is not None)
        pages = ""
        if section:
            first, last = section.first_page + 1, section.first_page + section.page_count
            span = f"p. {first}" if first == last else f"pp. {first}–{last}"
            pages = (f"{_label_range(kind_code(req.kind), section.page_count)} · {span}"
                     if labels == "sections" else span)
        rows.append(CoverRow(
            label=req.label, kind=req.kind, status=status,
            documents=[_document_title(d.doc) for d in section.docs] if section else [],
            pages=pages, target_page=section.first_page if section else None))
    posting = packet.posting
    return CoverInfo(applicant=packet.applicant.name, email=packet.applicant.email,
                     title=posting.title, organization=posting.organization,
                     job_id=posting.job_id, deadline=posting.deadline,
                     date=_export_date(packet), rows=rows,
                     forced=forced and any(r.status == Status.MISSING for r in rows))


def _export_date(packet: Packet) -> str:
    """The date shown on the cover: SOURCE_DATE_EPOCH when set (reproducible builds), else
    the packet's last change, so the same packet always exports the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).date().isoformat()
    return (packet.modified or packet.created or "")[:10]


# what pypdf raises on a damaged file beyond what opening it checks
DAMAGE = (PyPdfError, ValueError, TypeError, AttributeError, KeyError, IndexError,
          RecursionError, AssertionError, zlib.error)



def _reader(path: str, readers: ReaderCache):
    """The PDF opened during this operation's check, or opened now (converting Word, text and
    image files first, on the paper the check used)."""
    reader = readers.get(path)
    if reader is not None:
        return reader
    facts = inspect_file(path, readers, paper=readers.paper)
    if not facts.usable:
        raise PdfError(facts.problem, path=path, fix=facts.fix)
    reader = readers.get(path) or open_pdf(facts.pdf_path)
    readers.put(path, reader)
    return reader


def _first_page_size(plan: list[_PlannedSection], readers: ReaderCache
                     ) -> tuple[float, float]:
    """The cover takes the size (as displayed) of the packet's first page."""
    from reportlab.lib.pagesizes import LETTER

    if not plan:
        return LETTER
    first = plan[0].docs[0]
    try:
        page = _reader(first.doc.path, readers).pages[first.indices[0]]
        width, height = displayed_size(page)
        if 200 < width < 2000 and 200 < height < 2000:
            return width, height
    except (PacketizerError, ValueError, KeyError, IndexError, TypeError):
        pass
    return LETTER


def _add_document_outline(writer, reader, parent, page_map: dict[int, int]) -> None:
    """Nest a document's own bookmarks under `parent`, pointing at their pages in the output."""
    try:
        outline = reader.outline
    except Exception as exc:  # a damaged outline must not stop the export
        log.info("ignoring unreadable outline: %s", exc)
        return
    selected = sorted(page_map)

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
                later = [p for p in selected if p > source_page]
                if not later:
                    continue
                target = page_map[later[0]]
            title = str(item.title or "").strip() or "Untitled"
            last = writer.add_outline_item(title=title, page_number=target, parent=parent_item,
                                           is_open=False)

    walk(outline, parent)


def _assemble(packet: Packet, requirements: list[Requirement], report: CheckReport,
              progress: ProgressCallback, cancel: CancelToken | None, *, forced: bool,
              cover: bool, readers: ReaderCache, done_before: int = 0, total: int = 1):
    """A PdfWriter with cover, documents, outline, page labels, stamps and links."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link

    opts = packet.export_options
    cover_pages = 0
    cover_result = None
    plan, skipped = _plan(packet, requirements, report, 0)
    if cover:
        from packetizer.core.export.cover import render_cover

        size = PAPER_SIZES.get(opts.paper) or _first_page_size(plan, readers)
        for guess in (1, 2, 3, 5, 8):  # the cover's length shifts every page number after it
            plan, skipped = _plan(packet, requirements, report, guess)
            cover_result = render_cover(
                _cover_info(packet, requirements, plan, report, forced, opts.page_labels), size)
            if cover_result.page_count == guess:
                break
        cover_pages = cover_result.page_count

    writer = PdfWriter()
    if cover_result is not None:
        writer.append(PdfReader(io.BytesIO(cover_result.pdf)), import_outline=False)
        writer.add_outline_item(title="Cover and checklist", page_number=0, is_open=False)
    done = done_before
    sections: list[Section] = []
    for planned in plan:
        req = planned.req
        req_item = None
        section = Section(req.id, req.label, len(writer.pages), 0)
        for item in planned.docs:
            if cancel:
                cancel.raise_if_cancelled()
            progress(done, total, f"Adding {Path(item.doc.path).name}")
            first = len(writer.pages)
            try:
                reader = _reader(item.doc.path, readers)
                writer.append(reader, pages=item.indices, import_outline=False)
                if item.doc.rotation:
                    for page in writer.pages[first:]:
                        page.rotate(item.doc.rotation)
            except DAMAGE as exc:  # opened fine, but broken further in
                raise DamagedDocument(item.doc, exc) from exc
            if req_item is None:  # the outline opens one level deep
                req_item = writer.add_outline_item(title=req.label, page_number=first,
                                                   is_open=True)
            doc_item = writer.add_outline_item(title=_document_title(item.doc),
                                               page_number=first, parent=req_item,
                                               is_open=False)
            if opts.keep_original_bookmarks:
                page_map = {src: first + i for i, src in enumerate(item.indices)}
                try:
                    _add_document_outline(writer, reader, doc_item, page_map)
                except DAMAGE as exc:  # a broken outline only costs its bookmarks
                    log.info("left out the bookmarks of %s: %s", item.doc.path, exc)
            section.documents.append(item.doc.id)
            done += 1
        section.page_count = len(writer.pages) - section.first_page
        sections.append(section)

    total_pages = len(writer.pages)
    labels = [""] * total_pages
    if cover_pages:
        writer.set_page_label(0, cover_pages - 1, style="/r", start=1)
    if opts.page_labels == "sections":
        for section, planned in zip(sections, plan, strict=True):
            code = kind_code(planned.req.kind)
            writer.set_page_label(section.first_page, section.first_page + section.page_count
                                  - 1, style="/D", prefix=f"{code}-", start=1)
            for i in range(section.page_count):
                labels[section.first_page + i] = f"{code}-{i + 1}"
    elif total_pages > cover_pages:
        writer.set_page_label(cover_pages, total_pages - 1, style="/D", start=1)
        for i in range(cover_pages, total_pages):
            labels[i] = str(i - cover_pages + 1)

    if cover_result is not None:
        for cover_page, rect, target in cover_result.links:
            writer.add_annotation(page_number=cover_page,
                                  annotation=Link(rect=rect, target_page_index=target))

    if opts.paper in PAPER_SIZES:
        normalize_pages(writer, opts.paper, cover_pages)
    unwrap_ascii85(writer)  # before stamping: unwrapped page streams take the stamp in-line
    if opts.page_numbers and opts.footer_template.strip():
        from packetizer.core.export.stamp import footer_text, stamp_pages

        section_of = {}
        for section in sections:
            for i in range(section.page_count):
                section_of[section.first_page + i] = section.title
        values = {"applicant": packet.applicant.name, "job_id": packet.posting.job_id,
                  "title": packet.posting.title, "organization": packet.posting.organization}
        texts = [None] * cover_pages + [
            footer_text(opts.footer_template, {**values, "page": i + 1, "pages": total_pages,
                                               "label": labels[i],
                                               "section": section_of.get(i, "")})
            for i in range(cover_pages, total_pages)]
        stamp_pages(writer, texts, cancel.raise_if_cancelled if cancel else None)
    return writer, sections, skipped, done, cover_pages


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


def _finish(writer, packet: Packet, subject: str = "", language: str = "en") -> list[str]:
    """Metadata, language, viewer preferences, a content-derived /ID, sanitising."""
    from pypdf.generic import ArrayObject, ByteStringObject, NameObject, TextStringObject

    from packetizer.core.export.sanitize import sanitize

    removed = sanitize(writer)
    _top_of_page_destinations(writer)
    writer.add_metadata(_metadata(packet, subject))
    writer.page_mode = "/UseOutlines"
    writer._root_object[NameObject("/Lang")] = TextStringObject(language)
    # the same packet and files give the same bytes: the /ID comes from the content, not a clock
    seed = json.dumps({"packet": {**packet_data(packet), **ID_SEED}, "subject": subject,
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


def _write_verified(writer, target: Path, expected_pages: int, expected_outline: int,
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
             progress: ProgressCallback, cancel: CancelToken | None,
             readers: ReaderCache, profile: Profile) -> CheckReport:
    report = report or check_packet(packet, progress, cancel, readers, content=False,
                                    profile=profile, paper=readers.paper)
    if report.errors and not force:
        raise IncompletePacket(report)
    return report


def export_packet(packet: Packet, output: str | Path, *, force: bool = False,
                  report: CheckReport | None = None, progress: ProgressCallback = no_progress,
                  cancel: CancelToken | None = None, paper: str = "auto") -> ExportResult:
    """Merge the packet into one bookmarked PDF at `output`. `paper` is the paper that text
    and image files are converted on ("letter", "a4", "auto").

    Raises IncompletePacket when the packet has errors and `force` is false, ExportError when
    the file cannot be written, Cancelled when `cancel` is set. Nothing is left behind on failure.
    """
    target = Path(output)
    _check_target(packet, target)
    readers = ReaderCache(paper)  # each file is opened once, by the check, and reused
    profile, _ = packet_profile(packet)
    report = _prepare(packet, force, report, progress, cancel, readers, profile)
    total = len(packet.documents) + 1
    opts = packet.export_options
    try:
        writer, sections, skipped, _, cover_pages = _assemble_leaving_out_damaged(
            force, packet, packet.posting.requirements, report, progress, cancel,
            cover=opts.cover_page, readers=readers, total=total)
        if not sections:
            raise ExportError("there is nothing to export: no readable documents are "
                              "attached.", fix="Attach your files first.")
        removed = _finish(writer, packet)
        progress(total - 1, total, f"Writing {target.name}")
        size = _write_verified(writer, target, len(writer.pages),
                               len(sections) + (1 if cover_pages else 0), cancel)
    except (PacketizerError, Cancelled):
        raise
    except OSError as exc:
        raise writing_error(exc, target) from exc
    except DAMAGE as exc:
        raise _damaged_output(exc, target) from exc
    progress(total, total, "Exported")
    return ExportResult(str(target), len(writer.pages), size, sections, skipped, removed,
                        cover_pages, size_notes(profile, [size]))


def _assemble_leaving_out_damaged(force: bool, packet: Packet, requirements, report, *args,
                                  **kwargs):
    """_assemble; with `force`, a document found damaged while copying is left out (marked
    unusable in the report, as the check would have if it could see it) and we start again."""
    for _ in range(len(packet.documents) + 1):
        try:
            return _assemble(packet, requirements, report, *args,
                             forced=bool(report.errors), **kwargs)
        except DamagedDocument as exc:
            facts = report.facts.get(exc.doc.id)
            if not force or facts is None or not facts.usable:
                raise
            facts.problem, facts.fix = exc.message, exc.fix
    raise ExportError("too many damaged documents.")


def _damaged_output(exc: Exception, target: Path) -> ExportError:
    detail = " ".join(str(exc).split())[:120] or type(exc).__name__
    return ExportError(f"could not be written: a document is damaged inside ({detail}).",
                       path=target, fix="Run `packetizer check` to find it, export it again "
                       "from the program that made it, or remove it.")


def separate_file_names(packet: Packet, max_length: int = 64) -> dict[str, str]:
    """Requirement id → portal-safe file name from the packet's name template; the key ""
    names the index (the cover) file."""
    template = packet.export_options.output_name_template
    last_name = (packet.applicant.name.split() or ["applicant"])[-1]
    names: dict[str, str] = {}
    used: set[str] = set()
    entries = [("", 0, "index", "IDX", "Index")] + [
        (req.id, n, req.kind, kind_code(req.kind), req.label)
        for n, req in enumerate(packet.posting.requirements, start=1)]
    # when a name is too long for the portal, shorter forms keep the applicant's name whole
    templates = [template, "{nn}_{code}_{last_name}.pdf", "{nn}_{code}.pdf"]
    for key, n, kind, code, label in entries:
        fields = {"nn": f"{n:02d}", "n": n, "kind": kind, "code": code, "label": label,
                  "last_name": last_name, "applicant": packet.applicant.name,
                  "job_id": packet.posting.job_id}
        for candidate_template in templates:
            try:
                raw = candidate_template.format_map(fields)
            except (KeyError, ValueError, IndexError) as exc:
                raise ExportError(f"the file name template “{template}” has an unknown field "
                                  f"({exc}).", fix="Use {nn}, {kind}, {code}, {label}, "
                                  "{last_name}, {applicant} or {job_id}.") from exc
            if not raw.lower().endswith(".pdf"):
                raw += ".pdf"
            if len(safe_file_name(raw, 10_000)) <= max_length:
                break
        name = safe_file_name(raw, max_length)
        stem, _, ext = name.rpartition(".")
        candidate, k = name, 2
        while candidate.lower() in used:
            suffix = f"_{k}"
            candidate = f"{stem[:max_length - len(suffix) - len(ext) - 1]}{suffix}.{ext}"
            k += 1
        used.add(candidate.lower())
        names[key] = candidate
    return names


def export_separate(packet: Packet, folder: str | Path, *, force: bool = False,
                    report: CheckReport | None = None, progress: ProgressCallback = no_progress,
                    cancel: CancelToken | None = None, paper: str = "auto") -> list[ExportResult]:
    """One bookmarked, stamped PDF per requirement in `folder`, named for upload portals, and
    the cover as an index file.

    Every file is first written as a temp file; the set is renamed into place only when all of
    them were written and verified, so a failure or cancel leaves none of them behind.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError("is a file, not a folder.", path=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise writing_error(exc, folder) from exc
    readers = ReaderCache(paper)
    profile, _ = packet_profile(packet)
    report = _prepare(packet, force, report, progress, cancel, readers, profile)
    names = separate_file_names(packet, profile.max_name_length)
    total = len(packet.documents) + 1
    done = 0
    pending: list[tuple[Path, Path, ExportResult]] = []
    try:
        for req in packet.posting.requirements:
            target = folder / names[req.id]
            _check_target(packet, target)
            writer, sections, skipped, done, _ = _assemble_leaving_out_damaged(
                force, packet, [req], report, progress, cancel, cover=False,
                readers=readers, done_before=done, total=total)
            if not sections:
                continue
            removed = _finish(writer, packet, subject=req.label)
            holder = temp_path_beside(target)
            size = _write_verified(writer, holder, len(writer.pages), len(sections), cancel)
            pending.append((holder, target, ExportResult(str(target), len(writer.pages), size,
                                                         sections, skipped, removed)))
        if not pending:
            raise ExportError("there is nothing to export: no readable documents are "
                              "attached.", fix="Attach your files first.")
        if packet.export_options.cover_page:
            pending.append(_index_file(packet, report, folder / names[""], names, cancel,
                                       readers))
        for holder, target, _ in pending:
            commit_temp(holder, target)
    except BaseException as exc:
        for holder, _, _ in pending:
            holder.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise writing_error(exc, folder) from exc
        if isinstance(exc, DAMAGE) and not isinstance(exc, PacketizerError):
            raise _damaged_output(exc, folder) from exc
        raise
    progress(total, total, "Exported")
    results = [result for _, _, result in pending]
    notes = size_notes(profile, [r.size for r in results])
    if packet.posting.single_pdf:
        notes.insert(0, "the posting asks for a single PDF; upload the merged packet "
                        "(`export` without --separate) unless the portal asks otherwise")
    for result in results:
        result.profile_notes = notes
    return results


def _index_file(packet: Packet, report: CheckReport, target: Path, names: dict[str, str],
                cancel: CancelToken | None, readers: ReaderCache):
    """The cover as its own file, listing which file holds which item."""
    from pypdf import PdfReader, PdfWriter

    from packetizer.core.export.cover import render_cover

    plan, _ = _plan(packet, packet.posting.requirements, report, 0)
    info = _cover_info(packet, packet.posting.requirements, plan, report, False, "none")
    planned = {s.req.id: s for s in plan}
    for row, req in zip(info.rows, packet.posting.requirements, strict=True):
        row.target_page = None
        if req.id in planned:
            count = planned[req.id].page_count
            row.documents = [f"File {names[req.id]}", *row.documents]
            row.pages = f"{count} page{'s' if count != 1 else ''}"
    paper = PAPER_SIZES.get(packet.export_options.paper)
    cover = render_cover(info, paper or _first_page_size(plan, readers))
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(cover.pdf)), import_outline=False)
    writer.add_outline_item(title="Index", page_number=0)
    writer.set_page_label(0, len(writer.pages) - 1, style="/r", start=1)
    removed = _finish(writer, packet, subject="Index")
    holder = temp_path_beside(target)
    size = _write_verified(writer, holder, len(writer.pages), 1, cancel)
    return holder, target, ExportResult(str(target), len(writer.pages), size, [], [], removed,
                                        len(writer.pages))
