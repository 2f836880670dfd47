"""Dates and window labels in the user's language: "27. Nov. 2026", "2026年第三季度".

The parser stores English labels; `localized_label` says the ones it made in another language
and leaves the ones a person or a source wrote alone. English output is the CLI's: unchanged.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from countdown.core.countdown import span_text
from countdown.core.dates.labels import describe, describe_instant, localized_label
from countdown.core.model import Grain, Window
from countdown.core.wording import ENGLISH, wording_for

NOV_27 = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("code", "day", "span", "week"),
    [
        ("en", "Nov 27, 2026", "Jul 1 – Sep 30, 2026", "Fri 27 Nov 2026"),
        ("de", "27. Nov. 2026", "1. Juli – 30. Sept. 2026", "Fr., 27. Nov. 2026"),
        ("fr", "27 nov. 2026", "1 juil. – 30 sept. 2026", "ven. 27 nov. 2026"),
        ("es", "27 nov 2026", "1 jul – 30 sept 2026", "vie, 27 nov 2026"),
        ("zh_CN", "2026年11月27日", "2026年7月1日 – 9月30日", "2026年11月27日（周五）"),
        ("ja", "2026年11月27日", "2026年7月1日 – 9月30日", "2026年11月27日（金）"),
    ],
)
def test_days_and_spans_are_written_the_way_the_language_writes_them(
    code: str, day: str, span: str, week: str
) -> None:
    book = wording_for(code)
    assert book.date(NOV_27) == day
    assert book.span(date(2026, 7, 1), date(2026, 9, 30)) == span
    assert book.weekday_date(NOV_27) == week


def test_a_span_over_new_year_names_both_years() -> None:
    assert wording_for("de").span(date(2026, 12, 28), date(2027, 1, 3)) == (
        "28. Dez. 2026 – 3. Jan. 2027"
    )
    assert ENGLISH.span(date(2026, 12, 28), date(2027, 1, 3)) == "Dec 28, 2026 – Jan 3, 2027"


def test_an_instant_span_keeps_its_clock_and_offset() -> None:
    at = datetime(2026, 11, 27, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    window = Window(at, at, Grain.MINUTE, "", "Asia/Tokyo")
    assert span_text(window) == "Nov 27, 2026 10:00 +0900"
    assert span_text(window, wording_for("de")) == "27. Nov. 2026, 10:00 +0900"
    assert span_text(window, wording_for("ja")) == "2026年11月27日 10:00 +0900"


LABELS = [  # start, end, grain, style, English, German, Chinese
    (date(2026, 7, 1), date(2026, 9, 30), Grain.QUARTER, "", "Q3 2026", "Q3 2026", "2026年第三季度"),
    (date(2026, 7, 1), date(2026, 7, 31), Grain.MONTH, "", "July 2026", "Juli 2026", "2026年7月"),
    (date(2027, 1, 1), date(2027, 4, 30), Grain.MONTH, "", "early 2027", "Anfang 2027", "2027年初"),
    (date(2027, 7, 11), date(2027, 7, 20), Grain.DAY, "", "mid-July 2027", "Mitte Juli 2027", "2027年7月中旬"),
    (date(2026, 1, 1), date(2026, 6, 30), Grain.HALF, "", "H1 2026", "1. Halbjahr 2026", "2026年上半年"),
    (date(2026, 11, 23), date(2026, 11, 29), Grain.WEEK, "", "week of Nov 23, 2026", "Woche vom 23. Nov. 2026", "2026年11月23日当周"),
    (date(2026, 12, 1), date(2027, 2, 28), Grain.SEASON, "", "winter 2026/27", "Winter 2026/27", "2026–2027年冬季"),
    (date(2026, 6, 5), date(2026, 6, 7), Grain.DAY, "range", "June 5–7, 2026", "5.–7. Juni 2026", "2026年6月5日–7日"),
    (date(2026, 11, 27), date(2026, 12, 25), Grain.DAY, "by", "by Dec 25, 2026", "bis 25. Dez. 2026", "2026年12月25日前"),
    (date(2026, 9, 1), date(2026, 12, 31), Grain.MONTH, "", "late 2026", "Ende 2026", "2026年底"),
]  # fmt: skip


@pytest.mark.parametrize(("start", "end", "grain", "style", "en", "de", "zh"), LABELS)
def test_window_labels_in_english_german_and_chinese(
    start: date, end: date, grain: Grain, style: str, en: str, de: str, zh: str
) -> None:
    assert describe(start, end, grain, style) == en
    stored = Window(start, end, grain, en)  # what the parser saved
    assert localized_label(stored, wording_for("de")) == de
    assert localized_label(stored, wording_for("zh_CN")) == zh
    assert localized_label(stored, ENGLISH) == en


def test_quarters_and_halves_in_french_spanish_and_japanese() -> None:
    q3 = Window(date(2026, 7, 1), date(2026, 9, 30), Grain.QUARTER, "Q3 2026")
    h2 = Window(date(2026, 7, 1), date(2026, 12, 31), Grain.HALF, "H2 2026")
    assert [localized_label(q3, wording_for(c)) for c in ("fr", "es", "ja")] == [
        "T3 2026", "T3 2026", "2026年第3四半期",
    ]  # fmt: skip
    assert [localized_label(h2, wording_for(c)) for c in ("fr", "es", "ja")] == [
        "S2 2026", "2.º semestre de 2026", "2026年下半期",
    ]  # fmt: skip


def test_a_label_a_person_wrote_stays_as_written() -> None:
    wwdc = Window(date(2026, 6, 8), date(2026, 6, 12), Grain.DAY, "WWDC week")
    assert localized_label(wwdc, wording_for("de")) == "WWDC week"


def test_a_calendar_import_labelled_by_its_bounds_is_relabelled() -> None:
    window = Window(date(2026, 7, 1), date(2026, 9, 30), Grain.DAY, "")
    window = Window(window.start, window.end, window.grain, span_text(window))
    assert localized_label(window, wording_for("zh_CN")) == "2026年7月1日 – 9月30日"


def test_an_instant_label_keeps_its_zone_abbreviation() -> None:
    at = datetime(2026, 7, 5, 10, 0, tzinfo=ZoneInfo("America/Chicago"))
    stored = Window(at, at, Grain.MINUTE, describe_instant(at), "America/Chicago")
    assert stored.label == "July 5, 2026 10:00 CDT"
    assert localized_label(stored, wording_for("de")) == "5. Juli 2026, 10:00 CDT"
    assert localized_label(stored, wording_for("es")) == "5 de julio de 2026, 10:00 CDT"
