"""SingleInstance: one primary per home; a second start wakes it; a killed one's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from countdown.services.single import RETRY_FOR_S, SingleInstance, socket_name

CHILD = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from countdown.services.single import SingleInstance
app = QCoreApplication([])
single = SingleInstance(Path(sys.argv[1]))
primary = single.acquire()
print("primary" if primary else "secondary", flush=True)
if primary and len(sys.argv) > 2:
    time.sleep(float(sys.argv[2]))
"""


def start_child(home: Path, hold_s: float | None = None) -> subprocess.Popen[str]:
    argv = [sys.executable, "-c", CHILD, str(home)] + ([str(hold_s)] if hold_s else [])
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def primary(qtbot: QtBot, tmp_path: Path) -> Iterator[SingleInstance]:
    single = SingleInstance(tmp_path / "home")
    assert single.acquire()
    yield single
    single.release()


def test_second_start_wakes_the_first_and_steps_back(
    qtbot: QtBot, primary: SingleInstance, tmp_path: Path
) -> None:
    with qtbot.waitSignal(primary.activated, timeout=5000):
        child = start_child(tmp_path / "home")
        while child.poll() is None:
            qtbot.wait(20)
    assert child.returncode == 0
    assert child.stdout is not None and child.stdout.read().strip() == "secondary"
    assert primary.is_primary


def test_other_homes_do_not_collide(primary: SingleInstance, tmp_path: Path) -> None:
    other = SingleInstance(tmp_path / "other")
    try:
        assert other.acquire()
        assert other.name != primary.name
    finally:
        other.release()
    assert socket_name(tmp_path / "home") == primary.name


def test_a_killed_instance_lock_is_taken_over_within_2_s(qtbot: QtBot, tmp_path: Path) -> None:
    home = tmp_path / "home"
    child = start_child(home, hold_s=60)
    assert child.stdout is not None and child.stdout.readline().strip() == "primary"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert (home / "instance.lock").exists()
    started = time.monotonic()
    single = SingleInstance(home)
    try:
        assert single.acquire()
        assert time.monotonic() - started < 2.0
        woken: list[bool] = []
        single.activated.connect(lambda: woken.append(True))
        second = start_child(home)
        while second.poll() is None:
            qtbot.wait(20)
        qtbot.waitUntil(lambda: bool(woken), timeout=3000)
    finally:
        single.release()


def test_concurrent_starts_give_exactly_one_primary(tmp_path: Path) -> None:
    children = [start_child(tmp_path / "home", hold_s=2) for _ in range(3)]
    answers = []
    for child in children:
        assert child.stdout is not None
        answers.append(child.stdout.readline().strip())
    for child in children:
        child.wait(timeout=10)
    assert sorted(answers) == ["primary", "secondary", "secondary"]


def test_the_lock_alone_loads_no_qtnetwork(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from countdown.services.single import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "single = SingleInstance(Path(sys.argv[1]))\n"
        "print(single.acquire(listen=False), single.is_primary, 'PySide6.QtNetwork' in sys.modules)"
    )
    argv = [sys.executable, "-c", code, str(tmp_path / "home")]
    out = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=30)
    assert out.stdout.split() == ["True", "True", "False"]


def test_a_second_start_before_the_first_listens_waits_for_it(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "home")
    assert first.acquire(listen=False)  # the app listens only after its first tray paint
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            child = start_child(tmp_path / "home")
            qtbot.wait(1000)  # the child starts and retries meanwhile (for up to 3 s)
            first.listen()
            while child.poll() is None:
                qtbot.wait(20)
        assert child.stdout is not None and child.stdout.read().strip() == "secondary"
    finally:
        first.release()


def test_a_lock_left_to_another_python_process_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    """A crashed instance's PID reused by another Python program: QLockFile sees "python3"
    alive and would keep the lock; the silent instance socket shows it is not ours."""
    home = tmp_path / "home"
    crashed = start_child(home, hold_s=60)
    assert crashed.stdout is not None and crashed.stdout.readline().strip() == "primary"
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.wait()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    lock = home / "instance.lock"
    lines = lock.read_text().split("\n")
    lock.write_text("\n".join([str(other.pid), *lines[1:]]))  # the PID now runs something else
    single = SingleInstance(home)
    try:
        started = time.monotonic()
        assert single.acquire()
        assert time.monotonic() - started < RETRY_FOR_S + 2
        assert lock.read_text().split("\n")[0] == str(os.getpid())
        assert other.poll() is None  # the other program is left alone
        with qtbot.waitSignal(single.activated, timeout=5000):  # and we answer second starts
            second = start_child(home)
            while second.poll() is None:
                qtbot.wait(20)
        assert second.stdout is not None and second.stdout.read().strip() == "secondary"
    finally:
        single.release()
        other.kill()
        other.wait()
