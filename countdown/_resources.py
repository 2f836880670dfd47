"""Find the files in the top-level `resources/` folder at run time, wherever the app runs from.

The folder is the single source for icons, the .desktop entry and the AppStream metainfo. It is
found, in order:
1. inside a PyInstaller bundle (`sys._MEIPASS/resources`, put there by packaging/countdown.spec);
2. beside the package in a source checkout or an editable install (`<repo>/resources`);
3. under the install prefix after `pip install .` (`<prefix>/share/launch-countdown/resources`,
   put there by pyproject's `[tool.setuptools.data-files]`).
Standard library only, so `countdown.core` may use it.
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

from countdown import APP_ID

ICON_SIZES_PX = (16, 22, 24, 32, 48, 64, 128, 256)
_DATA_SUBDIR = Path("share") / "launch-countdown" / "resources"


class ResourceMissing(FileNotFoundError):
    """The resources folder (or a file in it) is not where any install layout puts it."""


def _candidates() -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(Path(__file__).resolve().parent.parent / "resources")
    for prefix in (sys.prefix, sysconfig.get_path("data")):
        found.append(Path(prefix) / _DATA_SUBDIR)
    return found


def resources_dir() -> Path:
    """The first resources folder that holds the desktop entry."""
    for folder in _candidates():
        if (folder / f"{APP_ID}.desktop").is_file():
            return folder
    raise ResourceMissing("Launch Countdown's resources folder was not found")


def resource_path(relative: str) -> Path:
    """A file inside the resources folder, e.g. `f"{APP_ID}.desktop"`."""
    path = resources_dir() / relative
    if not path.exists():
        raise ResourceMissing(f"missing resource: {relative}")
    return path


def icon_png(size_px: int) -> Path:
    """The app icon rendered at one of ICON_SIZES_PX."""
    return resource_path(f"icons/hicolor/{size_px}x{size_px}/apps/{APP_ID}.png")


def icon_svg() -> Path:
    return resource_path(f"icons/hicolor/scalable/apps/{APP_ID}.svg")


def desktop_entry() -> Path:
    return resource_path(f"{APP_ID}.desktop")


def metainfo() -> Path:
    return resource_path(f"{APP_ID}.metainfo.xml")
