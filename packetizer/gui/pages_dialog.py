"""Select Pages as a page picker: the document's pages as thumbnails (drawn by QtPdf's renderer
in its own thread), each with a check box for "goes into the packet"; drag a page to change
the order, turn the selected ones; the selection as text ("1-3,5") below for the keyboard,
kept in step both ways."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTransform
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from packetizer.core.errors import PageSelectionError
from packetizer.core.model import parse_page_selection
from packetizer.gui.preview import paper, thumbnail_size

THUMB = 120  # pixels, the longer side of a page
TURN = Qt.ItemDataRole.UserRole + 1  # a page's own clockwise turn, in degrees
IMAGE = Qt.ItemDataRole.UserRole + 2  # its thumbnail as rendered, unturned


def spec_of(pages: list[int], page_count: int) -> str:
    """0-based pages in order → "1-3,5"; "" when every page is there in its own order."""
    if pages == list(range(page_count)):
        return ""
    parts, start = [], 0
    while start < len(pages):
        end = start
        while end + 1 < len(pages) and pages[end + 1] == pages[end] + 1:
            end += 1
        first, last = pages[start] + 1, pages[end] + 1
        parts.append(str(first) if first == last else f"{first}-{last}")
        start = end + 1
    return ",".join(parts)


class PageSelectDialog(QDialog):
    """The pages of one document to put in the packet, and their order."""

    def __init__(self, pdf_path: str, page_count: int, spec: str, title: str,
                 parent=None, turns: dict[str, int] | None = None,
                 document_turn: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("pagesDialog")
        self.setWindowTitle(self.tr("Select pages of {0}").format(title))
        self.resize(720, 560)
        self.page_count = page_count
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Tick the pages that go into the packet; drag a page to move it; turn the "
            "selected pages with Rotate.")))
        self.document_turn = document_turn % 360
        self.pages = QListWidget()
        self.pages.setObjectName("pageThumbnails")
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.setViewMode(QListWidget.ViewMode.IconMode)
        self.pages.setIconSize(QSize(THUMB, THUMB))
        self.pages.setGridSize(QSize(THUMB + 24, THUMB + 40))
        self.pages.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.pages.setMovement(QListWidget.Movement.Snap)
        self.pages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.pages.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.pages, 1)
        row = QHBoxLayout()
        for text, checked, name in ((self.tr("Include Selected"), True, "includeSelected"),
                                    (self.tr("Leave Out Selected"), False, "excludeSelected"),
                                    (self.tr("All Pages"), None, "allPages")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, v=checked: self._mark(v))
            row.addWidget(button)
        rotate = QPushButton(self.tr("Rotate Selected"))
        rotate.setObjectName("rotateSelected")
        rotate.setToolTip(self.tr("Turn the selected pages 90° clockwise in the export"))
        rotate.clicked.connect(lambda: self.rotate_selected(90))
        row.addWidget(rotate)
        row.addStretch()
        layout.addLayout(row)
        self.text = QLineEdit()
        self.text.setObjectName("pagesText")
        self.text.setAccessibleName(self.tr("Pages as text"))
        self.text.setPlaceholderText(self.tr("e.g. 1-3,5 — empty for all pages"))
        text_row = QHBoxLayout()
        text_row.addWidget(QLabel(self.tr("Pages:")))
        text_row.addWidget(self.text, 1)
        layout.addLayout(text_row)
        self.problem = QLabel()
        self.problem.setObjectName("pagesProblem")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)

        for page in range(page_count):
            item = QListWidgetItem(str(page + 1))
            item.setData(Qt.ItemDataRole.UserRole, page)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable |
                          Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(TURN, (turns or {}).get(str(page + 1), 0) % 360)
            self.pages.addItem(item)
        self._syncing = False
        self.pages.itemChanged.connect(self._list_changed)
        self.pages.model().rowsMoved.connect(self._list_changed)
        self.text.textChanged.connect(self._text_changed)
        self.text.setText(spec)
        self._text_changed(spec)
        self._render(pdf_path)

    # --- the thumbnails, rendered off the UI thread --------------------------------------------

    def _render(self, pdf_path: str) -> None:
        self.document = QPdfDocument(self)
        if self.document.load(pdf_path) != QPdfDocument.Error.None_:
            return
        self.renderer = QPdfPageRenderer(self)
        self.renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer.setDocument(self.document)
        self.renderer.pageRendered.connect(self._rendered)
        ratio = self.devicePixelRatioF() or 1.0
        for page in range(min(self.page_count, self.document.pageCount())):
            self.renderer.requestPage(page, thumbnail_size(self.document, page, THUMB, ratio))

    def _rendered(self, page: int, _size, image, *_rest) -> None:
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == page and not image.isNull():
                item.setData(IMAGE, image)
                self._show_turn(item)

    def _show_turn(self, item: QListWidgetItem) -> None:
        """The item's thumbnail as the export turns its page."""
        image = item.data(IMAGE)
        if image is None:
            return
        turn = (self.document_turn + item.data(TURN)) % 360
        if turn:
            image = image.transformed(QTransform().rotate(turn))
        item.setIcon(paper(image, self.devicePixelRatioF() or 1.0))
        page = item.data(Qt.ItemDataRole.UserRole) + 1
        item.setToolTip(self.tr("Page {0}, turned {1}°").format(page, item.data(TURN))
                        if item.data(TURN) else self.tr("Page {0}").format(page))

    def rotate_selected(self, degrees: int = 90) -> None:
        for item in self.pages.selectedItems():
            item.setData(TURN, (item.data(TURN) + degrees) % 360)
            self._show_turn(item)

    def turns(self) -> dict[str, int]:
        """Each turned page's turn: the file's page number (1-based, as text) → degrees."""
        found = {}
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item.data(TURN):
                found[str(item.data(Qt.ItemDataRole.UserRole) + 1)] = item.data(TURN)
        return found

    # --- the selection, both ways --------------------------------------------------------------

    def chosen(self) -> list[int]:
        """The ticked pages (0-based), in the list's order."""
        return [self.pages.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.pages.count())
                if self.pages.item(r).checkState() == Qt.CheckState.Checked]

    def spec(self) -> str:
        return spec_of(self.chosen(), self.page_count)

    def _mark(self, checked: bool | None) -> None:
        targets = self.pages.selectedItems() if checked is not None else \
            [self.pages.item(r) for r in range(self.pages.count())]
        for item in targets:
            item.setCheckState(Qt.CheckState.Checked if checked in (True, None)
                               else Qt.CheckState.Unchecked)

    def _list_changed(self, *_args) -> None:
        if self._syncing:
            return
        self._syncing = True
        self.text.setText(self.spec())
        self._syncing = False
        self._show_problem("")

    def _text_changed(self, text: str) -> None:
        if self._syncing:
            return
        try:
            pages = parse_page_selection(text, self.page_count)
        except PageSelectionError as exc:
            self._show_problem(exc.message)
            return
        self._syncing = True
        # the list follows the text: the chosen pages first, in its order, then the others
        rest = [p for p in range(self.page_count) if p not in pages]
        by_page = {}
        while self.pages.count():
            item = self.pages.takeItem(0)
            by_page[item.data(Qt.ItemDataRole.UserRole)] = item
        for page in pages + rest:
            item = by_page[page]
            item.setCheckState(Qt.CheckState.Checked if page in pages else
                               Qt.CheckState.Unchecked)
            self.pages.addItem(item)
        self._syncing = False
        self._show_problem("")

    def _label_pages(self) -> None:
        """A page left out says so under its thumbnail (its tick box is easy to miss)."""
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            number = item.data(Qt.ItemDataRole.UserRole) + 1
            left_out = item.checkState() != Qt.CheckState.Checked
            text = self.tr("{0} — left out").format(number) if left_out else str(number)
            if item.text() != text:
                item.setText(text)

    def _show_problem(self, message: str) -> None:
        self._syncing, was = True, self._syncing
        self._label_pages()
        self._syncing = was
        self.problem.setText(message)
        self.ok_button.setEnabled(not message and bool(self.chosen()))
