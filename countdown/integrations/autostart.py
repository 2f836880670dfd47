"""Start at login: one interface over the XDG autostart entry, a macOS LaunchAgent and the
Windows Run key.

- Linux/BSD: `$XDG_CONFIG_HOME/autostart/<APP_ID>.desktop` (the app's entry plus
  X-GNOME-Autostart-enabled=true); off removes the file.
- macOS: `~/Library/LaunchAgents/<APP_ID>.plist` with RunAtLoad; launchd reads it at next login.
- Windows: value "LaunchCountdown" under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.
  The registry is passed in (the `winreg` module on Windows); tests use a fake object with the
  same five functions because winreg does not exist on Linux.
The OS entry itself is the setting: `is_enabled()` reads it back, so it can never disagree.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from countdown import APP_ID
from countdown.core.atomic import write_atomic
from countdown.integrations.desktop_install import entry_text

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE_NAME = "LaunchCountdown"


class Autostart(Protocol):
    where: str  # shown to the user: the file or registry value that holds the setting

    def enable(self) -> None: ...
    def disable(self) -> None: ...
    def is_enabled(self) -> bool: ...


class XdgAutostart:
    def __init__(self, config_home: Path, command: Sequence[str]) -> None:
        self.path = config_home / "autostart" / f"{APP_ID}.desktop"
        self.where = str(self.path)
        self._command = list(command)

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        extra = {"X-GNOME-Autostart-enabled": "true"}
        write_atomic(self.path, entry_text(self._command, extra=extra).encode("utf-8"))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        if not self.path.is_file():
            return False
        lines = {line.strip() for line in self.path.read_text(encoding="utf-8").splitlines()}
        return not lines & {"Hidden=true", "X-GNOME-Autostart-enabled=false"}


class LaunchAgent:
    def __init__(self, home: Path, command: Sequence[str]) -> None:
        self.path = home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        self.where = str(self.path)
        self._command = list(command)

    def plist(self) -> dict[str, Any]:
        return {
            "Label": APP_ID,
            "ProgramArguments": self._command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, plistlib.dumps(self.plist()))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        try:
            data = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException):
            return False
        return bool(data.get("RunAtLoad")) and data.get("Label") == APP_ID


class RegistryApi(Protocol):
    """The part of `winreg` used here."""

    HKEY_CURRENT_USER: Any
    KEY_ALL_ACCESS: int
    REG_SZ: int

    def CreateKeyEx(self, key: Any, sub_key: str, reserved: int, access: int) -> Any: ...
    def SetValueEx(self, key: Any, name: str, reserved: int, kind: int, value: str) -> None: ...
    def DeleteValue(self, key: Any, name: str) -> None: ...
    def QueryValueEx(self, key: Any, name: str) -> tuple[Any, int]: ...
    def CloseKey(self, key: Any) -> None: ...


class WindowsRunKey:
    def __init__(self, command: Sequence[str], registry: RegistryApi) -> None:
        self.where = f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE_NAME}"
        self.command_line = subprocess.list2cmdline(list(command))
        self._reg = registry

    def _key(self) -> Any:
        return self._reg.CreateKeyEx(
            self._reg.HKEY_CURRENT_USER, RUN_KEY, 0, self._reg.KEY_ALL_ACCESS
        )

    def enable(self) -> None:
        key = self._key()
        try:
            self._reg.SetValueEx(key, RUN_VALUE_NAME, 0, self._reg.REG_SZ, self.command_line)
        finally:
            self._reg.CloseKey(key)

    def disable(self) -> None:
        key = self._key()
        try:
            self._reg.DeleteValue(key, RUN_VALUE_NAME)
        except FileNotFoundError:
            pass  # already off
        finally:
            self._reg.CloseKey(key)

    def is_enabled(self) -> bool:
        key = self._key()
        try:
            value, _kind = self._reg.QueryValueEx(key, RUN_VALUE_NAME)
        except FileNotFoundError:
            return False
        finally:
            self._reg.CloseKey(key)
        return bool(value)


def for_platform(
    command: Sequence[str],
    *,
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> Autostart:
    """The autostart mechanism of `platform` (default: this machine's)."""
    home = home or Path.home()
    if platform == "win32":
        import winreg  # only exists on Windows

        return WindowsRunKey(command, winreg)  # type: ignore[arg-type]
    if platform == "darwin":
        return LaunchAgent(home, command)
    config_home = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    return XdgAutostart(config_home, command)
