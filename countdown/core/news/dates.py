"""Where the dates are in a news sentence, and when the article itself was written.

`find_date_spans` locates English date phrases (after phrases_i18n rewrote zh/fr idioms) with a
handful of regexes — months with days and years, quarters, halves, seasons, relative periods,
holidays, ISO dates, times with zones — merges neighbours joined by "to", "-", "and", "at"
("June 5-7", "between March and May 2027", "March 8 at 10 a.m. PT") and takes in the modifiers
in front ("early", "late", "by", "no earlier than", "the week of"). Only these short spans go to
`parse_window`, which keeps extraction fast and gives each proposal a clean `when_text`.
Product numbers never start a span ("Pixel 11", "iOS 26.2", "16 GB"); a bare year does, except
as a model year ("the 2027 Mustang").

`find_article_date` reads a dateline in the first lines: "Published March 3, 2022",
"2022-04-15", "April 15, 2022 —", "SAN FRANCISCO, April 15, 2022 /PRNewswire/",
"Publié le 3 mars 2022", "2022年4月15日". It returns the date and the text with it blanked out.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime

from countdown.core.dates.phrases_i18n import normalize_dates
from countdown.core.news.joins import joined
from countdown.core.news.spans import DateSpan

__all__ = ["DateSpan", "find_article_date", "find_date_spans"]

_MON = (
    r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\.|\b)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_WEEKDAY = (
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
)
_ZONE = (
    r"(?-i:PT|PDT|PST|ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|UTC|GMT|BST|CET|CEST|JST|Z)\b"
    # The named zones come first: "Central" alone would stop "Central European time" at US Central.
    r"|(?:UK|London|Paris|Berlin|Beijing|China|Tokyo|Central\s+European)\s+time"
    r"|(?:Pacific|Eastern|Central)(?:\s+time)?"
)
_TIME = rf"(?:\d{{1,2}}(?::\d{{2}}){{0,2}}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|noon|midnight)(?:\s*(?:{_ZONE}))?"
_COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)"
_PERIOD = r"(?:year|month|week|weekend|quarter)"
_OF_YEAR = rf"(?:\s+of\s+(?:this\s+year|next\s+year|the\s+year|{_YEAR}))?"
_ATOMS = [
    r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b|(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b",
    r"\b\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)?\b",
    rf"\b(?:{_WEEKDAY},?\s+)?{_MON}\s+{_DAY}\b(?:\s*[-–]\s*\d{{1,2}}\b)?(?:,?\s+{_YEAR}\b)?",
    rf"\b(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR}\b)?",
    rf"\b{_MON}(?:\s+(?:of\s+)?(?:this|next)\s+year|,?\s+{_YEAR}\b|\s+'\d{{2}}\b)?",
    rf"\b(?:Q[1-4](?:\s*(?:FY\s?)?'?(?:\d{{4}}|\d{{2}})\b)?|[1-4]Q\s*'?\d{{2,4}}|{_YEAR}\s?Q[1-4])\b",
    rf"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+quarter{_OF_YEAR}",
    rf"\b(?:[12]H|H[12])(?:\s*'?\d{{2,4}})?\b|\b(?:first|second|back|latter)\s+half{_OF_YEAR}",
    r"\b(?:spring|summer|autumn|winter)\b",
    r"\b(?:(?:this|next)\s+year's\s+)(?:spring|summer|fall|autumn|winter)\b",
    rf"\b(?:(?:this|next)\s+)?(?:{_YEAR}\s+)?holidays?\s+season\b|\bholiday\s+{_YEAR}\b",
    rf"\b(?:(?:this|next|last|the|in|for|early|late|mid-?)\s+)(?:spring|summer|fall|autumn|winter)"
    rf"(?:\s+(?:of\s+)?{_YEAR}(?:/\d{{2,4}})?)?\b",
    rf"\b(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?{_YEAR}(?:/\d{{2,4}})?\b",
    rf"\b(?:(?:later|earlier)\s+)?(?:this|next)\s+{_PERIOD}\b|\b(?:the\s+)?rest\s+of\s+the\s+(?:year|month)\b",
    rf"\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the\s+|this\s+|next\s+)?{_PERIOD}\b",
    r"\bweek\s+after\s+next\b|\b(?:today|tonight|tomorrow|the\s+day\s+after\s+tomorrow)\b",
    rf"\bin\s+{_COUNT}\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b",
    rf"\b{_COUNT}\s+(?:days?|weeks?|months?)\s+from\s+(?:now|today)\b",
    rf"\b(?:(?:this|next|on)\s+)?{_WEEKDAY}\b(?!,?\s+(?:{_MON}|\d))",
    r"\b(?:Christmas(?:\s+Eve)?|New\s+Year's(?:\s+(?:Eve|Day))?|Halloween|Boxing\s+Day"
    r"|Independence\s+Day|(?:the\s+)?(?:4th|Fourth)\s+of\s+July|Thanksgiving|Black\s+Friday"
    r"|Cyber\s+Monday|Memorial\s+Day|Labor\s+Day)\b",
    rf"\b(?:mid-\s?)?{_YEAR}\b(?!\s*(?:mAh|GB|TB|Hz|km|mph|-\d))",
    r"\bon\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|\bmid-?month\b",
    rf"\b(?:the\s+)?(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:{_WEEKDAY}|weekend)"
    rf"\s+(?:of|in)\s+{_MON}",
    rf"\b(?:at\s+)?{_TIME}",
    # "du 12 au May 14" (fr/es/de after phrases_i18n): the first day of a range within a month
    r"(?:(?<=\bdu\s)|(?<=\bdel\s)|(?<=\bvom\s))\d{1,2}\.?(?=\s+(?:au|al|bis)\s)",
]
_ATOM = re.compile("|".join(f"(?:{a})" for a in _ATOMS), re.IGNORECASE)
_GAP = re.compile(
    r"(?:\s|,|-|–|—|/|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\band\b|\bat\b|\bon\b|\bof\b"
    r"|\b(?:et|le|y|el|und|dem|au|al|bis|zum|hasta)\b)*",  # the same words in fr/es/de
    re.I,
)
_PREFIX = re.compile(
    r"(?:\b(?:no\s+earlier\s+than|NET|by|between|from|(?:the\s+)?week\s+of|(?:the\s+)?(?:first|last)"
    r"\s+week\s+of|(?:towards?\s+)?(?:the\s+)?(?:beginning|start|middle|end)\s+of|early|mid|late"
    r"|later|this|next|last|the|entre|zwischen|du|del|vom|desde|le|el|dem)\s*-?\s*)+$",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:in|on|at|around|during|for|the)\s+", re.IGNORECASE)
_LONE_FROM = re.compile(r"^from\s+", re.IGNORECASE)  # "sales from February 5": no range
_RANGE = re.compile(r"\b(?:to|through|thru|until|till)\b|[-–]")
_KEEP_LEADING = re.compile(
    rf"(?:the\s+(?:week|end|beginning|start|middle|rest|day|4th|fourth)|in\s+{_COUNT}\s)", re.I
)


_BARE_ABBREVIATION = re.compile(r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")


_MONTH_NUMBER = re.compile(r"(?:March|May|June|July|August)\s+\d{1,2}\b(?!\s*,?\s*(?:19|20)\d\d)")
_NAME_BEFORE_MONTH = re.compile(
    r"(?<![.!?:;,]\s)(?<!^)\b(?!(?:On|In|By|Until|Till|From|Since|Before|After|Through|Mid|Early"
    r"|Late|Last|Next|This|The|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue"
    r"|Wed|Thu|Fri|Sat|Sun|Date|Release|Launch)\b)[A-Z][a-z]+\s+$"
)


_DAY_MONTH_NO_YEAR = re.compile(rf"\d{{1,2}}\s+{_MON}", re.IGNORECASE)


def _atoms(sentence: str) -> list[tuple[int, int]]:
    spans = []
    for match in _ATOM.finditer(sentence):
        if re.fullmatch(r"(?:19|20)\d{2}", match.group()) and re.search(
            r"\bthe\s+$", sentence[: match.start()], re.I
        ):
            continue  # "the 2027 Mustang": a model year, not a date
        if _BARE_ABBREVIATION.fullmatch(match.group()):
            continue  # "Lei Jun", "Jan Koum": an abbreviated month alone is no date
        if _NAME_BEFORE_MONTH.search(sentence[: match.start()]) and _MONTH_NUMBER.match(
            match.group()
        ):
            continue  # "Long March 5": a name ending in a month word and a number
        if _NAME_BEFORE_MONTH.search(sentence[: match.start()]) and _DAY_MONTH_NO_YEAR.fullmatch(
            match.group()
        ):
            month_at = re.search(r"\s+", match.group())
            assert month_at is not None  # the pattern has a space between day and month
            spans.append((match.start() + month_at.end(), match.end()))
            continue  # "the Dial 5 June launch": a name's number, then the month
        spans.append((match.start(), match.end()))
    return spans


def _merged(sentence: str, atoms: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Atoms grouped where only connectors ("to", "-", "and", "at", ",") separate them."""
    groups: list[list[tuple[int, int]]] = []
    for start, end in atoms:
        gap = sentence[groups[-1][-1][1] : start] if groups else None
        if gap is not None and len(gap) <= 12 and _GAP.fullmatch(gap):
            groups[-1].append((start, end))
        else:
            groups.append([(start, end)])
    return groups


# Range words left in the text's own language once phrases_i18n rewrote the dates in English.
_FOREIGN_CONNECTORS = {
    **dict.fromkeys(("entre", "zwischen"), "between"),
    **dict.fromkeys(("et", "und", "y"), "and"),
    **dict.fromkeys(("au", "al", "bis", "hasta"), "to"),
    **dict.fromkeys(("du", "del", "vom", "desde"), "from"),
    **dict.fromkeys(("le", "el", "dem", "zum"), ""),
}
# Lower case only ("ET" is a zone, "Al" a name); a range may open a sentence ("Entre le …").
_FOREIGN_CONNECTOR = re.compile(
    rf"\b(?:{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in _FOREIGN_CONNECTORS)})\b\s*"
)
_DAY_TO_DAY = re.compile(rf"^from\s+(\d{{1,2}})\.?\s+to\s+({_MON})\s*(\d{{1,2}})", re.I)


def _in_english(text: str) -> str:
    """ "entre le June 15 et le July 31, 2024" → "between June 15 and July 31, 2024";
    "du 12 au May 14" → "May 12-14"."""
    if not _FOREIGN_CONNECTOR.search(text):
        return text

    def english(match: re.Match[str]) -> str:
        word = _FOREIGN_CONNECTORS[match.group().strip().lower()]
        return f"{word} " if word else ""

    text = _FOREIGN_CONNECTOR.sub(english, text)
    return _DAY_TO_DAY.sub(lambda m: f"{m.group(2)} {m.group(1)}-{m.group(3)}", text)


def _widened(sentence: str, start: int, end: int) -> DateSpan:
    prefix = _PREFIX.search(sentence[max(0, start - 40) : start])
    if prefix:
        start -= len(prefix.group())
    text = sentence[start:end].rstrip(" ,-–—")
    if text.endswith(".") and not text.endswith(("a.m.", "p.m.")):
        text = text[:-1]
    lead = _LEADING.match(text) or (None if _RANGE.search(text) else _LONE_FROM.match(text))
    if lead and not _KEEP_LEADING.match(text):
        start, text = start + lead.end(), text[lead.end() :]
    return DateSpan(start, start + len(text), _in_english(text))


def find_date_spans(
    sentence: str, earlier_time: str | None = None, earlier_month: str | None = None
) -> list[DateSpan]:
    """Date phrases in an English sentence, left to right, neighbours that tell one moment
    joined (joins.py; "at the same time" is `earlier_time`, "the 4th of that month" is in
    `earlier_month`)."""
    return list(_date_spans(sentence, earlier_time, earlier_month))


def forget_read_sentences() -> None:
    """Start a new text: the memos below only serve the stages of one extraction (so a new
    text, and bench/extract.py's repeated runs, pay the full reading once, honestly)."""
    _date_spans.cache_clear()
    normalize_dates.cache_clear()


# Several stages (roles, names, status, evidence) ask about the same sentences: read each once.
@functools.lru_cache(maxsize=512)
def _date_spans(
    sentence: str, earlier_time: str | None, earlier_month: str | None
) -> tuple[DateSpan, ...]:
    spans = []
    for group in _merged(sentence, _atoms(sentence)):
        whole = _widened(sentence, group[0][0], group[-1][1])
        parts = tuple(_widened(sentence, s, e) for s, e in group) if len(group) > 1 else ()
        spans.append(DateSpan(whole.start, whole.end, whole.text, parts))
    return tuple(joined(sentence, spans, earlier_time, earlier_month))


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            "jan january janvier",
            "feb february fevrier février",
            "mar march mars",
            "apr april avril",
            "may mai",
            "jun june juin",
            "jul july juillet",
            "aug august aout août",
            "sep sept september septembre",
            "oct october octobre",
            "nov november novembre",
            "dec december decembre décembre",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH_WORD = r"([A-Za-zéû]{3,9})\.?"
_FULL_DATES = [  # (pattern, order of the year/month/day groups)
    (rf"\b{_MONTH_WORD}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", (3, 1, 2)),
    (rf"\b(\d{{1,2}})(?:er)?\s+{_MONTH_WORD}\s+(\d{{4}})\b", (3, 2, 1)),
    (r"\b(\d{4})-(\d{2})-(\d{2})\b", (1, 2, 3)),
    (r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", (1, 2, 3)),
    (r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b", (1, 2, 3)),
]
_FULL_DATE = re.compile("|".join(f"(?:{p})" for p, _ in _FULL_DATES), re.IGNORECASE)
_PUBLISHED = re.compile(
    r"(?:published|updated|posted|publié|mis à jour|发布时间|发布于|发表于|更新于|日期)\W*(?:on|le)?\W*$",
    re.IGNORECASE,
)
_AFTER_DATELINE = re.compile(r"\s*(?:—|–|-{1,2}|/|\||·)")
_DATELINE_REST = re.compile(
    rf"(?:\b(?:at|on|le|à)\b|{_TIME}|{_WEEKDAY}|\d{{1,2}}h\d*|[\W_])*", re.IGNORECASE
)
_BYLINE = re.compile(r"[·|—–]\s*$")


def _to_datetime(match: re.Match[str]) -> datetime | None:
    groups = [g for g in match.groups() if g is not None]
    order = next(order for (p, order) in _FULL_DATES if re.fullmatch(p, match.group(), re.I))
    year, month, day = (groups[i - 1] for i in order)
    number = int(month) if month.isdigit() else _MONTH_NUMBERS.get(month.lower())
    try:
        return datetime(int(year), number or 0, int(day))
    except ValueError:
        return None


def find_article_date(text: str) -> tuple[datetime | None, str]:
    """The article's own date from a dateline in its first lines, and the text without it."""
    head = text[:400]
    for match in _FULL_DATE.finditer(head):
        line_start = head.rfind("\n", 0, match.start()) + 1
        line_end = head.find("\n", match.end())
        line_end = len(head) if line_end < 0 else line_end
        before, after = head[line_start : match.start()], head[match.end() : line_end]
        dateline = (
            _PUBLISHED.search(before)
            or _AFTER_DATELINE.match(after)
            or (
                (_DATELINE_REST.fullmatch(before) or _BYLINE.search(before))
                and _DATELINE_REST.fullmatch(after)
            )
        )
        written = _to_datetime(match) if dateline else None
        if written:
            blank = " " * (match.end() - match.start())
            return written, text[: match.start()] + blank + text[match.end() :]
    return None, text
