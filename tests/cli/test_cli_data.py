"""The data half of the command line's robustness: damaged rows, refused and repeated imports,
atomic exports, `backup list|restore` — each run as a real process on a real store on disk."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import add_json, run


def damage_status(home: Path, launch_id: object) -> None:
    """A byte gone wrong inside a row: the file still passes quick_check."""
    with sqlite3.connect(home / "launches.sqlite3") as raw:
        raw.execute("UPDATE launches SET status = 'exploded' WHERE id = ?", (launch_id,))


def test_a_damaged_row_is_reported_and_the_rest_still_lists(home: Path) -> None:
    good = add_json(home, "Good phone", "Q3 2027", "--base", "2026-11-01")
    bad = add_json(home, "Bad phone", "Q4 2027", "--base", "2026-11-01")
    damage_status(home, bad["id"])
    listed = run(home, "list", "--json")
    assert listed.returncode == 0
    assert [x["id"] for x in json.loads(listed.stdout)] == [good["id"]]
    assert f"#{bad['id']} (Bad phone) is damaged" in listed.stderr and "status" in listed.stderr
    exported = run(home, "export")
    assert exported.returncode == 0 and "is damaged" in exported.stderr
    assert [x["name"] for x in json.loads(exported.stdout)["launches"]] == ["Good phone"]
    shown = run(home, "show", str(bad["id"]))
    assert shown.returncode == 2 and "Traceback" not in shown.stderr
    assert f"countdown edit {bad['id']}" in shown.stderr


def test_a_history_step_that_does_not_read_is_left_out_and_said(home: Path) -> None:
    phone = add_json(home, "Phone", "Q3 2027", "--base", "2026-11-01")
    assert run(home, "edit", str(phone["id"]), "--when", "August 2027").returncode == 0
    with sqlite3.connect(home / "launches.sqlite3") as raw:
        raw.execute("UPDATE revisions SET window = 'not json' WHERE launch_id = ? AND seq = 1",
                    (phone["id"],))  # fmt: skip
    history = run(home, "history", str(phone["id"]))
    assert history.returncode == 0 and "August 2027" in history.stdout
    assert "Q3 2027" not in history.stdout
    assert "1 step(s) of this history do not read" in history.stderr


def test_a_damaged_row_is_repaired_by_edit_or_removed(home: Path) -> None:
    bad = add_json(home, "Bad phone", "Q4 2027", "--base", "2026-11-01")
    damage_status(home, bad["id"])
    refused = run(home, "edit", str(bad["id"]), "--name", "Still bad")
    assert refused.returncode == 2 and "status" in refused.stderr
    fixed = run(home, "edit", str(bad["id"]), "--status", "announced", "--json")
    assert fixed.returncode == 0, fixed.stderr
    assert json.loads(fixed.stdout)["status"] == "announced"
    assert run(home, "list").stderr == ""
    other = add_json(home, "Other", "Q1 2028", "--base", "2026-11-01")
    damage_status(home, other["id"])
    removed = run(home, "remove", str(other["id"]), "--json")
    assert removed.returncode == 0
    assert json.loads(removed.stdout) == {"removed": other["id"], "name": "Other"}


def test_invalid_utf8_in_a_row_is_damage_not_a_crash(home: Path) -> None:
    bad = add_json(home, "Bad phone", "Q4 2027", "--base", "2026-11-01")
    with sqlite3.connect(home / "launches.sqlite3") as raw:
        raw.execute("UPDATE launches SET name = CAST(x'ff41' AS TEXT) WHERE id = ?", (bad["id"],))
    listed = run(home, "list")
    assert listed.returncode == 0 and "is damaged" in listed.stderr
    assert "name: is not valid UTF-8" in listed.stderr
    assert run(home, "edit", str(bad["id"]), "--name", "Fixed").returncode == 0
    assert "Fixed" in run(home, "list").stdout


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"window": {"start": "2027-01-01", "end": "2027-01-31", "grain": "month", "tz": "Mars/Base"}},
         "window.tz"),
        ({"status": "exploded"}, "status"),
        ({"window": {"start": "2027-01-01", "end": "2027-01-31", "grain": "fortnight"}},
         "window.grain"),
        ({"tags": "not a list"}, "tags"),
        ({"window": {"start": "9999-12-01", "end": "9999-12-31", "grain": "month"}}, "window"),
    ],
)  # fmt: skip
def test_a_bad_json_record_refuses_the_whole_file(
    home: Path, tmp_path: Path, change: dict[str, object], field: str
) -> None:
    add_json(home, "Keep me", "Q3 2027", "--base", "2026-11-01")
    exported = json.loads(run(home, "export").stdout)
    first = dict(exported["launches"][0], id=None, name="First")
    bad = dict(exported["launches"][0], id=None, name="Broken", **change)
    file = tmp_path / "in.json"
    file.write_text(json.dumps({**exported, "launches": [first, bad]}), encoding="utf-8")
    result = run(home, "import", str(file), "--json")
    assert result.returncode == 2
    refused = json.loads(result.stdout)
    assert refused["result"] == "refused" and refused["imported"] == []
    assert "Launch 2 (Broken)" in refused["error"] and f"field {field}" in refused["error"]
    assert "Nothing was imported" in result.stderr
    assert [x["name"] for x in json.loads(run(home, "list", "--json").stdout)] == ["Keep me"]


def test_a_bad_ics_event_refuses_the_whole_file_and_names_it(home: Path, tmp_path: Path) -> None:
    good = (
        "BEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:Good\r\nDTSTART;VALUE=DATE:20270105\r\nEND:VEVENT\r\n"
    )
    bad = good.replace("UID:a@x", "UID:b@x").replace("Good", "Zoned") + ""
    bad = bad.replace("END:VEVENT", "X-COUNTDOWN-TZ:Mars/Olympus\r\nEND:VEVENT")
    seq = good.replace("UID:a@x", "UID:c@x").replace("END:VEVENT", "SEQUENCE:abc\r\nEND:VEVENT")
    for event, field in ((bad, "X-COUNTDOWN-TZ"), (seq, "SEQUENCE")):
        file = tmp_path / "cal.ics"
        text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{good}{event}END:VCALENDAR\r\n"
        file.write_text(text, encoding="utf-8")
        result = run(home, "import", str(file))
        assert result.returncode == 2 and "Event 2" in result.stderr and field in result.stderr
        assert json.loads(run(home, "list", "--json").stdout) == []


def test_a_reimport_updates_instead_of_duplicating(home: Path, tmp_path: Path) -> None:
    add_json(home, "Phone", "Q3 2027", "--base", "2026-11-01")
    file = tmp_path / "all.json"
    assert run(home, "export", "-o", str(file)).returncode == 0
    again = run(home, "import", str(file), "--json")
    assert json.loads(again.stdout)["unchanged"] == [1]
    elsewhere = tmp_path / "elsewhere"
    for _ in range(2):
        result = run(elsewhere, "import", str(file), "--json")
        assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["result"] == "applied"
    assert len(json.loads(run(elsewhere, "list", "--json").stdout)) == 1


def test_export_failures_say_why_and_keep_the_old_file(home: Path, tmp_path: Path) -> None:
    add_json(home, "Phone", "Q3 2027", "--base", "2026-11-01")
    cases = {
        str(tmp_path): "is a directory",
        str(tmp_path / "missing" / "out.json"): "does not exist",
        "/dev/full": "disk is full",
    }
    for target, words in cases.items():
        result = run(home, "export", "-o", target)
        assert result.returncode == 2 and words in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


def test_backup_list_and_restore(home: Path) -> None:
    add_json(home, "First", "Q3 2027", "--base", "2026-11-01")
    add_json(home, "Second", "Q4 2027", "--base", "2026-11-01")
    backups = json.loads(run(home, "backup", "list", "--json").stdout)
    assert [b["launches"] for b in backups] == [2, 1]  # newest first, after every write
    restored = run(home, "backup", "restore", backups[1]["id"], "--json")
    assert restored.returncode == 0, restored.stderr
    assert json.loads(restored.stdout)["restored"] == backups[1]["id"]
    assert [x["name"] for x in json.loads(run(home, "list", "--json").stdout)] == ["First"]
    unknown = run(home, "backup", "restore", "19990101T000000Z")
    assert unknown.returncode == 2 and "backup list" in unknown.stderr


def test_an_ics_file_that_is_not_utf8_is_refused_with_the_line(home: Path, tmp_path: Path) -> None:
    file = tmp_path / "latin1.ics"
    file.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a@x\r\n"
        b"SUMMARY:Caf\xe9 launch\r\nDTSTART;VALUE=DATE:20270105\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = run(home, "import", str(file))
    assert result.returncode == 2 and "line 6 is not UTF-8" in result.stderr
    assert json.loads(run(home, "list", "--json").stdout) == []
