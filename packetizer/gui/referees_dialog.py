"""Packet → Track Referees…: who was asked for a letter for this application, when, and when
they confirmed sending it (core.season.referees; saved in the packet, undoable)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from packetizer.core.model import Referee

FIELDS = ("name", "email", "institution", "asked_on", "confirmed_on")


class RefereesDialog(QDialog):
    """The application's referees as an editable table."""

    def __init__(self, referees: list[Referee], title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("refereesDialog")
        self.setWindowTitle(self.tr("Referees for {0}").format(title))
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Who you asked for a letter, and when each confirmed sending it. Check warns when "
            "a letter is not confirmed a week before the deadline. Dates are YYYY-MM-DD."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(FIELDS))
        self.table.setObjectName("refereesTable")
        self.table.setAccessibleName(self.tr("Referees"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("E-mail"),
                                              self.tr("Institution"), self.tr("Asked on"),
                                              self.tr("Confirmed on")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for referee in referees:
            self._add_row(referee)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("Add"), self.add, "addReferee"),
                                 (self.tr("Confirmed Today"), self.confirm_selected,
                                  "confirmReferee"),
                                 (self.tr("Remove"), self.remove_selected, "removeReferee")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def _add_row(self, referee: Referee) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, name in enumerate(FIELDS):
            self.table.setItem(row, column, QTableWidgetItem(getattr(referee, name)))
        return row

    def add(self) -> None:
        """A new row, asked today, its name ready to type."""
        row = self._add_row(Referee(name="", asked_on=dt.date.today().isoformat()))
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()}
                      or ({self.table.currentRow()} - {-1}))

    def confirm_selected(self) -> None:
        for row in self._selected_rows():
            self.table.item(row, 4).setText(dt.date.today().isoformat())

    def remove_selected(self) -> None:
        for row in reversed(self._selected_rows()):
            self.table.removeRow(row)

    def referees(self) -> list[Referee]:
        """The rows as referees (rows left without any text are dropped)."""
        found = []
        for row in range(self.table.rowCount()):
            values = {name: (self.table.item(row, column).text().strip()
                             if self.table.item(row, column) else "")
                      for column, name in enumerate(FIELDS)}
            if any(values.values()):
                found.append(Referee(**values))
        return found
