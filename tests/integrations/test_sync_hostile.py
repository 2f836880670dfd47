"""`countdown sync` against servers that misbehave (issue 10), run as the real CLI against a real
store: a server that trickles its answer is cut off by the overall deadline, broken XML and an
XML bomb give a message, and each time exit 1 with nothing stored changed. A password typed
inside --url is never stored (database, its WAL, backups) nor echoed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from countdown.integrations.url_secrets import scrub, split_userinfo
from tests.integrations.hostile_servers import BOMB, BROKEN_XML, serving
from tests.integrations.test_sync import radicale  # noqa: F401  (a fixture)

pytest.importorskip("caldav")
SECRET = "hunter2-Zq9"


def cli(home: Path, *args: str, password: str | None = "pw") -> subprocess.CompletedProcess[str]:
    env = {"COUNTDOWN_HOME": str(home), "PATH": "/usr/bin:/bin", "TZ": "Europe/Berlin"}
    if password:
        env["COUNTDOWN_SYNC_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "countdown", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def dump(home: Path) -> list[str]:
    """Every row of the store, as SQL: equal dumps mean nothing stored changed."""
    conn = sqlite3.connect(f"file:{home / 'launches.sqlite3'}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def stocked(home: Path) -> Path:
    assert cli(home, "add", "Phone 12", "Q3 2027", "--base", "2026-11-01").returncode == 0
    assert cli(home, "list").returncode == 0  # whatever a plain open writes, it has written
    return home


def test_a_trickling_server_is_cut_off_by_the_overall_deadline(stocked: Path) -> None:
    before = dump(stocked)
    with serving(drip_s=0.2) as url:
        started = time.monotonic()
        result = cli(stocked, "sync", "--url", url, "--user", "alice", "--timeout", "3")
        elapsed_s = time.monotonic() - started
    assert result.returncode == 1, result.stderr
    assert "did not finish" in result.stderr and "3 s" in result.stderr
    assert "Traceback" not in result.stderr
    assert elapsed_s < 20  # 3 s of budget plus start-up; each byte alone would never time out
    assert dump(stocked) == before


@pytest.mark.parametrize("body", [BROKEN_XML, BOMB, b"", b"not xml at all"])
def test_an_unreadable_answer_is_a_message_and_changes_nothing(stocked: Path, body: bytes) -> None:
    before = dump(stocked)
    with serving(body=body) as url:
        started = time.monotonic()
        result = cli(stocked, "sync", "--url", url, "--user", "alice")
    assert result.returncode == 1, result.stderr
    assert "cannot be read" in result.stderr and "Traceback" not in result.stderr
    assert time.monotonic() - started < 20  # the bomb is refused, not expanded
    assert dump(stocked) == before


def test_a_password_in_the_url_is_neither_stored_nor_shown(
    stocked: Path,
    radicale: str,  # noqa: F811
) -> None:
    with_secret = radicale.replace("http://", f"http://alice:{SECRET}@")
    result = cli(stocked, "sync", "--url", with_secret, "--json")
    assert result.returncode == 0, result.stderr
    assert "password in --url was not used" in result.stderr
    assert SECRET not in result.stdout + result.stderr
    again = cli(stocked, "sync")  # the remembered address and user name (alice) still work
    assert again.returncode == 0, again.stderr
    for path in stocked.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_a_password_in_the_url_is_scrubbed_from_error_messages(home: Path) -> None:
    result = cli(home, "sync", "--url", f"http://alice:{SECRET}@127.0.0.1:9/", "--timeout", "5")
    assert result.returncode == 1
    assert SECRET not in result.stderr and "127.0.0.1:9" in result.stderr


def test_split_and_scrub() -> None:
    split = split_userinfo(f"https://al%40ice:{SECRET}@dav.example.com:8443/cal/")
    assert (split.url, split.user, split.had_password) == (
        "https://dav.example.com:8443/cal/",
        "al@ice",
        True,
    )
    assert split_userinfo("https://dav.example.com/").user is None
    message = f"cannot reach https://bob:{SECRET}@x.org/a (see http://u:p@y/)"
    assert scrub(message) == "cannot reach https://x.org/a (see http://y/)"


@pytest.mark.parametrize(
    "url",
    ["ftp://x.org/", "http://[::1", "notaurl", "https://", "http://h:99999/", "https://u:p@[x/"],
)
def test_an_address_that_is_not_one_is_bad_input(home: Path, url: str) -> None:
    result = cli(home, "sync", "--url", url, "--user", "alice")
    assert result.returncode == 2, result.stderr
    assert "not a calendar address" in result.stderr and "Traceback" not in result.stderr
    assert ":p@" not in result.stderr
