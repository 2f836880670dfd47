"""Damage every page of a small store, one at a time, and run `list` and `export` on it.

Each must exit 0 or 2 with a message — never a traceback or an "internal error" — and no launch
may vanish silently: every launch is listed, or reported damaged by id, or the whole file was set
aside and a backup holding everything committed put back (the message says so). Three kinds of
damage per page: the page zeroed, a few bytes at fixed offsets overwritten, and bytes inside
row values changed (which `quick_check` cannot see).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.cli.test_cli import add_json

LAUNCHES = 24
PAGE_SIZE = 4096


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"COUNTDOWN_HOME": str(home), "PATH": "/usr/bin:/bin", "TZ": "UTC"}
    return subprocess.run(
        [sys.executable, "-m", "countdown", *args],
        capture_output=True, text=True, env=env, timeout=60, errors="replace",
    )  # fmt: skip


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("pristine")
    os.environ["COUNTDOWN_HOME"] = str(home)
    for n in range(LAUNCHES):
        add_json(home, f"Launch {n:02d} " + "n" * (n * 37 % 300), f"Q{n % 4 + 1} 2027",
                 "--base", "2026-11-01", "--tag", f"t{n}", "--note", "x" * (n * 53 % 900))  # fmt: skip
    assert (
        not (home / "launches.sqlite3-wal").exists()
        or (home / "launches.sqlite3-wal").stat().st_size == 0
    )
    return home


def zeroed(data: bytearray, page: int) -> None:
    data[page * PAGE_SIZE : (page + 1) * PAGE_SIZE] = bytes(PAGE_SIZE)


def scribbled(data: bytearray, page: int) -> None:
    start = page * PAGE_SIZE
    for offset in (8, 100, 1000, 2049, 3000, 4000):  # header, cell pointers, cell bodies
        data[start + offset : start + offset + 4] = b"\xff\x07\xc3\x00"


def in_cells(data: bytearray, page: int) -> None:
    """Bytes inside row values (a status, a tag list, a date, a name): the b-tree stays intact,
    so `quick_check` sees nothing — the readers must cope."""
    start, end = page * PAGE_SIZE, (page + 1) * PAGE_SIZE
    for old, new in ((b"rumored", b"rum\xffred"), (b'["t', b'{"t'), (b"2027-", b"2\xff27-"),
                     (b"Launch ", b"La\x00nch ")):  # fmt: skip
        found = data.find(old, start, end)
        if found >= 0:
            data[found : found + len(old)] = new


def damage_is_accounted_for(result: subprocess.CompletedProcess[str]) -> set[int]:
    """The ids listed plus those of every launch reported damaged."""
    listed = {int(x["id"]) for x in json.loads(result.stdout or "[]")}
    return listed | {int(n) for n in re.findall(r"Launch #(\d+)", result.stderr)}


@pytest.mark.slow
def test_every_page_damaged_in_turn(pristine: Path, tmp_path: Path) -> None:
    pages = (pristine / "launches.sqlite3").stat().st_size // PAGE_SIZE
    outcomes: Counter[str] = Counter()
    failures: list[str] = []
    for page in range(pages):
        for damage in (zeroed, scribbled, in_cells):
            home = tmp_path / f"{damage.__name__}-{page}"
            shutil.copytree(pristine, home)
            db = home / "launches.sqlite3"
            data = bytearray(db.read_bytes())
            damage(data, page)
            db.write_bytes(bytes(data))
            for command in (("list", "--all", "--json"), ("export",)):
                result = cli(home, *command)
                case = f"{damage.__name__} page {page}: {' '.join(command)}"
                if (
                    result.returncode not in (0, 2)
                    or "Traceback" in result.stderr
                    or ("internal error" in result.stderr)
                ):
                    failures.append(f"{case}: exit {result.returncode}: {result.stderr[-300:]}")
                    continue
                if result.returncode == 2:
                    outcomes["refused with a message"] += 1
                    assert result.stderr.strip(), case
                    continue
                if "restored the backup" in result.stderr:
                    outcomes["whole file set aside, newest backup restored"] += 1
                elif "is damaged" in result.stderr:
                    outcomes["read, damaged launches named"] += 1
                else:
                    outcomes["read whole"] += 1
                if command[0] == "list":
                    seen = damage_is_accounted_for(result)
                    if len(seen) < LAUNCHES:
                        failures.append(f"{case}: only {len(seen)} of {LAUNCHES} accounted for")
    print(f"\n{pages} pages × 3 damages: {dict(outcomes)}; failures: {len(failures)}")
    assert failures == [], "\n".join(failures)
