"""`countdown paste`: proposals printed from a file or stdin, --json shape, --add with and
without confirmation, exit codes. Runs the real command in a subprocess against a private
COUNTDOWN_HOME, plus in-process runs where a terminal has to answer the questions."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from countdown.cli.main import build_parser
from countdown.cli.paste import run

NEWS = (
    "Google's Pixel 11 Pro goes on sale in early October after a September unveiling, "
    "according to a report from 9to5Google. SpaceX plans to launch Starship Flight 12 no "
    "earlier than late July, the company said."
)


def countdown(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "countdown", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def listed(home: Path) -> list[dict[str, object]]:
    result = countdown("list", "--all", "--json")
    assert result.returncode == 0, result.stderr
    data: list[dict[str, object]] = json.loads(result.stdout)
    return data


@pytest.fixture
def news_file(tmp_path: Path) -> Path:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    return path


def test_json_lists_each_proposal_with_window_and_base(home: Path, news_file: Path) -> None:
    result = countdown("paste", str(news_file), "--base", "2026-05-01", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["name"] for row in rows] == ["Pixel 11 Pro", "Starship Flight 12"]
    first = rows[0]
    assert set(first) == {"name", "when_text", "window", "status", "quote", "base", "evidence"}
    assert first["when_text"] == "early October"
    name_start, name_end = first["evidence"]["name"]
    when_start, when_end = first["evidence"]["when"]
    assert NEWS[name_start:name_end] == "Pixel 11 Pro"  # offsets into the text as given
    assert NEWS[when_start:when_end] == "early October"
    assert (first["window"]["start"], first["window"]["end"]) == ("2026-10-01", "2026-10-10")
    assert first["status"] == "rumored"
    assert first["base"] == "2026-05-01T00:00:00"
    assert rows[1]["status"] == "announced"
    assert listed(home) == []  # printing proposals writes nothing


def test_human_output_from_stdin_shows_name_window_status_and_quote(home: Path) -> None:
    result = countdown("paste", "-", "--base", "2026-05-01", stdin=NEWS)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "1. Pixel 11 Pro" in out and "2. Starship Flight 12" in out
    assert "early October 2026" in out and "late July 2026" in out
    assert "status: rumored" in out
    assert "“SpaceX plans to launch Starship Flight 12" in out


def test_add_yes_tracks_every_proposal(home: Path, news_file: Path) -> None:
    result = countdown("paste", str(news_file), "--base", "2026-05-01", "--add", "--yes")
    assert result.returncode == 0, result.stderr
    assert "Added #" in result.stdout
    launches = listed(home)
    assert sorted(str(launch["name"]) for launch in launches) == [
        "Pixel 11 Pro",
        "Starship Flight 12",
    ]
    pixel = next(launch for launch in launches if launch["name"] == "Pixel 11 Pro")
    assert str(pixel["source"]).startswith("Google's Pixel 11 Pro goes on sale")
    assert pixel["when_text"] == "early October"


def test_nothing_found_exits_2_and_writes_nothing(home: Path) -> None:
    result = countdown("paste", "-", "--add", "--yes", stdin="Nice weather, no launches.")
    assert result.returncode == 2
    assert "No launch found" in result.stderr
    assert result.stdout == ""
    assert listed(home) == []


@pytest.mark.parametrize(
    "args",
    [("paste", "/no/such/file.txt"), ("paste", "-", "--base", "yesterdayish")],
)
def test_bad_input_exits_2_with_a_message(home: Path, args: tuple[str, ...]) -> None:
    result = countdown(*args, stdin=NEWS)
    assert result.returncode == 2
    assert result.stderr.startswith("countdown:")


class Terminal(io.StringIO):
    """Answers typed at a terminal."""

    def isatty(self) -> bool:
        return True


def test_add_on_a_terminal_asks_for_each_proposal(home: Path, news_file: Path) -> None:
    args = build_parser().parse_args(["paste", str(news_file), "--base", "2026-05-01", "--add"])
    out = io.StringIO()
    code = run(
        args, clock=lambda: datetime(2026, 5, 1, 12, tzinfo=UTC), stdin=Terminal("y\nn\n"), out=out
    )
    assert code == 0
    assert out.getvalue().count("? [Y/n]") == 2
    assert [launch["name"] for launch in listed(home)] == ["Pixel 11 Pro"]


def test_paste_does_not_load_qt(home: Path, news_file: Path) -> None:
    code = (
        "import sys; from countdown.cli.main import main; "
        f"rc = main(['paste', {str(news_file)!r}, '--base', '2026-05-01', '--json']); "
        "assert 'PySide6' not in sys.modules, 'Qt loaded'; sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_end_of_input_at_a_question_means_no(home: Path, news_file: Path) -> None:
    args = build_parser().parse_args(["paste", str(news_file), "--base", "2026-05-01", "--add"])
    code = run(
        args,
        clock=lambda: datetime(2026, 5, 1, 12, tzinfo=UTC),
        stdin=Terminal("yes\n"),
        out=io.StringIO(),
    )
    assert code == 0
    assert [launch["name"] for launch in listed(home)] == ["Pixel 11 Pro"]


def test_news_about_a_tracked_launch_updates_it_instead_of_adding(
    home: Path, news_file: Path
) -> None:
    first = countdown("paste", str(news_file), "--base", "2026-05-01", "--add", "--json")
    assert [row["action"] for row in json.loads(first.stdout)] == ["added", "added"]
    again = countdown("paste", str(news_file), "--base", "2026-05-01", "--add", "--json")
    assert [row["action"] for row in json.loads(again.stdout)] == ["unchanged", "unchanged"]
    delay = "Google has delayed the Pixel 11 Pro to November 12, sources say."
    result = countdown("paste", "-", "--base", "2026-05-01", "--add", stdin=delay)
    assert result.returncode == 0, result.stderr
    assert "Updated #" in result.stdout
    assert "moved from early October 2026 to November 12, 2026" in result.stdout
    launches = listed(home)
    assert len(launches) == 2
    pixel = next(launch for launch in launches if launch["name"] == "Pixel 11 Pro")
    history = countdown("history", str(pixel["id"]), "--json")
    windows = [revision["window"]["label"] for revision in json.loads(history.stdout)]
    assert windows == ["early October 2026", "November 12, 2026"]
