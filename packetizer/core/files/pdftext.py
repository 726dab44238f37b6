"""The text of a PDF's pages, read with pdfium (pypdfium2).

Text extraction is the slow part of a check: pypdf takes 7–8 ms a page and far more on heavy
pages (a 352-page book: 6–7 s), pdfium 1–2 ms (0.7 s), and pdfium is the engine browsers use, so
it also reads more real files right. pypdf stays the reader for everything else; where pdfium
cannot open a file (or counts its pages differently), the caller falls back to pypdf.

pdfium is not thread-safe: every call goes through one lock.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)
_LOCK = threading.Lock()


def page_texts(data: bytes, page_count: int, skip: frozenset[int] = frozenset(),
               margins: list | None = None) -> list[str] | None:
    """Each page's text ("" for the pages in `skip`), or None when pdfium is not installed,
    cannot open the file, or sees another number of pages than `page_count` (pypdf's).
    `margins`, when given, gets each page's (free points below its text, above its text) —
    (None, None) for a page without text or turned by /Rotate."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # an installation without it: pypdf reads the text
        return None
    with _LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except Exception as exc:  # pdfium refuses damaged or encrypted files: pypdf then tries
            log.info("pdfium could not open the file: %s", exc)
            return None
        try:
            if len(document) != page_count:
                log.info("pdfium counts %d pages, pypdf %d", len(document), page_count)
                return None
            texts = []
            for index in range(page_count):
                if index in skip:
                    texts.append("")
                    if margins is not None:
                        margins.append((None, None))
                    continue
                page = document[index]
                try:
                    textpage = page.get_textpage()
                    try:
                        text = textpage.get_text_range()
                        if margins is not None:
                            margins.append(_text_margins(page, textpage))
                    finally:
                        textpage.close()
                finally:
                    page.close()
                texts.append(text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", ""))
            return texts
        except Exception as exc:
            log.info("pdfium could not read the text: %s", exc)
            return None
        finally:
            document.close()


def _text_margins(page, textpage) -> tuple[float | None, float | None]:
    """Free points below the page's lowest text and above its highest, in the page's crop
    box; (None, None) without text, or on a page turned by /Rotate."""
    count = textpage.count_rects()
    if not count or page.get_rotation():
        return None, None
    _left, bottom, _right, top = page.get_bbox()
    rects = [textpage.get_rect(i) for i in range(count)]
    low = min(r[1] for r in rects)
    high = max(r[3] for r in rects)
    return round(max(0.0, low - bottom), 1), round(max(0.0, top - high), 1)
