"""The tray icon stays legible at panel sizes, on light and dark panels.

Legibility is measured on the rendered pixels: the glyph ("ink") pixels must contrast with the
badge (WCAG ratio), cover a fair share of the badge, stay clear of the edges (no clipping), and
differ between numbers; the badge's outline must stand out from white and from black panels.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from countdown.ui.tray_icon import IDLE_FACE, OPEN_FACE, IconFace, IconState, make_icon, paint_face

SIZES_PX = (16, 22, 24)
FACES = [IconFace.for_days(d) for d in (1, 7, 42, 99, 100, 365)] + [
    IconFace.for_days(0),
    OPEN_FACE,
    IDLE_FACE,
]


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def on_panel(image: QImage, panel: str) -> QImage:
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(QColor(panel))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


def pixels(image: QImage) -> dict[tuple[int, int], QColor]:
    return {
        (x, y): image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())
    }


def badge_colour(image: QImage) -> QColor:
    """The most common opaque colour: the badge's fill."""
    opaque = Counter(c.rgba() for c in pixels(image).values() if c.alpha() == 255)
    return QColor.fromRgba(opaque.most_common(1)[0][0])


def ink(image: QImage) -> set[tuple[int, int]]:
    """Glyph pixels: near-white (the badge colours are all dark)."""
    return {
        xy
        for xy, c in pixels(on_panel(image, "#000000")).items()
        if luminance(c) > 0.6 and 1 < xy[0] < image.width() - 2 and 1 < xy[1] < image.height() - 2
    }


@pytest.mark.parametrize("size_px", SIZES_PX)
@pytest.mark.parametrize("face", FACES, ids=lambda f: f"{f.state.value}-{f.text}")
def test_glyph_contrasts_with_badge_and_is_not_clipped(
    qapp: object, face: IconFace, size_px: int
) -> None:
    image = paint_face(face, size_px)
    assert (image.width(), image.height()) == (size_px, size_px)
    glyph = ink(image)
    ink_colour = max((image.pixelColor(*xy) for xy in glyph), key=luminance)
    assert contrast(ink_colour, badge_colour(image)) >= 4.5
    xs, ys = [x for x, _ in glyph], [y for _, y in glyph]
    assert min(xs) >= 2 and max(xs) <= size_px - 3, "glyph touches the edge (clipped)"
    minimum_share = 0.03 if face.state is IconState.IDLE else 0.08
    assert len(glyph) >= minimum_share * size_px * size_px, "too few glyph pixels to read"
    if face.state is IconState.COUNTING:
        assert max(ys) - min(ys) + 1 >= 0.4 * size_px, "digits too short to read"


@pytest.mark.parametrize("size_px", SIZES_PX)
def test_numbers_render_differently(qapp: object, size_px: int) -> None:
    images = {d: ink(paint_face(IconFace.for_days(d), size_px)) for d in (1, 4, 7, 11, 42, 99)}
    shapes = {frozenset(v) for v in images.values()}
    assert len(shapes) == len(images)


@pytest.mark.parametrize("size_px", SIZES_PX)
@pytest.mark.parametrize("panel", ["#ffffff", "#ececec", "#000000", "#2b2b2b"])
def test_badge_stands_out_on_light_and_dark_panels(qapp: object, size_px: int, panel: str) -> None:
    for face in FACES:
        composed = on_panel(paint_face(face, size_px), panel)
        outline = [composed.pixelColor(x, size_px // 2) for x in (0, 1)]
        outline += [composed.pixelColor(size_px // 2, y) for y in (0, 1)]
        best = max(contrast(c, QColor(panel)) for c in outline)
        assert best >= 3.0, f"{face} hardly visible on {panel}"


def test_states_have_distinct_badges(qapp: object) -> None:
    colours = {f.state: badge_colour(paint_face(f, 24)).name() for f in FACES}
    assert len(set(colours.values())) == len(IconState)


def test_hundred_days_and_more_read_99_plus() -> None:
    assert IconFace.for_days(99).text == "99"
    assert IconFace.for_days(100).text == "99+"
    assert IconFace.for_days(0).state is IconState.TODAY


def test_icon_holds_panel_sizes(qapp: object) -> None:
    icon = make_icon(IconFace.for_days(5))
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (22, 22), (24, 24)} <= sizes
