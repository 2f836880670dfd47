"""End to end: on a real 1024×768 X screen the alert popup lies wholly on the screen, with a very
long launch name and when more alerts arrive while it is open (the digest grows in place)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from countdown import APP_NAME
from tests.e2e.desktop import DesktopSession, die_with_parent, missing_binaries

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1024, 768)

CHILD = """
import sys
from datetime import datetime, timedelta
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from countdown.integrations.system_clock import system_clock
from countdown.core.model import Grain, Launch, Window
from countdown.core.plan import Alert, AlertKind
from countdown.core.store import Store
from countdown.ui.popup import AlertPopup, StoreAlertActions

app = QApplication([])
store = Store.open(Path(sys.argv[1]), clock=system_clock)
now = system_clock()
today = Window(start=now.date(), end=now.date(), grain=Grain.DAY, label="today")
names = [sys.argv[2]] + [f"Launch number {n}" for n in range(14)]
saved = [
    store.add(Launch(name=n, when_text="today", base=now.replace(tzinfo=None), window=today,
                     source="https://example.com/x"))
    for n in names
]
alerts = [Alert(f"{s.id}:d", s.id, AlertKind.LAUNCH_DAY, now, f"{s.name} launches today",
                "today · launches today") for s in saved]
popup = AlertPopup(store, StoreAlertActions(store), system_clock)
batches = iter([alerts[:1], alerts[1:]])

def step():
    batch = next(batches, None)
    if batch is None:
        app.quit()
        return
    popup.show_alerts(batch)
    QTimer.singleShot(500, lambda: print("shown", flush=True))

app.aboutToQuit.connect(popup.dismiss)
from PySide6.QtCore import QSocketNotifier
notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(lambda *_: (sys.stdin.readline(), step()))
step()
app.exec()
"""


@pytest.fixture
def bare_desktop() -> Iterator[DesktopSession]:
    missing = missing_binaries(tray=False, notifier=False)
    if missing:
        pytest.skip(f"desktop e2e needs {', '.join(missing)}")
    with DesktopSession(tray=False, notifier=False, size=SCREEN) as session:
        yield session


def popup_geometry(desk: DesktopSession) -> tuple[int, int, int, int]:
    """x, y, width, height of the popup window as the X server has it (xwininfo)."""
    info = desk.run("xwininfo", "-name", f"{APP_NAME} alert").stdout

    def value(key: str) -> int:
        match = re.search(rf"{key}:\s+(-?\d+)", info)
        assert match, info
        return int(match.group(1))

    x, y = value("Absolute upper-left X"), value("Absolute upper-left Y")
    return x, y, value("Width"), value("Height")


@pytest.mark.parametrize(
    "name",
    [
        "Samsung Galaxy Z Fold 8 Ultra Special Edition with S Pen and the keyboard cover " * 2,
        "SamsungGalaxyZFold8UltraSpecialEditionWithSPen" * 3,
    ],
)
def test_popup_stays_on_a_small_screen(
    bare_desktop: DesktopSession, tmp_path: Path, name: str
) -> None:
    env = bare_desktop.child_env(PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="xcb")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path / "home"), name],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=die_with_parent,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        for stage in ("single", "digest"):
            assert child.stdout.readline().strip() == "shown", stage
            x, y, width, height = popup_geometry(bare_desktop)
            assert x >= 0 and y >= 0, (stage, x, y)
            assert x + width <= SCREEN[0] and y + height <= SCREEN[1], (stage, x, y, width, height)
            assert width >= 300 and height >= 80, (stage, width, height)  # laid out, not collapsed
            bare_desktop.screenshot(tmp_path / f"popup-{stage}.png")
            child.stdin.write("\n")
            child.stdin.flush()
        assert child.wait(timeout=10) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
