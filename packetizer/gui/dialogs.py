"""Small dialogs: edit a checklist item, paste a posting, export options."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from packetizer.core.appdata.profiles import profile_names
from packetizer.core.model import KINDS, ExportOptions, Requirement


def _path_row(text: str, on_browse) -> tuple[QLineEdit, QHBoxLayout]:
    """A line edit for a path with a Browse… button beside it."""
    edit = QLineEdit(text)
    browse = QPushButton(QDialog.tr("Browse…"))
    browse.clicked.connect(on_browse)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return edit, row


def _ok_cancel(dialog: QDialog, layout) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog (and added to `layout` when given)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    if layout is not None:
        layout.addWidget(buttons)
    return buttons


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
        buttons = _ok_cancel(self, layout)
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
        buttons = _ok_cancel(self, None)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text.toPlainText().strip())))
        self.ok_button.setToolTip(self.tr("Read the posting (Ctrl+Enter)"))
        submit = QShortcut(QKeySequence("Ctrl+Return"), self)
        submit.activated.connect(lambda: self.ok_button.isEnabled() and self.accept())
        layout.addWidget(buttons)


class ExportDialog(QDialog):
    """How to export: one merged PDF or separate files, and what goes in it."""

    def __init__(self, parent: QWidget | None, options: ExportOptions, default_path: Path):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export packet"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.merged = QRadioButton(self.tr("One PDF with cover, bookmarks and page numbers"))
        self.separate = QRadioButton(self.tr("Separate files, one per item, for upload portals"))
        self.merged.setChecked(True)
        layout.addWidget(self.merged)
        layout.addWidget(self.separate)

        form = QFormLayout()
        self.path, where = _path_row(str(default_path), self._browse)
        self.path.setAccessibleName(self.tr("Output file or folder"))
        form.addRow(self.tr("Save to:"), where)
        self.cover = QCheckBox(self.tr("Cover page with a clickable checklist"))
        self.cover.setChecked(options.cover_page)
        form.addRow("", self.cover)
        self.numbers = QCheckBox(self.tr("Footer with page numbers"))
        self.numbers.setChecked(options.page_numbers)
        form.addRow("", self.numbers)
        self.footer = QLineEdit(options.footer_template)
        self.footer.setToolTip(self.tr("Fields: {applicant} {job_id} {page} {pages} {label} "
                                       "{section} {title} {organization}"))
        self.numbers.toggled.connect(self.footer.setEnabled)
        self.footer.setEnabled(options.page_numbers)
        form.addRow(self.tr("Footer:"), self.footer)
        self.header = QLineEdit(options.header_template)
        self.header.setPlaceholderText(self.tr("None (e.g. {applicant} — {title})"))
        self.header.setToolTip(self.tr("A line at the top of every page, for portals that ask "
                                       "for your name on each page; the footer's fields"))
        form.addRow(self.tr("Header:"), self.header)
        self.labels = QComboBox()
        self.labels.addItem(self.tr("Per item (CV-1, RS-1, …)"), "sections")
        self.labels.addItem(self.tr("Continuous (1, 2, 3, …)"), "continuous")
        self.labels.setCurrentIndex(max(0, self.labels.findData(options.page_labels)))
        form.addRow(self.tr("Page labels:"), self.labels)
        self.paper = QComboBox()
        for label, value in ((self.tr("Keep each page's size"), ""), ("Letter", "letter"),
                             ("A4", "a4")):
            self.paper.addItem(label, value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(options.paper)))
        form.addRow(self.tr("Paper:"), self.paper)
        self.profile = QComboBox()
        for name in profile_names():
            self.profile.addItem(name, name)
        self.profile.setCurrentIndex(max(0, self.profile.findData(options.profile)))
        self.profile.setToolTip(self.tr("The upload portal whose limits apply (file size, "
                                        "file-name length)"))
        form.addRow(self.tr("Portal:"), self.profile)
        self.bookmarks = QCheckBox(self.tr("Keep each document's own bookmarks"))
        self.bookmarks.setChecked(options.keep_original_bookmarks)
        form.addRow("", self.bookmarks)
        layout.addLayout(form)
        self.separate.toggled.connect(self._mode_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._default = default_path

    def _mode_changed(self, separate: bool) -> None:
        current = Path(self.path.text() or str(self._default))
        if separate and current.suffix.lower() == ".pdf":
            self.path.setText(str(current.with_suffix("")))
        elif not separate and current.suffix.lower() != ".pdf":
            self.path.setText(str(current) + ".pdf")
        self.cover.setText(self.tr("Index file naming each item's file") if separate
                           else self.tr("Cover page with a clickable checklist"))
        self.labels.setEnabled(not separate)

    def _browse(self) -> None:
        if self.separate.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"),
                                                      self.path.text())
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export packet"),
                                                    self.path.text(), "PDF (*.pdf)")
        if chosen:
            self.path.setText(chosen)

    def options(self, current: ExportOptions) -> ExportOptions:
        return replace(current, cover_page=self.cover.isChecked(),
                       page_numbers=self.numbers.isChecked(),
                       footer_template=self.footer.text().strip()
                       or current.footer_template,
                       header_template=self.header.text().strip(),
                       page_labels=self.labels.currentData(), paper=self.paper.currentData(),
                       profile=self.profile.currentData() or current.profile,
                       keep_original_bookmarks=self.bookmarks.isChecked())

    def target(self) -> tuple[str, Path]:
        """("merged", file) or ("separate", folder)."""
        return ("separate" if self.separate.isChecked() else "merged",
                Path(self.path.text()).expanduser())


class ApplicantDialog(QDialog):
    """The applicant's name and e-mail, as the cover, footer and file names show them."""

    def __init__(self, parent: QWidget | None, name: str, email: str,
                 remember: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("applicantDialog")
        self.setWindowTitle(self.tr("Applicant"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("As on your CV"))
        self.email = QLineEdit(email)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("E-mail:"), self.email)
        self.remember = QCheckBox(self.tr("Use for new packets too"))
        self.remember.setChecked(remember)
        form.addRow("", self.remember)
        layout.addLayout(form)
        _ok_cancel(self, layout)

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.email.text().strip()


class SettingsDialog(QDialog):
    """Preferences: who you are, where exports go, the footer, paper, look and language."""

    def __init__(self, parent: QWidget | None, settings, languages: list[tuple[str, str]]):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(settings.applicant_name)
        self.email = QLineEdit(settings.applicant_email)
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("E-mail:"), self.email)
        self.folder, folder_row = _path_row(settings.export_folder, self._browse)
        self.folder.setPlaceholderText(self.tr("The packet's own folder"))
        form.addRow(self.tr("Export to:"), folder_row)
        self.footer = QLineEdit(settings.footer_template)
        self.footer.setToolTip(self.tr("For new packets. Fields: {applicant} {job_id} {page} "
                                       "{pages} {label} {section} {title} {organization}"))
        form.addRow(self.tr("Footer:"), self.footer)
        self.paper = QComboBox()
        for label, value in ((self.tr("Automatic (from your country)"), "auto"),
                             ("Letter", "letter"), ("A4", "a4")):
            self.paper.addItem(label, value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper_size)))
        self.paper.setToolTip(self.tr("The paper that text files and images are put on"))
        form.addRow(self.tr("Paper:"), self.paper)
        self.theme = QComboBox()
        for label, value in ((self.tr("Same as the system"), "system"),
                             (self.tr("Light"), "light"), (self.tr("Dark"), "dark")):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form.addRow(self.tr("Appearance:"), self.theme)
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in languages:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Language:"), self.language)
        layout.addLayout(form)
        _ok_cancel(self, layout)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def apply_to(self, settings) -> None:
        settings.applicant_name = self.name.text().strip()
        settings.applicant_email = self.email.text().strip()
        settings.export_folder = self.folder.text().strip()
        settings.footer_template = self.footer.text().strip() or settings.footer_template
        settings.paper_size = self.paper.currentData()
        settings.theme = self.theme.currentData()
        settings.language = self.language.currentData()
