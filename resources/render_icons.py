"""Render the app icon SVG into the hicolor PNG sizes committed beside it.

Run after editing the SVG:  .venv/bin/python resources/render_icons.py
Uses Qt's SVG renderer (PySide6-Essentials ships QtSvg), so no extra tool is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.launchcountdown.LaunchCountdown"
SIZES_PX = (16, 22, 24, 32, 48, 64, 128, 256)
HICOLOR = Path(__file__).resolve().parent / "icons" / "hicolor"


def render(renderer: QSvgRenderer, size_px: int) -> QImage:
    image = QImage(size_px, size_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"))
    if not renderer.isValid():
        print("invalid SVG", file=sys.stderr)
        return 1
    for size_px in SIZES_PX:
        target = HICOLOR / f"{size_px}x{size_px}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size_px).save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
