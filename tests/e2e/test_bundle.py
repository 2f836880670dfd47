"""The shipped artifact works: packaging/build_bundle.sh builds the PyInstaller one-folder bundle,
and the built program starts under Xvfb with a tray host and draws its icon in the tray.

One test on purpose (the build takes ~20-40 s); skipped only when PyInstaller is missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from countdown import APP_ID
from tests.e2e.desktop import DesktopSession

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT_S = 60.0


def _build(dist: Path) -> Path:
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_bundle.sh"), str(dist)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(result.stdout.strip().splitlines()[-1])  # "built … in N s, M MB" for the log
    return dist / "launch-countdown" / "launch-countdown"


def _tray_pixels(desktop: DesktopSession, shot: Path) -> list[int]:
    from PySide6.QtGui import QImage

    x, y, width, height = desktop.tray_geometry() or (0, 0, 0, 0)
    assert width and height, "no tray host window"
    image = QImage(str(desktop.screenshot(shot)))
    return [image.pixel(px, py) for py in range(y, y + height) for px in range(x, x + width)]


def _wait_for_tray_line(app: subprocess.Popen[bytes], log: Path) -> str:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    seen = ""
    while time.monotonic() < deadline:
        seen = log.read_text(errors="replace")
        if "tray-shown" in seen:
            return seen
        assert app.poll() is None, f"the bundle exited with {app.returncode}:\n{seen[-3000:]}"
        time.sleep(0.1)
    raise AssertionError(f"no tray icon after {STARTUP_TIMEOUT_S} s:\n{seen[-3000:]}")


def test_bundle_builds_starts_and_shows_the_tray_icon(
    desktop: DesktopSession, tmp_path: Path
) -> None:
    pytest.importorskip("PyInstaller")
    program = _build(tmp_path / "dist")
    assert (program.parent / "_internal" / "resources" / f"{APP_ID}.desktop").is_file()

    # The bundled command line finds the bundled resources (sys._MEIPASS), no Qt needed.
    data_home = tmp_path / "data"
    env = desktop.child_env(
        COUNTDOWN_HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(data_home),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        COUNTDOWN_TRACE_STARTUP="1",
    )
    installed = subprocess.run(
        [str(program), "install-desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert installed.returncode == 0, installed.stderr
    entry = (data_home / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={program}" in entry
    # The bundled parser (dateparser data, zoneinfo) and store work: add a launch in 5 days.
    when = (date.today() + timedelta(days=5)).isoformat()
    added = subprocess.run(
        [str(program), "add", "Bundle test launch", when, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["window"]["start"] == when

    before = _tray_pixels(desktop, tmp_path / "before.png")
    log = tmp_path / "app.log"
    with log.open("wb") as sink:
        app = subprocess.Popen([str(program)], env=env, stdout=sink, stderr=sink)
    try:
        _wait_for_tray_line(app, log)
        deadline = time.monotonic() + 10
        changed = 0
        while time.monotonic() < deadline and changed < 100:
            after = _tray_pixels(desktop, tmp_path / "after.png")
            changed = sum(1 for a, b in zip(before, after, strict=True) if a != b)
            time.sleep(0.2)
        # A 16-24 px icon changes a few hundred pixels of the otherwise plain tray panel.
        assert changed >= 100, f"tray panel unchanged ({changed} pixels differ)"
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        shutil.rmtree(program.parent.parent)  # ~200 MB; pytest keeps old tmp dirs around
