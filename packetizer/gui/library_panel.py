"""The season's library (issue 20), a tab of the season window: each document once — the CV
attached in thirty applications is one row — with its versions and the applications using
each; a new version given to the applications that take it (asked in `TakeVersionDialog`,
all of them by default). Listing and updating run off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from packetizer.core.model import kind_name
from packetizer.core.season.library import LibraryDocument
from packetizer.gui.review import SORT_ROLE, RowsModel, status_color, table_view

COLUMNS = (QT_TRANSLATE_NOOP("LibraryModel", "Document"),
           QT_TRANSLATE_NOOP("LibraryModel", "Kind"),
           QT_TRANSLATE_NOOP("LibraryModel", "Versions"),
           QT_TRANSLATE_NOOP("LibraryModel", "Applications"),
           QT_TRANSLATE_NOOP("LibraryModel", "Newest"),
           QT_TRANSLATE_NOOP("LibraryModel", "Pages"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("LibraryModel", text)


class LibraryModel(RowsModel):
    """One row per library document (LibraryDocument)."""

    @property
    def documents(self) -> list[LibraryDocument]:
        return self.rows

    def headers(self) -> list[str]:
        return [_tr(column) for column in COLUMNS]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        doc, column = self.documents[index.row()], index.column()
        newest = doc.versions[0]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            values = (doc.name, kind_name(doc.kind), len(doc.versions),
                      len(doc.applications), newest.date, newest.pages)
            value = values[column]
            return value if role == SORT_ROLE or isinstance(value, str) else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and \
                any(v.applications for v in doc.versions[1:]):
            return status_color("warning")  # some applications still use an older version
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return newest.path
        return None


def describe(doc: LibraryDocument, titles: dict[str, str]) -> str:
    """The versions of `doc`, newest first, each with the applications using it (HTML)."""
    from html import escape

    parts = []
    for n, version in enumerate(doc.versions):
        head = _tr("Newest version") if n == 0 else _tr("Older version")
        gone = "" if version.present else " — " + _tr("the file is gone or has changed")
        pages = _tr("1 page") if version.pages == 1 else _tr("{0} pages").format(version.pages)
        apps = [escape(titles.get(p, Path(p).stem)) for p in version.applications]
        used = (_tr("Used by: {0}").format("; ".join(apps)) if apps else _tr("Used by none"))
        parts.append(f"<p><b>{head}</b>: {escape(Path(version.path).name)} · {pages} · "
                     f"{escape(version.date or '—')}{escape(gone)}<br>"
                     f"<small>{escape(version.path)}</small><br>{used}</p>")
    return "".join(parts)


class LibraryPanel(QWidget):
    """The documents table, the selected one's versions, and its Update button."""

    updateRequested = Signal(object, str)  # the LibraryDocument, the new version's file

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.titles: dict[str, str] = {}  # packet → the application's title
        self.model = LibraryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = table_view(self.proxy, "libraryTable", self.tr("Documents"))
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.details = QTextBrowser()
        self.details.setObjectName("libraryDetails")
        self.details.setAccessibleName(self.tr("Versions"))
        self.details.setOpenLinks(False)
        self.update_button = QPushButton(self.tr("Update With New Version…"))
        self.update_button.setObjectName("updateButton")
        self.update_button.setToolTip(self.tr("Give the applications using this document a "
                                              "new version of it, such as a revised CV"))
        self.update_button.clicked.connect(self.choose_new_version)
        self.hint = QLabel(self.tr("Each document once, with the applications using it. A "
                                   "document used in several applications is updated here "
                                   "in all of them."))
        self.hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.details, 2)
        layout.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self._show_current()

    def set_documents(self, documents: list[LibraryDocument], titles: dict[str, str]) -> None:
        chosen = self.current()
        self.titles = titles
        self.model.set_rows(documents)
        for row in range(self.proxy.rowCount()):  # the same document stays selected
            doc = self.model.documents[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
            if chosen is not None and doc.version_of(chosen.versions[0].sha256, "\0"):
                self.table.selectRow(row)
        self._show_current()

    def current(self) -> LibraryDocument | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.documents[self.proxy.mapToSource(rows[0]).row()] if rows else None

    def _show_current(self) -> None:
        doc = self.current()
        self.update_button.setEnabled(doc is not None)
        self.details.setHtml(describe(doc, self.titles) if doc else
                             "<p>" + self.tr("Select a document to see its versions.") + "</p>")

    def choose_new_version(self) -> None:
        from packetizer.gui.mainwindow.documents import DOCUMENT_FILTER

        doc = self.current()
        if doc is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("New version of {0}").format(doc.name),
            str(Path(doc.versions[0].path).parent), DOCUMENT_FILTER)
        if path:
            self.updateRequested.emit(doc, path)


class TakeVersionDialog(QDialog):
    """Which applications take the new version: every one using the document, checked."""

    def __init__(self, doc: LibraryDocument, new_name: str, titles: dict[str, str],
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("takeVersionDialog")
        self.setWindowTitle(self.tr("Update {0}").format(doc.name))
        label = QLabel(self.tr("Which applications take {0} in place of {1}? Each is checked "
                               "again; exports made before are marked out of date.")
                       .format(new_name, doc.name))
        label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Applications"))
        for packet in doc.applications:
            item = QListWidgetItem(titles.get(packet, Path(packet).stem))
            item.setToolTip(packet)
            item.setData(Qt.ItemDataRole.UserRole, packet)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Update"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: buttons.button(
            QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen())))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
