"""Tray icon faces kept as PNG files, so a start shows its icon without painting it.

Painting a badge (tray_icon.py) costs ~17 ms on the first call: QPainter's overloads make
PySide6 build its whole `Qt` namespace (~90 enums) and the font machinery loads. Loading six
small PNG files costs ~1 ms. So `IconCache.icon(face)` loads the face from
`<home>/cache/tray-icons/<key>/` when it is there and otherwise paints it and saves it; after the
first paint the app calls `prepare()` with tomorrow's face (the count goes down by one a day), so
tomorrow's start finds it. Only that one: painting more fills Qt's font cache past the size at
which it trims itself every 10 s (QFontCache's fast timer: idle wake-ups).

The key names the app version, the Qt version and the painter module's size and mtime (in a
frozen bundle, the executable's), so a changed look never shows an old icon; the painter itself
loads only when a face must be painted. A missing or unreadable file just means painting again;
a file that cannot be written means no cache, never an error.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QIcon, QImage, QPixmap

from countdown import __version__
from countdown.core.atomic import WriteError, write_atomic
from countdown.ui.tray_face import ICON_SIZES_PX, IconFace, IconState

log = logging.getLogger(__name__)

CACHE_DIR = Path("cache") / "tray-icons"
# The painter's source, found without importing it: a start with its icon cached never loads it.
PAINTER_FILE = str(Path(__file__).with_name("tray_icon.py"))


def cache_key() -> str:
    """Changes whenever the icons may look different: app, PySide6/Qt or painter changed.

    A frozen bundle (PyInstaller) has no painter source file: its executable stands for it."""
    stamp = "0-0"
    for path in (PAINTER_FILE, sys.executable):
        try:
            stat = Path(path).stat()
        except OSError:
            continue
        stamp = f"{stat.st_size}-{stat.st_mtime_ns}"
        break
    return f"{__version__}-qt{pyside_version}-{stamp}"


def file_stem(face: IconFace) -> str:
    """A portable file name for the face: "counting-7", "today-u21", "counting-99u2b"."""
    text = "".join(c if c.isascii() and c.isalnum() else f"u{ord(c):x}" for c in face.text)
    return f"{face.state.value}-{text}"


def tomorrows_face(face: IconFace) -> IconFace | None:
    """The face a count shows tomorrow (launch day after "1"); None if it cannot be told."""
    if face.state is IconState.COUNTING and face.text.isdigit():
        return IconFace.for_days(int(face.text) - 1)
    return None


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
        from countdown.ui.tray_icon import make_icon  # the painter: only when a face is missing

        return make_icon(face)

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
            # Through QImage: QPixmap(path) would go into QPixmapCache, whose flush timer then
            # wakes the idle app every 10-30 s.
            image = QImage(str(path))
            if image.isNull():  # missing or unreadable
                return None
            icon.addPixmap(QPixmap.fromImage(image))
        return icon

    def _save(self, face: IconFace) -> None:
        from countdown.ui.tray_icon import paint_face

        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            for size_px, path in zip(ICON_SIZES_PX, self._paths(face), strict=True):
                data = QByteArray()
                buffer = QBuffer(data)
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                image = paint_face(face, size_px)
                if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # str at runtime
                    raise OSError(f"cannot draw {path.name}")
                write_atomic(path, bytes(data.data()))  # whole files only, even with two apps
        except (OSError, WriteError) as error:
            log.info("tray icon cache unavailable: %s", error)
