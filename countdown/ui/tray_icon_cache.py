"""Tray icon faces kept as PNG files, so a start shows its icon without painting it.

Painting a badge (tray_icon.py) costs ~17 ms on the first call: QPainter's overloads make
PySide6 build its whole `Qt` namespace (~90 enums) and the font machinery loads. Loading six
small PNG files costs ~1 ms. So `IconCache.icon(face)` loads the face from
`<home>/cache/tray-icons/<key>/` when it is there and otherwise paints it and saves it; after the
first paint the app calls `prepare()` with the faces the coming days will need (the count goes
down by one a day, plus launch day, open window and idle), so tomorrow's start finds its face.

The key names the app version, the Qt version and the painter module's size and mtime, so a
changed look never shows an old icon. A missing or unreadable file just means painting again;
a file that cannot be written means no cache, never an error.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtGui import QIcon, QPixmap

from countdown import __version__
from countdown.ui import tray_icon
from countdown.ui.tray_icon import ICON_SIZES_PX, IDLE_FACE, OPEN_FACE, IconFace, IconState

log = logging.getLogger(__name__)

CACHE_DIR = Path("cache") / "tray-icons"
DAYS_AHEAD = 7


def cache_key() -> str:
    """Changes whenever the icons may look different: app, PySide6/Qt or painter changed."""
    stat = Path(tray_icon.__file__).stat()
    return f"{__version__}-qt{pyside_version}-{stat.st_size}-{stat.st_mtime_ns}"


def file_stem(face: IconFace) -> str:
    """A portable file name for the face: "counting-7", "today-u21", "counting-99u2b"."""
    text = "".join(c if c.isascii() and c.isalnum() else f"u{ord(c):x}" for c in face.text)
    return f"{face.state.value}-{text}"


def faces_ahead(face: IconFace, days: int = DAYS_AHEAD) -> list[IconFace]:
    """`face`, the counts of the next `days` days, and the faces any day may bring."""
    faces = [face, IconFace.for_days(0), OPEN_FACE, IDLE_FACE]
    if face.state is IconState.COUNTING and face.text.isdigit():
        count = int(face.text)
        faces += [IconFace.for_days(n) for n in range(max(1, count - days), count)]
    return faces


class IconCache:
    """Faces loaded from PNG files when present, painted (and saved) when not."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @classmethod
    def in_home(cls, home: Path) -> IconCache:
        return cls(home / CACHE_DIR / cache_key())

    def icon(self, face: IconFace) -> QIcon:
        cached = self._load(face)
        if cached is not None:
            return cached
        self._save(face)
        return tray_icon.make_icon(face)

    def prepare(self, faces: Iterable[IconFace]) -> None:
        """Paint and save the faces not saved yet (after the first paint, off its path)."""
        for face in faces:
            if not self._paths(face)[0].exists():
                self._save(face)

    def _paths(self, face: IconFace) -> list[Path]:
        stem = file_stem(face)
        return [self.directory / f"{stem}-{size_px}.png" for size_px in ICON_SIZES_PX]

    def _load(self, face: IconFace) -> QIcon | None:
        icon = QIcon()
        for path in self._paths(face):
            pixmap = QPixmap(str(path))
            if pixmap.isNull():  # missing or unreadable
                return None
            icon.addPixmap(pixmap)
        return icon

    def _save(self, face: IconFace) -> None:
        partial = self.directory / f"{os.getpid()}.part.png"  # .png: the format save() writes
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            for size_px, path in zip(ICON_SIZES_PX, self._paths(face), strict=True):
                if not tray_icon.paint_face(face, size_px).save(str(partial)):
                    raise OSError(f"cannot write {partial}")
                os.replace(partial, path)  # whole files only, even with two apps at once
        except OSError as error:
            log.info("tray icon cache unavailable: %s", error)
            with suppress(OSError):
                partial.unlink()
