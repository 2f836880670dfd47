"""Names are shown literally in the tray (issue 10): the tooltip never becomes rich text (no
"<b>", no link, no "<img src=…>" loaded), menu entries keep their "&", control characters in a
name cannot split or reorder an entry. Real widgets: a QToolTip and the tray's QMenu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, Qt
from PySide6.QtWidgets import QApplication, QLabel, QToolTip
from pytestqt.qtbot import QtBot

from countdown.core.model import Window
from countdown.ui.tray import TrayCountdown
from tests.conftest import FrozenClock
from tests.ui.conftest import launch


def big_image(tmp_path: Path) -> Path:
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    path = tmp_path / "big.png"
    assert image.save(str(path))
    return path


def shown_tooltip(qtbot: QtBot, text: str) -> QLabel:
    QToolTip.showText(QPoint(100, 100), text)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    tips = [w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label"]
    assert len(tips) == 1 and isinstance(tips[0], QLabel)
    return tips[0]


def test_tooltip_never_loads_an_image_or_obeys_tags(
    qtbot: QtBot, clock: FrozenClock, q3_2027: Window, tmp_path: Path
) -> None:
    hostile = f'<img src="{big_image(tmp_path)}"><b>Bold</b> <a href="http://x">link</a>'
    tray = TrayCountdown(clock)
    tray.set_launches([launch(hostile, q3_2027, launch_id=1)])
    tooltip = tray.tray.toolTip()
    assert hostile in tooltip and not Qt.mightBeRichText(tooltip)
    tip = shown_tooltip(qtbot, tooltip)
    try:
        assert tip.text() == tooltip
        assert tip.sizeHint().height() < 200  # a 400 px image would be in it as rich text
    finally:
        QToolTip.hideText()


def test_the_same_tooltip_as_rich_text_would_have_loaded_it(qtbot: QtBot, tmp_path: Path) -> None:
    """The check above can fail: without the first plain line Qt takes the image."""
    tip = shown_tooltip(qtbot, f'<img src="{big_image(tmp_path)}"> Pixel')
    try:
        assert tip.sizeHint().height() >= 400
    finally:
        QToolTip.hideText()


def test_menu_keeps_ampersands_and_one_line_per_launch(clock: FrozenClock, q3_2027: Window) -> None:
    tray = TrayCountdown(clock)
    tray.set_launches(
        [
            launch("R&D phone", q3_2027, launch_id=1),
            launch("Tab\there\nnew line \x1b[31mred", q3_2027, launch_id=2),
        ]
    )
    tray.menu.aboutToShow.emit()
    first, second = tray.menu.actions()[:2]
    assert first.text().startswith("R&&D phone — ")  # Qt shows "&&" as one "&"
    assert first.iconText().startswith("R&D phone — ")  # what Qt makes of it for display
    assert "\t" not in second.text() and "\n" not in second.text()
    assert second.text().startswith("Tab here new line ␛[31mred — ")
