"""Paper sizes and a page's displayed box: the only copies, used by checks, conversion and export.

Every reader here is read-only. pypdf's `page.mediabox` / `page.cropbox` accessors write the
default they fall back on into the page, which would change the exported file, so they are never
used: the box is looked up as PDF defines it (the page's /CropBox, else its /MediaBox, inherited
from the page tree, else US Letter).
"""

from __future__ import annotations

# where the export stamps its footer, and how much free space below a page's own text keeps
# the footer off it (the check reads the same numbers)
FOOTER_FONT_SIZE = 7.5
FOOTER_MARGIN = 16.0  # points from the displayed bottom edge to the footer's baseline
FOOTER_ROOM = FOOTER_MARGIN + FOOTER_FONT_SIZE + 2.0
FOOTER_MIN_SCALE = 0.94  # a page whose margins are both taken is shrunk at most this much


def footer_scale(height: float, text_bottom: float | None, text_top: float | None) -> float:
    """How much a page of `height` whose text runs to `text_bottom` pt from its bottom and
    `text_top` pt from its top must shrink — its text's top staying where it is — to free the
    footer's room at the bottom: 1.0 when it need not, 0.0 when more than FOOTER_MIN_SCALE
    would be needed (or its text's place is not known)."""
    if text_bottom is None or text_bottom >= FOOTER_ROOM:
        return 1.0
    if text_top is None or height <= 0:
        return 0.0
    anchor = height - text_top  # the top of the text
    scale = (anchor - FOOTER_ROOM) / (anchor - text_bottom) if anchor > text_bottom else 0.0
    return scale if scale >= FOOTER_MIN_SCALE else 0.0

# name -> (short side, long side) in points
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "letter": (612.0, 792.0),
    "a4": (595.28, 841.89),
    "legal": (612.0, 1008.0),
}
PAPER_NAMES = {"letter": "Letter", "a4": "A4", "legal": "Legal"}
DEFAULT_BOX = (0.0, 0.0, 612.0, 792.0)  # what PDF readers assume for a page with no box
_TOLERANCE = 3.0  # points: exporters round sizes differently


def resolve(value):
    """The object behind an indirect reference (or the value itself; None stays None)."""
    return value.get_object() if value is not None else None


def inherited(page, key: str):
    """A page attribute, looked up the page tree as PDF allows (read only)."""
    node, depth = page, 0
    while node is not None and depth < 64:
        if key in node:
            return resolve(node[key])
        node, depth = resolve(node.get("/Parent")), depth + 1
    return None


def displayed_box(page) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of the area a viewer shows, corners sorted, before /Rotate."""
    box = resolve(page.get("/CropBox")) or inherited(page, "/MediaBox")
    try:
        values = [float(v) for v in box][:4] if box is not None else list(DEFAULT_BOX)
        x0, y0, x1, y1 = values
    except (TypeError, ValueError):
        x0, y0, x1, y1 = DEFAULT_BOX
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def rotation(page) -> int:
    """The page's /Rotate (inherited, too), as 0, 90, 180 or 270."""
    try:
        return int(inherited(page, "/Rotate") or 0) % 360
    except (TypeError, ValueError):
        return 0


def displayed_size(page) -> tuple[float, float]:
    """(width, height) in points as the page is shown, after /Rotate."""
    x0, y0, x1, y1 = displayed_box(page)
    width, height = x1 - x0, y1 - y0
    return (height, width) if rotation(page) % 180 else (width, height)


def paper_of(width: float, height: float) -> str | None:
    """The paper ("letter", "a4", "legal") a page of this size is, either way round."""
    short, long = sorted((width, height))
    for name, (w, h) in PAPER_SIZES.items():
        if abs(short - w) <= _TOLERANCE and abs(long - h) <= _TOLERANCE:
            return name
    return None


def size_text(width: float, height: float) -> str:
    """"A4", "Letter", or "210 × 297 mm" for anything else."""
    paper = paper_of(width, height)
    if paper:
        return PAPER_NAMES[paper]
    return f"{width / 72 * 25.4:.0f} × {height / 72 * 25.4:.0f} mm"


def arranged_copy(pdf_path: str, sha256: str, indices: list[int], turns: list[int], *,
                  progress=None, cancel=None) -> str:
    """The pages `indices` of `pdf_path` in that order, each turned clockwise by the matching
    `turns`, as a PDF in the cache (made once per file, selection and rotation): what the
    preview shows of a document whose pages are chosen or turned. The app runs it in its
    worker."""
    import hashlib
    import json

    from pypdf import PdfReader, PdfWriter

    from packetizer.core.appdata import paths
    from packetizer.core.appdata.atomicfile import atomic_write

    key = hashlib.sha256(json.dumps([sha256 or pdf_path, indices, turns]).encode()).hexdigest()
    target = paths.cache_dir() / "arranged" / f"{key[:32]}.pdf"
    if target.is_file():
        return str(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = PdfWriter()
    writer.append(PdfReader(pdf_path), pages=indices, import_outline=False)
    for page, turn in zip(writer.pages, turns, strict=True):
        if cancel is not None:
            cancel.raise_if_cancelled()
        if turn:
            page.rotate(turn)
    with atomic_write(target, "wb") as handle:
        writer.write(handle)
    return str(target)
