"""Long sessions make many Qt calls from Python; PySide6 6.12.0 must not wear out None or True.

On CPython 3.11 PySide6 6.12.0 drops a reference to None on every void Qt call and to True on
every `signal.emit()`; a fresh process aborts after ~5,000 calls. The app pins those singletons
at start (`pin_singletons`; pyproject also excludes 6.12.0). This runs an
hour's worth of per-second countdown refreshes and menu rebuilds in a child process (an abort
must not take the test run down) and checks that it survives and that our emits give True back.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import UTC, datetime, date
from PySide6.QtWidgets import QApplication
from countdown.app import pin_singletons
pin_singletons()
app = QApplication([])
from countdown.core.model import Grain, Launch, Window
from countdown.ui.models import LaunchTableModel
from countdown.ui.tray import TrayCountdown
clock = lambda: datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
window = Window(date(2026, 12, 1), date(2026, 12, 1), Grain.DAY, "Dec 1, 2026")
launch = Launch("Switch 3", "Dec 1", datetime(2026, 11, 24), window, id=1)
model = LaunchTableModel(clock)
model.set_launches([launch])
tray = TrayCountdown(clock)
before = sys.getrefcount(True)
for _ in range(3600):
    model.refresh_countdowns()
    tray.set_launches([launch])
for _ in range(500):
    tray.rebuild_menu()
    tray.menu.actions()[0].trigger()
    model.sort(0)
print(sys.getrefcount(True) - before)
"""


def test_an_hour_of_ticks_survives_and_gives_true_back() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert abs(int(result.stdout.split()[-1])) < 50  # a raw emit would lose 3,600+
