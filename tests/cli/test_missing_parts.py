"""What a user sees when a part is missing: no graphical session, or a Python package that is not
installed (the optional CalDAV client, or PySide6 in a broken install). One line, exit 1, no
traceback, nothing written. Real processes; a package is made unimportable the import system's
own way (a None entry in sys.modules), so the code under test meets a real ModuleNotFoundError.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from countdown.cli.desktop import NO_SESSION, missing_session
from countdown.cli.requires import missing_module_message


def run_without(
    blocked: str, args: list[str], env: dict[str, str], stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """`countdown ARGS` in a process where `blocked` cannot be imported."""
    probe = (
        "import sys\n"
        f"sys.modules[{blocked!r}] = None\n"
        "from countdown.cli.main import main\n"
        f"sys.exit(main({args!r}))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        input=stdin,
        env={"PATH": "/usr/bin:/bin", **env},
        timeout=60,
    )


def test_no_display_is_one_line_and_exit_1_before_qt_loads(home: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "countdown"],
        capture_output=True,
        text=True,
        env={"COUNTDOWN_HOME": str(home), "PATH": "/usr/bin:/bin"},  # no DISPLAY, no platform
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "countdown: no graphical session (DISPLAY/WAYLAND_DISPLAY not set): start Launch "
        "Countdown from your desktop session, or use the command line (countdown --help)"
    )
    assert not (home / "launches.sqlite3").exists()  # gave up before opening anything


@pytest.mark.parametrize(
    ("env", "why"),
    [
        ({}, NO_SESSION),
        ({"DISPLAY": ":0"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, NO_SESSION),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, None),
        ({"QT_QPA_PLATFORM": "wayland:fontconfig"}, NO_SESSION),
        ({"QT_QPA_PLATFORM": "offscreen"}, None),  # the user (or a test) chose: not ours to judge
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, None),
    ],
)
def test_which_environments_have_a_session(env: dict[str, str], why: str | None) -> None:
    assert missing_session(env, platform="linux") == why


def test_the_session_check_is_for_linux_only() -> None:
    assert missing_session({}, platform="win32") is None
    assert missing_session({}, platform="darwin") is None


def test_without_pyside6_the_desktop_start_names_the_install_command(home: Path) -> None:
    result = run_without("PySide6", [], {"COUNTDOWN_HOME": str(home), "DISPLAY": ":0"})
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "countdown: the desktop app needs the Python package 'PySide6', which is not "
        "installed: pip install PySide6-Essentials"
    )


def test_without_pyside6_install_desktop_writes_no_entry_that_cannot_start(
    home: Path, tmp_path: Path
) -> None:
    data_home = tmp_path / "data"
    env = {"COUNTDOWN_HOME": str(home), "XDG_DATA_HOME": str(data_home)}
    result = run_without("PySide6", ["install-desktop"], env)
    assert result.returncode == 1
    assert "pip install PySide6-Essentials" in result.stderr
    assert "Traceback" not in result.stderr
    assert not data_home.exists()


def test_sync_without_the_caldav_extra_says_how_to_get_it_and_asks_nothing(home: Path) -> None:
    env = {"COUNTDOWN_HOME": str(home), "COUNTDOWN_SYNC_PASSWORD": "secret"}
    args = ["sync", "--url", "https://dav.example.com/", "--user", "ada"]
    result = run_without("caldav", args, env)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "countdown: countdown sync needs the Python package 'caldav', which is not installed: "
        "pip install 'launch-countdown[sync]'"
    )
    assert result.stdout == ""


def test_a_module_that_is_not_a_dependency_stays_a_real_error() -> None:
    error = ModuleNotFoundError("No module named 'countdown.nowhere'", name="countdown.nowhere")
    assert missing_module_message(error) is None
