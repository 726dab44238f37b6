"""What is inside a PDF, page by page: text, images, blank pages, sizes, fonts, active content.

The checks read these facts instead of the PDF. Extracting text is the slow part of a check, so
the facts are cached by the file's SHA-256 in the cache folder: a file is read once, however often
the packet is checked, and a changed file is read again because its hash changed.
"""

from __future__ import annotations

import json
import logging
import re
import zlib
from dataclasses import asdict, dataclass, field

from packetizer.core.appdata import paths
from packetizer.core.appdata.atomicfile import atomic_write
from packetizer.core.files.pages import displayed_size, resolve
from packetizer.core.files.pdftext import page_texts

log = logging.getLogger(__name__)

CACHE_VERSION = 7  # 4: text read with pdfium where it can; 5: the free space around the text;
# 6: images whose compressed data is damaged; 7: content stored with an image's compression
TEXT_LIMIT = 1_000_000  # stored content bytes of one page beyond which its text is not read
# painting operators: a page whose content has none of these (and no text or image) is blank
_PAINT = re.compile(rb"(?<![^\s\])>])(?:f\*?|F|S|s|B\*?|b\*?|Do|Tj|TJ|'|\"|sh|BI)(?![^\s\[(</])")
_STANDARD_14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
                "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
                "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"}


@dataclass
class PageFacts:
    text: str = ""
    words: int = 0
    images: int = 0
    blank: bool = False
    width: float = 612.0  # points, as the page is shown (after /Rotate)
    height: float = 792.0
    text_bottom: float | None = None  # free points below the page's text (None: unknown)
    text_top: float | None = None  # free points above it
    damaged_images: int = 0  # images whose compressed data does not decompress: shown blank
    # the page's content is stored with an image's compression (JBIG2, JPEG…), which no
    # viewer reads as drawing instructions: "" when it is not, else the filter's name
    content_filter: str = ""

    @property
    def landscape(self) -> bool:
        return self.width > self.height * 1.05

    @property
    def image_only(self) -> bool:
        """A scanned page: pictures but no text a reader could search or copy."""
        return self.images > 0 and not self.text.strip()


@dataclass
class PdfFacts:
    pages: list[PageFacts] = field(default_factory=list)
    fonts_not_embedded: list[str] = field(default_factory=list)  # not counting the standard 14
    standard_fonts: list[str] = field(default_factory=list)  # standard 14, not embedded
    javascript: bool = False
    attachments: list[str] = field(default_factory=list)
    tagged: bool = False
    text_failed: bool = False  # text extraction raised on some page
    text_skipped: list[int] = field(default_factory=list)  # pages too heavy to read the text of

    def text(self, selection: list[int] | None = None) -> str:
        indices = range(len(self.pages)) if selection is None else selection
        return "\n".join(self.pages[i].text for i in indices if i < len(self.pages))

    def words(self, selection: list[int] | None = None) -> int:
        indices = range(len(self.pages)) if selection is None else selection
        return sum(self.pages[i].words for i in indices if i < len(self.pages))


def _cache_path(sha256: str):
    return paths.cache_dir() / "pdf-facts" / f"{sha256}.json"


def load_cached(sha256: str) -> PdfFacts | None:
    if not sha256:
        return None
    try:
        raw = json.loads(_cache_path(sha256).read_text(encoding="utf-8"))
        if raw.get("version") != CACHE_VERSION:
            return None
        facts = raw["facts"]
        return PdfFacts(**{**facts, "pages": [PageFacts(**p) for p in facts["pages"]]})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store_cached(sha256: str, facts: PdfFacts) -> None:
    if not sha256:
        return
    path = _cache_path(sha256)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path, "w", backup=False) as handle:
            json.dump({"version": CACHE_VERSION, "facts": asdict(facts)}, handle,
                      ensure_ascii=False)
    except OSError as exc:  # a cache that cannot be written only costs time
        log.info("could not cache facts for %s: %s", sha256[:12], exc)




def _xobjects(resources, depth: int = 0):
    """(name, xobject) pairs from a resource dictionary, descending into forms a little."""
    if resources is None or depth > 3:
        return
    xobjects = resolve(resources.get("/XObject"))
    if not isinstance(xobjects, dict):
        return
    for name, ref in xobjects.items():
        xobject = resolve(ref)
        if not isinstance(xobject, dict):
            continue
        yield name, xobject
        if xobject.get("/Subtype") == "/Form":
            yield from _xobjects(resolve(xobject.get("/Resources")), depth + 1)


def _fonts(resources, seen: set, depth: int = 0):
    if resources is None or depth > 3:
        return
    fonts = resolve(resources.get("/Font"))
    if isinstance(fonts, dict):
        for ref in fonts.values():
            font = resolve(ref)
            if isinstance(font, dict) and id(font) not in seen:
                seen.add(id(font))
                yield font
    for _, xobject in _xobjects(resources, depth):
        if xobject.get("/Subtype") == "/Form":
            yield from _fonts(resolve(xobject.get("/Resources")), seen, depth + 1)


def _font_embedded(font) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True  # drawn by the PDF itself
    descriptor = resolve(font.get("/FontDescriptor"))
    if descriptor is None and font.get("/Subtype") == "/Type0":
        descendants = resolve(font.get("/DescendantFonts"))
        if descendants:
            descriptor = resolve(resolve(descendants[0]).get("/FontDescriptor"))
    if not isinstance(descriptor, dict):
        return False
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _font_name(font) -> str:
    name = str(font.get("/BaseFont", "unnamed font")).lstrip("/")
    return name.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", name) else name



def _undecodable(stream) -> bool:
    """Does this Flate stream's data fail to decompress (its first MB)? Viewers show such an
    image as nothing, and qpdf --check reports it in every file it is copied into."""
    filters = stream.get("/Filter")
    filters = filters if isinstance(filters, list) else [filters]
    raw = getattr(stream, "_data", None)
    if not raw or not filters or filters[0] not in ("/FlateDecode", "/Fl"):
        return False
    try:
        zlib.decompressobj().decompress(raw[:1 << 20])
    except zlib.error:
        return True
    return False


_IMAGE_FILTERS = frozenset({"/DCTDecode", "/DCT", "/JPXDecode", "/JBIG2Decode",
                            "/CCITTFaxDecode", "/CCF"})


def _content_streams(page) -> list:
    """The page's content streams, resolved (one or an array of them; none when missing)."""
    contents = resolve(page.get("/Contents"))
    streams = contents if isinstance(contents, list) else [contents]
    return [resolve(s) for s in streams if s is not None]


def _image_filter_on_content(page) -> str:
    """The image compression a content stream of the page is stored with ("JBIG2Decode"), or
    "": drawing instructions are never stored so, and viewers draw nothing from them."""
    try:
        for stream in _content_streams(page):
            filters = stream.get("/Filter") if hasattr(stream, "get") else None
            for name in filters if isinstance(filters, list) else [filters]:
                if name in _IMAGE_FILTERS:
                    return str(name).lstrip("/")
    except Exception:  # an odd page: other checks speak of it
        return ""
    return ""


def _stored_content_size(page) -> int:
    """Bytes of the page's content streams as stored (not decoded: decoding here would do the
    text extraction's work twice)."""
    try:
        return sum(len(getattr(s, "_data", b"") or b"") for s in _content_streams(page))
    except Exception:
        return 0


def _page_facts(page, index: int, facts: PdfFacts, seen_fonts: set, font_names: dict,
                text: str | None, heavy: bool) -> PageFacts:
    """One page's facts; `text` is the page's text when pdfium read it (else pypdf reads it),
    `heavy` whether its content is too large to read the text of."""
    result = PageFacts()
    try:
        width, height = displayed_size(page)
        result.width, result.height = round(abs(width), 1), round(abs(height), 1)
    except (ValueError, TypeError, KeyError, AttributeError):
        pass
    resources = resolve(page.get("/Resources"))
    try:
        images = [x for _, x in _xobjects(resources) if x.get("/Subtype") == "/Image"]
        result.images = len(images)
        result.damaged_images = sum(1 for x in images if _undecodable(x))
        for font in _fonts(resources, seen_fonts):
            if not _font_embedded(font):
                name = _font_name(font)
                font_names.setdefault(name, index)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        pass
    result.content_filter = _image_filter_on_content(page)
    if heavy:  # reading its text would take seconds; say so instead
        facts.text_skipped.append(index + 1)
    elif text is not None:
        result.text = text
    else:
        try:
            result.text = page.extract_text() or ""
        except Exception as exc:  # pypdf raises many types on odd content; the page stays
            log.info("text extraction failed on page %d: %s", index + 1, exc)
            facts.text_failed = True
    result.words = len(result.text.split())
    if not result.text.strip() and not result.images:
        try:
            data = page.get_contents().get_data() if page.get_contents() is not None else b""
        except Exception:
            data = b"x Do"  # cannot tell: never call a page blank when unsure
        data = re.sub(rb"\((?:\\.|[^\\)])*\)", b"()", data)  # strings are not operators
        result.blank = not _PAINT.search(data)
    return result


def analyse(reader) -> PdfFacts:
    """Read the facts of an opened pypdf reader (no cache here)."""
    facts = PdfFacts()
    seen: set = set()
    names: dict[str, int] = {}
    heavy = set()
    for index in range(len(reader.pages)):
        try:
            if _stored_content_size(reader.pages[index]) > TEXT_LIMIT:
                heavy.add(index)
        except Exception:  # a damaged page: the loop below says so
            pass
    margins: list = []
    texts = page_texts(_file_bytes(reader), len(reader.pages), frozenset(heavy), margins)
    for index in range(len(reader.pages)):
        try:
            facts.pages.append(_page_facts(reader.pages[index], index, facts, seen, names,
                                           texts[index] if texts else None, index in heavy))
            if texts and index < len(margins):
                facts.pages[-1].text_bottom, facts.pages[-1].text_top = margins[index]
        except Exception as exc:  # a damaged page: count it, read nothing from it
            log.info("could not read page %d: %s", index + 1, exc)
            facts.text_failed = True
            facts.pages.append(PageFacts())
    for name in names:
        (facts.standard_fonts if name in _STANDARD_14 else facts.fonts_not_embedded).append(name)
    try:
        root = reader.trailer["/Root"].get_object()
        name_tree = resolve(root.get("/Names")) or {}
        facts.javascript = "/JavaScript" in name_tree or _is_script(root.get("/OpenAction"))
        embedded = resolve(name_tree.get("/EmbeddedFiles"))
        if embedded is not None:
            listing = resolve(embedded.get("/Names")) or []
            facts.attachments = [str(listing[i]) for i in range(0, len(listing), 2)]
            if not facts.attachments:
                facts.attachments = ["(attached files)"]
        mark = resolve(root.get("/MarkInfo")) or {}
        facts.tagged = "/StructTreeRoot" in root or bool(mark.get("/Marked"))
        for page in reader.pages:
            annots = resolve(page.get("/Annots")) or []
            if not isinstance(annots, list):
                continue
            for ref in annots:
                annot = resolve(ref)
                if not isinstance(annot, dict):
                    continue
                if annot.get("/Subtype") == "/FileAttachment":
                    spec = resolve(annot.get("/FS")) or {}
                    facts.attachments.append(str(spec.get("/F", "(attached file)")))
                if _is_script(annot.get("/A")):
                    facts.javascript = True
    except Exception as exc:  # pypdf raises many kinds on damaged files; facts stay partial
        log.info("could not read the document catalog: %s", exc)
    return facts


def _file_bytes(reader) -> bytes:
    """The bytes pypdf read the document from (for pdfium to read the same file)."""
    stream = getattr(reader, "stream", None)
    try:
        position = stream.tell()
        stream.seek(0)
        data = stream.read()
        stream.seek(position)
        return data
    except (AttributeError, OSError, ValueError):
        return b""


def _is_script(action) -> bool:
    try:
        action = resolve(action)
        return isinstance(action, dict) and action.get("/S") in ("/JavaScript", "/Launch")
    except Exception:
        return False


def pdf_facts(reader, sha256: str) -> PdfFacts:
    """The facts of a PDF, from the cache when this exact file was read before."""
    cached = load_cached(sha256)
    if cached is not None:
        return cached
    facts = analyse(reader)
    store_cached(sha256, facts)
    return facts
