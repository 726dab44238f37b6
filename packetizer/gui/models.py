"""Qt item models over core data: the checklist tree and the findings list. Views stay thin."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPointF,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QStyle

from packetizer.core.check import ERROR, INFO, WARNING, CheckReport, Finding
from packetizer.core.model import Document, Packet, Requirement, kind_name, short_label
from packetizer.core.reports.text import MARKS

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "requirement" or "document"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecklistModel", text)


_STATUS_TEXT = {
    "complete": QT_TRANSLATE_NOOP("ChecklistModel", "Ready"),
    "warning": QT_TRANSLATE_NOOP("ChecklistModel", "Check"),
    "error": QT_TRANSLATE_NOOP("ChecklistModel", "Problem"),
    "missing": QT_TRANSLATE_NOOP("ChecklistModel", "Missing"),
    "separate": QT_TRANSLATE_NOOP("ChecklistModel", "Sent separately"),
    "optional": QT_TRANSLATE_NOOP("ChecklistModel", "Optional"),
}
_COLUMN_TIPS = (
    QT_TRANSLATE_NOOP("ChecklistModel",
                      "What the posting asks for, with the documents attached to each item"),
    QT_TRANSLATE_NOOP("ChecklistModel",
                      "Pages attached, and the posting's page limit after the slash"),
    QT_TRANSLATE_NOOP("ChecklistModel",
                      "Whether the item is ready; on a document row, a problem found in that file"),
)
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


def _separate_icon() -> QIcon:
    """"Sent separately": an arrow in the text colour, so it shows in light and dark themes
    (the style's own arrow is black on a dark background)."""
    color = QApplication.palette().color(QPalette.ColorRole.Text)
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        s = size / 16
        painter.drawPolygon(QPolygonF([QPointF(2 * s, 6 * s), QPointF(9 * s, 6 * s),
                                       QPointF(9 * s, 2.5 * s), QPointF(14.5 * s, 8 * s),
                                       QPointF(9 * s, 13.5 * s), QPointF(9 * s, 10 * s),
                                       QPointF(2 * s, 10 * s)]))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class ChecklistModel(QAbstractItemModel):
    """Requirements (top level) with their documents (children). Files dropped on a
    requirement are announced with `filesDropped(requirement_id, paths)`."""

    COLUMNS = (QT_TRANSLATE_NOOP("ChecklistModel", "Item"),
               QT_TRANSLATE_NOOP("ChecklistModel", "Pages"),
               QT_TRANSLATE_NOOP("ChecklistModel", "Status"))
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
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(_COLUMN_TIPS[section])
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
                return short_label(req) + ("" if req.required else self.tr(" (optional)"))
            if column == 1:
                pages = self._report.statuses[req.id].pages if status else 0
                limit = f" / {req.max_pages}" if req.max_pages else ""
                return f"{pages}{limit}" if pages or limit else ""
            if column == 2:
                return _tr(_STATUS_TEXT[status]) if status in _STATUS_TEXT else ""
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and status:
            return _separate_icon() if status == "separate" else _icon(_STATUS_ICON[status])
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"{kind_name(req.kind)}: {req.label}"]
            if req.notes:
                parts.append(self.tr("Must cover: {0}").format(req.notes))
            if req.condition:
                parts.append(self.tr("Only: {0}").format(req.condition))
            if req.submitted_separately:
                parts.append(self.tr("Sent by the referees, not part of the packet")
                             if req.sender == "referees" else
                             self.tr("Sent by {0}, not part of the packet").format(req.sender))
                if req.kind in ("letters", "references") and self._packet is not None:
                    parts += [self._referee_line(r) for r in self._packet.tracking.referees]
            if span := req.sentence or req.source:
                parts.append(self.tr("From the posting: “{0}”").format(" ".join(span.text.split())))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            said = _tr(_STATUS_TEXT[status]) if status in _STATUS_TEXT else self.tr("not checked")
            return f"{req.label}, {said} {MARKS.get(status, '')}"
        return None

    def _referee_line(self, referee) -> str:
        """"Maria Rossi: confirmed 2026-11-28" — who sends the letters, and where each is."""
        if referee.confirmed_on:
            return self.tr("{0}: confirmed {1}").format(referee.name, referee.confirmed_on)
        if referee.asked_on:
            return self.tr("{0}: asked {1}, not confirmed").format(referee.name,
                                                                   referee.asked_on)
        return self.tr("{0}: not asked yet").format(referee.name)

    def _document_data(self, doc: Document, column: int, role):
        if role == ID_ROLE:
            return doc.id
        if role == KIND_ROLE:
            return "document"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._packet.document_title(doc)
            if column == 1:
                return f"{doc.page_count}" + (self.tr(" (pages {0})").format(doc.pages)
                                              if doc.pages else "") + (" ↻" if doc.turned else "")
            if column == 2:
                return self._document_state(doc)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return _icon(QStyle.StandardPixmap.SP_FileIcon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _turns_text(doc) if column == 1 and doc.turned else doc.path
        return None

    def _document_state(self, doc: Document) -> str:
        """"Problem" or "Check" when a finding is about this very file, else nothing."""
        severities = {f.severity for f in (self._report.findings if self._report else [])
                      if f.document_id == doc.id}
        if ERROR in severities:
            return self.tr("Problem")
        return self.tr("Check") if WARNING in severities else ""

    # -- drag and drop: files onto requirements, documents to a new place or item
    def flags(self, index):
        base = super().flags(index)
        if not index.isValid():
            return base
        if self._is_requirement(index):
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):  # files come as a copy or a link, documents move
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction | Qt.DropAction.MoveAction

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


GROUP_AT = 3  # this many findings of one kind become one row ("… and 38 more like it")


class FindingsModel(QAbstractListModel):
    """The check's findings, errors first; findings of one kind that repeat (40 copies of one
    file) are one row. `set_severity` shows only errors, warnings or notes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[Finding] = []
        self._rows: list[list[Finding]] = []
        self._severity = ""

    def set_findings(self, findings: list[Finding]) -> None:
        self._all = list(findings)
        self._regroup()

    def set_severity(self, severity: str) -> None:
        """"" for all findings, else one severity."""
        self._severity = severity
        self._regroup()

    def _regroup(self) -> None:
        self.beginResetModel()
        shown = [f for f in self._all if not self._severity or f.severity == self._severity]
        counts: dict[tuple, int] = {}
        for f in shown:
            counts[(f.code, f.severity)] = counts.get((f.code, f.severity), 0) + 1
        rows: list[list[Finding]] = []
        groups: dict[tuple, list[Finding]] = {}
        for f in shown:
            key = (f.code, f.severity)
            if counts[key] >= GROUP_AT:
                if key not in groups:
                    groups[key] = []
                    rows.append(groups[key])
                groups[key].append(f)
            else:
                rows.append([f])
        self._rows = rows
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        """The row's finding (the first of a group)."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def group(self, row: int) -> list[Finding]:
        return list(self._rows[row]) if 0 <= row < len(self._rows) else []

    def row_of(self, finding: Finding) -> int:
        return next((i for i, group in enumerate(self._rows) if finding in group), -1)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def text(self, row: int) -> str:
        group = self.group(row)
        if not group:
            return ""
        if len(group) == 1:
            return group[0].message
        return self.tr("{0} (and %n more like it)", "", len(group) - 1).format(group[0].message)

    def details(self, row: int) -> str:
        """The finding in full: what, the evidence, the fix; for a group, every one of it."""
        group = self.group(row)
        if not group:
            return ""
        first = group[0]
        parts = [first.message]
        if first.evidence:
            parts.append(self.tr("Evidence: {0}").format(first.evidence))
        if first.fix:
            parts.append(self.tr("Fix: {0}").format(first.fix))
        if len(group) > 1:
            parts.append(self.tr("All %n:", "", len(group)))
            parts += [f"• {f.message}" for f in group]
        return "\n".join(parts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        finding = self.finding(index.row()) if index.isValid() else None
        if finding is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row())
        if role == Qt.ItemDataRole.DecorationRole:
            return _icon(_SEVERITY_ICON[finding.severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.details(index.row())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_severity_name(finding.severity)}: {self.text(index.row())}"
        if role == ID_ROLE:
            return finding.code
        return None


def _severity_name(severity: str) -> str:
    return {ERROR: QCoreApplication.translate("FindingsModel", "Error"),
            WARNING: QCoreApplication.translate("FindingsModel", "Warning"),
            INFO: QCoreApplication.translate("FindingsModel", "Note")}.get(severity, severity)


def _turns_text(doc: Document) -> str:
    """What the export turns: "Turned clockwise in the export: page 3 by 90°; the other pages
    by 180°" (a page's own turn adds to the whole document's)."""
    pages = sorted(int(page) for page in doc.page_rotations)
    parts = [QCoreApplication.translate("ChecklistModel", "page {0} by {1}°")
             .format(page, doc.page_rotation(page - 1)) for page in pages]
    if doc.rotation:
        text = (QCoreApplication.translate("ChecklistModel", "the other pages by {0}°") if pages
                else QCoreApplication.translate("ChecklistModel", "all pages by {0}°"))
        parts.append(text.format(doc.rotation))
    return QCoreApplication.translate("ChecklistModel", "Turned clockwise in the export: {0}") \
        .format("; ".join(parts))
