"""Scale pages to one paper size (Letter or A4), keeping their proportions, for a tidy print.

Each page gets a tiny "q s 0 0 s tx ty cm" stream in front of its content (shared by all pages
of the same size) and a shared "Q" after it: the content itself is not rewritten, so this costs a
few bytes a page. Links on the page are moved with it. Portrait pages go on portrait paper,
landscape pages on landscape paper; /Rotate is left as it is.
"""

from __future__ import annotations

from packetizer.core.files.pages import PAPER_SIZES, displayed_box

_BOXES = ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox")


def normalize_pages(writer, paper: str, first: int = 0) -> int:
    """Fit pages `first`… of `writer` to `paper` ("letter" or "a4"). Returns pages changed."""
    from pypdf.generic import ArrayObject, FloatObject, NameObject

    if paper not in PAPER_SIZES:
        return 0
    short, long = PAPER_SIZES[paper]
    shared: dict[bytes, object] = {}
    changed = 0
    for page in list(writer.pages)[first:]:
        x0, y0, x1, y1 = displayed_box(page)
        width, height = x1 - x0, y1 - y0
        if width <= 0 or height <= 0:
            continue
        target_w, target_h = (short, long) if width <= height else (long, short)
        if abs(width - target_w) < 1 and abs(height - target_h) < 1:
            continue
        scale = min(target_w / width, target_h / height)
        tx = (target_w - width * scale) / 2 - x0 * scale
        ty = (target_h - height * scale) / 2 - y0 * scale
        transform_page(writer, page, scale, tx, ty, shared)
        new_box = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(round(target_w, 2)),
                               FloatObject(round(target_h, 2))])
        page[NameObject("/MediaBox")] = new_box
        for key in _BOXES:
            if key in page:
                del page[NameObject(key)]
        changed += 1
    return changed


def transform_page(writer, page, scale: float, tx: float, ty: float,
                   shared: dict[bytes, object]) -> None:
    """Draw the page's content scaled by `scale` and moved by (tx, ty): a "q … cm" stream in
    front of it and a "Q" after it (each shared, through `shared`, by the pages that use it),
    and its links moved with it. The content itself is not rewritten."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, FloatObject, NameObject

    from packetizer.core.export.stamp import content_parts

    def stream(data: bytes):
        if data not in shared:
            made = DecodedStreamObject()
            made.set_data(data)
            shared[data] = writer._add_object(made)
        return shared[data]

    matrix = f"q {scale:.5f} 0 0 {scale:.5f} {tx:.3f} {ty:.3f} cm\n".encode("ascii")
    page[NameObject("/Contents")] = ArrayObject([stream(matrix), *content_parts(writer, page),
                                                 stream(b"\nQ\n")])
    for ref in page.get("/Annots") or []:
        annot = ref.get_object()
        rect = annot.get("/Rect")
        if rect is not None and len(rect) == 4:
            annot[NameObject("/Rect")] = ArrayObject(
                FloatObject(round(float(v) * scale + (tx if i % 2 == 0 else ty), 3))
                for i, v in enumerate(rect))
