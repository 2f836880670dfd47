"""The shipped desktop entry, metainfo and icons are valid, and `install-desktop` puts them where
a desktop environment looks (tested with a private XDG_DATA_HOME)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from countdown import APP_ID
from countdown._resources import ICON_SIZES_PX, desktop_entry, icon_png, icon_svg, metainfo
from countdown.integrations.desktop_install import exec_line, install_desktop, uninstall_desktop

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(desktop_entry())], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_validates() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(metainfo())],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "E:" not in result.stdout and "W:" not in result.stdout, result.stdout


def test_every_icon_size_is_a_png_of_that_size() -> None:
    for size_px in ICON_SIZES_PX:
        data = icon_png(size_px).read_bytes()
        assert data[:8] == PNG_MAGIC
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (size_px, size_px)
    assert b"<svg" in icon_svg().read_bytes()


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_desktop_for_the_user(tmp_path: Path) -> None:
    root = tmp_path / "share"
    command = ["/opt/my apps/launch-countdown", "--flag"]
    written = install_desktop(root, command)
    entry = root / "applications" / f"{APP_ID}.desktop"
    assert entry in written
    assert _entry(entry)["Exec"] == '"/opt/my apps/launch-countdown" --flag'
    assert _entry(entry)["Icon"] == APP_ID
    for size_px in ICON_SIZES_PX:
        icon = root / "icons" / "hicolor" / f"{size_px}x{size_px}" / "apps" / f"{APP_ID}.png"
        assert icon.read_bytes() == icon_png(size_px).read_bytes()
    assert (root / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True)
        assert check.returncode == 0, check.stdout
    removed = uninstall_desktop(root)
    assert entry in removed and not entry.exists()


def test_cli_install_desktop_uses_xdg_data_home(tmp_path: Path, home: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    env["COUNTDOWN_HOME"] = str(home)
    result = subprocess.run(
        [sys.executable, "-m", "countdown", "install-desktop"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    assert str(entry) in result.stdout
    exec_value = _entry(entry)["Exec"]
    assert "launch-countdown" in exec_value or "-m countdown gui" in exec_value


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["/usr/bin/app"], "/usr/bin/app"),
        (["/a b/app", "x"], '"/a b/app" x'),
        (["app", "100%"], "app 100%%"),
        (["app", 'say "hi" $HOME'], r'app "say \\"hi\\" \\$HOME"'),
    ],
)
def test_exec_line_quoting(argv: list[str], expected: str) -> None:
    assert exec_line(argv) == expected


def test_committed_pngs_are_renderings_of_the_svg(qapp: object) -> None:
    """Catches an edited SVG whose PNGs were not re-rendered (resources/render_icons.py)."""
    pytest.importorskip("PySide6.QtSvg")
    from PySide6.QtGui import QImage

    sys.path.insert(0, str(icon_svg().parents[4]))
    try:
        import render_icons  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    renderer = render_icons.QSvgRenderer(str(icon_svg()))
    for size_px in (16, 48, 256):
        fresh = render_icons.render(renderer, size_px).convertToFormat(QImage.Format.Format_ARGB32)
        committed = QImage(str(icon_png(size_px))).convertToFormat(QImage.Format.Format_ARGB32)
        step = max(1, size_px // 32)
        diffs = [
            sum(abs(a - b) for a, b in zip(_rgba(fresh, x, y), _rgba(committed, x, y), strict=True))
            for y in range(0, size_px, step)
            for x in range(0, size_px, step)
        ]
        assert sum(diffs) / len(diffs) < 4, f"{size_px} px icon is stale"


def _rgba(image: Any, x: int, y: int) -> tuple[int, int, int, int]:
    color = image.pixelColor(x, y)
    return (color.red(), color.green(), color.blue(), color.alpha())
