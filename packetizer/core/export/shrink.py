"""Make an export fit a size limit: its photos and scans resampled, nothing else touched.

Only images are changed — text, fonts and vector drawings stay as they are, so every word stays
extractable. Each image's resolution is measured where it is drawn (the page's content stream,
and the forms it draws), and an image finer than the target is resampled to it and re-encoded as
it was (JPEG stays JPEG, losslessly compressed stays so). Then identical objects are shared and
unused ones dropped. The writer is changed in place; the source files are never touched.
"""

from __future__ import annotations

import io
import logging
import math
import zlib
from dataclasses import dataclass

log = logging.getLogger(__name__)

TARGET_DPIS = (200, 150)  # tried in this order until the export fits
JPEG_QUALITY = {200: 85, 150: 75}
HEADROOM = 1.15  # an image is resampled only when finer than this times the target
MAX_FORM_DEPTH = 4  # forms drawn inside forms, followed this deep


@dataclass
class ShrinkResult:
    before: int  # bytes
    after: int
    images: int = 0  # images resampled
    dpi: int | None = None  # the resolution they were resampled to

    @property
    def note(self) -> str:
        """"8.1 MB → 1.7 MB: 3 images resampled to 150 dpi"."""
        what = (f"{self.images} image{'s' if self.images != 1 else ''} resampled to {self.dpi} "
                f"dpi" if self.images else "identical parts shared, unused ones dropped")
        return f"{megabytes(self.before)} → {megabytes(self.after)}: {what}"


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def written_size(writer) -> int:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.tell()


def shrink_to_fit(writer, limit: int) -> ShrinkResult:
    """Resample the writer's images, coarser step by step, until the written PDF is at most
    `limit` bytes or the coarsest step is reached. Returns what was done and the sizes."""
    before = after = written_size(writer)
    result = ShrinkResult(before, after)
    if before <= limit:
        return result
    sizes = display_sizes(writer)
    for dpi in TARGET_DPIS:
        count = resample_images(writer, sizes, dpi, JPEG_QUALITY[dpi])
        if count:
            result.images, result.dpi = max(result.images, count), dpi
        after = written_size(writer)
        if after <= limit:
            break
    try:
        writer.compress_identical_objects(remove_identicals=True, remove_orphans=True)
        after = written_size(writer)
    except Exception as exc:
        log.info("sharing identical objects failed: %s", exc)
    result.after = after
    return result


# --- where images are drawn, and how large ---------------------------------------------------


def _times(m: list[float], n: list[float]) -> list[float]:
    """The matrix m × n (PDF's [a b c d e f] form): `cm` with m applied to the CTM n."""
    a, b, c, d, e, f = m
    return [a * n[0] + b * n[2], a * n[1] + b * n[3], c * n[0] + d * n[2], c * n[1] + d * n[3],
            e * n[0] + f * n[2] + n[4], e * n[1] + f * n[3] + n[5]]


def display_sizes(writer) -> dict[int, tuple[float, float]]:
    """For each image object (by number) drawn on a page: the largest size it is drawn at, in
    inches along its own width and height."""
    sizes: dict[int, tuple[float, float]] = {}
    for page in writer.pages:
        try:
            contents = page.get_contents()
            if contents is not None:
                _walk(writer, contents, page.get("/Resources"), [1, 0, 0, 1, 0, 0], sizes, 0)
        except Exception as exc:
            log.info("could not measure the images of a page: %s", exc)
    return sizes


def _walk(writer, contents, resources, ctm: list[float], sizes: dict, depth: int) -> None:
    from pypdf.generic import ContentStream

    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if resources is not None else None
    xobjects = xobjects.get_object() if xobjects is not None else {}
    stack: list[list[float]] = []
    for operands, operator in ContentStream(contents, writer).operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q":
            ctm = stack.pop() if stack else ctm
        elif operator == b"cm" and len(operands) == 6:
            ctm = _times([float(x) for x in operands], ctm)
        elif operator == b"Do" and operands:
            ref = xobjects.get(operands[0])
            if ref is None:
                continue
            obj = ref.get_object()
            subtype = obj.get("/Subtype")
            if subtype == "/Image" and hasattr(ref, "idnum"):
                width = math.hypot(ctm[0], ctm[1]) / 72
                height = math.hypot(ctm[2], ctm[3]) / 72
                old = sizes.get(ref.idnum, (0.0, 0.0))
                sizes[ref.idnum] = (max(old[0], width), max(old[1], height))
            elif subtype == "/Form" and depth < MAX_FORM_DEPTH:
                matrix = [float(x) for x in obj.get("/Matrix", [1, 0, 0, 1, 0, 0])]
                _walk(writer, obj, obj.get("/Resources", resources), _times(matrix, ctm),
                      sizes, depth + 1)


# --- resampling --------------------------------------------------------------------------------

_MODES = {1: "L", 3: "RGB"}
_LOSSLESS = {"/FlateDecode", "/Fl", "/ASCII85Decode", "/A85", "/LZWDecode", "/LZW",
             "/RunLengthDecode", "/RL", "/ASCIIHexDecode", "/AHx"}


def _components(obj) -> int | None:
    space = obj.get("/ColorSpace")
    space = space.get_object() if space is not None else None
    if space == "/DeviceRGB":
        return 3
    if space == "/DeviceGray":
        return 1
    if isinstance(space, list) and len(space) == 2 and space[0] == "/ICCBased":
        n = space[1].get_object().get("/N")
        return int(n) if n in (1, 3) else None
    return None


def _filters(obj) -> list[str]:
    filters = obj.get("/Filter")
    if filters is None:
        return []
    filters = filters.get_object()
    return [str(f) for f in filters] if isinstance(filters, list) else [str(filters)]


def _decoded(obj, components: int):
    """The image as a Pillow image, or None when it is not one we change (masks, odd filters)."""
    from PIL import Image

    filters = _filters(obj)
    width, height = int(obj["/Width"]), int(obj["/Height"])
    if filters == ["/DCTDecode"]:
        image = Image.open(io.BytesIO(obj._data))
        image.load()
        return image if image.mode == _MODES[components] else None
    if set(filters) <= _LOSSLESS:
        data = obj.get_data()
        if len(data) != width * height * components:
            return None
        return Image.frombytes(_MODES[components], (width, height), data)
    return None


def resample_images(writer, sizes: dict[int, tuple[float, float]], dpi: int,
                    quality: int) -> int:
    """Resample each image finer than `dpi` where it is drawn to `dpi`; returns how many were."""
    from PIL import Image
    from pypdf.generic import IndirectObject, NameObject, NumberObject, StreamObject

    count = 0
    for idnum, (width_in, height_in) in sizes.items():
        if width_in <= 0 or height_in <= 0:
            continue
        obj = writer._objects[idnum - 1]  # pypdf has no public way to swap an object
        if obj is None or obj.get("/Subtype") != "/Image" or obj.get("/ImageMask") or \
                "/SMask" in obj or "/Mask" in obj or "/Decode" in obj or \
                int(obj.get("/BitsPerComponent", 8)) != 8:
            continue
        components = _components(obj)
        if components is None:
            continue
        width, height = int(obj["/Width"]), int(obj["/Height"])
        finest = min(width / width_in, height / height_in)
        if finest <= dpi * HEADROOM:
            continue
        try:
            image = _decoded(obj, components)
        except Exception as exc:
            log.info("left an image that does not decode as it was: %s", exc)
            continue
        if image is None:
            continue
        scale = dpi / finest
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        smaller = image.resize(size, Image.Resampling.LANCZOS)
        jpeg = _filters(obj) == ["/DCTDecode"]
        if jpeg:
            buffer = io.BytesIO()
            smaller.save(buffer, "JPEG", quality=quality, optimize=True)
            data = buffer.getvalue()
        else:
            data = zlib.compress(smaller.tobytes(), 9)
        if len(data) >= len(obj._data):
            continue
        new = StreamObject()
        for key, value in obj.items():
            if key not in ("/Filter", "/DecodeParms", "/Length", "/Width", "/Height"):
                new[NameObject(key)] = value
        new[NameObject("/Width")] = NumberObject(size[0])
        new[NameObject("/Height")] = NumberObject(size[1])
        new[NameObject("/Filter")] = NameObject("/DCTDecode" if jpeg else "/FlateDecode")
        new._data = data
        new.indirect_reference = IndirectObject(idnum, 0, writer)
        writer._objects[idnum - 1] = new
        count += 1
    return count


# --- the export's limit ------------------------------------------------------------------------


def size_limit(packet, profile, max_size: int | None = None) -> tuple[int | None, str]:
    """The size one exported file must keep to, in bytes, and whose limit it is: `max_size`
    when given, else the smaller of the posting's (MB of 10^6 bytes) and the portal profile's
    per-file limit (MiB; not the generic profile's, which is only a rule of thumb)."""
    found: list[tuple[int, str]] = []
    if max_size:
        found.append((max_size, f"the limit of {megabytes(max_size)} asked for"))
    else:
        if packet.posting.max_file_mb:
            found.append((int(packet.posting.max_file_mb * 1_000_000),
                          f"the posting's limit of {packet.posting.max_file_mb:g} MB"))
        if profile.max_file_mb and profile.name != "generic":  # the generic limit is a guess
            found.append((int(profile.max_file_mb * 1_048_576),
                          f"{profile.title or profile.name}'s limit of "
                          f"{profile.max_file_mb:g} MB per file"))
    if not found:
        return None, ""
    return min(found)


def fit_to_limit(writer, limit: int | None, whose: str, *, shrink: bool, force: bool,
                 name: str = "the export") -> ShrinkResult | None:
    """Make the export fit `limit`, or refuse: raises ExportError (nothing is written) when it
    does not fit even shrunk, or is over and shrinking is off — unless `force`."""
    from packetizer.core.errors import ExportError

    if not limit:
        return None
    if not shrink:
        size = written_size(writer)
        if size > limit and not force:
            raise ExportError(
                f"{name} would be {megabytes(size)}, over {whose}; shrinking is off, so "
                "nothing was written.",
                fix="Export again with shrinking on (without --no-shrink) to resample its "
                    "images, leave pages out, or use --force to write it anyway.")
        return None
    result = shrink_to_fit(writer, limit)
    if result.after > limit and not force:
        raise ExportError(
            f"{name} is {megabytes(result.after)} even with its images at "
            f"{TARGET_DPIS[-1]} dpi, over {whose}; nothing was written.",
            fix="Leave pages out (Select Pages…), attach smaller files, export the items as "
                "separate files, or use --force to write it anyway.")
    return result if result.after < result.before else None
