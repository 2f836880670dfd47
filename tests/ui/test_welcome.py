"""The empty main window, which greets a first start: two ways to begin, and where the app lives."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from countdown.ui.main_window import MainWindow
from countdown.ui.welcome import NO_TRAY_HINT, screen_corner, tray_hint


def test_the_page_says_what_the_app_does_and_offers_both_ways_in(
    qtbot: QtBot, window: MainWindow
) -> None:
    text = window.empty.label.text()
    assert "counts down to the launches you are waiting for" in text
    assert "never a guessed day" in text
    assert window.empty.button.text() == "&Add a launch…"
    assert window.empty.paste_button.text() == "&Paste news…"
    with qtbot.waitSignal(window.paste_requested):
        qtbot.mouseClick(window.empty.paste_button, Qt.MouseButton.LeftButton)


def test_no_claim_about_a_tray_until_the_app_tells(qtbot: QtBot, window: MainWindow) -> None:
    assert window.empty.hint.isHidden()
    window.empty.set_tray(None)
    assert window.empty.hint.isVisible() and window.empty.hint.text() == NO_TRAY_HINT
    assert tray_hint(None) == NO_TRAY_HINT


@pytest.mark.parametrize(
    ("icon", "corner"),
    [
        (QRect(1880, 4, 22, 22), "top right"),
        (QRect(4, 1050, 22, 22), "bottom left"),
        (QRect(1890, 1054, 24, 24), "bottom right"),
        (QRect(2000, 2, 22, 22), "top left"),  # a second screen to the right of the first
    ],
)
def test_the_tray_icon_is_placed_by_its_corner(icon: QRect, corner: str) -> None:
    screen = QRect(1920, 0, 1920, 1080) if icon.x() >= 1920 else QRect(0, 0, 1920, 1080)
    assert screen_corner(icon, screen) == corner
