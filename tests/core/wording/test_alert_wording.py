"""Notifications in the user's language: the alert plan's titles and bodies, same keys and times."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from countdown.core.model import AlertPrefs, Grain, Launch, Status, Window
from countdown.core.plan import plan_alerts
from countdown.core.wording import wording_for

BERLIN = ZoneInfo("Europe/Berlin")
CREATED = datetime(2026, 1, 1, tzinfo=UTC)


def plan(window: Window, code: str) -> list[tuple[str, str, str]]:
    item = Launch(name="Pixel 11", when_text=window.label, base=datetime(2026, 1, 1),
                  window=window, status=Status.ANNOUNCED, id=3, created=CREATED, updated=CREATED)  # fmt: skip
    alerts = plan_alerts(
        item, now=CREATED, prefs=AlertPrefs(), local_tz=BERLIN, wording=wording_for(code)
    )
    return [(a.key, a.title, a.body) for a in alerts]


def test_a_quarter_is_announced_in_german_with_german_dates() -> None:
    q3 = Window(date(2026, 7, 1), date(2026, 9, 30), Grain.QUARTER, "Q3 2026")
    titles = [title for _key, title, _body in plan(q3, "de")]
    assert titles == [
        "Pixel 11: Zeitraum beginnt in 7 Tagen",
        "Pixel 11: Zeitraum beginnt heute",
        "Pixel 11: letzter Tag des Zeitraums",
        "Pixel 11: Zeitraum vorbei – schon gestartet?",
    ]
    assert plan(q3, "de")[0][2] == "Erwartet: Q3 2026 (1. Juli 2026 – 30. Sept. 2026)."


def test_an_instant_is_announced_in_chinese_at_the_same_times_and_keys() -> None:
    at = datetime(2026, 6, 10, 15, 30, tzinfo=BERLIN)
    window = Window(at, at, Grain.MINUTE, "", "Europe/Berlin")
    chinese, english = plan(window, "zh_CN"), plan(window, "en")
    assert [key for key, *_ in chinese] == [key for key, *_ in english]
    assert chinese[0][1:] == ("Pixel 11 还有 7 天发布", "发布时间：2026年6月10日（周三） 15:30。")
    assert english[0][1:] == ("Pixel 11 in 7 days", "Launches Wed 10 Jun 2026 at 15:30.")
    assert [title for _k, title, _b in chinese[1:]] == [
        "Pixel 11 明天发布", "Pixel 11 今天发布", "Pixel 11 1 小时后发布", "Pixel 11 正在发布",
    ]  # fmt: skip


def test_a_launch_day_in_japanese_and_french_names_the_day() -> None:
    day = Window(date(2026, 11, 27), date(2026, 11, 27), Grain.DAY, "November 27, 2026")
    assert plan(day, "ja")[-1][1:] == ("Pixel 11：今日リリース", "リリース日：2026年11月27日。")
    assert plan(day, "fr")[-1][1:] == (
        "Pixel 11\u00a0: lancement aujourd’hui", "Jour du lancement\u00a0: 27 novembre 2026.",
    )  # fmt: skip
