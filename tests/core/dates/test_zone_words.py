"""Zones named in other languages (CONVENTIONS.md v2, NEWS-CONVENTIONS.md): 北京时间 / 北京時間,
日本時間(の), MESZ / MEZ, "heure de Paris", "hora peninsular" / "hora de España" give the zone's
offset, in `countdown parse` and in `paste`, wherever the zone word stands beside the date."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from countdown.core.news.extract import extract_launches, read_when

BASE = datetime(2026, 11, 27, 9, 0)
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

# (text, language, start, grain): the offset in force that day for the named zone.
READINGS = [
    ("6月12日北京时间10:30", "zh", "2027-06-12T10:30:00+08:00", "minute"),
    ("北京時間6月12日晚上8點", "zh", "2027-06-12T20:00:00+08:00", "hour"),
    ("日本時間の6月12日午前10時", "ja", "2027-06-12T10:00:00+09:00", "hour"),
    ("6月12日10時30分（日本時間）", "ja", "2027-06-12T10:30:00+09:00", "minute"),
    ("12. Juni um 14:00 Uhr MESZ", "de", "2027-06-12T14:00:00+02:00", "minute"),
    ("12. Dezember um 14 Uhr MEZ", "de", "2026-12-12T14:00:00+01:00", "hour"),
    ("le 12 juin à 14h30 (heure de Paris)", "fr", "2027-06-12T14:30:00+02:00", "minute"),
    ("le 12 décembre à 14h heure de Paris", "fr", "2026-12-12T14:00:00+01:00", "hour"),
    ("el 12 de junio a las 14:00 hora peninsular", "es", "2027-06-12T14:00:00+02:00", "minute"),
    ("12 de junio a las 14 horas (hora de España)", "es", "2027-06-12T14:00:00+02:00", "hour"),
]


@pytest.mark.parametrize(("text", "language", "start", "grain"), READINGS)
def test_a_native_zone_word_gives_the_zone_offset(
    text: str, language: str, start: str, grain: str
) -> None:
    _, window = read_when(text, base=BASE, languages=("en", language))
    assert (window.start.isoformat(), window.grain.value) == (start, grain)


def test_a_native_zone_word_without_a_clock_leaves_the_day_alone() -> None:
    _, window = read_when("北京时间6月12日", base=BASE, languages=("en", "zh"))
    assert (window.start.isoformat(), window.grain.value) == ("2027-06-12", "day")


def test_a_duration_in_hours_is_no_clock() -> None:
    _, window = read_when("6月12日发布，续航10小时", base=BASE, languages=("en", "zh"))
    assert window.grain.value == "day"


PASTES = [
    ("星海公司的新品发布会定于当地时间3月9日上午10点（北京时间3月10日凌晨2点）举行。",
     "2027-03-10T02:00:00+08:00"),
    ("青岚科技宣布，新款手机青岚K8将于6月12日北京时间10:30正式发布。", "2027-06-12T10:30:00+08:00"),
    ("ハルカ電機は新型カメラ「ハルカ Z3」を日本時間の6月12日午前10時に発売する。", "2027-06-12T10:00:00+09:00"),
    ("Das Tablet Falke 3 erscheint am 12. Juni um 14 Uhr MESZ.", "2027-06-12T14:00:00+02:00"),
    ("La société présentera le téléphone Orion 5 le 12 juin à 14h heure de Paris.", "2027-06-12T14:00:00+02:00"),
    ("La empresa lanzará el portátil Cóndor 9 el 12 de junio a las 14:00 hora peninsular.",
     "2027-06-12T14:00:00+02:00"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "start"), PASTES)
def test_paste_carries_the_native_zone(text: str, start: str) -> None:
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert proposal.window.start.isoformat() == start


def test_parse_reads_chinese_script_without_lang(home: Path) -> None:
    command = ["parse", "--base", "2026-11-27", "--json", "6月12日北京时间10:30"]
    result = subprocess.run(
        [sys.executable, "-m", "countdown", *command],
        capture_output=True,
        text=True,
        env={"COUNTDOWN_HOME": str(home), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["start"] == "2027-06-12T10:30:00+08:00"
