"""Optional content (layers) comes through the export as it shows in the document.

A PDF's layers are listed, with which are on and off, in its catalogue (/OCProperties), not in
its pages; copying the pages alone leaves every layer visible, so a hidden photo or a form's
construction lines would print over the page. After a document's pages are added, its layers
(those its selected pages use) are added to the output's list with their default state, their
order in a viewer's layer panel kept under the document's own group.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def carry_layers(writer, reader, title: str = "") -> int:
    """Add the layers of `reader` that the pages just copied into `writer` use, with their
    on/off state; returns how many. `title` names the document's group in the layer order."""
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        IndirectObject,
        NameObject,
        TextStringObject,
    )

    try:
        source = reader.trailer["/Root"].get("/OCProperties")
        if source is None:
            return 0
        source = source.get_object()
        translated = writer._id_translated.get(id(reader), {})
    except Exception as exc:  # a damaged catalogue: the pages come through as they are
        log.info("cannot read the layers: %s", exc)
        return 0

    def ours(ref):
        """The copied counterpart of a source reference, or None when no copied page uses it."""
        if isinstance(ref, IndirectObject) and ref.idnum in translated:
            return IndirectObject(translated[ref.idnum], 0, writer)
        return None

    def order(items, depth=0):
        out = ArrayObject()
        for item in items if depth < 10 else []:
            if isinstance(item, IndirectObject):
                mapped = ours(item)
                if mapped is not None:
                    out.append(mapped)
            elif isinstance(item, ArrayObject | list):
                inner = order(item, depth + 1)
                if any(not isinstance(x, TextStringObject) for x in inner):
                    out.append(inner)
            elif isinstance(item, str):
                out.append(TextStringObject(item))
        return out

    try:
        layers = [m for m in (ours(ref) for ref in source.get("/OCGs") or []) if m is not None]
        if not layers:
            return 0
        config = (source.get("/D") or DictionaryObject()).get_object()
        off = {m.idnum for m in (ours(ref) for ref in config.get("/OFF") or []) if m}
        on = {m.idnum for m in (ours(ref) for ref in config.get("/ON") or []) if m}
        if config.get("/BaseState") == "/OFF":  # all off but the listed ones
            off |= {m.idnum for m in layers if m.idnum not in on}
        root = writer._root_object
        if "/OCProperties" not in root:
            root[NameObject("/OCProperties")] = DictionaryObject({
                NameObject("/OCGs"): ArrayObject(),
                NameObject("/D"): DictionaryObject({
                    NameObject("/Order"): ArrayObject(), NameObject("/ON"): ArrayObject(),
                    NameObject("/OFF"): ArrayObject(),
                    NameObject("/BaseState"): NameObject("/ON")})})
        target = root["/OCProperties"].get_object()
        default = target["/D"].get_object()
        for key in ("/Order", "/ON", "/OFF"):
            if key not in default:
                default[NameObject(key)] = ArrayObject()
        known = {ref.idnum for ref in target["/OCGs"]}
        for layer in layers:
            if layer.idnum in known:
                continue
            target["/OCGs"].append(layer)
            (default["/OFF"] if layer.idnum in off else default["/ON"]).append(layer)
        group = order(config.get("/Order") or layers)
        if group:
            default["/Order"].append(ArrayObject([TextStringObject(title or "Document"),
                                                  *group]))
        return len(layers)
    except Exception as exc:  # odd optional content: keep what was added, log the rest
        log.info("could not carry the layers over: %s", exc)
        return 0
