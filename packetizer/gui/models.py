"""Qt item models over core data: the checklist tree and the findings list. Views stay thin."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import QApplication, QStyle

from packetizer.core.check import ERROR, INFO, WARNING, CheckReport, Finding
from packetizer.core.model import Document, Packet, Requirement, kind_name
from packetizer.core.reports.text import MARKS

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "requirement" or "document"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

_STATUS_TEXT = {
    "complete": "Ready", "warning": "Check", "error": "Problem", "missing": "Missing",
    "separate": "Sent separately", "optional": "Optional",
}
_STATUS_ICON = {
    "complete": QStyle.StandardPixmap.SP_DialogApplyButton,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "missing": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "separate": QStyle.StandardPixmap.SP_ArrowForward,
    "optional": QStyle.StandardPixmap.SP_MessageBoxInformation,
}
_SEVERITY_ICON = {
    ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def _icon(pixmap: QStyle.StandardPixmap):
    return QApplication.style().standardIcon(pixmap)


class ChecklistModel(QAbstractItemModel):
    """Requirements (top level) with their documents (children). Files dropped on a
    requirement are announced with `filesDropped(requirement_id, paths)`."""

    COLUMNS = ("Item", "Pages", "Status")
    filesDropped = Signal(str, list)
    # a document dragged within the checklist: (document id, requirement id, position among
    # that requirement's documents; -1 for the end)
    documentMoved = Signal(str, str, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._packet: Packet | None = None
        self._report: CheckReport | None = None

    # -- data in
    def set_packet(self, packet: Packet | None, report: CheckReport | None = None) -> None:
        self.beginResetModel()
        self._packet = packet
        self._report = report
        self.endResetModel()

    def set_report(self, report: CheckReport | None) -> None:
        self._report = report
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            for row in range(self.rowCount()):
                parent = self.index(row, 0)
                if self.rowCount(parent):
                    self.dataChanged.emit(self.index(0, 0, parent),
                                          self.index(self.rowCount(parent) - 1,
                                                     self.columnCount() - 1, parent))

    # -- helpers
    def _requirements(self) -> list[Requirement]:
        return self._packet.posting.requirements if self._packet else []

    def _docs(self, row: int) -> list[Document]:
        reqs = self._requirements()
        if not self._packet or not 0 <= row < len(reqs):
            return []
        return self._packet.documents_for(reqs[row].id)

    def requirement_index(self, requirement_id: str) -> QModelIndex:
        for row, req in enumerate(self._requirements()):
            if req.id == requirement_id:
                return self.index(row, 0)
        return QModelIndex()

    def document_index(self, document_id: str) -> QModelIndex:
        for row in range(len(self._requirements())):
            for child, doc in enumerate(self._docs(row)):
                if doc.id == document_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    # -- structure
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        # internal id 0: a requirement; n > 0: a document of requirement row n - 1
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def _is_requirement(self, index: QModelIndex) -> bool:
        return index.isValid() and not self.parent(index).isValid()

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self._requirements())
        if parent.column() != 0 or not self._is_requirement(parent):
            return 0
        return len(self._docs(parent.row()))

    def columnCount(self, parent=QModelIndex()):
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if self._is_requirement(index):
            return self._requirement_data(self._requirements()[index.row()], index.column(),
                                          role)
        docs = self._docs(index.parent().row())
        if not 0 <= index.row() < len(docs):
            return None
        return self._document_data(docs[index.row()], index.column(), role)

    def _status(self, req: Requirement) -> str:
        if self._report and req.id in self._report.statuses:
            return self._report.statuses[req.id].status
        return ""

    def _requirement_data(self, req: Requirement, column: int, role):
        status = self._status(req)
        if role == ID_ROLE:
            return req.id
        if role == KIND_ROLE:
            return "requirement"
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return req.label + ("" if req.required else " (optional)")
            if column == 1:
                pages = self._report.statuses[req.id].pages if status else 0
                limit = f" / {req.max_pages}" if req.max_pages else ""
                return f"{pages}{limit}" if pages or limit else ""
            if column == 2:
                return _STATUS_TEXT.get(status, "")
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and status:
            return _icon(_STATUS_ICON[status])
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{kind_name(req.kind)}: {req.label}"]
            if req.notes:
                parts.append(f"Must cover: {req.notes}")
            if req.condition:
                parts.append(f"Only: {req.condition}")
            if req.submitted_separately:
                parts.append(f"Sent by {'the ' if req.sender == 'referees' else ''}"
                             f"{req.sender}, not part of the packet")
            if span := req.sentence or req.source:
                parts.append(f"From the posting: “{' '.join(span.text.split())}”")
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return f"{req.label}, {_STATUS_TEXT.get(status, 'not checked')} {MARKS.get(status, '')}"
        return None

    def _document_data(self, doc: Document, column: int, role):
        if role == ID_ROLE:
            return doc.id
        if role == KIND_ROLE:
            return "document"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return doc.title or Path(doc.path).name
            if column == 1:
                return f"{doc.page_count}" + (f" (pages {doc.pages})" if doc.pages else "")
            if column == 2:
                return Path(doc.path).name
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return _icon(QStyle.StandardPixmap.SP_FileIcon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return doc.path
        return None

    # -- drag and drop: files onto requirements, documents to a new place or item
    def flags(self, index):
        base = super().flags(index)
        if not index.isValid():
            return base
        if self._is_requirement(index):
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return ["text/uri-list", DOCUMENT_MIME]

    def mimeData(self, indexes):
        ids = [i.siblingAtColumn(0).data(ID_ROLE) for i in indexes
               if i.isValid() and not self._is_requirement(i)]
        if not ids:
            return None
        mime = QMimeData()
        mime.setData(DOCUMENT_MIME, ids[0].encode("utf-8"))
        return mime

    def canDropMimeData(self, data: QMimeData, action, row, column, parent):
        if data.hasFormat(DOCUMENT_MIME):
            return bool(self._drop_target(row, parent))
        return bool(data.hasUrls() and self._drop_target(row, parent))

    def _drop_target(self, row: int, parent: QModelIndex) -> str:
        if parent.isValid():
            req_index = parent if self._is_requirement(parent) else parent.parent()
            return self._requirements()[req_index.row()].id
        if 0 <= row < len(self._requirements()):
            return self._requirements()[row].id
        return ""

    def dropMimeData(self, data: QMimeData, action, row, column, parent):
        target = self._drop_target(row, parent)
        if data.hasFormat(DOCUMENT_MIME):
            if not target:
                return False
            doc_id = bytes(data.data(DOCUMENT_MIME)).decode("utf-8")
            if parent.isValid() and not self._is_requirement(parent):
                position = parent.row()  # dropped onto a document: take its place
            elif parent.isValid():
                position = row  # between documents, or -1: at the end
            else:
                position = -1  # between top-level items: at the end of that item
            self.documentMoved.emit(doc_id, target, position)
            return False  # the window moves it; the view must not remove a row itself
        paths = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
        if not target or not paths:
            return False
        self.filesDropped.emit(target, paths)
        return True

    @staticmethod
    def mime_for_files(paths: list[str]) -> QMimeData:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
        return mime


DOCUMENT_MIME = "application/x-packetizer-document"


class FindingsModel(QAbstractListModel):
    """The check's findings, errors first, each with its evidence and fix in the tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        finding = self.finding(index.row()) if index.isValid() else None
        if finding is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.message
        if role == Qt.ItemDataRole.DecorationRole:
            return _icon(_SEVERITY_ICON[finding.severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [finding.message]
            if finding.evidence:
                parts.append(f"Evidence: {finding.evidence}")
            if finding.fix:
                parts.append(f"Fix: {finding.fix}")
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{finding.severity}: {finding.message}"
        if role == ID_ROLE:
            return finding.code
        return None

