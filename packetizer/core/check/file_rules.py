"""Rules about one attached file and its pages: missing, unreadable, converted, encrypted, renamed;
blank, scanned and heavy pages, fonts, active content, tags, paper size and orientation."""

from __future__ import annotations

from pathlib import Path

from packetizer.core.check.findings import ERROR, INFO, WARNING, Finding, doc_name, pages_list
from packetizer.core.files import ocr
from packetizer.core.files.convert import OFFICE_TYPES
from packetizer.core.files.inspect import TYPE_NAMES, FileFacts
from packetizer.core.files.pagefacts import PdfFacts
from packetizer.core.files.pages import FOOTER_MARGIN as MARGIN
from packetizer.core.files.pages import (
    FOOTER_MIN_SCALE,
    FOOTER_ROOM,
    PAPER_SIZES,
    footer_scale,
    paper_of,
    size_text,
)
from packetizer.core.model import (
    Document,
    FixAction,
    PageSelectionError,
    parse_page_selection,
)


def _ocr_fix() -> str:
    lacking = ocr.missing()
    if lacking:
        return ("Attach the original file, or make this one searchable with OCR, which needs "
                f"{lacking}: {ocr.install_hint()}.")
    return ("Make it searchable with OCR: Make Searchable in the app, or `packetizer ocr PACKET "
            "DOCUMENT`; or attach the original file.")


def _footer_fix(at_top: list[int], shrunk: list[int], left_off: list[int]) -> str:
    """What the export does with the page numbers of pages whose text is in the footer's place:
    "The export puts the page number at the top of page 2; …"."""
    def pages(indices: list[int]) -> str:
        return f"page{'s' if len(indices) > 1 else ''} {pages_list(indices)}"

    parts = []
    if at_top:
        parts.append(f"puts the page number at the top of {pages(at_top)}")
    if shrunk:
        parts.append(f"shrinks the page's content (by at most "
                     f"{100 - FOOTER_MIN_SCALE * 100:.0f} %) to make room below it on "
                     f"{pages(shrunk)}")
    if left_off:
        parts.append(f"leaves it off {pages(left_off)}, where neither would make room (a larger "
                     "bottom margin keeps it)")
    return "The export " + "; ".join(parts) + "."


def file_findings(doc: Document, facts: FileFacts) -> list[Finding]:
    where = {"requirement_id": doc.requirement_id, "document_id": doc.id}
    name = doc_name(doc)
    code = facts.problem_code or ("unreadable" if facts.problem else "")
    if code == "file-missing":
        return [Finding(code, ERROR, f"{name}: {facts.problem}",
                        evidence=f"Looked for {doc.path}", fix=facts.fix,
                        action=FixAction.REPLACE_FILE, **where)]
    if code in ("converter-missing", "conversion-failed"):
        return [Finding(code, ERROR, f"{name} {facts.problem}",
                        evidence=f"Detected type: {TYPE_NAMES[facts.file_type]}",
                        fix=facts.fix, action=FixAction.REPLACE_FILE, **where)]
    if code:
        evidence = f"Detected type: {facts.file_type}; size {facts.size} bytes"
        return [Finding(code, ERROR, f"{name} {facts.problem}", evidence=evidence,
                        fix=facts.fix, action=FixAction.REPLACE_FILE, **where)]
    found = []
    if doc.sha256 and facts.sha256 and doc.sha256 != facts.sha256:
        found.append(Finding(
            "file-changed", WARNING, f"{name} has changed since it was attached.",
            evidence=f"sha256 was {doc.sha256[:12]}…, is now {facts.sha256[:12]}…",
            fix="Check that this is the version you want to send; re-attach it to confirm.",
            action=FixAction.REFRESH, **where))
    if facts.converted_from:
        found.append(Finding(
            "converted", INFO, f"{name} is {TYPE_NAMES[facts.converted_from]}; the packet "
            f"uses a PDF made from it ({facts.page_count} page"
            f"{'s' if facts.page_count != 1 else ''}).",
            evidence="Converted " + ("with LibreOffice" if facts.converted_from in OFFICE_TYPES
                                     else "by Packetizer") + "; cached until the file changes.",
            fix="Look through the PDF once (layout can shift in conversion); for full control, "
            "save it as PDF yourself.", **where))
        if Path(doc.path).suffix.lower() == ".pdf":
            found.append(Finding(
                "misnamed", WARNING, f"{name} is named .pdf but is really "
                f"{TYPE_NAMES[facts.converted_from]}; it was converted.",
                evidence=f"Detected type: {TYPE_NAMES[facts.converted_from]}",
                fix="Rename it, so a portal you upload it to elsewhere does not reject it.",
                **where))
    elif facts.file_type == "pdf" and Path(doc.path).suffix.lower() not in (".pdf", ""):
        found.append(Finding(
            "misnamed", INFO, f"{name} is really a PDF; it is used as one.",
            evidence="The file starts with %PDF.", fix="Rename it to .pdf.", **where))
    if facts.repaired_with:
        found.append(Finding(
            "repaired-copy", INFO, f"{name} is damaged; the packet uses a copy repaired with "
            f"{facts.repaired_with} (your file is not changed).",
            evidence=f"The repaired copy is kept in the cache: {facts.pdf_path}",
            fix="Look through the repaired pages once; or export the file again from the "
            "program that made it.", **where))
    if facts.searchable:
        found.append(Finding(
            "searchable-copy", INFO, f"{name} is a scan; the packet uses a copy made searchable "
            "with OCR (your file is not changed).",
            evidence=f"The searchable copy is kept in the cache: {facts.pdf_path}",
            fix="Recognised text can have mistakes: search the exported PDF for a few words "
            "you know are there.", **where))
    if facts.encryption == "owner":
        found.append(Finding(
            "encrypted-owner", WARNING,
            f"{name} has restrictions (an owner password); it opens, but some portals reject "
            "protected files.",
            evidence="Encrypted with an empty user password",
            fix="Export will write it without the restrictions; or save an unprotected copy.",
            **where))
    return found


def selected_pages(doc: Document, facts: FileFacts) -> tuple[list[int], Finding | None]:
    """The 0-based pages the packet takes from the document (all, when the selection is bad,
    with the finding that says so)."""
    try:
        return parse_page_selection(doc.pages, facts.page_count), None
    except PageSelectionError as exc:
        return list(range(facts.page_count)), Finding(
            "bad-page-selection", ERROR, f"{doc_name(doc)}: the page selection “{doc.pages}” "
            f"does not fit: {exc}", requirement_id=doc.requirement_id, document_id=doc.id,
            evidence=f"The file has {facts.page_count} pages", fix="Correct the page selection.",
            action=FixAction.SELECT_PAGES)


def page_findings(doc: Document, pdf: PdfFacts, selection: list[int],
                   page_size: str | None, footer: bool = False) -> list[Finding]:
    """Blank and scanned pages, fonts, active content, page sizes, text where the page number
    goes (`footer`: the export stamps one): facts about the PDF itself."""
    where = {"requirement_id": doc.requirement_id, "document_id": doc.id}
    name = doc_name(doc)
    found = []
    chosen = [i for i in selection if i < len(pdf.pages)]
    low = [i for i in chosen if pdf.pages[i].text_bottom is not None
           and pdf.pages[i].text_bottom < FOOTER_ROOM and not doc.page_rotation(i)] \
        if footer else []
    if low:
        closest = min(pdf.pages[i].text_bottom for i in low)
        at_top = [i for i in low if pdf.pages[i].text_top is not None and
                  pdf.pages[i].text_top >= FOOTER_ROOM]
        shrunk = [i for i in low if i not in at_top and footer_scale(
            pdf.pages[i].height, pdf.pages[i].text_bottom, pdf.pages[i].text_top)]
        left_off = [i for i in low if i not in at_top and i not in shrunk]
        found.append(Finding(
            "text-in-footer-space", INFO,
            f"{name}: the text of page{'s' if len(low) > 1 else ''} {pages_list(low)} runs down "
            f"to {closest:.0f} pt from the bottom edge, where the page number goes.",
            page=low[0] + 1,
            evidence=f"The footer is drawn {MARGIN:g} pt from the bottom; it needs "
            f"{FOOTER_ROOM:g} pt free.",
            fix=_footer_fix(at_top, shrunk, left_off), **where))
    damaged = [i for i in chosen if pdf.pages[i].damaged_images]
    if damaged:
        count = sum(pdf.pages[i].damaged_images for i in damaged)
        found.append(Finding(
            "damaged-image", WARNING,
            f"{name}: {count} image{'s' if count > 1 else ''} on page"
            f"{'s' if len(damaged) > 1 else ''} {pages_list(damaged)} "
            f"{'are' if count > 1 else 'is'} damaged and show{'' if count > 1 else 's'} as "
            "nothing.", page=damaged[0] + 1,
            evidence="The image's compressed data does not decompress (qpdf --check says the "
            "same of the file).",
            fix="Export the file again from the program that made it, or replace the picture; "
            "the packet copies it as it is.", action=FixAction.REPLACE_FILE, **where))
    unreadable = [i for i in chosen if pdf.pages[i].content_filter]
    if unreadable:
        found.append(Finding(
            "damaged-content", WARNING,
            f"{name}: the content of page{'s' if len(unreadable) > 1 else ''} "
            f"{pages_list(unreadable)} cannot be read, so viewers show "
            f"{'them' if len(unreadable) > 1 else 'it'} blank.", page=unreadable[0] + 1,
            evidence=f"The page's drawing instructions are stored with an image's compression "
            f"({pdf.pages[unreadable[0]].content_filter}), which no viewer reads as a page; "
            "qpdf --check reports the file as damaged.",
            fix="Export the file again from the program that made it; the packet copies the "
            "page as it is.", action=FixAction.REPLACE_FILE, **where))
    blank = [i for i in chosen if pdf.pages[i].blank]
    if blank:
        found.append(Finding(
            "blank-page", WARNING,
            f"{name}: page{'s' if len(blank) > 1 else ''} {pages_list(blank)} "
            f"{'are' if len(blank) > 1 else 'is'} blank.", page=blank[0] + 1,
            evidence="Nothing is drawn on the page: no text, no images, no lines.",
            fix="Leave the page out with a page selection.",
            action=FixAction.SELECT_PAGES, **where))
    scanned = [i for i in chosen if pdf.pages[i].image_only]
    if scanned and len(scanned) == len(chosen):
        found.append(Finding(
            "no-text-layer", WARNING,
            f"{name} is scanned: its pages are pictures without text, so reviewers cannot "
            "search or copy it and portals cannot read it.",
            evidence=f"{len(scanned)} of {len(chosen)} pages are images with no text layer.",
            fix=_ocr_fix(), action=FixAction.MAKE_SEARCHABLE if not ocr.missing() else
            FixAction.REPLACE_FILE, **where))
    elif scanned:
        found.append(Finding(
            "pages-without-text", INFO,
            f"{name}: page{'s' if len(scanned) > 1 else ''} {pages_list(scanned)} "
            f"{'are' if len(scanned) > 1 else 'is an'} image{'s' if len(scanned) > 1 else ''} "
            "without text.", page=scanned[0] + 1,
            evidence="The page holds a picture and no searchable text.",
            fix="Fine for figures; for scanned text, run OCR (e.g. `ocrmypdf`).", **where))
    heavy = [p for p in pdf.text_skipped if p - 1 in chosen]
    if heavy:
        found.append(Finding(
            "heavy-page", INFO,
            f"{name}: page{'s' if len(heavy) > 1 else ''} {', '.join(map(str, heavy[:8]))} "
            f"{'are' if len(heavy) > 1 else 'is'} unusually heavy; "
            f"{'their' if len(heavy) > 1 else 'its'} text was not checked.",
            page=heavy[0], evidence="More than 1 MB of drawing instructions on one page.",
            fix="Usually a huge drawing or a bad export; print it to PDF again to slim it.",
            **where))
    if pdf.fonts_not_embedded:
        fonts = ", ".join(pdf.fonts_not_embedded[:5])
        found.append(Finding(
            "fonts-not-embedded", WARNING,
            f"{name} uses fonts that are not embedded; other computers will show it with "
            "substitute fonts and the layout can shift.",
            evidence=f"Not embedded: {fonts}",
            fix="Export the PDF again with “embed all fonts” (Word: Options → Save → Embed "
            "fonts; LaTeX: pdflatex embeds by default).", action=FixAction.REPLACE_FILE, **where))
    removed = (["scripts"] if pdf.javascript else []) + (
        [f"attached files ({', '.join(pdf.attachments[:3])})"] if pdf.attachments else [])
    if removed:
        found.append(Finding(
            "active-content", INFO,
            f"{name} contains {' and '.join(removed)}; export removes them.",
            evidence="Committees' viewers and portals distrust active content.",
            fix="Nothing to do; send attachments as their own documents if they matter.",
            **where))
    if pdf.tagged:
        found.append(Finding(
            "tagged-pdf", INFO,
            f"{name} is tagged for accessibility; the merged packet keeps its text and links "
            "but not the tags.", evidence="The PDF has a structure tree (tags).",
            fix="Where a portal requires accessible PDFs, upload the original file there.",
            **where))
    if chosen:
        sizes = {(round(pdf.pages[i].width), round(pdf.pages[i].height)) for i in chosen}
        landscape = [i for i in chosen if pdf.pages[i].landscape]
        wanted = (page_size or "").lower()
        if wanted in PAPER_SIZES:
            off = [i for i in chosen
                   if paper_of(pdf.pages[i].width, pdf.pages[i].height) != wanted]
            if off:
                first = pdf.pages[off[0]]
                found.append(Finding(
                    "page-size", WARNING,
                    f"{name}: {len(off)} page{'s are' if len(off) > 1 else ' is'} not "
                    f"{page_size.upper() if len(page_size) < 4 else page_size.title()}.",
                    page=off[0] + 1,
                    evidence=f"Page {off[0] + 1} is {size_text(first.width, first.height)}",
                    fix="Export it again on the right paper size.", action=FixAction.REPLACE_FILE,
                    **where))
        if landscape and len(landscape) < len(chosen):
            found.append(Finding(
                "landscape-pages", INFO,
                f"{name}: page{'s' if len(landscape) > 1 else ''} {pages_list(landscape)} "
                "are landscape.", page=landscape[0] + 1,
                evidence="Wider than tall.", fix="Fine for tables and figures; rotate the page "
                "if it was scanned sideways.", action=FixAction.ROTATE, **where))
        elif len(sizes) > 1 and not landscape:
            found.append(Finding(
                "mixed-page-sizes", INFO, f"{name} mixes page sizes.",
                evidence="Sizes: " + "; ".join(size_text(w, h) for w, h in sorted(sizes)[:4]),
                fix="Usually harmless; export on one paper size for a tidy print.", **where))
    return found
