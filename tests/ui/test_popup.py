"""The launch-day popup: one alert or a digest; its buttons act on the store through the actions."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from countdown.core.model import Launch, Status
from countdown.core.plan import Alert, AlertKind
from countdown.core.store import Store
from countdown.ui.popup import AlertPopup, StoreAlertActions, snooze_choices
from countdown.ui.popup_fit import fit_lines
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch


class RecordingActions(StoreAlertActions):
    """The store-backed actions, also remembering the calls (the real alert service's API)."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.snoozed: list[tuple[str, datetime]] = []

    def snooze(self, key: str, until: datetime) -> None:
        self.snoozed.append((key, until))
        super().snooze(key, until)


@pytest.fixture
def saved(store: Store) -> Launch:
    return store.add(
        launch("Switch 3", day_window(date(2026, 11, 24)), source="https://example.com/switch3")
    )


def alert_for(
    item: Launch, kind: AlertKind = AlertKind.LAUNCH_DAY, n: int = 0, *, missed: bool = False
) -> Alert:
    assert item.id is not None
    return Alert(
        key=f"{item.id}:{kind}:{n}",
        launch_id=item.id,
        kind=kind,
        due=datetime(2026, 11, 24, 9, 0).astimezone(),
        title=f"{item.name} launches today",
        body="Nov 24, 2026",
        missed=missed,
    )


def button(qtbot: QtBot, popup: AlertPopup, text: str) -> QPushButton:
    """The visible button with this text (a rebuilt popup shows new buttons on the next turn)."""

    def find() -> QPushButton | None:
        shown = [
            b
            for b in popup.findChildren(QPushButton)
            if b.text().replace("&", "") == text and b.isVisible()
        ]
        return shown[0] if shown else None

    qtbot.waitUntil(lambda: find() is not None, timeout=2000)
    found = find()
    assert found is not None
    return found


def make_popup(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> tuple[AlertPopup, RecordingActions]:
    actions = RecordingActions(store)
    popup = AlertPopup(store, actions, clock)
    qtbot.addWidget(popup)
    return popup, actions


def test_single_alert_is_a_small_always_on_top_window(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts([alert_for(saved)])
    assert popup.isVisible()
    flags = popup.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint and flags & Qt.WindowType.Tool
    texts = {b.text().replace("&", "") for b in popup.findChildren(QPushButton) if b.isVisible()}
    assert texts == {"Snooze", "Mark launched", "Open source", "Dismiss"}


def test_the_snooze_arrow_has_room_beside_its_text(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts([alert_for(saved)])
    snooze = next(
        b for b in popup.findChildren(QPushButton) if b.text().replace("&", "") == "Snooze"
    )
    assert snooze.menu() is not None
    arrow_px = snooze.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    text_px = snooze.fontMetrics().horizontalAdvance("Snooze")
    assert snooze.width() >= text_px + arrow_px + 8  # text, arrow and a gap between them


def test_mark_launched_changes_the_status_in_the_store(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts([alert_for(saved)])
    with qtbot.waitSignal(popup.closed):
        qtbot.mouseClick(button(qtbot, popup, "Mark launched"), Qt.MouseButton.LeftButton)
    assert store.get(saved.id).status is Status.LAUNCHED
    assert not popup.isVisible()


def test_snooze_rearms_the_alert_through_the_snooze_api(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    popup, actions = make_popup(qtbot, store, clock)
    alert = alert_for(saved)
    popup.show_alerts([alert])
    snooze = next(
        b for b in popup.findChildren(QPushButton) if b.text().replace("&", "") == "Snooze"
    )
    labels = [a.text() for a in snooze.menu().actions()]
    assert labels == ["1 hour", "Tomorrow 09:00"]
    snooze.menu().actions()[0].trigger()
    assert actions.snoozed == [(alert.key, clock() + timedelta(hours=1))]
    assert store.snoozes() == {alert.key: clock() + timedelta(hours=1)}
    assert not popup.isVisible()


def test_snooze_until_tomorrow_morning(clock: FrozenClock) -> None:
    _, (_label, until) = snooze_choices(clock())
    local = clock().astimezone()
    assert until.astimezone().date() == local.date() + timedelta(days=1)
    assert (until.astimezone().hour, until.astimezone().minute) == (9, 0)


def test_several_alerts_become_a_digest(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    other = store.add(launch("Pixel 11", day_window(date(2026, 12, 1))))
    away = [
        alert_for(saved),
        alert_for(other, AlertKind.REMINDER),
        alert_for(other, AlertKind.REMINDER, 1),
    ]
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts(away)
    headings = [label.text() for label in popup.findChildren(QLabel)]
    assert "3 alerts" in headings
    marks = [
        b for b in popup.findChildren(QPushButton) if b.text().replace("&", "") == "Mark launched"
    ]
    assert len(marks) == 3
    qtbot.mouseClick(marks[0], Qt.MouseButton.LeftButton)
    assert store.get(saved.id).status is Status.LAUNCHED
    assert len(popup.alerts) == 2 and popup.isVisible()
    qtbot.mouseClick(button(qtbot, popup, "Dismiss all"), Qt.MouseButton.LeftButton)
    assert not popup.isVisible()


def test_alerts_missed_while_away_say_so(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts(
        [alert_for(saved, missed=True), alert_for(saved, AlertKind.REMINDER, missed=True)]
    )
    assert "2 alerts while you were away" in [label.text() for label in popup.findChildren(QLabel)]


LONG_NAME = "Galaxy Z Fold 8 Ultra Special Edition with S Pen, announced at Unpacked in Seoul " * 3
UNBROKEN_NAME = "SamsungGalaxyZFold8UltraSpecialEditionWithSPenAndNoSpacesAtAll" * 2
HTML_NAME = '<b>Bold</b> & "quotes"'


def scrolls(widget: QWidget) -> bool:
    """Whether the widget is inside a scroll area (where it may be scrolled out of sight)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent is not None


def assert_fully_on_screen(popup: AlertPopup) -> None:
    area = popup.screen().availableGeometry()
    assert area.contains(popup.frameGeometry()), (popup.frameGeometry(), area)
    buttons = [b for b in popup.findChildren(QAbstractButton) if b.isVisible() and not scrolls(b)]
    assert buttons
    for b in buttons:
        top_left = b.mapTo(popup, b.rect().topLeft())
        assert popup.rect().contains(b.rect().translated(top_left)), b.text()


@pytest.mark.parametrize("name", [LONG_NAME, UNBROKEN_NAME])
def test_a_long_name_keeps_the_popup_and_its_buttons_on_the_screen(
    qtbot: QtBot, store: Store, clock: FrozenClock, name: str
) -> None:
    item = store.add(launch(name, day_window(date(2026, 11, 24)), source="https://e.com/x"))
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts([alert_for(item)])
    qtbot.waitExposed(popup)
    assert_fully_on_screen(popup)
    assert button(qtbot, popup, "Dismiss").isVisible()
    heading = popup.findChildren(QLabel)[0]
    assert heading.text() != f"{name} launches today"  # shortened ...
    assert "…" in heading.text()
    assert name.split()[0][:20] in heading.toolTip()  # ... and whole in the tooltip


def test_popup_sits_in_the_bottom_right_corner(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts([alert_for(saved)])
    area, frame = popup.screen().availableGeometry(), popup.frameGeometry()
    assert area.right() - frame.right() < 40 and area.bottom() - frame.bottom() < 40


def test_a_long_digest_scrolls_and_keeps_its_buttons_on_the_screen(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    items = [store.add(launch(f"Launch {n}", day_window(date(2026, 11, 24)))) for n in range(25)]
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts([alert_for(item, missed=True) for item in items])
    qtbot.waitExposed(popup)
    assert_fully_on_screen(popup)
    assert button(qtbot, popup, "Dismiss all").isVisible()


def test_popup_growing_into_a_digest_while_shown_stays_on_the_screen(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    others = [store.add(launch(f"Launch {n}", day_window(date(2026, 11, 24)))) for n in range(3)]
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts([alert_for(saved)])
    qtbot.waitExposed(popup)
    single = popup.frameGeometry()
    popup.show_alerts([alert_for(item) for item in others])  # more arrive while it is open
    assert popup.height() > single.height() + 100  # the rows count before the next turn
    assert_fully_on_screen(popup)
    marks = [
        b for b in popup.findChildren(QPushButton) if b.text().replace("&", "") == "Mark launched"
    ]
    qtbot.mouseClick(marks[0], Qt.MouseButton.LeftButton)  # shrinks while shown
    qtbot.mouseClick(marks[1], Qt.MouseButton.LeftButton)
    assert_fully_on_screen(popup)
    area, frame = popup.screen().availableGeometry(), popup.frameGeometry()
    assert area.bottom() - frame.bottom() < 40  # still in the corner, not left floating


def test_names_that_look_like_html_are_shown_literally(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    item = store.add(launch(HTML_NAME, day_window(date(2026, 11, 24))))
    other = store.add(launch("Pixel 11", day_window(date(2026, 11, 24))))
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts([alert_for(item)])
    (heading,) = [la for la in popup.findChildren(QLabel) if la.isVisible() and "Bold" in la.text()]
    assert heading.text().replace("\n", " ") == f"{HTML_NAME} launches today"
    assert heading.textFormat() is Qt.TextFormat.PlainText
    popup.show_alerts([alert_for(other)])  # now a digest, shown on the next turn

    def shown_bold() -> list[QLabel]:
        return [la for la in popup.findChildren(QLabel) if la.isVisible() and "Bold" in la.text()]

    qtbot.waitUntil(lambda: bool(shown_bold()), timeout=2000)
    shown = shown_bold()
    assert [la.text().replace("\n", " ") for la in shown] == [f"{HTML_NAME} launches today"]
    assert shown[0].textFormat() is Qt.TextFormat.PlainText


def test_fit_lines_wraps_words_and_elides_what_does_not_fit(qtbot: QtBot) -> None:
    metrics = QLabel().fontMetrics()
    width_px = metrics.horizontalAdvance("x" * 20)
    lines = fit_lines("one two three " + "y" * 60 + " four five six seven", metrics, width_px, 3)
    assert lines[0] == "one two three"
    assert lines[1].startswith("yyy") and lines[1].endswith("…")
    assert len(lines) == 3 and lines[2].startswith("four")
    assert all(metrics.horizontalAdvance(line) <= width_px for line in lines)
    assert fit_lines("short", metrics, width_px, 2) == ["short"]
    cut = fit_lines(
        "a b c d e f g h i j k l m n o p q r s t u v w x y z " * 4, metrics, width_px, 2
    )
    assert len(cut) == 2 and cut[1].endswith("…")


def test_the_popup_works_from_the_keyboard(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    """Alt+M marks launched; Escape dismisses; Tab walks the buttons in reading order."""
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts([alert_for(saved)])
    popup.activateWindow()
    qtbot.waitUntil(popup.isActiveWindow, timeout=2000)
    order, widget = [], popup.focusWidget() or popup.nextInFocusChain()
    for _ in range(4):
        widget = widget.nextInFocusChain()
        if isinstance(widget, QPushButton) and widget.isVisible():
            order.append(widget.text().replace("&", ""))
    assert order[:3] in (["Mark launched", "Open source", "Dismiss"],
                         ["Snooze", "Mark launched", "Open source"])  # fmt: skip
    with qtbot.waitSignal(popup.closed):
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert store.get(saved.id).status is Status.ANNOUNCED
    popup, _ = make_popup(qtbot, store, clock)  # a fresh window: offscreen re-activation lags
    popup.show_alerts([alert_for(saved)])
    popup.activateWindow()
    qtbot.waitUntil(popup.isActiveWindow, timeout=2000)
    with qtbot.waitSignal(popup.closed):
        qtbot.keyClick(popup.focusWidget() or popup, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert store.get(saved.id).status is Status.LAUNCHED
