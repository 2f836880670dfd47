"""IconCache: tray faces saved as PNG files are loaded instead of painted; bad files are redone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage
from pytestqt.qtbot import QtBot

from countdown.ui.tray_icon import IDLE_FACE, OPEN_FACE, IconFace, paint_face
from countdown.ui.tray_icon_cache import IconCache, cache_key, tomorrows_face

SEVEN = IconFace.for_days(7)


def pixels(icon: QIcon, size_px: int = 22) -> QImage:
    image = icon.pixmap(QSize(size_px, size_px)).toImage()
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def test_a_painted_face_is_saved_and_the_next_start_loads_it(qtbot: QtBot, tmp_path: Path) -> None:
    first = IconCache(tmp_path / "icons").icon(SEVEN)
    assert pixels(first) == paint_face(SEVEN, 22)
    saved = tmp_path / "icons" / "counting-7-22.png"
    red = QImage(22, 22, QImage.Format.Format_ARGB32_Premultiplied)
    red.fill(QColor("red"))
    assert red.save(str(saved))  # what the next start shows comes from this file
    again = IconCache(tmp_path / "icons").icon(SEVEN)
    assert pixels(again).pixelColor(11, 11) == QColor("red")


def test_a_broken_file_is_painted_again(qtbot: QtBot, tmp_path: Path) -> None:
    cache = IconCache(tmp_path / "icons")
    cache.icon(SEVEN)
    (tmp_path / "icons" / "counting-7-22.png").write_bytes(b"not a png")
    assert pixels(IconCache(tmp_path / "icons").icon(SEVEN)) == paint_face(SEVEN, 22)
    assert not QImage(str(tmp_path / "icons" / "counting-7-22.png")).isNull()  # rewritten


def test_without_a_writable_cache_the_face_is_still_painted(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("a file where the directory would go")
    cache = IconCache(tmp_path / "file" / "icons")
    assert pixels(cache.icon(SEVEN)) == paint_face(SEVEN, 22)


def test_prepare_saves_faces_not_saved_yet(qtbot: QtBot, tmp_path: Path) -> None:
    cache = IconCache(tmp_path / "icons")
    cache.prepare([IconFace.for_days(9), IconFace.for_days(0), OPEN_FACE, IDLE_FACE])
    names = sorted(path.stem for path in (tmp_path / "icons").glob("*-22.png"))
    assert names == ["counting-9-22", "idle-u2013-22", "open-u25cf-22", "today-u21-22"]
    assert not list((tmp_path / "icons").glob("*.part*"))


def test_tomorrows_face_counts_down_to_launch_day() -> None:
    assert tomorrows_face(IconFace.for_days(9)) == IconFace.for_days(8)
    assert tomorrows_face(IconFace.for_days(1)) == IconFace.for_days(0)
    assert tomorrows_face(IconFace.for_days(150)) is None  # "99+": tomorrow may still be 99+
    assert tomorrows_face(OPEN_FACE) is None


def test_a_bundle_without_sources_keys_the_cache_by_its_executable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from countdown.ui import tray_icon_cache

    with_sources = cache_key()
    monkeypatch.setattr(tray_icon_cache, "PAINTER_FILE", "/nonexistent/tray_icon.py")  # bundled
    frozen = cache_key()
    assert frozen != with_sources
    stat = Path(sys.executable).stat()
    assert frozen.endswith(f"-{stat.st_size}-{stat.st_mtime_ns}")
