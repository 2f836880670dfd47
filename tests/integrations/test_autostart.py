"""Start at login writes and removes the real per-platform entry (XDG file, LaunchAgent plist);
the Windows Run key is driven through a fake registry because winreg only exists on Windows."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path
from typing import Any

from countdown import APP_ID
from countdown.integrations.autostart import (
    RUN_KEY,
    RUN_VALUE_NAME,
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    for_platform,
)

COMMAND = ["/opt/Launch Countdown/launch-countdown"]


def test_xdg_autostart_entry_on_and_off(tmp_path: Path) -> None:
    auto = for_platform(COMMAND, platform="linux", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert isinstance(auto, XdgAutostart)
    path = tmp_path / "autostart" / f"{APP_ID}.desktop"
    assert not auto.is_enabled()
    auto.enable()
    text = path.read_text()
    assert 'Exec="/opt/Launch Countdown/launch-countdown"' in text
    assert "X-GNOME-Autostart-enabled=true" in text
    assert auto.is_enabled()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(path)], capture_output=True)
        assert check.returncode == 0, check.stdout
    auto.disable()
    assert not path.exists() and not auto.is_enabled()
    auto.disable()  # off twice is fine


def test_xdg_entry_disabled_by_the_desktop_counts_as_off(tmp_path: Path) -> None:
    auto = XdgAutostart(tmp_path, COMMAND)
    auto.enable()
    auto.path.write_text(auto.path.read_text() + "Hidden=true\n")
    assert not auto.is_enabled()


def test_default_xdg_config_home_is_dot_config(tmp_path: Path) -> None:
    auto = for_platform(COMMAND, platform="linux", env={}, home=tmp_path)
    auto.enable()
    assert (tmp_path / ".config" / "autostart" / f"{APP_ID}.desktop").is_file()


def test_macos_launch_agent_plist(tmp_path: Path) -> None:
    auto = for_platform(COMMAND, platform="darwin", home=tmp_path)
    assert isinstance(auto, LaunchAgent)
    auto.enable()
    path = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    data = plistlib.loads(path.read_bytes())
    assert data["Label"] == APP_ID
    assert data["ProgramArguments"] == COMMAND and data["RunAtLoad"] is True
    assert auto.is_enabled()
    if shutil.which("plutil"):
        assert subprocess.run(["plutil", "-lint", str(path)]).returncode == 0
    auto.disable()
    assert not path.exists() and not auto.is_enabled()


class FakeRegistry:
    """Stands in for `winreg` (Windows only): a dict of key path → {value name: value}."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_ALL_ACCESS = 0xF003F
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, Any]] = {}
        self.open_handles = 0

    def CreateKeyEx(self, key: str, sub_key: str, reserved: int, access: int) -> str:
        self.open_handles += 1
        path = f"{key}\\{sub_key}"
        self.keys.setdefault(path, {})
        return path

    def SetValueEx(self, key: str, name: str, reserved: int, kind: int, value: str) -> None:
        assert kind == self.REG_SZ
        self.keys[key][name] = value

    def DeleteValue(self, key: str, name: str) -> None:
        if name not in self.keys[key]:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        del self.keys[key][name]

    def QueryValueEx(self, key: str, name: str) -> tuple[Any, int]:
        if name not in self.keys[key]:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return self.keys[key][name], self.REG_SZ

    def CloseKey(self, key: str) -> None:
        self.open_handles -= 1


def test_windows_run_key_with_a_fake_registry() -> None:
    registry = FakeRegistry()
    auto = WindowsRunKey([r"C:\Program Files\Launch Countdown\LaunchCountdown.exe"], registry)
    assert not auto.is_enabled()
    auto.enable()
    run = registry.keys[f"HKCU\\{RUN_KEY}"]
    assert run[RUN_VALUE_NAME] == r'"C:\Program Files\Launch Countdown\LaunchCountdown.exe"'
    assert auto.is_enabled()
    auto.disable()
    auto.disable()
    assert RUN_VALUE_NAME not in run and not auto.is_enabled()
    assert registry.open_handles == 0


def test_cli_autostart_on_status_off(tmp_path: Path, home: Path) -> None:
    import json
    import os
    import sys

    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    entry = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"

    def run(state: str) -> dict[str, Any]:
        result = subprocess.run(
            [sys.executable, "-m", "countdown", "autostart", state, "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        return dict(json.loads(result.stdout))

    assert run("status") == {"autostart": False, "where": str(entry)}
    assert run("on")["autostart"] is True and entry.is_file()
    assert run("status")["autostart"] is True
    assert run("off")["autostart"] is False and not entry.exists()
