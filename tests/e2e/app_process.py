"""The real app as a child process for end-to-end tests: `python -m countdown gui`, its stderr
collected line by line (the startup trace and log lines are what the tests wait for)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.e2e.desktop import die_with_parent

ROOT = Path(__file__).resolve().parents[2]


class AppProcess:
    """One running `countdown gui`; `lines` grows as the app writes to stderr."""

    def __init__(self, env: dict[str, str]) -> None:
        self.started = time.time()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "countdown", "gui"],
            env=env,
            cwd=ROOT,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            preexec_fn=die_with_parent,
        )
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line.rstrip())

    def wait_for(self, text: str, timeout_s: float = 30.0) -> None:
        """Until a stderr line contains `text`; fails early when the app exits."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if any(text in line for line in self.lines):
                return
            assert self.proc.poll() is None, f"app exited: {self.lines[-20:]}"
            time.sleep(0.05)
        raise TimeoutError(f"no {text!r} from the app within {timeout_s} s: {self.lines[-20:]}")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
        return self.proc.wait(timeout=10)
