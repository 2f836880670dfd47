"""Kill an import halfway, then run it again: no duplicates, and never half an import.

The import is one transaction: after SIGKILL or SIGTERM at any moment the store holds all of the
file's launches or none, and a re-run (matched by UID) leaves exactly one launch per event.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import run

EVENTS = 3000


def calendar(path: Path) -> Path:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:release-{n}@example.org\r\nSUMMARY:Release {n}\r\n"
        f"DTSTART;VALUE=DATE:2027{n % 12 + 1:02d}{n % 28 + 1:02d}\r\nEND:VEVENT\r\n"
        for n in range(EVENTS)
    )
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{events}END:VCALENDAR\r\n")
    return path


def count(home: Path) -> int:
    listed = run(home, "list", "--all", "--json")
    assert listed.returncode == 0, listed.stderr
    return len(json.loads(listed.stdout))


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_a_killed_import_then_a_rerun_never_duplicates(
    home: Path, tmp_path: Path, sig: signal.Signals
) -> None:
    ics = calendar(tmp_path / "releases.ics")
    rng = random.Random(sig)
    env = {"COUNTDOWN_HOME": str(home), "PATH": "/usr/bin:/bin", "TZ": "UTC"}
    seen = set()
    for _attempt in range(4):
        child = subprocess.Popen(
            [sys.executable, "-m", "countdown", "import", str(ics)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        )  # fmt: skip
        time.sleep(rng.uniform(0.3, 2.5))
        child.send_signal(sig)
        child.wait(timeout=60)
        seen.add(count(home))
        assert seen <= {0, EVENTS}, "an import is applied whole or not at all"
    again = run(home, "import", str(ics), "--json")
    assert again.returncode == 0, again.stderr
    assert count(home) == EVENTS
    assert len(json.loads(run(home, "import", str(ics), "--json").stdout)["unchanged"]) == EVENTS
    assert count(home) == EVENTS
