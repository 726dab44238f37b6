"""The preview: a selected document or the exported packet in QtPdf's viewer, with its
bookmarks, page navigation and zoom. QPdfView renders pages off the UI thread itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

THUMB = 96  # pixels, the longer side of a page thumbnail
MAX_THUMBNAILS = 300  # a 1,000-page packet gets thumbnails for its first 300 pages


class PreviewPanel(QWidget):
    """Shows one PDF at a time. `show_pdf(path, title)`; `clear(message)`."""

    loaded = Signal(str)  # the path shown

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.document = QPdfDocument(self)
        self.bookmarks = QPdfBookmarkModel(self)
        self.bookmarks.setDocument(self.document)
        self.path: str = ""

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Page preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.outline = QTreeView()
        self.outline.setObjectName("previewBookmarks")
        self.outline.setAccessibleName(self.tr("Bookmarks"))
        self.outline.setModel(self.bookmarks)
        self.outline.setHeaderHidden(True)
        self.outline.activated.connect(self._bookmark_activated)
        self.outline.clicked.connect(self._bookmark_activated)

        self.page = QSpinBox()
        self.page.setObjectName("previewPage")
        self.page.setAccessibleName(self.tr("Page number"))
        self.page.setMinimum(1)
        self.page.setKeyboardTracking(False)
        self.page.valueChanged.connect(lambda n: self.go_to(n - 1))
        self.count = QLabel()
        tools = QHBoxLayout()
        buttons = [
            ("◀", self.tr("Previous page"), lambda: self.go_to(self.current_page() - 1),
             QKeySequence.StandardKey.MoveToPreviousPage),
            ("▶", self.tr("Next page"), lambda: self.go_to(self.current_page() + 1),
             QKeySequence.StandardKey.MoveToNextPage),
            None,
            (self.tr("−"), self.tr("Zoom out"), lambda: self.zoom(1 / 1.25), None),
            (self.tr("+"), self.tr("Zoom in"), lambda: self.zoom(1.25), None),
            (self.tr("Fit"), self.tr("Fit to width"), self.fit_width, None)]
        for spec in buttons:
            if spec is None:  # the page number sits between navigation and zoom
                tools.addWidget(self.page)
                tools.addWidget(self.count)
                tools.addStretch()
                continue
            text, tip, slot, key = spec
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            if key is not None:
                # Page Up / Page Down turn pages only while the preview has the focus; the
                # posting text and the checklist keep their own use of the keys
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
                button.setToolTip(f"{tip} ({QKeySequence(key).toString()})")
            tools.addWidget(button)

        # page thumbnails, drawn by QtPdf's renderer in its own thread as they arrive
        self.thumbnails = QListWidget()
        self.thumbnails.setObjectName("previewThumbnails")
        self.thumbnails.setAccessibleName(self.tr("Pages"))
        self.thumbnails.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbnails.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setIconSize(QSize(THUMB, THUMB))
        self.thumbnails.setMovement(QListWidget.Movement.Static)
        self.thumbnails.currentRowChanged.connect(
            lambda row: self.go_to(row) if row >= 0 else None)
        self.renderer = QPdfPageRenderer(self)
        self.renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer.setDocument(self.document)
        self.renderer.pageRendered.connect(self._thumbnail_rendered)
        self.side = QTabWidget()
        self.side.addTab(self.outline, self.tr("Bookmarks"))
        self.side.addTab(self.thumbnails, self.tr("Pages"))
        self.side.setMinimumWidth(self.side.tabBar().sizeHint().width() + 8)  # both tabs show

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.view)
        self.splitter.setSizes([190, 400])
        self.message = QLabel(self.tr("Select a document in the checklist to see it here."))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.page, *self.findChildren(QToolButton)):
            widget.setEnabled(enabled)

    def show_pdf(self, path: str | Path, title: str = "") -> bool:
        """Load `path`; False (and a message in the panel) when Qt cannot open it."""
        path = str(path)
        if path == self.path and self.document.status() == QPdfDocument.Status.Ready:
            return True
        self.document.close()
        error = self.document.load(path)
        if error != QPdfDocument.Error.None_:
            self.clear(self.tr("This file cannot be shown ({0}).").format(
                error.name.replace("_", " ").strip()))
            return False
        self.path = path
        self.title.setText(f"<b>{_escape(title or Path(path).name)}</b>")
        pages = self.document.pageCount()
        self.page.blockSignals(True)
        self.page.setMaximum(max(pages, 1))
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.count.setText(self.tr("of {0}").format(pages))
        self.outline.expandToDepth(0)
        self.side.setCurrentIndex(0 if self.bookmarks.rowCount() else 1)
        self._request_thumbnails(pages)
        self.stack.setCurrentIndex(1)
        self._set_enabled(True)
        # a new document starts at its first page, not where the last one was scrolled to —
        # now, and again once the view has laid the new document out
        self._to_first_page()
        QTimer.singleShot(0, self._to_first_page)
        self.loaded.emit(path)
        return True

    def _to_first_page(self) -> None:
        self.view.pageNavigator().jump(0, QPointF(), 0)
        self.view.verticalScrollBar().setValue(0)
        self.view.horizontalScrollBar().setValue(0)

    def _request_thumbnails(self, pages: int) -> None:
        self.thumbnails.blockSignals(True)
        self.thumbnails.clear()
        for page in range(min(pages, MAX_THUMBNAILS)):
            item = QListWidgetItem(str(page + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbnails.addItem(item)
            self.renderer.requestPage(page, thumbnail_size(self.document, page, THUMB,
                                                           self._ratio()))
        self.thumbnails.blockSignals(False)

    def _ratio(self) -> float:
        return self.devicePixelRatioF() or 1.0

    def _thumbnail_rendered(self, page: int, _size, image: QImage, *_rest) -> None:
        item = self.thumbnails.item(page)
        if item is not None and not image.isNull():
            item.setIcon(QIcon(paper(image, self._ratio())))

    def clear(self, message: str = "") -> None:
        self.thumbnails.clear()
        self.document.close()
        self.path = ""
        self.title.setText("")
        self.count.setText("")
        if message:
            self.message.setText(message)
        self.stack.setCurrentIndex(0)
        self._set_enabled(False)

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        pages = self.document.pageCount()
        if pages:
            self.view.pageNavigator().jump(max(0, min(page, pages - 1)), QPointF(), 0)

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(self.view.zoomFactor() * factor, 8.0)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _page_changed(self, page: int) -> None:
        for widget, value in ((self.page, page + 1), (self.thumbnails, page)):
            widget.blockSignals(True)
            if widget is self.page:
                widget.setValue(value)
            elif value < self.thumbnails.count():
                widget.setCurrentRow(value)
            widget.blockSignals(False)

    def _bookmark_activated(self, index: QModelIndex) -> None:
        page = index.data(int(QPdfBookmarkModel.Role.Page))
        if page is not None:
            self.go_to(int(page))


def thumbnail_size(document: QPdfDocument, page: int, longest: int, ratio: float) -> QSize:
    """The pixels to render a page's thumbnail at: `longest` on its longer side, times the
    screen's pixel density (sharp at 2× too)."""
    size = document.pagePointSize(page)
    scale = longest * ratio / max(size.width(), size.height(), 1)
    return QSize(max(1, int(size.width() * scale)), max(1, int(size.height() * scale)))


def paper(image: QImage, ratio: float = 1.0) -> QPixmap:
    """A rendered page on white paper with a thin frame: pages keep their white in a dark
    theme (black text on the window's dark grey is unreadable) and stand apart from the
    list's background."""
    sheet = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    painter.drawImage(0, 0, image)
    painter.setPen(QColor(128, 128, 128))
    painter.drawRect(0, 0, sheet.width() - 1, sheet.height() - 1)
    painter.end()
    pixmap = QPixmap.fromImage(sheet)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
