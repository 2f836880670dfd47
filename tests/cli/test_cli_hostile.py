"""Hostile input at the command line (issue 10): names that try to drive the terminal, ids out of
range, arguments that are not UTF-8, JSONL lines that are not objects. Every answer is a message
and an exit status (0, 1 or 2), never a traceback; nothing printed can act on a terminal.
Run as real processes against a real store on disk, except the fuzz (in-process, for speed).
"""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ESCAPES = "\x1b]0;owned\x07\x1b[2J\x1b[31m\r\x9b31m\u202e"
HOSTILE_NAME = f"R&D <b>phone</b>{ESCAPES}end"
CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//hostile//EN\r\n"
    "BEGIN:VEVENT\r\nUID:evil-1@example.org\r\nDTSTAMP:20261101T000000Z\r\n"
    "DTSTART;VALUE=DATE:20270315\r\nSUMMARY:Evil \x1b]0;owned\x07\x1b[31mphone\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def run(home: Path, *args: str | bytes, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "countdown", *args],
        capture_output=True,
        input=stdin,
        env={"COUNTDOWN_HOME": str(home), "PATH": "/usr/bin:/bin", "TZ": "Europe/Berlin"},
        timeout=60,
    )


def raw_controls(output: bytes) -> list[str]:
    """Characters a terminal acts on (other than line breaks and tabs) found in `output`."""
    text = output.decode("utf-8")
    return [
        c
        for c in text
        if (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F or c == "\u202e"
    ]


@pytest.fixture
def hostile_home(home: Path, tmp_path: Path) -> Path:
    added = run(home, "add", HOSTILE_NAME, "Q3 2027", "--base", "2026-11-01", "--note", ESCAPES)
    assert added.returncode == 0, added.stderr
    ics = tmp_path / "evil.ics"
    ics.write_bytes(CALENDAR.encode())
    imported = run(home, "import", str(ics))
    assert imported.returncode == 0, imported.stderr
    return home


@pytest.mark.parametrize(
    "args", [("list",), ("list", "--all"), ("show", "1"), ("show", "2"), ("history", "1")]
)
def test_text_output_shows_escapes_but_never_sends_them(
    hostile_home: Path, args: tuple[str, ...]
) -> None:
    result = run(hostile_home, *args)
    assert result.returncode == 0, result.stderr
    assert raw_controls(result.stdout) == []
    if args[0] != "history":
        assert "␛]0;owned␇" in result.stdout.decode()  # visible, so the user sees what is there


def test_names_stay_literal_and_json_stays_lossless(hostile_home: Path) -> None:
    assert "R&D <b>phone</b>" in run(hostile_home, "show", "1").stdout.decode()
    result = run(hostile_home, "list", "--json")
    assert raw_controls(result.stdout) == []
    names = [launch["name"] for launch in json.loads(result.stdout)]
    assert HOSTILE_NAME in names and "Evil \x1b]0;owned\x07\x1b[31mphone" in names


def test_paste_and_error_messages_are_printable_too(home: Path) -> None:
    news = f"The {ESCAPES}Zeta phone will launch in Q3 2027.".encode()
    pasted = run(home, "paste", "-", "--base", "2026-11-01", stdin=news)
    assert raw_controls(pasted.stdout) == [] and raw_controls(pasted.stderr) == []
    failed = run(home, "add", "X", f"when {ESCAPES}")
    assert failed.returncode == 2 and raw_controls(failed.stderr) == []


def test_an_export_shown_on_a_terminal_is_printable(hostile_home: Path) -> None:
    leader, follower = pty.openpty()
    env = {"COUNTDOWN_HOME": str(hostile_home), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen([sys.executable, "-m", "countdown", "export"], stdout=follower, env=env)
    os.close(follower)
    shown = b""
    while chunk := _read_pty(leader):
        shown += chunk
    os.close(leader)
    assert proc.wait(timeout=60) == 0
    assert b"owned" in shown and b"\x1b" not in shown and b"\x07" not in shown
    piped = run(hostile_home, "export")  # into a file or a pipe the data stays as it is
    assert "\x1b]0;owned" in json.loads(piped.stdout)["launches"][0]["name"]


def _read_pty(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the child closed its side
        return b""


@pytest.mark.parametrize(
    "args",
    [
        ("show", "9223372036854775808"),
        ("show", "99999999999999999999999"),
        ("history", "-1"),
        ("remove", "0"),
        ("edit", "-9223372036854775809", "--name", "x"),
        ("export", "--format", "ics", "1", "18446744073709551616"),
        ("show", "1e3"),
    ],
)
def test_ids_out_of_range_are_bad_input(home: Path, args: tuple[str, ...]) -> None:
    result = run(home, *args)
    assert result.returncode == 2, result.stderr
    assert b"Traceback" not in result.stderr and b"launch id" in result.stderr


def test_history_of_an_unknown_id_is_bad_input(home: Path) -> None:
    result = run(home, "history", "77")
    assert result.returncode == 2 and b"No launch with id 77" in result.stderr


def test_arguments_that_are_not_utf8_are_refused_and_nothing_is_stored(home: Path) -> None:
    result = run(home, "add", b"Phone \xff\xfe", "Q3 2027")
    assert result.returncode == 2 and b"not valid UTF-8" in result.stderr
    assert b"Traceback" not in result.stderr
    assert json.loads(run(home, "list", "--all", "--json").stdout) == []


def test_jsonl_answers_every_line_even_the_bad_ones(home: Path) -> None:
    lines = [b"[1, 2]", b'"Q3 2027"', b"null", b'{"text": 5}', b"\xff\xfe", b"{", b""]
    lines += [b'{"text": "Q3 2027", "base": "2026-01-01"}', b'{"text": "Q3", "tz": "Mars/X"}']
    result = run(home, "parse", "--jsonl", stdin=b"\n".join(lines) + b"\n")
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 8  # the empty line is skipped
    assert [("error" in a) for a in answers] == [True] * 6 + [False, True]
    assert answers[6]["label"] == "Q3 2027"
    assert "JSON object" in answers[0]["error"]


def test_ctrl_c_stops_quietly(home: Path) -> None:
    env = {"COUNTDOWN_HOME": str(home), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "countdown", "parse", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        # As in a terminal: a shell runs background jobs (CI, scripts) with SIGINT ignored, and
        # Python then never raises KeyboardInterrupt; the user's Ctrl+C reaches a default handler.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdin is not None
    proc.stdin.write(b'{"text": "Q3 2027"}\n' * 150)  # answers fill its output buffer, so
    proc.stdin.flush()  # a first line to read means it runs, past start-up; stdin stays open
    assert proc.stdout is not None and b"Q3 2027" in proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and b"interrupted" in err and b"Traceback" not in err
