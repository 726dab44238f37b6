"""Small dialogs: edit a checklist item, paste a posting."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packetizer.core.model import KINDS, Requirement


def _limit_box(maximum: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSpecialValueText("no limit")  # 0 shows as "no limit"
    if suffix:
        box.setSuffix(suffix)
    return box


class RequirementDialog(QDialog):
    """Add or edit one checklist item: kind, label, limits, notes."""

    def __init__(self, parent: QWidget | None = None, requirement: Requirement | None = None):
        super().__init__(parent)
        self.setObjectName("requirementDialog")
        self.setWindowTitle(self.tr("Edit item") if requirement else self.tr("Add item"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind, (name, _) in KINDS.items():
            self.kind.addItem(name, kind)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Copy of PhD diploma"))
        self.required = QCheckBox(self.tr("Required"))
        self.separate = QCheckBox(self.tr("Sent separately (e.g. by referees)"))
        self.min_count = _limit_box(50)
        self.max_count = _limit_box(50)
        self.max_pages = _limit_box(500, self.tr(" pages"))
        self.max_words = _limit_box(100_000, self.tr(" words"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("What it must cover, as the posting says"))
        self.notes.setFixedHeight(70)
        for text, widget in ((self.tr("&Kind:"), self.kind), (self.tr("&Label:"), self.label),
                             ("", self.required), ("", self.separate),
                             (self.tr("At &least:"), self.min_count),
                             (self.tr("At &most:"), self.max_count),
                             (self.tr("&Page limit:"), self.max_pages),
                             (self.tr("&Word limit:"), self.max_words),
                             (self.tr("&Notes:"), self.notes)):
            form.addRow(text, widget)
        layout.addLayout(form)
        if requirement and requirement.source:
            source = QLabel(self.tr("From the posting: “{0}”").format(
                " ".join(requirement.source.text.split())))
            source.setWordWrap(True)
            layout.addWidget(source)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.label.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self._load(requirement)

    def _load(self, req: Requirement | None) -> None:
        req = req or Requirement(id="", kind="other", label="")
        self.kind.setCurrentIndex(max(0, self.kind.findData(req.kind)))
        self.label.setText(req.label)
        self.required.setChecked(req.required)
        self.separate.setChecked(req.submitted_separately)
        self.min_count.setValue(req.min_count or 0)
        self.max_count.setValue(req.max_count or 0)
        self.max_pages.setValue(req.max_pages or 0)
        self.max_words.setValue(req.max_words or 0)
        self.notes.setPlainText(req.notes)
        self.ok_button.setEnabled(bool(req.label.strip()))

    def values(self) -> dict:
        """The fields as `update_requirement` takes them (0 limits become None)."""
        return {
            "kind": self.kind.currentData(),
            "label": self.label.text().strip(),
            "required": self.required.isChecked(),
            "submitted_separately": self.separate.isChecked(),
            "min_count": self.min_count.value() or None,
            "max_count": self.max_count.value() or None,
            "max_pages": self.max_pages.value() or None,
            "max_words": self.max_words.value() or None,
            "notes": self.notes.toPlainText().strip(),
        }


class PastePostingDialog(QDialog):
    """Paste a posting's text (from a web page or an e-mail)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pasteDialog")
        self.setWindowTitle(self.tr("Paste a job posting"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Paste the whole job advertisement; Packetizer finds the "
                                        "materials it asks for.")))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Posting text"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text.toPlainText().strip())))
        layout.addWidget(buttons)
