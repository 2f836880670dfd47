"""The launches table: a QAbstractTableModel and the search/status filter proxy in front of it.

Sorting and filtering happen in Python on the source model (one `sorted` with a key, one list
comprehension over a lowercase haystack per launch), not in the proxy: the proxy's C++
`lessThan`/`filterAcceptsRow` would call back into Python once or twice per row or comparison,
which is far too slow for 10,000 launches (measured: ~10 ms of calls per keystroke for the
filter alone). The proxy carries the filter settings and keeps the view apart from the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from countdown.core.clock import Clock
from countdown.core.countdown import Phase, describe, phase, span_text
from countdown.core.dates.labels import localized_label
from countdown.core.model import Launch, Status
from countdown.core.wording import ENGLISH
from countdown.ui.i18n import wording
from countdown.ui.plain_text import plain_tooltip
from countdown.ui.spans import start_key
from countdown.ui.status_text import status_name

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("LaunchTable", "Name"),
    QT_TRANSLATE_NOOP("LaunchTable", "When"),
    QT_TRANSLATE_NOOP("LaunchTable", "Status"),
    QT_TRANSLATE_NOOP("LaunchTable", "Countdown"),
    QT_TRANSLATE_NOOP("LaunchTable", "Tags"),
)
NAME, WHEN, STATUS, COUNTDOWN, TAGS = range(len(COLUMNS))
LAUNCH_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ORDER = {status: i for i, status in enumerate(Status)}
ACTIVE_STATUSES = frozenset(s for s in Status if s.is_active)
# An active launch whose window is over: the user should tell us what happened.
OVERDUE_TEXT = ENGLISH.say("overdue")  # "passed — did it launch?", in the UI's language below


def haystack(launch: Launch) -> str:
    parts = (
        launch.name,
        launch.when_text,
        launch.window.label,
        localized_label(launch.window, wording()),  # "Juli" finds "July 2027" in German
        launch.status.value,
        " ".join(launch.tags),
        launch.notes,
        launch.source,
    )
    return "\n".join(parts).casefold()


class LaunchTableModel(QAbstractTableModel):
    """Rows are the launches that pass the filter; the countdown column reads the clock at paint.

    The model holds all launches (sorted) and shows those matching the search text and status
    set; a filter change is one list comprehension and a model reset, with no Python call per
    row from C++ (which is what makes a keystroke cheap with 10,000 launches).
    """

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._all: list[Launch] = []
        self._haystacks: list[str] = []
        self._launches: list[Launch] = []  # the rows shown
        self._needle = ""
        self._statuses: frozenset[Status] = ACTIVE_STATUSES
        self.seconds = False  # "in 00:12:09" for the last hour, while the window is visible
        self._sort: tuple[int, Qt.SortOrder] = (WHEN, Qt.SortOrder.AscendingOrder)

    def set_launches(self, launches: Sequence[Launch]) -> None:
        self.beginResetModel()
        self._all = self._sorted(list(launches), *self._sort)
        self._haystacks = [haystack(launch) for launch in self._all]
        self._launches = self._matching()
        self.endResetModel()

    def set_filter(self, needle: str, statuses: frozenset[Status]) -> None:
        needle = needle.strip().casefold()
        if (needle, statuses) == (self._needle, self._statuses):
            return
        self._needle, self._statuses = needle, statuses
        self.beginResetModel()
        self._launches = self._matching()
        self.endResetModel()

    def _matching(self) -> list[Launch]:
        needle, statuses = self._needle, self._statuses
        return [
            launch
            for launch, hay in zip(self._all, self._haystacks, strict=True)
            if launch.status in statuses and needle in hay
        ]

    def launch_at(self, row: int) -> Launch:
        return self._launches[row]

    def launches(self) -> list[Launch]:
        """Every launch, shown or filtered out."""
        return list(self._all)

    def total(self) -> int:
        return len(self._all)

    def row_of(self, launch_id: int) -> int:
        """The row showing this launch, or -1 (unknown or filtered out)."""
        return next((i for i, la in enumerate(self._launches) if la.id == launch_id), -1)

    def contains(self, launch_id: int) -> bool:
        return any(la.id == launch_id for la in self._all)

    def refresh_countdowns(self) -> None:
        """Repaint the countdown column (the view asks only for the rows it shows)."""
        if self._launches:
            last = len(self._launches) - 1
            self.dataChanged.emit(self.index(0, COUNTDOWN), self.index(last, COUNTDOWN))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._launches)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LaunchTable", str(COLUMNS[section]))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        launch = self._launches[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(launch, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (WHEN, COUNTDOWN):
            return plain_tooltip(self._when_tooltip(launch))
        if role == Qt.ItemDataRole.ForegroundRole and self._overdue(launch):
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NAME:
            return plain_tooltip(launch.name)
        if role == Qt.ItemDataRole.FontRole and not launch.status.is_active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == LAUNCH_ROLE:
            return launch
        return None

    def _text(self, launch: Launch, column: int) -> str:
        if column == NAME:
            return launch.name
        if column == WHEN:
            return localized_label(launch.window, wording()) or launch.when_text
        if column == STATUS:
            return status_name(launch.status)
        if column == COUNTDOWN:
            if self._overdue(launch):
                return wording().say("overdue")
            return describe(launch.window, self._clock(), seconds=self.seconds, wording=wording())
        return ", ".join(launch.tags)

    def _overdue(self, launch: Launch) -> bool:
        """Still rumored/announced/… although its window is over (dimmed, and asked about)."""
        return launch.status.is_active and phase(launch.window, self._clock()) is Phase.PASSED

    def _when_tooltip(self, launch: Launch) -> str:
        say = wording()
        lines = [launch.when_text, span_text(launch.window, say)]
        if self._overdue(launch):  # the cell asks; the tooltip keeps how long ago
            lines.append(describe(launch.window, self._clock(), long=True, wording=say))
        return "\n".join(lines)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_ids = [la.id for la in self._launches]
        self._all = self._sorted(self._all, column, order)
        self._haystacks = [haystack(launch) for launch in self._all]
        self._launches = self._matching()
        new_rows = {la.id: row for row, la in enumerate(self._launches)}
        for index in self.persistentIndexList():
            row = new_rows[old_ids[index.row()]]
            self.changePersistentIndex(index, self.index(row, index.column()))
        self.layoutChanged.emit()

    def _sorted(self, launches: list[Launch], column: int, order: Qt.SortOrder) -> list[Launch]:
        now = self._clock()
        keys: dict[int, Callable[[Launch], Any]] = {
            NAME: lambda la: la.name.casefold(),
            STATUS: lambda la: STATUS_ORDER[la.status],
            TAGS: lambda la: ", ".join(la.tags).casefold(),
        }
        key = keys.get(column, lambda la: (start_key(la.window, now), la.window.days()))
        return sorted(launches, key=key, reverse=order == Qt.SortOrder.DescendingOrder)


class LaunchFilterProxy(QSortFilterProxyModel):
    """The view's model: search text and status choice, handed to the source model to apply.

    Filtering and sorting are done by LaunchTableModel in Python sweeps (see its docstring);
    this proxy keeps the view decoupled from the source rows and holds the filter settings.
    """

    ACTIVE = "active"
    ALL = "all"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._statuses = ACTIVE_STATUSES

    def source(self) -> LaunchTableModel:
        model = self.sourceModel()
        assert isinstance(model, LaunchTableModel)
        return model

    def set_search(self, text: str) -> None:
        self._needle = text
        self.source().set_filter(self._needle, self._statuses)

    def set_status_filter(self, choice: str) -> None:
        """`choice`: "active", "all", or a Status value."""
        if choice == self.ACTIVE:
            self._statuses = ACTIVE_STATUSES
        elif choice == self.ALL:
            self._statuses = frozenset(Status)
        else:
            self._statuses = frozenset({Status(choice)})
        self.source().set_filter(self._needle, self._statuses)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def launch_at(self, row: int) -> Launch:
        return self.source().launch_at(self.mapToSource(self.index(row, 0)).row())
