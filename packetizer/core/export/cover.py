"""The cover page: who applies for what, and a checklist whose rows link to their sections.

Drawn with reportlab in Helvetica when every text fits Windows-1252 (nothing embedded), else in
DejaVu Sans (shipped in resources/ and embedded as a subset, so Greek, Cyrillic or Polish names
render). The status marks are drawn as shapes, so they need no font. The layout does not depend
on page numbers, so the cover's page count is known before the packet is assembled; the links
are added afterwards as PDF link annotations.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from packetizer.core.export.fonts import draw, fonts_for, text_width
from packetizer.core.model import Status, kind_name

STANDARD_FONTS = ("Helvetica", "Helvetica-Bold")
MARGIN = 54.0
ROW_GAP = 6.0
LINE = 12.5
RED = (0.75, 0.08, 0.08)
GREEN = (0.10, 0.50, 0.22)
GREY = (0.38, 0.38, 0.38)


@dataclass
class CoverRow:
    """One checklist line on the cover."""

    label: str
    kind: str
    status: Status  # COMPLETE (included), MISSING, SEPARATE or OPTIONAL
    documents: list[str] = field(default_factory=list)
    pages: str = ""  # e.g. "CV-1–CV-8 (pp. 2–9)"
    target_page: int | None = None  # 0-based page in the packet the row links to
    notes: str = ""


@dataclass
class CoverInfo:
    applicant: str
    email: str
    title: str
    organization: str
    job_id: str
    deadline: str | None
    date: str
    rows: list[CoverRow]
    forced: bool = False  # exported although items are missing


@dataclass
class CoverResult:
    pdf: bytes
    page_count: int
    links: list[tuple[int, tuple[float, float, float, float], int]]  # (cover page, rect, target)


def _fonts(texts: list[str]) -> tuple[str, str]:
    """(regular, bold) font names able to draw every text."""
    try:
        for text in texts:
            text.encode("cp1252")
        return STANDARD_FONTS
    except UnicodeEncodeError:
        pass
    return fonts_for(texts)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, font, size, width) or [""]


def _draw_mark(c, status: str, x: float, y: float) -> None:
    """✓, ✗, → or ○ as strokes, 8 points wide, baseline at y."""
    c.saveState()
    c.setLineWidth(1.4)
    c.setLineCap(1)
    if status == Status.COMPLETE:
        c.setStrokeColorRGB(*GREEN)
        path = c.beginPath()
        path.moveTo(x, y + 3.5)
        path.lineTo(x + 3, y + 0.5)
        path.lineTo(x + 8, y + 7.5)
        c.drawPath(path, stroke=1, fill=0)
    elif status == Status.MISSING:
        c.setStrokeColorRGB(*RED)
        c.line(x, y, x + 7, y + 7)
        c.line(x, y + 7, x + 7, y)
    elif status == Status.SEPARATE:
        c.setStrokeColorRGB(*GREY)
        c.line(x, y + 3.5, x + 7.5, y + 3.5)
        c.line(x + 4.5, y + 6.5, x + 7.5, y + 3.5)
        c.line(x + 4.5, y + 0.5, x + 7.5, y + 3.5)
    else:
        c.setStrokeColorRGB(*GREY)
        c.setLineWidth(1)
        c.circle(x + 3.75, y + 3.5, 3.5, stroke=1, fill=0)
    c.restoreState()


def _row_lines(row: CoverRow, col_item: float, col_docs: float, regular: str,
               bold: str) -> tuple[list[tuple[str, bool]], list[str]]:
    """The item column's lines, each with whether it is the label (the rest is the caption:
    the kind's name and notes), and the documents column's lines."""
    item = [(line, True) for line in _wrap(row.label, bold, 10, col_item)]
    kind = kind_name(row.kind)
    detail_text = row.notes if kind.lower() == row.label.lower() else (
        kind + (f" — {row.notes}" if row.notes else ""))
    detail = [(line, False) for line in _wrap(detail_text, regular, 8, col_item)] \
        if detail_text else []
    if row.status == Status.SEPARATE:
        docs = _wrap("Sent separately (not in this packet)", regular, 9, col_docs)
    elif row.status == Status.MISSING:
        docs = _wrap("Missing", bold, 9, col_docs)
    elif row.status == Status.OPTIONAL and not row.documents:
        docs = _wrap("Optional - not included", regular, 9, col_docs)
    else:
        docs = [line for title in row.documents for line in _wrap(title, regular, 9, col_docs)]
    return item + detail[:2], docs


def render_cover(info: CoverInfo, page_size: tuple[float, float]) -> CoverResult:
    """Draw the cover; returns the PDF, its page count and the row links to add."""
    from reportlab.pdfgen import canvas

    texts = [info.applicant, info.email, info.title, info.organization, info.job_id,
             *(t for row in info.rows for t in (row.label, row.notes, row.pages, *row.documents))]
    regular, bold = _fonts([t for t in texts if t])
    width, height = page_size
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=page_size, invariant=1, pageCompression=1)
    c.setTitle("Cover and checklist")
    usable = width - 2 * MARGIN
    col_mark, col_pages = 18.0, 110.0
    col_item = usable * 0.42
    col_docs = usable - col_mark - col_item - col_pages - 12
    links: list[tuple[int, tuple[float, float, float, float], int]] = []
    page = 0

    def header(first: bool) -> float:
        y = height - MARGIN
        if first:
            c.setFont(bold, 18)
            for line in _wrap(info.title or "Application", bold, 18, usable):
                y -= 22
                draw(c, MARGIN, y, line)
            c.setFont(regular, 10.5)
            c.setFillColorRGB(*GREY)
            meta = " · ".join(x for x in (info.organization, info.job_id and
                                          f"Job ID {info.job_id}", info.deadline and
                                          f"Deadline {info.deadline}") if x)
            for line in _wrap(meta, regular, 10.5, usable) if meta else []:
                y -= 14
                draw(c, MARGIN, y, line)
            c.setFillColorRGB(0, 0, 0)
            y -= 26
            c.setFont(bold, 13)
            draw(c, MARGIN, y, info.applicant or "Applicant")
            c.setFont(regular, 10)
            detail = " · ".join(x for x in (info.email, info.date) if x)
            if detail:
                y -= 14
                draw(c, MARGIN, y, detail)
            if info.forced:
                y -= 20
                c.setFillColorRGB(*RED)
                c.setFont(bold, 10)
                draw(c, MARGIN, y, "This packet is incomplete: the items marked in red "
                             "are missing.")
                c.setFillColorRGB(0, 0, 0)
            y -= 30
        else:
            y -= 10
        c.setFont(bold, 9)
        c.setFillColorRGB(*GREY)
        draw(c, MARGIN + col_mark, y, "Requested in the posting")
        draw(c, MARGIN + col_mark + col_item + 6, y, "Included")
        draw(c, width - MARGIN, y, "Pages", anchor="right")
        c.setFillColorRGB(0, 0, 0)
        y -= 6
        c.setLineWidth(0.6)
        c.line(MARGIN, y, width - MARGIN, y)
        return y - ROW_GAP

    y = header(True)
    for row in info.rows:
        item_lines, doc_lines = _row_lines(row, col_item, col_docs, regular, bold)
        row_height = max(len(item_lines), len(doc_lines)) * LINE + ROW_GAP
        if y - row_height < MARGIN + 20:
            c.showPage()
            page += 1
            y = header(False)
        top = y
        color = RED if row.status == Status.MISSING else (0, 0, 0)
        _draw_mark(c, row.status, MARGIN, y - 10)
        line_y = y - 10
        for line, is_label in item_lines:  # a wrapped label stays in the label's style
            c.setFont(bold if is_label else regular, 10 if is_label else 8)
            c.setFillColorRGB(*(color if is_label else GREY))
            draw(c, MARGIN + col_mark, line_y, line)
            line_y -= LINE
        c.setFillColorRGB(*color)
        line_y = y - 10
        for line in doc_lines:
            c.setFont(bold if row.status == Status.MISSING else regular, 9)
            draw(c, MARGIN + col_mark + col_item + 6, line_y, line)
            line_y -= LINE
        c.setFont(regular, 9)
        if row.pages:
            pages_text = row.pages
            while text_width(pages_text, regular, 9) > col_pages and len(pages_text) > 4:
                pages_text = pages_text[:-2] + "…"
            draw(c, width - MARGIN, y - 10, pages_text, anchor="right")
        c.setFillColorRGB(0, 0, 0)
        y -= row_height
        c.setStrokeColorRGB(0.85, 0.85, 0.85)
        c.line(MARGIN, y + ROW_GAP / 2, width - MARGIN, y + ROW_GAP / 2)
        c.setStrokeColorRGB(0, 0, 0)
        if row.target_page is not None:
            links.append((page, (MARGIN, y + ROW_GAP / 2, width - MARGIN, top), row.target_page))
    c.setFont(regular, 7.5)
    c.setFillColorRGB(*GREY)
    draw(c, MARGIN, MARGIN - 20, "Click a row to go to its documents. Assembled with "
         "Packetizer.")
    c.showPage()
    c.save()
    return CoverResult(buffer.getvalue(), page + 1, links)
