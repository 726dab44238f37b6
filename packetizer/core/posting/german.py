"""German sentences that name the materials before their verb: "Wir erwarten, dass Sie ein
Anschreiben und Ihre Publikationsliste einreichen." English asks first and names after; German
often names first and asks with the sentence's last word."""

from __future__ import annotations

import re

from packetizer.core.posting.vocabulary import classify

# the request verb that closes a German sentence ("beilegen", "sind beizufügen", "einreichen")
_FINAL_VERB_RE = re.compile(
    r"\s(?:beilegen|beizulegen|beifügen|beizufügen|einreichen|einzureichen|vorlegen|vorzulegen|"
    r"einsenden|einzusenden|übersenden|zu\s+übersenden|hochladen|hochzuladen)"
    # ("…, das als separate Datei hochzuladen ist.")
    r"(?:\s+(?:ist|sind))?\s*[.!]?\s*$",
    re.IGNORECASE)
# what stands before a material's name and belongs to it ("einem Anschreiben", "Kopien von …")
_LEAD_IN_RE = re.compile(r"(?:\b(?:ein|eine|einen|einem|einer|eines|(?:beglaubigte\s+)?"
                         r"(?:kopien?|ablichtung(?:en)?|abschriften?)\s+(?:des|der|von|über))\s+)+$",
                         re.IGNORECASE)
# ("Bitte keine Originale beilegen": what not to send)
_NOT_RE = re.compile(r"\b(?:keine|keinen|nicht)\b", re.IGNORECASE)


def verb_final_objects(sentence: str) -> tuple[int, int] | None:
    """Where the materials of a German sentence that asks with its last verb stand, from the
    first material named to the verb, or None when the sentence is not one."""
    final = _FINAL_VERB_RE.search(sentence)
    if final is None:
        return None
    found = classify(sentence[:final.start()])
    if found is None or _NOT_RE.search(sentence, 0, final.start()):
        return None
    lead = _LEAD_IN_RE.search(sentence, 0, found[1])
    return (lead.start() if lead else found[1]), final.start()
