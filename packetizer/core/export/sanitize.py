"""Remove active content from an assembled packet: scripts, launch and form-submit actions,
embedded files and rich media. Committees and portals distrust them, and a packet never needs them.
What a reader sees stays: a button or link loses only its action, a media annotation with a
picture keeps the picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_BAD_ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/ResetForm", "/Rendition",
                "/RichMediaExecute", "/Sound", "/Movie"}
_BAD_ANNOTATIONS = {"/FileAttachment", "/RichMedia", "/Screen", "/Movie", "/Sound", "/3D"}
# what makes a media annotation play something (its appearance, /AP, is what it shows)
_MEDIA_KEYS = ("/A", "/AA", "/RichMediaContent", "/RichMediaSettings", "/Movie", "/Sound",
               "/3DD", "/3DV", "/3DA", "/FS", "/Contents")


@dataclass
class Removed:
    items: list[str] = field(default_factory=list)

    def add(self, what: str, page: int | None = None) -> None:
        self.items.append(f"{what} (page {page + 1})" if page is not None else what)


def _action_is_bad(action) -> bool:
    try:
        action = action.get_object()
        return action.get("/S") in _BAD_ACTIONS
    except Exception:
        return True


def sanitize(writer) -> list[str]:
    """Strip active content from `writer` in place; return what was removed, for the report."""
    from pypdf.generic import ArrayObject, NameObject

    removed = Removed()
    root = writer._root_object
    names = root.get("/Names")
    if names is not None:
        names = names.get_object()
        for key, label in (("/JavaScript", "document scripts"), ("/EmbeddedFiles",
                                                                 "attached files")):
            if key in names:
                del names[key]
                removed.add(label)
    for key, label in (("/OpenAction", "an action run on opening"),
                       ("/AA", "document event actions")):
        if key in root:
            value = root[key]
            if key == "/OpenAction" and not isinstance(value.get_object(), dict):
                continue  # a plain destination ("open at page 2") is harmless
            if key == "/AA" or _action_is_bad(value):
                del root[key]
                removed.add(label)
    acroform = root.get("/AcroForm")
    if acroform is not None and "/XFA" in acroform.get_object():
        del acroform.get_object()["/XFA"]
        removed.add("an XFA form")

    for index, page in enumerate(writer.pages):
        if "/AA" in page:
            del page["/AA"]
            removed.add("page actions", index)
        annots = page.get("/Annots")
        if annots is None:
            continue
        kept = ArrayObject()
        for ref in annots.get_object():
            annot = ref.get_object()
            subtype = annot.get("/Subtype")
            if subtype in _BAD_ANNOTATIONS:
                what = str(subtype).lstrip("/")
                if subtype != "/FileAttachment" and "/AP" in annot:
                    # what a reader sees (a poster image) stays, as a picture: only the media
                    # and its actions go
                    for key in _MEDIA_KEYS:
                        if key in annot:
                            del annot[NameObject(key)]
                    annot[NameObject("/Subtype")] = NameObject("/Stamp")
                    removed.add(f"the media of a {what} annotation (its picture is kept)", index)
                    kept.append(ref)
                else:
                    removed.add(f"a {what} annotation", index)
                continue
            if "/A" in annot and _action_is_bad(annot["/A"]):
                del annot[NameObject("/A")]  # the button or link stays, without its action
                removed.add("an action that runs a script or program, or submits a form",
                            index)
            if "/AA" in annot:
                del annot["/AA"]
                removed.add("form-field actions", index)
            kept.append(ref)
        page[NameObject("/Annots")] = kept
    return removed.items
