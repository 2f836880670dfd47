"""Install the desktop entry, AppStream metainfo and icons for the current user (XDG layout).

`countdown install-desktop` copies them from the resources folder into `$XDG_DATA_HOME`
(default ~/.local/share): applications/<APP_ID>.desktop, metainfo/<APP_ID>.metainfo.xml and
icons/hicolor/<size>/apps/<APP_ID>.png|svg. The entry's Exec line is rewritten to the command
that started this copy of the app (venv script, PyInstaller bundle or `python -m countdown`),
so a menu launch works even when nothing is on PATH. Also owns building Exec lines, which
the autostart entry reuses.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from countdown import APP_ID
from countdown._resources import ICON_SIZES_PX, desktop_entry, icon_png, icon_svg, metainfo
from countdown.core.atomic import write_atomic

# Characters that force an Exec argument into double quotes (Desktop Entry spec, "Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(env: Mapping[str, str] = os.environ) -> Path:
    return Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def app_command() -> list[str]:
    """The command that starts this installation's desktop app."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).parent / "launch-countdown"
    if script.is_file():
        return [str(script)]
    found = shutil.which("launch-countdown")
    return [found] if found else [sys.executable, "-m", "countdown", "gui"]


def quote_exec_arg(arg: str) -> str:
    """One argument quoted for an Exec value (then escaped once more as a desktop string)."""
    text = arg.replace("%", "%%")
    if text and not _RESERVED & set(text):
        return text
    for char in ("\\", '"', "`", "$"):
        text = text.replace(char, "\\" + char)
    return '"' + text.replace("\\", "\\\\") + '"'


def exec_line(command: Sequence[str]) -> str:
    return " ".join(quote_exec_arg(arg) for arg in command)


def entry_text(command: Sequence[str], *, extra: Mapping[str, str] | None = None) -> str:
    """The bundled .desktop entry with Exec/TryExec pointing at `command` and extra keys added."""
    lines: list[str] = []
    for line in desktop_entry().read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_line(command)
        elif line.startswith("TryExec="):
            line = "TryExec=" + quote_exec_arg(command[0])
        lines.append(line)
    lines.extend(f"{key}={value}" for key, value in (extra or {}).items())
    return "\n".join(lines) + "\n"


def _copy(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, source.read_bytes())
    return target


def icon_targets(root: Path) -> dict[Path, Path]:
    """Source icon → where it goes under `root` (a data home)."""
    hicolor = root / "icons" / "hicolor"
    targets = {icon_png(s): hicolor / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES_PX}
    targets[icon_svg()] = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    return targets


def install_desktop(root: Path, command: Sequence[str]) -> list[Path]:
    """Write the entry, metainfo and icons under `root`; returns the files written."""
    entry = root / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(entry, entry_text(command).encode("utf-8"))
    written = [entry, _copy(metainfo(), root / "metainfo" / f"{APP_ID}.metainfo.xml")]
    written += [_copy(src, dst) for src, dst in icon_targets(root).items()]
    _refresh_caches(root)
    return written


def uninstall_desktop(root: Path) -> list[Path]:
    """Remove what install_desktop wrote; returns the files removed."""
    paths = [root / "applications" / f"{APP_ID}.desktop"]
    paths += [root / "metainfo" / f"{APP_ID}.metainfo.xml", *icon_targets(root).values()]
    removed = [p for p in paths if p.is_file()]
    for path in removed:
        path.unlink()
    _refresh_caches(root)
    return removed


def _refresh_caches(root: Path) -> None:
    """Tell menus and icon themes about the change, where the tools exist (best effort)."""
    jobs = (
        ("update-desktop-database", "-q", str(root / "applications")),
        ("gtk-update-icon-cache", "-q", "-t", "-f", str(root / "icons" / "hicolor")),
    )
    for tool, *args in jobs:
        if shutil.which(tool) and Path(args[-1]).is_dir():
            subprocess.run([tool, *args], check=False, capture_output=True, timeout=30)
