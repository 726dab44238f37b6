"""The season's applications as Qt models (issue 20): one row per application, soonest deadline
first, with the columns, colours and tooltips the season window and the welcome page show, and
the filter (search, not submitted, due soon, not ready, by applicant)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)

from packetizer.core.season import AppRow, due_soon, linked_packets, overdue, season
from packetizer.gui.review import SORT_ROLE, RowsModel, status_color

COLUMNS = (QT_TRANSLATE_NOOP("SeasonModel", "Application"),
           QT_TRANSLATE_NOOP("SeasonModel", "Organization"),
           QT_TRANSLATE_NOOP("SeasonModel", "Deadline"),
           QT_TRANSLATE_NOOP("SeasonModel", "Days left"),
           QT_TRANSLATE_NOOP("SeasonModel", "Ready"),
           QT_TRANSLATE_NOOP("SeasonModel", "Exported"),
           QT_TRANSLATE_NOOP("SeasonModel", "Submitted"),
           QT_TRANSLATE_NOOP("SeasonModel", "Outcome"),
           QT_TRANSLATE_NOOP("SeasonModel", "Letters"),
           QT_TRANSLATE_NOOP("SeasonModel", "File"),
           QT_TRANSLATE_NOOP("SeasonModel", "Applicant"))
OUTCOME_NAMES = {
    "submitted": QT_TRANSLATE_NOOP("SeasonModel", "Submitted"),
    "interview": QT_TRANSLATE_NOOP("SeasonModel", "Interview"),
    "offer": QT_TRANSLATE_NOOP("SeasonModel", "Offer"),
    "rejected": QT_TRANSLATE_NOOP("SeasonModel", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("SeasonModel", "Withdrawn"),
}

def season_tr(text: str) -> str:
    return QCoreApplication.translate("SeasonModel", text)


def when_due(row: AppRow) -> str:
    """"today", "in 3 days", "2 days overdue"."""
    if row.days_left is None:
        return ""
    if row.days_left < 0:
        return (season_tr("1 day overdue") if row.days_left == -1 else
                season_tr("{0} days overdue").format(-row.days_left))
    if row.days_left == 0:
        return season_tr("today")
    if row.days_left == 1:
        return season_tr("tomorrow")
    return season_tr("in {0} days").format(row.days_left)


def application_name(row: AppRow) -> str:
    """"Lecturer in History — Westfield College": how an application is named in lists."""
    return " — ".join(x for x in (row.title or Path(row.packet).stem, row.organization) if x)


def list_season(workspace: str, progress=None, cancel=None) -> list[AppRow]:
    """The applications of `workspace`, with the packets elsewhere added to it."""
    return season(workspace, linked=linked_packets(workspace))


def read_season(workspace: str, progress=None, cancel=None) -> tuple[list, list]:
    """The applications and the library, from one reading of the workspace."""
    from packetizer.core.season.library import season_and_library

    return season_and_library(workspace, linked_packets(workspace))


class SeasonModel(RowsModel):
    """One row per application (AppRow), soonest deadline first."""

    def headers(self) -> list[str]:
        return [season_tr(column) for column in COLUMNS]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.errors:
            return season_tr("{0} required items missing or attached files gone").format(
                row.errors)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and row.out_of_date:
            return season_tr("A document has changed since this export: export it again")
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{self._text(row, 0)}\n{row.packet}"
        return None

    def _text(self, row: AppRow, column: int) -> str:
        if column == 0:
            return row.title or Path(row.packet).stem
        if column == 1:
            return row.organization
        if column == 2:
            return row.deadline or "—"
        if column == 3:
            if row.days_left is None:
                return ""
            if row.days_left <= 0:
                return when_due(row)
            return str(row.days_left)
        if column == 4:
            text = season_tr("{0} of {1}").format(row.ready, row.required)
            return text + (season_tr(", {0} to fix").format(row.errors) if row.errors else "")
        if column == 5:
            if row.exported_on and row.out_of_date:
                return season_tr("{0} (out of date)").format(row.exported_on)
            return row.exported_on or ""
        if column == 6:
            return row.submitted_on or ""
        if column == 7:
            return season_tr(OUTCOME_NAMES[row.outcome]) if row.outcome in OUTCOME_NAMES else ""
        if column == 8:  # the referees' letters, where the applicant records them
            return season_tr("{0} of {1} confirmed").format(row.letters_confirmed, row.referees) \
                if row.referees else ""
        if column == 10:
            return row.applicant
        return row.packet

    def _sort_key(self, row: AppRow, column: int):
        if column in (2, 3):  # no deadline sorts last
            return row.days_left if row.days_left is not None else 10**9
        if column == 4:
            return (row.ready - row.required, -row.errors)
        return self._text(row, column).lower()

    def _color(self, row: AppRow, column: int):
        if column == 3 and (due_soon(row) or overdue(row)):
            return status_color("error" if overdue(row) else "warning")
        if column == 8 and row.referees and row.letters_confirmed < row.referees \
                and (due_soon(row) or overdue(row)):
            return status_color("warning")
        if column == 4:
            if row.errors:
                return status_color("error")
            return status_color("complete" if row.ready == row.required else "warning")
        if column == 5 and row.out_of_date:
            return status_color("warning")
        return None


class SeasonFilter(QSortFilterProxyModel):
    """Search on title, organization, applicant and file; show all, not submitted, due soon,
    not ready; one applicant's (a career office's workspace holds many students')."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text, self.show, self.applicant = "", 0, None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, show: int, applicant: str | None = None) -> None:
        self.beginFilterChange()
        self.text, self.show, self.applicant = text.strip().lower(), show, applicant
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):
        row = self.sourceModel().rows[source_row]
        if (self.show == 1 and row.submitted_on) or (self.show == 2 and not due_soon(row)) \
                or (self.show == 3 and row.ready == row.required and not row.errors):
            return False
        if self.applicant is not None and row.applicant != self.applicant:
            return False
        return self.text in f"{row.title} {row.organization} {row.applicant} {row.packet}" \
            .lower()
