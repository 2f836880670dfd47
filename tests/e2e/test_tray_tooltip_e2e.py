"""End to end (issue 10): the real app in a real tray host shows a hostile launch name in its
tooltip literally. The name holds `<img src=…>` of a big red picture: as rich text the tooltip
would load and show it. We hover the tray icon with the real pointer, grab the screen and count
the picture's red pixels (none) and the tooltip's own background (there)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QToolTip

from tests.e2e.app_process import AppProcess
from tests.e2e.desktop import DesktopSession
from tests.e2e.test_tray_app import cli

pytestmark = pytest.mark.e2e

RED = QColor(255, 0, 0)
HOVER = """
import sys
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
app = QGuiApplication([])
x, y = int(sys.argv[1]), int(sys.argv[2])
QCursor.setPos(x - 1, y)
QTimer.singleShot(150, lambda: QCursor.setPos(x, y))
QTimer.singleShot(400, app.quit)
app.exec()
"""


def red_picture(path: Path) -> Path:
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(RED)
    assert image.save(str(path))
    return path


def count(image: QImage, colour: QColor) -> int:
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)) == colour
    )


def hover_and_grab(desktop: DesktopSession, env: dict[str, str], shot: Path) -> QImage:
    geometry = desktop.tray_geometry()
    assert geometry is not None
    x0, y0, w, h = geometry
    # trayer's panel is anchored at the right; our icon is its only one, at its right end.
    target = (x0 + w - h // 2, y0 + h // 2)
    subprocess.run(
        [sys.executable, "-c", HOVER, *map(str, target)], env=env, check=True, timeout=30
    )
    time.sleep(2.0)  # the tooltip delay
    return QImage(str(desktop.screenshot(shot)))


def test_tooltip_with_an_image_tag_in_a_name_stays_text(
    qapp: object,
    desktop: DesktopSession,
    app_env: dict[str, str],
    tmp_path: Path,
) -> None:
    picture = red_picture(tmp_path / "red.png")
    cli(app_env, "add", f'<img src="{picture}"><b>Evil</b> R&D', "Q3 2030")
    app = AppProcess(app_env)
    try:
        app.wait_for("tray-shown")
        time.sleep(0.5)
        image = hover_and_grab(desktop, app_env, tmp_path / "tooltip.png")
        tooltip_bg = QToolTip.palette().color(QPalette.ColorRole.ToolTipBase)
        assert count(image, tooltip_bg) > 500, "no tooltip appeared"
        assert count(image, RED) == 0  # the picture was not loaded
    finally:
        assert app.stop() == 0
