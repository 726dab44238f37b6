"""Assemble a planned export into a PdfWriter: cover, documents (each file opened once), the
outline rebuilt from the model, page labels, links, paper size and footer stamps."""

from __future__ import annotations

import io
import logging
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from pypdf.errors import PyPdfError

from packetizer.core.check import CheckReport
from packetizer.core.errors import (
    DamagedDocument,
    ExportError,
    PacketizerError,
    PdfError,
)
from packetizer.core.export.layers import carry_layers
from packetizer.core.export.links import drop_name_table, resolve_named_links
from packetizer.core.export.normalize import normalize_pages
from packetizer.core.export.optimize import unwrap_ascii85
from packetizer.core.export.plan import (
    PlannedSection,
    Section,
    cover_info,
    plan_pages,
)
from packetizer.core.files.inspect import ReaderCache, inspect_file, open_pdf
from packetizer.core.files.pages import PAPER_SIZES, displayed_size
from packetizer.core.model import (
    Packet,
    Requirement,
    kind_code,
)
from packetizer.core.progress import CancelToken, ProgressCallback

log = logging.getLogger(__name__)

# what pypdf raises on a damaged file beyond what opening it checks
DAMAGE = (PyPdfError, ValueError, TypeError, AttributeError, KeyError, IndexError,
          RecursionError, AssertionError, zlib.error)



def open_reader(path: str, readers: ReaderCache):
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


def first_page_size(plan: list[PlannedSection], readers: ReaderCache
                     ) -> tuple[float, float]:
    """The cover takes the size (as displayed) of the packet's first page."""
    if not plan:
        return PAPER_SIZES["letter"]
    first = plan[0].docs[0]
    try:
        page = open_reader(first.doc.path, readers).pages[first.indices[0]]
        width, height = displayed_size(page)
        if 200 < width < 2000 and 200 < height < 2000:
            return width, height
    except (PacketizerError, ValueError, KeyError, IndexError, TypeError):
        pass
    return PAPER_SIZES["letter"]


def _copy_bookmark(writer, reader, item, parent, page_map: dict[int, int], selected: list[int]):
    """One of a document's bookmarks in the output: to its page (or the next selected page),
    a web-link bookmark as it is, a heading without a target as a heading; None when its page
    and every page after it were left out."""
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    title = str(item.title or "").strip() or "Untitled"
    source_page = reader.get_destination_page_number(item)
    if source_page is None or source_page < 0:
        node = getattr(item, "node", None) or item  # pypdf keeps the bookmark's own dict
        action = node.get("/A")
        action = action.get_object() if action is not None else None
        if action is not None and action.get("/S") == "/URI":
            link = DictionaryObject({
                NameObject("/Title"): TextStringObject(title),
                NameObject("/A"): DictionaryObject({
                    NameObject("/S"): NameObject("/URI"),
                    NameObject("/URI"): TextStringObject(str(action.get("/URI", "")))})})
            return writer.add_outline_item_dict(link, parent=parent)
        # a heading bookmark without a target (its children have them): kept as a heading
        return writer.add_outline_item_dict(
            DictionaryObject({NameObject("/Title"): TextStringObject(title)}), parent=parent)
    target = page_map.get(source_page)
    if target is None:  # page not selected: point at the next selected page
        later = [p for p in selected if p > source_page]
        if not later:
            return None
        target = page_map[later[0]]
    return writer.add_outline_item(title=title, page_number=target, parent=parent,
                                   is_open=False)


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
            if isinstance(item, list):  # the children of the bookmark before
                walk(item, last if last is not None else parent_item, depth + 1)
                continue
            try:  # each bookmark on its own: a broken one costs only itself
                last = _copy_bookmark(writer, reader, item, parent_item, page_map, selected)
            except Exception as exc:
                log.info("left out a bookmark: %s", exc)
                last = None

    walk(outline, parent)


def assemble(packet: Packet, requirements: list[Requirement], report: CheckReport,
              progress: ProgressCallback, cancel: CancelToken | None, *, forced: bool,
              cover: bool, readers: ReaderCache, done_before: int = 0, total: int = 1):
    """A PdfWriter with cover, documents, outline, page labels, stamps and links."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link

    opts = packet.export_options
    cover_pages = 0
    cover_result = None
    plan, skipped = plan_pages(packet, requirements, report, 0)
    if cover:
        from packetizer.core.export.cover import render_cover

        size = PAPER_SIZES.get(opts.paper) or first_page_size(plan, readers)
        for guess in (1, 2, 3, 5, 8):  # the cover's length shifts every page number after it
            plan, skipped = plan_pages(packet, requirements, report, guess)
            cover_result = render_cover(
                cover_info(packet, requirements, plan, report, forced, opts.page_labels), size)
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
                reader = open_reader(item.doc.path, readers)
                writer.append(reader, pages=item.indices, import_outline=False)
                page_map = {src: first + i for i, src in enumerate(item.indices)}
                resolve_named_links(writer, reader, first, page_map)  # not into other docs
                # hidden layers stay hidden
                carry_layers(writer, reader, packet.document_title(item.doc))
                if item.doc.turned:
                    for i, source in enumerate(item.indices):
                        if item.doc.page_rotation(source):
                            writer.pages[first + i].rotate(item.doc.page_rotation(source))
            except DAMAGE as exc:  # opened fine, but broken further in
                raise DamagedDocument(item.doc, exc) from exc
            if req_item is None:  # the outline opens one level deep
                req_item = writer.add_outline_item(title=req.label, page_number=first,
                                                   is_open=True)
            doc_item = writer.add_outline_item(title=packet.document_title(item.doc),
                                               page_number=first, parent=req_item,
                                               is_open=False)
            if opts.keep_original_bookmarks:
                try:
                    _add_document_outline(writer, reader, doc_item, page_map)
                except DAMAGE as exc:  # a broken outline only costs its bookmarks
                    log.info("left out the bookmarks of %s: %s", item.doc.path, exc)
            section.documents.append(item.doc.id)
            done += 1
        section.page_count = len(writer.pages) - section.first_page
        sections.append(section)

    drop_name_table(writer)
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
    footer = opts.page_numbers and opts.footer_template.strip()
    if footer or opts.header_template.strip():
        from packetizer.core.export.stamp import footer_text, stamp_pages

        section_of = {}
        for section in sections:
            for i in range(section.page_count):
                section_of[section.first_page + i] = section.title
        values = {"applicant": packet.applicant.name, "job_id": packet.posting.job_id,
                  "title": packet.posting.title, "organization": packet.posting.organization}

        def lines(template: str) -> list[str | None]:
            return [None] * cover_pages + [
                footer_text(template, {**values, "page": i + 1, "pages": total_pages,
                                       "label": labels[i], "section": section_of.get(i, "")})
                for i in range(cover_pages, total_pages)]

        places = footer_places(packet, report, plan, readers)
        check = cancel.raise_if_cancelled if cancel else None
        at_top = set()
        if footer:
            texts = lines(opts.footer_template)
            at_top = places.at_top
            for index in places.left_off | _shrink_for_footer(writer, places.shrunk):
                texts[index] = None
            stamp_pages(writer, texts, check, frozenset(at_top))
        if opts.header_template.strip():
            # the header goes where the page's top margin is free and no footer moved there
            texts = lines(opts.header_template)
            for index in places.top_taken | at_top:
                texts[index] = None
            stamp_pages(writer, texts, check, frozenset(range(total_pages)))
    return writer, sections, skipped, done, cover_pages


@dataclass
class FooterPlaces:
    """Where the page numbers (and a header) go on pages whose own text takes their place."""

    at_top: set[int] = field(default_factory=set)  # the footer moves to the free top margin
    left_off: set[int] = field(default_factory=set)  # no margin free, shrinking would not do
    shrunk: dict[int, tuple[float, float]] = field(default_factory=dict)  # page → (scale,
    # its text's distance from the top): shrunk a little about the top of its text
    top_taken: set[int] = field(default_factory=set)  # text in the top margin: no header


def footer_places(packet: Packet, report: CheckReport, sections: list[PlannedSection],
                  readers: ReaderCache | None = None) -> FooterPlaces:
    """The pages whose own text reaches into the footer's place, or into a header's. Pages of
    a rotated document or without known text bounds keep the footer at the bottom."""
    from packetizer.core.files.pagefacts import load_cached, pdf_facts
    from packetizer.core.files.pages import FOOTER_ROOM, footer_scale

    places = FooterPlaces()
    for section in sections:
        for planned in section.docs:
            if planned.doc.rotation:
                continue  # turned as a whole: its text's margins are other sides now
            pdf = report.contents.get(planned.doc.id)
            facts = report.facts.get(planned.doc.id)
            if pdf is None and facts is not None:
                # the export's own check reads no text: the full check's facts are cached
                pdf = load_cached(facts.content_key)
                reader = readers.get(planned.doc.path) if readers is not None else None
                if pdf is None and reader is not None:
                    pdf = pdf_facts(reader, facts.content_key)
            if pdf is None:
                continue
            for k, source in enumerate(planned.indices):
                if source >= len(pdf.pages) or planned.doc.page_rotation(source):
                    continue
                page, index = pdf.pages[source], planned.first_page + k
                top_free = page.text_top is None or page.text_top >= FOOTER_ROOM
                if not top_free:
                    places.top_taken.add(index)
                if page.text_bottom is None or page.text_bottom >= FOOTER_ROOM:
                    continue
                scale = footer_scale(page.height, page.text_bottom, page.text_top)
                if page.text_top is not None and top_free:
                    places.at_top.add(index)
                elif scale:
                    places.shrunk[index] = (scale, page.text_top)
                else:
                    places.left_off.add(index)
    return places


def _shrink_for_footer(writer, shrunk: dict[int, tuple[float, float]]) -> set[int]:
    """Shrink each of these pages about the top of its text, so the footer has its room below;
    returns the pages that could not be (turned by /Rotate): they go without a footer."""
    from packetizer.core.export.normalize import transform_page
    from packetizer.core.files.pages import displayed_box

    shared: dict[bytes, object] = {}
    turned = set()
    for index, (scale, text_top) in shrunk.items():
        page = writer.pages[index]
        if int(page.get("/Rotate", 0) or 0) % 360:
            turned.add(index)
            continue
        x0, _, x1, y1 = displayed_box(page)
        cx, cy = (x0 + x1) / 2, y1 - text_top
        transform_page(writer, page, scale, cx * (1 - scale), cy * (1 - scale), shared)
    return turned


def assemble_leaving_out_damaged(force: bool, packet: Packet, requirements, report, *args,
                                  **kwargs):
    """assemble; with `force`, a document found damaged while copying is left out (marked
    unusable in the report, as the check would have if it could see it) and we start again."""
    for _ in range(len(packet.documents) + 1):
        try:
            return assemble(packet, requirements, report, *args,
                             forced=bool(report.errors), **kwargs)
        except DamagedDocument as exc:
            facts = report.facts.get(exc.doc.id)
            if not force or facts is None or not facts.usable:
                raise
            facts.problem, facts.fix = exc.message, exc.fix
    raise ExportError("too many damaged documents.")
