"""What the app does when the user asks for a finding's fix (double-click or Enter): a table from
the finding's FixAction to a handler. A finding whose action is not here only shows its advice."""

from __future__ import annotations

from collections.abc import Callable

from packetizer.core.check import Finding
from packetizer.core.errors import PageSelectionError
from packetizer.core.model import FixAction, parse_page_selection


def _select_pages(window, finding: Finding) -> None:
    if not finding.document_id:
        # an item over its page limit: the pages of its longest document, the one to shorten
        docs = window.open_packet_state.packet.documents_for(finding.requirement_id)
        if not docs:
            return
        longest = max(docs, key=lambda doc: (_pages_of(doc), -docs.index(doc)))
        window.checklist_panel.select("document", longest.id)
    window.documents.select_pages()


def _pages_of(doc) -> int:
    """The pages a document gives to the packet (its selected pages, or all of them)."""
    try:
        return len(parse_page_selection(doc.pages, doc.page_count)) if doc.pages else \
            doc.page_count
    except PageSelectionError:
        return doc.page_count


# FixAction -> (what the finding must be about: "document", "requirement" or "", handler)
FIXES: dict[FixAction, tuple[str, Callable]] = {
    FixAction.ATTACH: ("", lambda w, f: w.documents.choose_attachment()),
    FixAction.REMOVE: ("document", lambda w, f: w.documents.remove_selected()),
    FixAction.REPLACE_FILE: ("document", lambda w, f: w.documents.replace_document()),
    FixAction.SELECT_PAGES: ("", _select_pages),
    FixAction.ROTATE: ("document", lambda w, f: w.documents.rotate_document()),
    FixAction.MAKE_SEARCHABLE: ("document", lambda w, f: w.documents.make_searchable()),
    FixAction.REFRESH: ("document", lambda w, f: w.documents.refresh_document()),
    FixAction.EDIT_APPLICANT: ("", lambda w, f: w.items.edit_applicant()),
    FixAction.EDIT_REFEREES: ("", lambda w, f: w.season.edit_referees()),
    FixAction.MARK_SEPARATE: ("requirement",
                              lambda w, f: w.items.mark_sent_separately(f.requirement_id)),
}


def can_fix(finding: Finding) -> bool:
    """Can the app do what this finding's fix says?"""
    return FixAction(finding.action or "") in FIXES


def fix_finding(window, finding: Finding) -> bool:
    """Select what the finding is about, then run its fix; False when the app has none."""
    window.select_finding_target(finding)
    needs, handler = FIXES.get(FixAction(finding.action or ""), ("", None))
    about = {"document": finding.document_id, "requirement": finding.requirement_id}
    if handler is None or (needs and not about[needs]):
        return False
    handler(window, finding)
    return True
