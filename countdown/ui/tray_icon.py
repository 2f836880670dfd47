"""The tray icon painter: days to the nearest launch as a badge legible at 16–24 px.

The icon is the one place with hard-coded colours: it sits on panels we do not control, light or
dark, so it brings its own background (a saturated badge) and a thin light rim that separates it
from dark panels, while the badge itself stands out on light ones. Digits are white and bold,
sized to fill the badge. States:

- COUNTING: blue badge with the number of days ("7", "42", "99+" from 100 days on);
- TODAY: orange-red badge with "!" — something launches today;
- OPEN: amber badge with a white dot — a launch window is open now;
- IDLE: grey badge with a white bar — nothing is watched.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QIcon, QImage, QPainter, QPainterPath, QPen

from countdown.ui.tray_face import ICON_SIZES_PX, IDLE_FACE, OPEN_FACE, IconFace, IconState

# The faces live in tray_face.py (no Qt); named here too for the painter's callers.
__all__ = ["BADGE_COLOURS", "ICON_SIZES_PX", "IDLE_FACE", "OPEN_FACE", "IconFace", "IconState"]
__all__ += ["make_icon", "paint_face"]

BADGE_COLOURS = {
    IconState.COUNTING: QColor("#1d4ed8"),
    IconState.TODAY: QColor("#c2410c"),
    IconState.OPEN: QColor("#b45309"),
    IconState.IDLE: QColor("#57606a"),
}
TEXT_COLOUR = QColor("#ffffff")
RIM_COLOUR = QColor(255, 255, 255, 200)


def _fitted_font(text: str, box: QRectF) -> QFont:
    """The largest bold font whose ink for `text` fits in `box` (condensed for two digits)."""
    font = QFont()
    font.setBold(True)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    if len(text) >= 2:
        font.setStretch(QFont.Stretch.Condensed)
    pixel_size = int(box.height() * 1.5)
    while pixel_size > 6:
        font.setPixelSize(pixel_size)
        bounds = QFontMetricsF(font).tightBoundingRect(text)
        if bounds.width() <= box.width() and bounds.height() <= box.height():
            break
        pixel_size -= 1
    return font


def _draw_text(painter: QPainter, text: str, box: QRectF) -> None:
    font = _fitted_font(text, box)
    bounds = QFontMetricsF(font).tightBoundingRect(text)
    # Centre the ink, not the line box: digits have no descenders, so the line box sits too high.
    x = box.center().x() - bounds.width() / 2 - bounds.left()
    y = box.center().y() - bounds.height() / 2 - bounds.top()
    painter.setFont(font)
    painter.setPen(TEXT_COLOUR)
    painter.drawText(QPointF(round(x), round(y)), text)


def _draw_plus(painter: QPainter, box: QRectF) -> None:
    """A crisp, pixel-aligned "+" in the top-right corner of `box` (the "more than 99" mark)."""
    arm = max(2, round(box.width() * 0.15))
    stroke = max(1, round(box.width() / 12))
    right, top = int(box.right()), int(box.top())
    centre_x, centre_y = right - arm, top + arm
    painter.fillRect(
        QRect(centre_x - arm, centre_y - stroke // 2, 2 * arm + 1, stroke), TEXT_COLOUR
    )
    painter.fillRect(
        QRect(centre_x - stroke // 2, centre_y - arm, stroke, 2 * arm + 1), TEXT_COLOUR
    )


def _draw_glyph(painter: QPainter, face: IconFace, box: QRectF) -> None:
    if face.state is IconState.IDLE:
        bar = QRectF(0, 0, box.width() * 0.6, max(1.5, box.height() * 0.16))
        bar.moveCenter(box.center())
        painter.fillRect(bar, TEXT_COLOUR)
    elif face.state is IconState.OPEN:
        dot = QRectF(0, 0, box.width() * 0.6, box.height() * 0.6)
        dot.moveCenter(box.center())
        path = QPainterPath()
        path.addEllipse(dot)
        painter.fillPath(path, TEXT_COLOUR)
    elif face.text.endswith("+"):
        # "99" as large as fits under a small "+" tucked into the top-right corner.
        _draw_text(
            painter, face.text[:-1], box.adjusted(0, box.height() * 0.3, -box.width() * 0.1, 0)
        )
        _draw_plus(painter, box.adjusted(0, -0.5, 0.5, 0))
    else:
        _draw_text(painter, face.text, box)


def paint_face(face: IconFace, size_px: int) -> QImage:
    """Render `face` into a transparent square image of `size_px`."""
    image = QImage(size_px, size_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(
        0
    )  # transparent; avoids touching the Qt namespace (≈ 13 ms to build) before the first paint
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    rim_px = 1.0 if size_px < 32 else size_px / 24
    half = rim_px / 2
    badge = QRectF(0, 0, size_px, size_px).adjusted(half, half, -half, -half)
    radius = size_px * 0.22
    path = QPainterPath()
    path.addRoundedRect(badge, radius, radius)
    painter.fillPath(path, BADGE_COLOURS[face.state])
    painter.setPen(QPen(RIM_COLOUR, rim_px))
    painter.drawPath(path)
    inset = max(1.5, size_px * 0.08)
    _draw_glyph(painter, face, badge.adjusted(inset, inset, -inset, -inset))
    painter.end()
    return image


def make_icon(face: IconFace) -> QIcon:
    """A QIcon holding the face drawn at every size a panel may ask for."""
    from PySide6.QtGui import QPixmap

    icon = QIcon()
    for size_px in ICON_SIZES_PX:
        icon.addPixmap(QPixmap.fromImage(paint_face(face, size_px)))
    return icon
