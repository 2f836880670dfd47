"""A full disk, for real: a small tmpfs mounted for the test (root only; skipped otherwise).

An export that does not fit leaves the previous export intact and says "the disk is full"
(exit 2); a store on a full disk refuses the change with a message and loses nothing already
committed; once there is room again everything works, backups included.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli import add_json, run

SIZE_KIB = 512


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE_KIB}k", "tmpfs", str(mount_point)],
        capture_output=True, text=True,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path, leave_bytes: int = 0) -> Path:
    """Take all the room (but `leave_bytes`) with one file; returns it, to make room later."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    stat = os.statvfs(disk)
    free = stat.f_bavail * stat.f_frsize
    if leave_bytes:
        os.truncate(filler, max(filler.stat().st_size - (leave_bytes - free), 0))
    return filler


def test_an_export_that_does_not_fit_keeps_the_old_one(home: Path, small_disk: Path) -> None:
    for n in range(30):
        add_json(home, f"Launch {n}", "Q3 2027", "--base", "2026-11-01", "--note", "x" * 2000)
    target = small_disk / "launches.json"
    target.write_text('{"old": "export"}', encoding="utf-8")
    fill(small_disk, leave_bytes=8192)
    result = run(home, "export", "-o", str(target))
    assert result.returncode == 2 and "the disk is full" in result.stderr, result.stderr
    assert target.read_text(encoding="utf-8") == '{"old": "export"}'
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "launches.json"]


def test_a_store_on_a_full_disk_refuses_then_recovers(small_disk: Path) -> None:
    home = small_disk / "home"
    add_json(home, "Before", "Q3 2027", "--base", "2026-11-01")
    filler = fill(small_disk)
    refused = [run(home, "add", f"More {n}", "Q4 2027", "--note", "y" * 20000) for n in range(3)]
    for result in refused:
        assert result.returncode in (1, 2), result.stderr
        assert "Traceback" not in result.stderr and "internal error" not in result.stderr
        assert "is full; the change was not saved" in result.stderr, result.stderr
    filler.unlink()
    listed = json.loads(run(home, "list", "--json").stdout)
    assert [x["name"] for x in listed][:1] == ["Before"]
    after = run(home, "add", "After", "Q1 2028", "--base", "2026-11-01")
    assert after.returncode == 0, after.stderr
    backups = json.loads(run(home, "backup", "list", "--json").stdout)
    assert backups[0]["launches"] == len(listed) + 1
