"""Countdowns in the user's language: the table, tray and popup read "in 12 Tagen", "还有 12 天".

Every case freezes "now"; plural forms are checked on both sides of each language's rule.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from countdown.core.countdown import describe
from countdown.core.model import Grain, Window
from countdown.core.wording import ENGLISH, wording_for

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 24, 15, 0, tzinfo=BERLIN)


def day(d: date) -> Window:
    return Window(d, d, Grain.DAY, "")


def span(first: date, last: date) -> Window:
    return Window(first, last, Grain.MONTH, "")


def say(window: Window, code: str, now: datetime = NOW, **kw: bool) -> str:
    return describe(window, now, wording=wording_for(code), **kw)


@pytest.mark.parametrize(
    ("code", "in_12", "tomorrow", "today", "yesterday", "ago_2"),
    [
        ("en", "in 12 days", "tomorrow", "today", "yesterday", "2 days ago"),
        ("de", "in 12 Tagen", "morgen", "heute", "gestern", "vor 2 Tagen"),
        ("fr", "dans 12 jours", "demain", "aujourd’hui", "hier", "il y a 2 jours"),
        ("es", "en 12 días", "mañana", "hoy", "ayer", "hace 2 días"),
        ("zh_CN", "还有 12 天", "明天", "今天", "昨天", "2 天前"),
        ("ja", "あと12日", "明日", "今日", "昨日", "2日前"),
    ],
)
def test_a_launch_day_counts_down_in_each_language(
    code: str, in_12: str, tomorrow: str, today: str, yesterday: str, ago_2: str
) -> None:
    days = [date(2026, 12, 6), date(2026, 11, 25), date(2026, 11, 24), date(2026, 11, 23)]
    assert [say(day(d), code) for d in days] == [in_12, tomorrow, today, yesterday]
    assert say(day(date(2026, 11, 22)), code) == ago_2


@pytest.mark.parametrize(
    ("code", "short", "long"),
    [
        ("en", "opens in 220 days", "window opens in 220 days"),
        ("de", "beginnt in 220 Tagen", "Zeitraum beginnt in 220 Tagen"),
        ("fr", "commence dans 220 jours", "la période commence dans 220 jours"),
        ("es", "empieza en 220 días", "el periodo empieza en 220 días"),
        ("zh_CN", "220 天后开始", "时间段 220 天后开始"),
        ("ja", "開始まであと220日", "期間開始まであと220日"),
    ],
)
def test_a_window_opening_reads_short_in_the_table_and_long_in_the_tray(
    code: str, short: str, long: str
) -> None:
    window = span(date(2027, 7, 2), date(2027, 9, 30))
    assert say(window, code) == short
    assert say(window, code, long=True) == long


@pytest.mark.parametrize(
    ("code", "one_left", "two_left", "passed_3"),
    [
        ("en", "open · day 30 of 30 · last day", "open · day 28 of 30 · 2 days left", "passed 3 days ago"),
        ("de", "läuft · Tag 29 von 30 · noch 1 Tag", "läuft · Tag 28 von 30 · noch 2 Tage", "seit 3 Tagen vorbei"),
        ("fr", "en cours · jour 29 sur 30 · encore 1 jour", "en cours · jour 28 sur 30 · encore 2 jours", "terminée il y a 3 jours"),
        ("es", "en curso · día 29 de 30 · queda 1 día", "en curso · día 28 de 30 · quedan 2 días", "terminó hace 3 días"),
        ("zh_CN", "进行中 · 第 29/30 天 · 还剩 1 天", "进行中 · 第 28/30 天 · 还剩 2 天", "3 天前已结束"),
        ("ja", "期間中 · 30日中29日目 · 残り1日", "期間中 · 30日中28日目 · 残り2日", "3日前に終了"),
    ],
)  # fmt: skip
def test_an_open_window_says_which_day_and_how_many_are_left_with_plurals(
    code: str, one_left: str, two_left: str, passed_3: str
) -> None:
    november = span(date(2026, 11, 1), date(2026, 11, 30))
    on = {29: one_left, 28: two_left} if code != "en" else {30: one_left, 28: two_left}
    for day_no, text in on.items():
        now = datetime(2026, 11, day_no, 9, 0, tzinfo=BERLIN)
        assert say(november, code, now) == text
    october = span(date(2026, 10, 1), date(2026, 10, 31))
    assert say(october, code, datetime(2026, 11, 3, 9, 0, tzinfo=BERLIN)) == passed_3


def test_french_takes_the_singular_for_one_and_the_plural_from_two() -> None:
    french = wording_for("fr")
    assert [french.count("days_left", n) for n in (1, 2)] == ["encore 1 jour", "encore 2 jours"]
    assert french.count("unit_min", 0) == "0 min"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "in 1 d 1 h"),
        ("de", "in 1 Tg. 1 Std."),
        ("fr", "dans 1 j 1 h"),
        ("es", "en 1 d 1 h"),
        ("zh_CN", "还有 1 天 1 小时"),
        ("ja", "あと1日1時間"),
    ],
)
def test_an_instant_across_the_autumn_clock_change_counts_real_hours(code: str, text: str) -> None:
    """New York falls back on Nov 1, 2026: noon to noon across it is 25 hours."""
    at = datetime(2026, 11, 1, 12, 0, tzinfo=NEW_YORK)
    now = datetime(2026, 10, 31, 12, 0, tzinfo=NEW_YORK)
    assert say(Window(at, at, Grain.MINUTE, "", "America/New_York"), code, now) == text


@pytest.mark.parametrize(
    ("code", "soon", "clock", "now_text", "after"),
    [
        ("en", "in 12 min", "in 00:11:30", "now", "launched 2 h 5 min ago"),
        ("de", "in 12 Min.", "in 00:11:30", "jetzt", "vor 2 Std. 5 Min. gestartet"),
        ("fr", "dans 12 min", "dans 00:11:30", "maintenant", "lancé il y a 2 h 5 min"),
        ("es", "en 12 min", "en 00:11:30", "ahora", "lanzado hace 2 h 5 min"),
        ("zh_CN", "还有 12 分钟", "还有 00:11:30", "现在", "2 小时 5 分钟前已发布"),
        ("ja", "あと12分", "あと00:11:30", "まもなく", "2時間5分前にリリース"),
    ],
)
def test_an_instant_in_minutes_seconds_and_after_it(
    code: str, soon: str, clock: str, now_text: str, after: str
) -> None:
    at = datetime(2026, 11, 24, 15, 11, 30, tzinfo=BERLIN)
    launch = Window(at, at, Grain.SECOND, "")
    assert say(launch, code) == soon
    assert say(launch, code, seconds=True) == clock
    assert say(launch, code, datetime(2026, 11, 24, 15, 11, 50, tzinfo=BERLIN)) == now_text
    assert say(launch, code, datetime(2026, 11, 24, 17, 16, 40, tzinfo=BERLIN)) == after


def test_a_day_in_another_zone_is_today_there_in_every_language() -> None:
    """20:00 in Berlin is 03:00 next day in Shanghai: a Shanghai launch day of the 25th is today."""
    shanghai_day = Window(date(2026, 11, 25), date(2026, 11, 25), Grain.DAY, "", "Asia/Shanghai")
    now = datetime(2026, 11, 24, 20, 0, tzinfo=BERLIN)
    assert [say(shanghai_day, c, now) for c in ("de", "zh_CN", "ja")] == ["heute", "今天", "今日"]


def test_unknown_languages_and_traditional_chinese_fall_back_to_english() -> None:
    assert wording_for("it_IT") is ENGLISH
    assert wording_for("zh_TW") is ENGLISH
    assert wording_for("zh_Hans_CN").code == "zh_CN"
    assert wording_for("de_AT").code == "de"
    assert wording_for(None) is ENGLISH


def test_every_language_has_every_phrase_of_english() -> None:
    from countdown.core.wording import BOOKS

    for book in BOOKS.values():
        assert set(book.phrases) == set(ENGLISH.phrases), book.code
