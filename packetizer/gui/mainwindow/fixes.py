"""What the app does when the user asks for a finding's fix (double-click or Enter): a table from
the finding's FixAction to a handler. A finding whose action is not here only shows its advice."""

from __future__ import annotations

from collections.abc import Callable

from packetizer.core.check import Finding
from packetizer.core.model import FixAction


def _attach(window, finding: Finding) -> None:
    window.documents.choose_attachment()


def _remove(window, finding: Finding) -> None:
    if finding.document_id:
        window.documents.remove_selected()


def _replace(window, finding: Finding) -> None:
    if finding.document_id:
        window.documents.replace_document()


def _select_pages(window, finding: Finding) -> None:
    if not finding.document_id:  # an item over its page limit: the pages of its first document
        docs = window.open_packet_state.packet.documents_for(finding.requirement_id)
        if not docs:
            return
        window.checklist_panel.select("document", docs[0].id)
    window.documents.select_pages()


def _rotate(window, finding: Finding) -> None:
    if finding.document_id:
        window.documents.rotate_document()


def _refresh(window, finding: Finding) -> None:
    if finding.document_id:
        window.documents.refresh_document()


def _edit_applicant(window, finding: Finding) -> None:
    window.items.edit_applicant()


def _mark_separate(window, finding: Finding) -> None:
    if finding.requirement_id:
        window.items.mark_sent_separately(finding.requirement_id)


FIXES: dict[FixAction, Callable] = {
    FixAction.ATTACH: _attach,
    FixAction.REMOVE: _remove,
    FixAction.REPLACE_FILE: _replace,
    FixAction.SELECT_PAGES: _select_pages,
    FixAction.ROTATE: _rotate,
    FixAction.REFRESH: _refresh,
    FixAction.EDIT_APPLICANT: _edit_applicant,
    FixAction.MARK_SEPARATE: _mark_separate,
}


def fix_finding(window, finding: Finding) -> bool:
    """Select what the finding is about, then run its fix; False when the app has none."""
    window.select_finding_target(finding)
    handler = FIXES.get(FixAction(finding.action or ""))
    if handler is None:
        return False
    handler(window, finding)
    return True
