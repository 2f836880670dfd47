"""The command line contract (DESIGN §6), run as a real process against a real store on disk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "countdown", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={"COUNTDOWN_HOME": str(home), "PATH": "/usr/bin:/bin", "TZ": "Europe/Berlin"},
        timeout=60,
    )


def add_json(home: Path, *args: str) -> dict[str, object]:
    result = run(home, "add", *args, "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_add_reads_the_date_as_of_when_it_was_written(home: Path) -> None:
    data = add_json(home, "Xiaomi/Leica flagship", "July this year", "--base", "2022-04-15")
    window = data["window"]
    assert isinstance(window, dict)
    assert (window["start"], window["end"]) == ("2022-07-01", "2022-07-31")
    assert (window["grain"], window["label"]) == ("month", "July 2022")
    assert data["when_text"] == "July this year"


def test_add_prints_how_the_text_was_understood(home: Path) -> None:
    result = run(home, "add", "Pixel 11", "Q3 2030", "--base", "2030-01-10")
    assert result.returncode == 0, result.stderr
    assert "Q3 2030 (Jul 1 – Sep 30, 2030, quarter)" in result.stdout


def test_unparseable_date_exits_2_and_writes_nothing(home: Path) -> None:
    result = run(home, "add", "Mystery phone", "TBA")
    assert result.returncode == 2
    assert "TBA" in result.stderr
    listed = run(home, "list", "--all", "--json")
    assert json.loads(listed.stdout) == []


def test_bad_base_and_zone_are_rejected(home: Path) -> None:
    assert "ISO" in run(home, "add", "X", "July", "--base", "yesterday-ish").stderr
    result = run(home, "add", "X", "July 5 at 10am", "--tz", "Mars/Olympus")
    assert result.returncode == 2 and "IANA" in result.stderr


def test_edit_records_a_slip_in_history(home: Path) -> None:
    launch_id = add_json(home, "Console", "Q3 2031", "--base", "2031-01-02")["id"]
    result = run(home, "edit", str(launch_id), "--when", "August 2031", "--status", "delayed")
    assert result.returncode == 0, result.stderr
    history = json.loads(run(home, "history", str(launch_id), "--json").stdout)
    assert [h["window"]["label"] for h in history] == ["Q3 2031", "August 2031"]
    assert history[-1]["status"] == "delayed"


def test_list_show_remove(home: Path) -> None:
    first = add_json(home, "Rocket", "December 2031", "--tag", "space")["id"]
    add_json(home, "Phone", "2031-06-01", "--status", "launched")
    listed = json.loads(run(home, "list", "--json").stdout)
    assert [item["name"] for item in listed] == ["Rocket"]
    assert len(json.loads(run(home, "list", "--all", "--json").stdout)) == 2
    shown = json.loads(run(home, "show", str(first), "--json").stdout)
    assert shown["tags"] == ["space"] and len(shown["revisions"]) == 1
    assert run(home, "remove", str(first)).returncode == 0
    missing = run(home, "show", str(first))
    assert missing.returncode == 2 and str(first) in missing.stderr


def test_export_import_json_round_trip(home: Path, tmp_path: Path) -> None:
    launch_id = add_json(home, "Glasses", "H2 2031", "--source", "https://example.org/x")["id"]
    run(home, "edit", str(launch_id), "--when", "late 2031")
    out = tmp_path / "export.json"
    assert run(home, "export", "--format", "json", "-o", str(out)).returncode == 0
    other = tmp_path / "other"
    other.mkdir()
    assert run(other, "import", str(out)).returncode == 0
    exported = json.loads(out.read_text())
    again = tmp_path / "again.json"
    run(other, "export", "-o", str(again))
    assert json.loads(again.read_text())["launches"] == exported["launches"]


def test_import_of_garbage_is_bad_input(home: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.json"
    junk.write_text("{not json")
    result = run(home, "import", str(junk))
    assert result.returncode == 2 and "JSON" in result.stderr


def test_parse_jsonl_batch(home: Path) -> None:
    lines = "\n".join(
        json.dumps(case)
        for case in (
            {"text": "Q3 2026", "base": "2026-01-05T10:00:00"},
            {"text": "TBA", "base": "2026-01-05T10:00:00"},
        )
    )
    result = run(home, "parse", "--jsonl", stdin=lines)
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["start"], first["end"], first["grain"]) == ("2026-07-01", "2026-09-30", "quarter")
    assert "error" in second


@pytest.mark.parametrize("command", [["list"], ["parse", "Q3 2026"], ["export"]])
def test_non_gui_commands_load_no_qt(home: Path, command: list[str]) -> None:
    probe = (
        "import sys, io, contextlib\n"
        "from countdown.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main({command!r})\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(code, qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        env={"COUNTDOWN_HOME": str(home), "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == "0 []", result.stderr


def test_extra_languages_on_request(home: Path) -> None:
    english_only = run(home, "parse", "fin juillet 2027")
    assert english_only.returncode == 2 or "late" not in english_only.stdout
    french = json.loads(run(home, "parse", "fin juillet 2027", "--lang", "fr", "--json").stdout)
    assert (french["start"], french["end"]) == ("2027-07-21", "2027-07-31")
    added = add_json(home, "Phone", "2027年第三季度", "--lang", "zh")
    window = added["window"]
    assert isinstance(window, dict) and window["label"] == "Q3 2027"
    assert added["when_text"] == "2027年第三季度"  # kept verbatim
