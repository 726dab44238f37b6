"""Links inside a document keep landing inside that document when documents are merged.

LaTeX (hyperref) names its link targets the same way in every file: `section.1`, `page.1`,
`cite.…`, `Hfootnote.1`, `Doc-Start`. A merged file has one table of names, so the first
document's names would win and a second document's table of contents would open the first
document. Each document's links to named targets are therefore resolved, as it is added, to
explicit destinations on its own pages in the output; a link whose target page was not selected
is left without a target rather than sent somewhere else. The output then needs no table of
names at all, so none is kept.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def _name_of(dest) -> str | None:
    """The name a link's destination refers to, or None for an explicit destination."""
    from pypdf.generic import ByteStringObject, NameObject, TextStringObject

    dest = dest.get_object() if hasattr(dest, "get_object") else dest
    if isinstance(dest, NameObject):
        return str(dest)[1:]
    if isinstance(dest, (TextStringObject, ByteStringObject)):
        return dest.decode("latin-1") if isinstance(dest, ByteStringObject) else str(dest)
    return None


def resolve_named_links(writer, reader, first: int, page_map: dict[int, int]) -> int:
    """Rewrite the named-destination links of the pages just appended (output pages from
    `first`, source page i at output page `page_map[i]`) as explicit destinations. Returns how
    many links were resolved."""
    from pypdf.generic import ArrayObject, NameObject

    try:
        named = reader.named_destinations
    except Exception as exc:  # a damaged names tree: links keep what pypdf copied
        log.info("cannot read named destinations: %s", exc)
        return 0
    if not named:
        return 0
    resolved: dict[str, ArrayObject | None] = {}

    def target_of(name: str):
        if name in resolved:
            return resolved[name]
        array = None
        dest = named.get(name) or named.get("/" + name)
        if dest is not None:
            try:
                source_page = reader.get_destination_page_number(dest)
                out = page_map.get(source_page)
                if out is not None:
                    array = ArrayObject([writer.pages[out].indirect_reference,
                                         *dest.dest_array[1:]])
            except Exception as exc:  # an odd destination: the link goes nowhere
                log.info("cannot resolve destination %r: %s", name, exc)
        resolved[name] = array
        return array

    count = 0
    last = first + len(page_map)
    for page in writer.pages[first:last]:
        try:
            annotations = page.get("/Annots") or []
            annotations = annotations.get_object() if hasattr(annotations, "get_object") \
                else annotations
        except Exception:
            continue
        for ref in annotations:
            try:
                annot = ref.get_object()
                if annot.get("/Subtype") != "/Link":
                    continue
                holder, key = annot, "/Dest"
                if "/Dest" not in annot:
                    action = annot.get("/A")
                    action = action.get_object() if action is not None else None
                    if action is None or action.get("/S") != "/GoTo" or "/D" not in action:
                        continue
                    holder, key = action, "/D"
                name = _name_of(holder[key])
                if name is None:
                    continue
                array = target_of(name)
                if array is None:  # its target page is not in the export
                    del holder[NameObject(key)]
                    continue
                holder[NameObject(key)] = array
                count += 1
            except Exception as exc:  # one odd annotation must not stop the export
                log.info("left a link as it was: %s", exc)
    return count


def drop_name_table(writer) -> None:
    """Remove the merged table of named destinations (first document's names won there; every
    link now points at its page explicitly)."""
    from pypdf.generic import NameObject

    root = writer._root_object
    names = root.get("/Names")
    if names is not None:
        names = names.get_object()
        if "/Dests" in names:
            del names[NameObject("/Dests")]
        if not names:
            del root[NameObject("/Names")]
    if "/Dests" in root:
        del root[NameObject("/Dests")]
