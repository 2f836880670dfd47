"""A hypothesis fuzz of the command line: random hostile argv and stdin, run in-process against a
real store on disk. Whatever comes in, the answer is exit 0, 1 or 2 with a message — never a
traceback, and never the last-resort "internal error" (which would mean an unhandled path).
`sync`, `gui`, `install-desktop` and `autostart` are left out: they reach the network, start Qt
or write into the user's real desktop folders.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from countdown.cli.main import main

COMMANDS = ["parse", "add", "edit", "list", "show", "history", "remove", "export", "import"]
COMMANDS += ["paste", "backup"]
OPTIONS = ["--json", "--all", "--base", "--tz", "--lang", "--status", "--source", "--note"]
OPTIONS += ["--tag", "--name", "--when", "--format", "--jsonl", "--add", "--yes", "-o", "--"]
HOSTILE = [
    "0", "1", "2", "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
    "1e309", "nan", "", " ", "\x00", "\x1b[31m", "R&D <b>x</b>", "\udcff\udcfe", "Q3 2027",
    "July this year", "9999-12-31", "0001-01-01", "2026-02-30", "Asia/Shanghai", "../../etc",
    "Mars/Olympus", "zz", "ics", "json", "rumored", "list", "restore", "-", "/dev/null", "/nonexistent/x.json",
    "year 9999", "Q5 2027", "10000000000 days", "next year" * 50, "\u202e", "fr", "%s%n",
]  # fmt: skip
ARG = st.one_of(st.sampled_from(HOSTILE + OPTIONS), st.text(max_size=30), st.integers().map(str))
STDIN = st.one_of(
    st.binary(max_size=200),
    st.sampled_from([b"[1]\n", b'{"text": null}\n', b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"]),
)


@settings(
    max_examples=int(os.environ.get("COUNTDOWN_FUZZ_EXAMPLES", "250")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(command=st.sampled_from(COMMANDS), args=st.lists(ARG, max_size=6), stdin=STDIN)
def test_any_argv_gets_a_message_and_an_exit_status(
    home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    args: list[str],
    stdin: bytes,
) -> None:
    monkeypatch.chdir(tmp_path)  # `export -o NAME` writes here, never into the repository
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    try:
        status = main([command, *args])
    except SystemExit as exc:  # argparse's --help / --version
        status = exc.code if isinstance(exc.code, int) else 1
    err = capsys.readouterr().err
    assert status in (0, 1, 2), err
    assert "Traceback" not in err and "internal error" not in err, (command, args, err)
