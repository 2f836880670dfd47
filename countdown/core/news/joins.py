"""Date phrases of one sentence that tell one moment together (NEWS-CONVENTIONS.md, "One
proposal per launch" and "The date"):

- a restatement in parentheses: "next week (07/08)", "Sunday (Jan. 12)", "14:00 CET (21:00
  Beijing Time)" — the more specific of the two is the date, the first wording its role;
- a day and a time a few words apart: "on 24 February in English, 14:00 CET", "at 1 a.m. EST
  on Friday" — one instant;
- "at the same time" — the time told last (in this or an earlier sentence);
- "the 4th of that month", "on the 23rd" — the day of the month named just before;
- Chinese and Japanese clock times left by phrases_i18n: "北京时间 September 8 凌晨1点" is
  "September 8 at 1 a.m. Beijing time".
"""

from __future__ import annotations

import re
from dataclasses import replace

from countdown.core.news.spans import DateSpan

_I = re.IGNORECASE
_TIME = re.compile(r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d\d|\bnoon\b", _I)
_ZONE = re.compile(
    r"\b(?:PT|PDT|PST|ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|UTC|GMT|BST|CET|CEST|JST)\b"
    r"|\b(?:Pacific|Eastern|Central|UK|London|Paris|Berlin|Beijing|China|Tokyo)\s+time\b",
    _I,
)
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"  # English after phrases_i18n
)
_DAY = re.compile(
    rf"(?-i:{_MONTH})\s*\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:{_MONTH})"
    r"|\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b"
    r"|\b(?:today|tonight|tomorrow)\b|\d{4}-\d\d-\d\d",
    _I,
)
_WEEKDAY = re.compile(
    r"^(?:on\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
    r"|tonight|tomorrow|next\s+week|this\s+week)$",
    _I,
)
_OPEN = re.compile(r"\s*[(（]\s*$")  # full-width parentheses in Chinese and Japanese text
_CLOSE = re.compile(r"^\s*[)）]")
# Between a day and its time: a few words, no clause or sentence break, no second launch.
_DAY_TIME_GAP = re.compile(r"[^.;:!?—–@]{0,32}")
_GAP_BREAK = re.compile(
    r"\b(?:and|but|while|whereas|or|then|after|before|until|the|a|an|its|their|his|her|will"
    r"|would|is|are|was|were|launch\w*|releas\w*|ship\w*|arriv\w*|debut\w*|opens?|lifts?"
    r"|goes|go|starts?|begins?)\b",
    _I,
)
_SAME_TIME = re.compile(r"\bat\s+the\s+same\s+time\b", _I)
_US_DAY = re.compile(r"\(\s*(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])\s*\)")
# "ships on 4/7": a US month/day after an English preposition of time (never "1/2 inch").
_US_DAY_TOLD = re.compile(
    r"\b(?:on|by|from|until|till|starting|before|after)\s+(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])"
    r"(?![\d/])"
)
_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _specificity(text: str) -> int:
    timed = _TIME.search(text) is not None
    return 3 * timed + 2 * (_ZONE.search(text) is not None) + (_DAY.search(text) is not None)


def _has_day(span: DateSpan) -> bool:
    return _DAY.search(span.text) is not None or _WEEKDAY.match(span.text) is not None


def _time_only(span: DateSpan) -> bool:
    return _TIME.search(span.text) is not None and not _has_day(span)


def restated(sentence: str, spans: list[DateSpan]) -> list[DateSpan]:
    """ "A (B)": one span, read as the more specific of A and B, in A's role."""
    out: list[DateSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        close = _CLOSE.match(sentence[span.end :])
        if prev and close and _OPEN.fullmatch(sentence[prev.end : span.start]):
            first, second = prev.text, span.text
            text = second if _specificity(second) > _specificity(first) else first
            said = prev.said or (first if _WEEKDAY.match(first) and text == second else "")
            out[-1] = DateSpan(prev.start, span.end + close.end(), text, (), said)
        else:
            out.append(span)
    return out


def us_days_restated(sentence: str) -> list[DateSpan]:
    """ "(07/08)" right after a date phrase: a US month/day (English text only reaches here
    with its slashes; other languages' numeric dates carry a year)."""
    return [
        DateSpan(m.start(1), m.end(2), f"{_MONTH_NAMES[int(m.group(1)) - 1]} {int(m.group(2))}")
        for m in _US_DAY.finditer(sentence)
        if re.search(r"[\w.)]\s*\($", sentence[: m.start(1)])
    ]


def us_days_told(sentence: str) -> list[DateSpan]:
    """ "on 4/7", "until 10/8": a US month/day with its preposition, in English text."""
    return [
        DateSpan(m.start(1), m.end(2), f"{_MONTH_NAMES[int(m.group(1)) - 1]} {int(m.group(2))}")
        for m in _US_DAY_TOLD.finditer(sentence)
    ]


def with_time(sentence: str, spans: list[DateSpan], earlier_time: str | None) -> list[DateSpan]:
    """A day and a time told apart ("on 24 February in English, 14:00 CET", "at 1 a.m. EST on
    Friday") joined into one instant; "at the same time" is `earlier_time`."""
    spans = _same_time(sentence, spans, earlier_time)
    out: list[DateSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is None or not _DAY_TIME_GAP.fullmatch(gap := sentence[prev.end : span.start]):
            out.append(span)
            continue
        if _GAP_BREAK.search(gap):
            out.append(span)
        elif _has_day(prev) and _time_only(span) and not _TIME.search(prev.text):
            out[-1] = _joined(prev, span, prev, span)
        elif _time_only(prev) and _has_day(span) and not _TIME.search(span.text):
            out[-1] = _joined(prev, span, span, prev)
        else:
            out.append(span)
    return out


def _joined(first: DateSpan, last: DateSpan, day: DateSpan, time: DateSpan) -> DateSpan:
    clock = re.sub(r"^at\s+", "", time.text, flags=_I)
    return DateSpan(first.start, last.end, f"{day.text} at {clock}", (), day.said)


def _same_time(sentence: str, spans: list[DateSpan], earlier_time: str | None) -> list[DateSpan]:
    if earlier_time is None:
        return spans
    told = [
        DateSpan(m.start(), m.end(), earlier_time)
        for m in _SAME_TIME.finditer(sentence)
        if not any(s.start <= m.start() < s.end for s in spans)
    ]
    return sorted([*spans, *told], key=lambda s: s.start)


_NTH = re.compile(
    r"^(?:on\s+)?the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?:that|the\s+same)\s+month)?$", _I
)
_MONTH_YEAR = re.compile(
    r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d|this\s+year|next\s+year))?",
    _I,
)


def with_month(spans: list[DateSpan], earlier_month: str | None) -> list[DateSpan]:
    """ "the 4th of that month", "on the 23rd": the day of the month told just before (in this
    clause or the one before it), "in March" → "March 4"."""
    month = earlier_month
    out = []
    for span in spans:
        nth = _NTH.match(span.text)
        if nth and month:
            day = nth["day"]
            month_name, _, year = month.partition(" ")
            text = f"{month_name} {day}, {year}" if year.isdigit() else f"{month_name} {day} {year}"
            span = replace(span, text=text.strip())
        out.append(span)
        month = last_month([span]) or month
    return out


def last_month(spans: list[DateSpan]) -> str | None:
    """The last month named in these spans, with its year if told ("March", "March 2027")."""
    for span in reversed(spans):
        found = list(_MONTH_YEAR.finditer(span.text))
        if found:
            match = found[-1]
            return " ".join(part for part in (match["month"], match["year"]) if part)
    return None


def last_time(spans: list[DateSpan]) -> str | None:
    """The last time told with its zone in these spans ("1:00 a.m. EST"), for a later "at the
    same time"."""
    for span in reversed(spans):
        clock = re.search(rf"(?:{_TIME.pattern})\s*(?:{_ZONE.pattern})", span.text, _I)
        if clock:
            return clock.group()
    return None


# phrases_i18n leaves the clock of a Chinese or Japanese date as written.
_CJK_ZONES = {
    "北京": "Beijing time",
    "东京": "Tokyo time",
    "東京": "Tokyo time",
    "日本": "Tokyo time",
}
_CJK_CLOCK = re.compile(
    r"(?:(?P<zone>北京|东京|東京|日本)時間|(?P<zone2>北京|东京|東京|日本)时间|(?:美国|美國)?当地时间"
    r"|現地時間)?\s*(?P<day>(?-i:"
    + _MONTH
    + r")\s*\d{1,2})\s*(?:(?P<zone3>北京|东京|東京|日本)[时時]间?\s*)?"
    r"(?P<part>凌晨|清晨|早上|上午|中午|下午|晚上|午前|午後)?\s*(?P<hour>\d{1,2})\s*[点點時时]"
    r"(?:\s*(?P<minute>\d{1,2})\s*分|(?P<half>半))?"
)
_AFTERNOON = ("下午", "晚上", "午後")


def cjk_clocks(sentence: str) -> list[DateSpan]:
    """ "北京时间 September 8 凌晨1点" → "September 8 at 1 a.m. Beijing time" (grain hour)."""
    spans = []
    for match in _CJK_CLOCK.finditer(sentence):
        hour = int(match["hour"])
        if match["part"] in _AFTERNOON and hour < 12:
            hour += 12
        if hour > 23:
            continue
        minute = 30 if match["half"] else int(match["minute"] or 0)
        clock = f"{hour:02d}:{minute:02d}" if match["minute"] or match["half"] else None
        meridian = f"{hour % 12 or 12} {'a.m.' if hour < 12 else 'p.m.'}"
        zone_word = match["zone"] or match["zone2"] or match["zone3"]
        zone = f" {_CJK_ZONES[zone_word]}" if zone_word else ""
        text = f"{match['day']} at {clock or meridian}{zone}"
        spans.append(DateSpan(match.start(), match.end(), text))
    return spans


def _preceded(sentence: str, at: int, ends: set[int]) -> bool:
    opening = sentence.rfind("(", 0, at)
    return any(_OPEN.fullmatch(sentence[end:at]) for end in ends if end <= opening)


# A bare day of month in Chinese or Japanese ("7日に行う"): "the 7th" (the bare-day rule).
# Not a day with its month (phrases_i18n rewrote those), a range ("8~10日") or "日本".
_CJK_BARE_DAY = re.compile(r"(?<![\d~〜～月/.-])(\d{1,2})\s*日(?![本曜])")


def cjk_bare_days(sentence: str) -> list[DateSpan]:
    spans = []
    for match in _CJK_BARE_DAY.finditer(sentence):
        day = int(match.group(1))
        if 1 <= day <= 31:
            suffix = (
                "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            )
            spans.append(DateSpan(match.start(), match.end(), f"the {day}{suffix}"))
    return spans


def replacing(spans: list[DateSpan], better: list[DateSpan]) -> list[DateSpan]:
    """`spans` with those that overlap one of `better` replaced by it."""
    if not better:
        return spans
    kept = [s for s in spans if not any(s.start < b.end and b.start < s.end for b in better)]
    return sorted([*kept, *better], key=lambda s: s.start)


def joined(
    sentence: str,
    spans: list[DateSpan],
    earlier_time: str | None,
    earlier_month: str | None = None,
) -> list[DateSpan]:
    """All the joins above, in order: clocks, restatements, a day with its month and time."""
    spans = replacing(spans, cjk_clocks(sentence))
    spans = replacing(spans, cjk_bare_days(sentence))
    ends = {span.end for span in spans}
    us_days = [d for d in us_days_restated(sentence) if _preceded(sentence, d.start, ends)]
    spans = replacing(spans, us_days + us_days_told(sentence))
    spans = with_month(restated(sentence, spans), earlier_month)
    return with_time(sentence, spans, earlier_time)
