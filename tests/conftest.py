"""Shared fixtures: an isolated COUNTDOWN_HOME, a frozen clock, offscreen Qt for widget tests.

End-to-end tests (tests/e2e) start their own Xvfb, D-Bus session, tray host and notification
server; everything else runs Qt offscreen so no display is needed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from countdown.core.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Fontconfig warns about a missing cache dir on fresh machines; keep it inside the test run.
os.environ.setdefault("XDG_CACHE_HOME", "/tmp/countdown-test-cache")


class FrozenClock:
    """An injectable clock: tests move time by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        from datetime import timedelta

        self.now = self.now + timedelta(**delta)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private data directory, also exported for CLI subprocesses."""
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("COUNTDOWN_HOME", str(path))
    yield path


@pytest.fixture
def store(home: Path, clock: FrozenClock) -> Iterator[Store]:
    """A real store on disk in the private COUNTDOWN_HOME, on the frozen clock."""
    opened = Store.open(home, clock=clock)
    yield opened
    opened.close()
