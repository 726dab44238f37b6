"""Header/footer stamps ("Ana Ferreira · NICS-0417 · page 3 of 31") that barely grow the file.

Overlaying a rendered page with pypdf's merge_page rewrites every page's content and grew a
1,000-page packet about 5.5 times (see ../shared/notes). Instead each page gets one small appended
content stream that draws its text with one font shared by all pages: the standard Helvetica when
the text fits Windows-1252 (no bytes embedded: every viewer has it), else DejaVu Sans subset and
embedded once (about 19 KB), so Greek, Cyrillic or Polish names render too. One shared "q" stream
in front of the original content
so nothing the page leaves in the graphics state can move or hide the stamp. The original content
is never touched. Rotated pages and crop boxes are handled by placing the text in the page's
displayed orientation and mapping it back into the page's own coordinates.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Sequence

from packetizer.core.files.pages import FOOTER_FONT_SIZE as FONT_SIZE
from packetizer.core.files.pages import FOOTER_MARGIN as MARGIN


def _font(texts: Sequence[str]):
    """DejaVu Sans, or a system font for Chinese, Japanese and Korean (see core.fonts)."""
    from reportlab.pdfbase import pdfmetrics

    from packetizer.core.export.fonts import fonts_for

    return pdfmetrics.getFont(fonts_for(texts)[0])


def _fits_winansi(texts: Sequence[str]) -> bool:
    try:
        for text in texts:
            text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _encode(texts: Sequence[str]):
    """The font to draw with and, per text, its (font resource, encoded bytes) runs.

    Returns (fonts, runs, width) where fonts maps resource names to font dictionaries (pypdf
    objects, from a scratch PDF when a font is embedded) and width(text) measures a text."""
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject, NameObject
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    if _fits_winansi(texts):
        helvetica = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        })
        runs = [[("Helv", text.encode("cp1252"))] for text in texts]
        return {"Helv": helvetica}, runs, lambda t: stringWidth(t, "Helvetica", FONT_SIZE)

    from reportlab.pdfbase import pdfmetrics

    from packetizer.core.export import fonts as shared_fonts

    font = _font(texts)
    buffer = io.BytesIO()
    scratch = canvas.Canvas(buffer, invariant=1)
    scratch.setFont(font.fontName, FONT_SIZE)
    # every glyph needed, in DejaVu Sans or, for CJK, the system's fallback font
    shared_fonts.draw(scratch, 0, 0, "".join(sorted(set("".join(texts)))))
    runs = []
    for text in texts:
        text_runs = []
        for name, part in shared_fonts.runs(text, font.fontName):
            run_font = pdfmetrics.getFont(name)
            text_runs += [(run_font.getSubsetInternalName(subset, scratch._doc).lstrip("/"),
                           data) for subset, data in run_font.splitString(part, scratch._doc)]
        runs.append(text_runs)
    scratch.showPage()
    scratch.save()
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    used = {name for text_runs in runs for name, _ in text_runs}
    fonts = {name.lstrip("/"): ref.get_object()
             for name, ref in page["/Resources"]["/Font"].items() if name.lstrip("/") in used}
    return fonts, runs, lambda t: shared_fonts.text_width(t, font.fontName, FONT_SIZE)


def _matrix(page) -> tuple[float, float, float, float, float, float, float, float]:
    """(a, b, c, d, e, f, width, height): the cm matrix from the displayed page (origin at its
    bottom left) to the page's user space, and the displayed size."""
    from packetizer.core.files.pages import displayed_box, rotation

    x0, y0, x1, y1 = displayed_box(page)
    width, height = x1 - x0, y1 - y0
    rotate = rotation(page)
    if rotate == 90:
        return 0, 1, -1, 0, x1, y0, height, width
    if rotate == 180:
        return -1, 0, 0, -1, x1, y1, width, height
    if rotate == 270:
        return 0, -1, 1, 0, x0, y1, height, width
    return 1, 0, 0, 1, x0, y0, width, height


def _literal(data: bytes) -> bytes:
    """A PDF literal string: shorter than hex for text."""
    escaped = data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped.replace(b"\r", b"\\r").replace(b"\n", b"\\n") + b")"


def _resource_name(name: str) -> str:
    return {"Helv": "H"}.get(name, name.replace("+", "_"))


def _add_fonts(page, fonts: dict) -> None:
    """Add the stamp's fonts to the page's font resources, in place: pages that share one
    resource dictionary (as most do) then share the addition too."""
    from pypdf.generic import DictionaryObject, NameObject

    resources = page.get("/Resources")
    if resources is None:
        resources = DictionaryObject()
        page[NameObject("/Resources")] = resources
    resources = resources.get_object()
    font_dict = resources.get("/Font")
    if font_dict is None:
        font_dict = DictionaryObject()
        resources[NameObject("/Font")] = font_dict
    font_dict = font_dict.get_object()
    for name, ref in fonts.items():
        key = NameObject(f"/PZ{_resource_name(name)}")
        if key not in font_dict:
            font_dict[key] = ref


def stamp_pages(writer, texts: Sequence[str | None],
                check_cancel: Callable[[], None] | None = None,
                at_top: frozenset[int] = frozenset()) -> int:
    """Draw `texts[i]` centred at the bottom of page i of `writer` (None: leave the page), or
    at its top for the pages in `at_top` (their own text reaches down to the footer's place).

    Returns the number of pages stamped."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject
    wanted = [(i, t) for i, t in enumerate(texts) if t and i < len(writer.pages)]
    if not wanted:
        return 0
    font_objects, runs, width_of = _encode([t for _, t in wanted])
    shared_fonts = {}
    for name, font in font_objects.items():
        if getattr(font, "indirect_reference", None) is None:
            shared_fonts[name] = writer._add_object(font)
        else:
            shared_fonts[name] = font.clone(writer).indirect_reference
    save_state = DecodedStreamObject()
    save_state.set_data(b"q\n")
    save_ref = writer._add_object(save_state)  # pypdf has no public add-object call
    rewritten: set[int] = set()  # content streams already given a stamp (shared by pages)

    for (index, text), text_runs in zip(wanted, runs, strict=True):
        if check_cancel and index % 200 == 0:
            check_cancel()
        page = writer.pages[index]
        a, b, c, d, e, f, width, height = _matrix(page)
        x = max(4.0, (width - width_of(text)) / 2)
        y = height - MARGIN - FONT_SIZE if index in at_top else MARGIN
        # "Q" ends the shared "q" around the page's own content: we draw in its initial state
        ops = [b"Q"]
        if (a, b, c, d, e, f) != (1, 0, 0, 1, 0, 0):
            ops.append(f"{a:g} {b:g} {c:g} {d:g} {e:.2f} {f:.2f} cm".encode("ascii"))
        ops.append(f"BT {x:.1f} {y:g} Td".encode("ascii"))
        for name, data in text_runs:
            ops.append(f"/PZ{_resource_name(name)} {FONT_SIZE:g} Tf ".encode("ascii")
                       + _literal(data) + b" Tj")
        ops.append(b"ET")
        stamp_ops = b"\n".join(ops)
        if _stamp_in_stream(page, stamp_ops, rewritten):
            _add_fonts(page, shared_fonts)
            continue
        stream = DecodedStreamObject()
        stream.set_data(stamp_ops)  # a few dozen bytes: compressing would add more
        stamp_ref = writer._add_object(stream)

        page[NameObject("/Contents")] = ArrayObject([save_ref, *content_parts(writer, page),
                                                     stamp_ref])
        _add_fonts(page, shared_fonts)
    return len(wanted)


def content_parts(writer, page) -> list:
    """The page's content streams as a list of indirect references (to wrap with our own)."""
    from pypdf.generic import ArrayObject

    contents = page.get("/Contents")
    if contents is None:
        return []
    if isinstance(contents.get_object(), ArrayObject):
        return list(contents.get_object())
    if hasattr(contents, "idnum"):
        return [contents]
    return [writer._add_object(contents.get_object())]


IN_STREAM_LIMIT = 256 * 1024  # decoded bytes: larger streams get a stream of their own


def _stamp_in_stream(page, stamp_ops: bytes, rewritten: set[int]) -> bool:
    """Append the stamp to the page's own content stream when it has exactly one, Flate
    compressed and of modest size: the stamp then costs a few dozen compressed bytes instead of
    a new object (~170 bytes a page). The page's content is wrapped in q … Q, so its graphics
    state never reaches the stamp, and is otherwise byte-for-byte what it drew before.
    Returns False (nothing changed) when the page does not qualify."""
    from pypdf.generic import ArrayObject, IndirectObject

    contents = page.get("/Contents")
    if not isinstance(contents, IndirectObject):
        return False
    stream = contents.get_object()
    if isinstance(stream, ArrayObject) or contents.idnum in rewritten:
        return False
    if stream.get("/Filter") not in ("/FlateDecode", ["/FlateDecode"]) or "/DecodeParms" in stream:
        return False
    raw_length = len(stream._data)
    if raw_length > IN_STREAM_LIMIT // 4:
        return False
    try:
        data = zlib.decompress(stream._data)  # zlib directly: pypdf's decoder is much slower
    except zlib.error:  # damaged or unusual content: leave it alone, use a separate stream
        return False
    if len(data) > IN_STREAM_LIMIT:
        return False
    stream._data = zlib.compress(b"q\n" + data + b"\n" + stamp_ops)  # stamp_ops starts: "Q"
    stream.decoded_self = None  # pypdf caches the decoded data; it is stale now
    rewritten.add(contents.idnum)
    return True


class _Blank(dict):
    """A field the footer template names that has no value: left empty."""

    def __missing__(self, key):
        return ""


def footer_text(template: str, values: dict[str, str | int]) -> str:
    """Fill a footer template such as "{applicant} · {job_id} · page {page} of {pages}",
    dropping separators around empty fields."""
    text = template.format_map(_Blank(values))
    parts = [p.strip() for p in text.split("·")]
    return " · ".join(p for p in parts if p)
