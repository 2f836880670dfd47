"""German, Spanish and Japanese date idioms rewritten in the English grammar's words.

Same approach as phrases_i18n (Chinese, French): each rule rewrites one idiom in place, e.g.
"Mitte März" → "mid-March", "im vierten Quartal 2027" → "Q4 2027", "a finales de julio" →
"late July", "2027年第3四半期" → "Q3 2027". Japanese shares the Chinese month/day rules
(phrases_i18n.ZH_RULES run after these); only its own words are here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], datetime], str]]
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")  # fmt: skip
_PART = {"early": "early ", "mid": "mid-", "late": "late "}


def _spaced(*parts: str) -> str:
    return " " + " ".join(p for p in parts if p) + " "


def _month_table(names: str) -> dict[str, str]:
    """ "januar|jänner februar …" (one group per month) → {word: English month}."""
    return {
        word: _ENGLISH_MONTHS[i]
        for i, group in enumerate(names.split())
        for word in group.split("|")
    }


def _rules(pairs: list[tuple[str, Callable[[re.Match[str], datetime], str]]]) -> list[Rule]:
    return [(re.compile(pattern, re.IGNORECASE), build) for pattern, build in pairs]


_DE_MONTHS = _month_table(
    "januar|jänner februar märz|maerz april mai juni juli august september oktober november dezember"
)
_DE_MONTH = "(" + "|".join(_DE_MONTHS) + r")\b"
_DE_PART = {"anfang": "early", "mitte": "mid", "ende": "late"}
_DE_ORD = {
    "ersten": 1,
    "1.": 1,
    "zweiten": 2,
    "2.": 2,
    "dritten": 3,
    "3.": 3,
    "vierten": 4,
    "4.": 4,
}
_DE_ORD_RE = r"(ersten|zweiten|dritten|vierten|[1-4]\.)"
_DE_SEASONS = {"frühjahr": "spring", "frühling": "spring", "sommer": "summer", "herbst": "fall"}
_DE_SEASONS |= {"winter": "winter"}
_Y = r"(?:\s+(\d{4}))?"


def _de_month(word: str) -> str:
    return _DE_MONTHS[word.lower()]


DE_RULES = _rules(
    [
        (
            # "am" goes with the day: left behind, "Falke 3 am 12. Juni" read "3 am" (3 a.m.).
            rf"(?:\b(am)\s+)?\b(\d{{1,2}})\.\s*{_DE_MONTH}{_Y}",
            lambda m, b: _spaced(
                ("on " if m[1] else "")
                + f"{_de_month(m[3])} {m[2]}"
                + (f", {m[4]}" if m[4] else "")
            ),
        ),
        (
            rf"\b(anfang|mitte|ende)\s+{_DE_MONTH}{_Y}",
            lambda m, b: _spaced(_PART[_DE_PART[m[1].lower()]] + _de_month(m[2]), m[3] or ""),
        ),
        (
            r"\b(anfang|mitte|ende)\s+(\d{4})\b",
            lambda m, b: _spaced(_PART[_DE_PART[m[1].lower()]] + m[2]),
        ),
        (
            r"\b(anfang|mitte|ende)\s+(?:des\s+)?(nächsten|kommenden|dieses)\s+jahres",
            lambda m, b: _spaced(
                _PART[_DE_PART[m[1].lower()]]
                + ("this" if m[2].lower() == "dieses" else "next")
                + " year"
            ),
        ),
        (
            r"\b(anfang|mitte|ende)\s+des\s+jahres",
            lambda m, b: _spaced(_PART[_DE_PART[m[1].lower()]] + "this year"),
        ),
        (
            rf"\b(?:im\s+|in\s+dem\s+)?{_DE_ORD_RE}\s+quartal(?:\s+(?:des\s+jahres\s+)?(\d{{4}}))?",
            lambda m, b: _spaced(f"Q{_DE_ORD[m[1].lower()]}", m[2] or ""),
        ),
        (
            rf"\b(?:im\s+)?{_DE_ORD_RE}\s+halbjahr(?:\s+(\d{{4}}))?",
            lambda m, b: _spaced("H1" if _DE_ORD[m[1].lower()] == 1 else "H2", m[2] or ""),
        ),
        (r"\bbis\s+(?:zum\s+)?ende\s+des\s+jahres", lambda m, b: " by the end of the year "),
        (
            r"\b(?:im\s+)?(kommenden\s+|nächsten\s+)?(frühjahr|frühling|sommer|herbst|winter)" + _Y,
            lambda m, b: _spaced(("next " if m[1] else "") + _DE_SEASONS[m[2].lower()], m[3] or ""),
        ),
        (
            r"\b(?:im\s+)?(?:nächsten|kommenden)\s+jahr\b|\bnächstes\s+jahr\b",
            lambda m, b: " next year ",
        ),
        (r"\b(?:in\s+)?diese[mns]?\s+jahr(?:es)?\b", lambda m, b: " this year "),
        (r"\bnächste\s+woche\b", lambda m, b: " next week "),
        (r"\bnächsten\s+monat\b", lambda m, b: " next month "),
        (r"\bmorgen\b", lambda m, b: " tomorrow "),
        (r"\bweihnachten\b", lambda m, b: " Christmas "),
        (rf"\b(?:im\s+)?{_DE_MONTH}{_Y}", lambda m, b: _spaced(_de_month(m[1]), m[2] or "")),
    ]
)

_ES_MONTHS = _month_table(
    "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre"
)
_ES_MONTH = "(" + "|".join(_ES_MONTHS) + r")\b"
_ES_PART_RE = r"(principios|comienzos|inicios|mediados|finales|fines)"
_ES_ORD = {"primer": 1, "1er": 1, "segundo": 2, "2º": 2, "tercer": 3, "3er": 3, "cuarto": 4}
_ES_SEASONS = {"primavera": "spring", "verano": "summer", "otoño": "fall", "invierno": "winter"}
_ES_Y = r"(?:\s+(?:de|del)\s+(\d{4}))?"


def _es_part(word: str) -> str:
    plain = word.lower()
    return _PART[
        "mid" if plain == "mediados" else "late" if plain in ("finales", "fines") else "early"
    ]


def _es_month(word: str) -> str:
    return _ES_MONTHS[word.lower()]


ES_RULES = _rules(
    [
        (
            rf"\b(\d{{1,2}})\s+de\s+{_ES_MONTH}{_ES_Y}",
            lambda m, b: _spaced(f"{_es_month(m[2])} {m[1]}" + (f", {m[3]}" if m[3] else "")),
        ),
        (
            rf"\b(?:a\s+)?{_ES_PART_RE}\s+de\s+{_ES_MONTH}{_ES_Y}",
            lambda m, b: _spaced(_es_part(m[1]) + _es_month(m[2]), m[3] or ""),
        ),
        (
            rf"\b(?:a\s+)?{_ES_PART_RE}\s+de\s+(\d{{4}})\b",
            lambda m, b: _spaced(_es_part(m[1]) + m[2]),
        ),
        (
            rf"\b(?:a\s+)?{_ES_PART_RE}\s+del?\s+(?:(próximo|este)\s+)?año(\s+que\s+viene|\s+próximo)?",
            lambda m, b: _spaced(
                _es_part(m[1])
                + ("next" if m[3] or (m[2] or "").lower() == "próximo" else "this")
                + " year"
            ),
        ),
        (
            r"\b(?:en\s+el\s+)?(primer|segundo|tercer|cuarto)\s+trimestre(?:\s+(?:de|del)\s+(?:año\s+)?(\d{4}))?",
            lambda m, b: _spaced(f"Q{_ES_ORD[m[1].lower()]}", m[2] or ""),
        ),
        (
            r"\b(?:en\s+el\s+)?(primer|segundo)\s+semestre(?:\s+(?:de|del)\s+(?:año\s+)?(\d{4}))?",
            lambda m, b: _spaced("H1" if m[1].lower() == "primer" else "H2", m[2] or ""),
        ),
        (
            r"\bantes\s+de\s+(?:que\s+termine\s+el|fin\s+de|finales\s+de)\s+año",
            lambda m, b: " by the end of the year ",
        ),
        (
            r"\b(?:en\s+)?(?:la|el)\s+(primavera|verano|otoño|invierno)(\s+(?:próximo|que\s+viene))?"
            + _ES_Y,
            lambda m, b: _spaced(("next " if m[2] else "") + _ES_SEASONS[m[1].lower()], m[3] or ""),
        ),
        (r"\b(?:el\s+)?(?:próximo\s+año|año\s+que\s+viene)\b", lambda m, b: " next year "),
        (r"\beste\s+año\b", lambda m, b: " this year "),
        (r"\b(?:la\s+)?próxima\s+semana\b", lambda m, b: " next week "),
        (r"\b(?:el\s+)?próximo\s+mes\b", lambda m, b: " next month "),
        (r"\bnavidad\b", lambda m, b: " Christmas "),
        (
            rf"\b(?:en\s+|de\s+)?{_ES_MONTH}{_ES_Y}",
            lambda m, b: _spaced(_es_month(m[1]), m[2] or ""),
        ),
    ]
)

_JA_SEASONS = {"春": "spring", "夏": "summer", "秋": "fall", "冬": "winter"}
JA_RULES: list[Rule] = [
    (
        re.compile(r"(\d{4})年度?(?:の)?第?([1-4１-４])四半期"),
        lambda m, b: _spaced(f"Q{int(m[2])}", m[1]),
    ),
    (re.compile(r"(?:今年度?の?)?第?([1-4１-４])四半期"), lambda m, b: _spaced(f"Q{int(m[1])}")),
    (
        re.compile(r"(\d{4})年(?:の)?(上|下)(?:半)?期"),
        lambda m, b: _spaced("H1" if m[2] == "上" else "H2", m[1]),
    ),
    (re.compile(r"(上|下)半期"), lambda m, b: _spaced("H1" if m[1] == "上" else "H2")),
    (re.compile(r"来年"), lambda m, b: " next year "),
    (re.compile(r"来月"), lambda m, b: " next month "),
    (re.compile(r"来週"), lambda m, b: " next week "),
    (re.compile(r"明日"), lambda m, b: " tomorrow "),
    (re.compile(r"今([春夏秋冬])"), lambda m, b: _spaced(_JA_SEASONS[m[1]], str(b.year))),
    (re.compile(r"来([春夏秋冬])"), lambda m, b: _spaced("next", _JA_SEASONS[m[1]])),
    (re.compile(r"(\d{4})年(?:の)?([春夏秋冬])"), lambda m, b: _spaced(_JA_SEASONS[m[2]], m[1])),
]

RULES_BY_LANGUAGE: dict[str, list[Rule]] = {"de": DE_RULES, "es": ES_RULES, "ja": JA_RULES}
