"""countdown.core stays Qt-free: importing every core module loads no PySide6 module."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import countdown.core


def test_core_modules_import_without_qt() -> None:
    found = pkgutil.walk_packages(countdown.core.__path__, prefix="countdown.core.")
    names = [m.name for m in found]
    assert "countdown.core.dates.window" in names and "countdown.core.store.store" in names
    probe = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
