"""Zones and clock times written in other languages, rewritten in the English time grammar's words.

The time grammar (timezones.py) reads a zone right after a clock time ("14:00 CET", "10:30
Beijing time"). Other languages name the zone in their own words and often before the time or
the date: "6月12日北京时间10:30", "日本時間の6月12日午前10時", "um 14 Uhr MESZ", "à 14h heure
de Paris", "a las 14:00 hora peninsular". `rewrite_zones` (run by phrases_i18n.normalize_dates
after the date idioms) turns the native clock into an English one ("午前10時" → "at 10 a.m.",
"14 Uhr" → "at 2 p.m.", "14h30" → "at 14:30"; an hour alone keeps grain hour) and moves the
native zone word behind the nearest clock time of the same clause, in English: 北京时间 →
"Beijing time" (+08:00), 日本時間 → "Tokyo time" (+09:00), MESZ → CEST (+02:00), MEZ → CET
(+01:00), "heure de Paris" and "hora peninsular" / "hora de España" → "Paris time" (Spain's
mainland keeps the same Central European rules as Paris). A zone word with no clock near
it is left as written: a zone says nothing about a day, and a stray English place word could be
taken for a name.
"""

from __future__ import annotations

import re

_CJK_ZONE = r"(?:北京|中国|中國|東京|东京|日本)(?:时间|時間|标准时间|標準時)の?"
_ZONE_WORD = (
    rf"(?:{_CJK_ZONE}"
    r"|\b(?:MESZ|MEZ)\b|\bheure (?:de Paris|de France|française|francaise)\b"
    r"|\bhora (?:peninsular(?: española)?|de España|española|de Madrid)\b)"
)
# Parentheses go with the zone word only when they hold nothing else: "(日本時間)".
_ZONE_WORDS = re.compile(rf"[(（]\s*(?P<alone>{_ZONE_WORD})\s*[)）]|(?P<zone>{_ZONE_WORD})")
_ENGLISH_ZONES = {
    "北京": "Beijing time", "中国": "Beijing time", "中國": "Beijing time",
    "東京": "Tokyo time", "东京": "Tokyo time", "日本": "Tokyo time",
    "MESZ": "CEST", "MEZ": "CET", "heure": "Paris time", "hora": "Paris time",
}  # fmt: skip
_AFTERNOON = ("下午", "晚上", "傍晚", "午後", "夜")
_CJK_PART = r"(?P<part>凌晨|清晨|早上|上午|中午|下午|晚上|傍晚|午前|午後|夜)"
# A Chinese/Japanese clock: needs a part of day or minutes, or a day or zone word right
# before it, since "3点" alone can be a score and "10時間" is a duration.
_CJK_CLOCK = re.compile(
    rf"(?:{_CJK_PART}\s*|(?P<lead>(?:[日号號]|\d\b|{_CJK_ZONE})\s*))?"
    r"(?P<h>\d{1,2})\s*[点點時时](?![间間])(?:\s*(?P<m>\d{1,2})\s*分|(?P<half>半))?"
    r"(?![\d~〜～-])"  # "10時37~44分" is a span of minutes: left as written
)
_LATIN_CLOCKS = [
    # German "14 Uhr", "14.30 Uhr", "um 14:00 Uhr"
    re.compile(r"\b(?:um\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*Uhr\b"),
    # French "à 14h", "14h30", "14 h 30"
    re.compile(r"\bà\s+(?P<h>[01]?\d|2[0-3])\s*h(?:\s*(?P<m>[0-5]\d))?\b"),
    re.compile(r"\b(?P<h>[01]?\d|2[0-3])\s*h\s*(?P<m>[0-5]\d)\b"),
    # Spanish "a las 14 horas", "a las 14:00 h", "a las 14h"
    re.compile(r"\ba las\s+(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?(?:\s*h(?:oras|s)?\b)?"),
]
_ENGLISH_CLOCK = re.compile(
    r"(?<!\d)\d{1,2}(?::\d\d){0,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?<!\d)\d{1,2}:\d\d(?::\d\d)?(?!\d)"
)
_CLAUSE_END = re.compile(r"[。；;！!？?\n]|[,，、]\s*\D")
_NEAR_CHARS = 40


def _english_clock(hour: int, minute: str | None) -> str | None:
    """ "at 14:30" when minutes are written, "at 2 p.m." for an hour alone (grain hour)."""
    if hour > 23:
        return None
    if minute is not None:
        return f" at {hour:02d}:{int(minute):02d} "
    return f" at {hour % 12 or 12} {'a.m.' if hour < 12 else 'p.m.'} "


def _cjk_clock(match: re.Match[str]) -> str:
    hour = int(match["h"])
    if (match["part"] in _AFTERNOON and hour < 12) or (match["part"] == "中午" and hour < 6):
        hour += 12
    minute = "30" if match["half"] else match["m"]
    if match["part"] is None and match["lead"] is None and minute is None:
        return match[0]
    clock = _english_clock(hour, minute)
    return match[0] if clock is None else (match["lead"] or "") + clock


def _clocks(text: str) -> str:
    text = _CJK_CLOCK.sub(_cjk_clock, text)
    for pattern in _LATIN_CLOCKS:
        text = pattern.sub(lambda m: _english_clock(int(m["h"]), m["m"]) or m[0], text)
    return text


def _same_clause(text: str) -> bool:
    return _CLAUSE_END.search(text) is None


def _clock_near(text: str, start: int, end: int) -> int | None:
    """Where the zone goes: the end of the first clock after the zone word in its clause, else of
    the last one before it."""
    after = _ENGLISH_CLOCK.search(text, end, end + _NEAR_CHARS)
    if after and _same_clause(text[end : after.start()]):
        return after.end()
    before = list(_ENGLISH_CLOCK.finditer(text, max(0, start - _NEAR_CHARS), start))
    if before and _same_clause(text[before[-1].end() : start]):
        return before[-1].end()
    return None


def _english_zone(word: str) -> str:
    key = word.split()[0] if word[0].isascii() else word[:2]
    return _ENGLISH_ZONES[key]


def rewrite_zones(text: str) -> str:
    """`text` with native clock times in English and native zone words moved behind them."""
    if not _ZONE_WORDS.search(text) and not re.search(r"\d\s*(?:[点點時时hH]|Uhr)", text):
        return text
    text = _clocks(text)
    searched_from = 0
    while (match := _ZONE_WORDS.search(text, searched_from)) is not None:
        english = _english_zone(match["zone"] or match["alone"])
        start, end = match.span()
        at = _clock_near(text, start, end)
        if at is None:
            searched_from = end
        elif at > end:
            text = text[:start] + " " + text[end:at] + f" {english} " + text[at:]
        else:
            text = text[:at] + f" {english} " + text[at:start] + " " + text[end:]
    return text
