"""What the user does to the checklist in the window: add, change and remove items, read the
posting again, comment, mark an item as sent separately, set the applicant."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog

from packetizer.core.appdata.settings import save_settings
from packetizer.core.errors import PacketizerError
from packetizer.core.packet import (
    add_comment,
    add_requirement,
    remove_requirement,
    reread_posting,
    set_applicant,
    update_requirement,
)
from packetizer.gui import messages


class ItemActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.open = window.open_packet_state

    def _current(self):
        req_id = self.window.checklist_panel.current_requirement_id()
        packet = self.open.packet
        return packet.posting.requirement(req_id) if packet and req_id else None

    def _try(self, description: str, change, *args, **kwargs):
        """An edit that can be refused (a bad value): the refusal is shown, nothing changes."""
        try:
            return self.open.edit(description, change, *args, **kwargs)
        except PacketizerError as exc:
            messages.show_error(self.window, exc)
            return None

    # --- items ---------------------------------------------------------------------------------

    def add_item(self) -> None:
        from packetizer.gui.dialogs import RequirementDialog

        if self.open.packet is None:
            return
        dialog = RequirementDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_new_item(dialog.values())

    def apply_new_item(self, values: dict) -> None:
        values = dict(values)
        kind, label = values.pop("kind"), values.pop("label")
        req = self._try(self.tr("Add “{0}”").format(label or kind), add_requirement, kind,
                        label, **values)
        if req is not None:
            self.window.checklist_panel.select("requirement", req.id)

    def edit_item(self, requirement_id: str = "") -> None:
        from packetizer.gui.dialogs import RequirementDialog

        req = (self.open.packet.posting.requirement(requirement_id)
               if requirement_id and self.open.packet else self._current())
        if req is None:
            return
        dialog = RequirementDialog(self.window, req)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_item_edit(req.id, dialog.values())

    def apply_item_edit(self, requirement_id: str, values: dict) -> None:
        req = self.open.packet.posting.requirement(requirement_id)
        self._try(self.tr("Edit “{0}”").format(req.label), update_requirement, req, **values)
        self.window.checklist_panel.select("requirement", req.id)

    def remove_item(self) -> None:
        req = self._current()
        if req is None:
            return
        docs = self.open.packet.documents_for(req.id)
        if docs and not messages.ask(
                self.window, self.tr("Remove item"),
                self.tr("Remove “{0}” and the {1} document(s) attached to it? The files "
                        "themselves are not touched.").format(req.label, len(docs))):
            return
        self._try(self.tr("Remove “{0}”").format(req.label), remove_requirement, req.id)

    def reread(self) -> None:
        """Read the posting again; the user's own edits to the checklist are kept."""
        if self.open.packet is not None:
            self._try(self.tr("Read Posting Again"), reread_posting)

    def mark_sent_separately(self, requirement_id: str) -> None:
        req = self.open.packet.posting.requirement(requirement_id) if self.open.packet else None
        if req is not None and not req.submitted_separately:
            self._try(self.tr("“{0}” sent separately").format(req.label), update_requirement,
                      req, submitted_separately=True)

    # --- comments and the applicant --------------------------------------------------------

    def add_comment_here(self, text: str | None = None) -> None:
        """A reviewer's comment on the selected item or document (or the whole packet)."""
        if self.open.packet is None:
            return
        _kind, about = self.window.checklist_panel.current()
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self.window, self.tr("Add comment"),
                self.tr("Comment for the applicant (shown with the findings and in the "
                        "report):"))
            if not ok:
                return
        self._try(self.tr("Add comment"), add_comment, text,
                  author=self.open.settings.applicant_name, about=about)

    def edit_applicant(self) -> None:
        from packetizer.gui.dialogs import ApplicantDialog

        packet = self.open.packet
        if packet is None:
            return
        dialog = ApplicantDialog(self.window, packet.applicant.name, packet.applicant.email,
                                 remember=not self.open.settings.applicant_name)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_applicant(*dialog.values(), remember=dialog.remember.isChecked())

    def set_applicant(self, name: str, email: str, remember: bool = False) -> None:
        self._try(self.tr("Applicant"), set_applicant, name, email)
        if remember:
            settings = self.open.settings
            settings.applicant_name, settings.applicant_email = name, email
            try:
                save_settings(settings)
            except PacketizerError as exc:
                messages.show_error(self.window, exc)
