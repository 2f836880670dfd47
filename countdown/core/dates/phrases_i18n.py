"""Chinese and French in pasted news: language detection and a normalizer to the English grammar.

`parse_window` speaks English fuzzy phrases ("late July", "Q3 2027", "H2"); dateparser reads plain
zh/fr dates but not idioms like "7月下旬" or "fin juillet". `normalize_dates` rewrites those idioms
(and plain dates, so the extractor can find them) into English inside the sentence, e.g.
"小米将于今年7月下旬发布" → "小米将于 late July 2026 发布". Year words are resolved against
the text's base ("今年" = base's year, "明年" = the next), which is exactly what "this year" /
"next year" pin to. The vocabularies of launch and status words per language live here too.

Detection is cheap on purpose: any run of CJK ideographs → "zh"; more French stop words than
English ones → "fr"; else "en".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import datetime

from countdown.core.dates.zone_words import rewrite_zones


def word_list(text: str) -> list[str]:
    """A whitespace-separated word list (long vocabularies read better as one string)."""
    return text.split()


MONTH_NAMES = word_list(
    "January February March April May June July August September October November December"
)
_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœäößñáíóú']+", re.IGNORECASE)
_FR_STOPS = frozenset(
    word_list("le les des du et est une un sera dans pour avec au aux cette ce qui sont été")
)
_EN_STOPS = frozenset(
    word_list("the a an and of to is are will be in on with for this that its it")
)


def has_chinese(text: str) -> bool:
    return _CJK.search(text) is not None


_KANA = re.compile(r"[\u3040-\u30ff]")
_STOPS_BY_LANGUAGE = {
    "fr": _FR_STOPS,
    "de": frozenset(
        word_list("der die das und ist nicht ein eine mit auf für im am dem den des sich wird")
    ),
    "es": frozenset(word_list("el los las y es una con por para del en que se su al lo está")),
}


def detect_language(text: str, languages: tuple[str, ...] = ("en", "zh", "fr")) -> str:
    """The language of `text` among `languages` ("en" when in doubt): Japanese when it has
    kana, Chinese for other CJK ideographs, else the Latin language with the most stop words
    (more than English's)."""
    if _CJK.search(text) or _KANA.search(text):
        if "ja" in languages and _KANA.search(text):
            return "ja"
        if "zh" in languages:
            return "zh"
    words = [w.lower().split("'")[-1] for w in _WORD.findall(text[:3000])]
    counts = {code: sum(w in _STOPS_BY_LANGUAGE[code] for w in words) for code in languages
              if code in _STOPS_BY_LANGUAGE}  # fmt: skip
    best = max(counts, key=lambda code: counts[code], default=None)
    if best and counts[best] > sum(w in _EN_STOPS for w in words):
        return best
    return "en"


Rule = tuple[re.Pattern[str], Callable[[re.Match[str], datetime], str]]


def _year(word: str | None, base: datetime) -> str:
    """ "2027年"/"2027" → "2027"; 今年/cette année → base's year; 明年 → the next; None → ""."""
    if not word:
        return ""
    if word[:4].isdigit():
        return word[:4]
    offset = {"今年": 0, "本年": 0, "明年": 1, "去年": -1}.get(word, 0)
    return str(base.year + offset)


def _month(number: str) -> str:
    return MONTH_NAMES[int(number) - 1]


def _spaced(*parts: str) -> str:
    return " " + " ".join(p for p in parts if p) + " "


_ZH_NUM = {"一": "1", "二": "2", "三": "3", "四": "4", "1": "1", "2": "2", "3": "3", "4": "4"}
_ZH_YEAR = r"(\d{4}年|今年|明年|去年|本年)?"
_ZH_MONTH = r"(?<!\d)(1[0-2]|0?[1-9])"  # "13月" is no month
_ZH_PART = {
    "上旬": "early",
    "初": "early",
    "中旬": "mid",
    "下旬": "late",
    "底": "late",
    "末": "late",
}
_ZH_SEASON = {"春": "spring", "夏": "summer", "秋": "fall", "冬": "winter"}

ZH_RULES: list[Rule] = [
    (
        re.compile(_ZH_YEAR + r"\s*" + _ZH_MONTH + r"\s*月\s*(\d{1,2})\s*[日号號]"),
        lambda m, b: _spaced(f"{_month(m[2])} {m[3]}" + (f", {_year(m[1], b)}" if m[1] else "")),
    ),
    (
        re.compile(_ZH_YEAR + _ZH_MONTH + r"月(?:份)?(上旬|中旬|下旬|初|底|末)"),
        lambda m, b: _spaced(_ZH_PART[m[3]], _month(m[2]), _year(m[1], b)).replace("mid ", "mid-"),
    ),
    (
        re.compile(_ZH_YEAR + r"\s*" + _ZH_MONTH + r"\s*月份?"),
        lambda m, b: _spaced(_month(m[2]), _year(m[1], b)),
    ),
    (
        re.compile(_ZH_YEAR + r"(?:第)?([一二三四1-4])季度"),
        lambda m, b: _spaced(f"Q{_ZH_NUM[m[2]]}", _year(m[1], b)),
    ),
    (
        re.compile(_ZH_YEAR + r"([上下])半年"),
        lambda m, b: _spaced("H1" if m[2] == "上" else "H2", _year(m[1], b)),
    ),
    (
        re.compile(r"(\d{4}年|今年|明年|本年)年?(初|中(?![国文心])|底|末)"),
        lambda m, b: _spaced({"初": "early ", "中": "mid-"}.get(m[2], "late ") + _year(m[1], b)),
    ),
    (re.compile(r"年[底末]"), lambda m, b: " end of the year "),
    (re.compile(r"年初"), lambda m, b: " early this year "),
    (re.compile(r"年内"), lambda m, b: " by the end of the year "),
    (re.compile(r"今年晚些时候"), lambda m, b: " later this year "),
    (re.compile(r"月底前"), lambda m, b: " by the end of the month "),
    (
        re.compile(_ZH_YEAR + r"([春夏秋冬])[季天]"),
        lambda m, b: _spaced(_ZH_SEASON[m[2]], _year(m[1], b)),
    ),
    (re.compile(r"(\d{4})年"), lambda m, b: _spaced(m[1])),
    (re.compile(r"今年"), lambda m, b: " this year "),
    (re.compile(r"明年"), lambda m, b: " next year "),
    (re.compile(r"下个?月"), lambda m, b: " next month "),
    (re.compile(r"(?:本|这个)月"), lambda m, b: " this month "),
    (re.compile(r"下周"), lambda m, b: " next week "),
    (re.compile(r"明天"), lambda m, b: " tomorrow "),
    (re.compile(r"今天"), lambda m, b: " today "),
    (re.compile(r"本周"), lambda m, b: " this week "),
]

_FR_MONTHS = word_list(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
_FR_MONTH = r"(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)"
_FR_ORD = {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3, "3e": 3}
_FR_ORD |= {"quatrième": 4, "4e": 4, "dernier": 4}
_FR_PART = {"début": "early", "mi-": "mid-", "mi": "mid-", "fin": "late"}
_FR_SEASON = {"printemps": "spring", "été": "summer", "automne": "fall", "hiver": "winter"}


def _fr_month(word: str) -> str:
    plain = word.lower().replace("é", "e").replace("û", "u")
    return next(
        MONTH_NAMES[i]
        for i, m in enumerate(_FR_MONTHS)
        if m.replace("é", "e").replace("û", "u") == plain
    )


_FR_Y = r"(?:\s+(\d{4}))?"
FR_RULES: list[Rule] = [
    (
        re.compile(r"\b(\d{1,2})(?:er)?\s+" + _FR_MONTH + _FR_Y, re.IGNORECASE),
        lambda m, b: _spaced(f"{_fr_month(m[2])} {m[1]}" + (f", {m[3]}" if m[3] else "")),
    ),
    (
        re.compile(r"\b(début|mi-|mi|fin)\s*(?:d'|de\s+)?" + _FR_MONTH + _FR_Y, re.IGNORECASE),
        lambda m, b: _spaced(_FR_PART[m[1].lower()] + " " + _fr_month(m[2]), m[3] or "").replace(
            "- ", "-"
        ),
    ),
    (
        re.compile(r"\b(début|mi-|fin)\s*(\d{4})", re.IGNORECASE),
        lambda m, b: _spaced(
            _FR_PART[m[1].lower()].rstrip("-") + ("-" if "mi" in m[1] else " ") + m[2]
        ).replace("- ", "-"),
    ),
    (
        re.compile(
            r"\b(?:(?:au|du|le)\s+)?(premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e"
            r"|dernier)\s+trimestre" + _FR_Y,
            re.IGNORECASE,
        ),
        lambda m, b: _spaced(f"Q{_FR_ORD[m[1].lower()]}", m[2] or ""),
    ),
    (re.compile(r"\bT([1-4])\s+(\d{4})"), lambda m, b: _spaced(f"Q{m[1]} {m[2]}")),
    (
        re.compile(r"\b(premier|second|deuxième)\s+semestre" + _FR_Y, re.IGNORECASE),
        lambda m, b: _spaced("H1" if m[1].lower() == "premier" else "H2", m[2] or ""),
    ),
    (
        re.compile(r"\b(?:d'ici|avant) la fin de l'année", re.IGNORECASE),
        lambda m, b: " by the end of the year ",
    ),
    (
        re.compile(r"\b(?:à la |en )?fin (?:de l'|d')année", re.IGNORECASE),
        lambda m, b: " end of the year ",
    ),
    (
        re.compile(r"\b(?:en )?début (?:de l'|d')année( prochaine)?", re.IGNORECASE),
        lambda m, b: " early next year " if m[1] else " early this year ",
    ),
    (re.compile(r"\bcourant\s+(\d{4})", re.IGNORECASE), lambda m, b: _spaced(m[1])),
    (re.compile(r"\bplus tard cette année", re.IGNORECASE), lambda m, b: " later this year "),
    (re.compile(r"\bcette année", re.IGNORECASE), lambda m, b: " this year "),
    (re.compile(r"\bl'(?:année|an) prochaine?", re.IGNORECASE), lambda m, b: " next year "),
    (re.compile(r"\bla semaine prochaine", re.IGNORECASE), lambda m, b: " next week "),
    (re.compile(r"\ble mois prochain", re.IGNORECASE), lambda m, b: " next month "),
    (
        re.compile(
            r"\b(?:cet|ce|au|à l'|l'|en)\s*(printemps|été|automne|hiver)(\s+prochain)?" + _FR_Y,
            re.IGNORECASE,
        ),
        lambda m, b: _spaced(
            ("next " if m[2] else "" if m[3] else "this ") + _FR_SEASON[m[1].lower()], m[3] or ""
        ),
    ),
    (re.compile(r"\bdemain\b", re.IGNORECASE), lambda m, b: " tomorrow "),
    (re.compile(r"\bNoël\b", re.IGNORECASE), lambda m, b: " Christmas "),
    (
        re.compile(r"\b(?:en\s+|au mois d[e']\s*)?" + _FR_MONTH + r"(\s+prochain)?\b", re.I),
        lambda m, b: _spaced(("next " if m[2] else "") + _fr_month(m[1])),
    ),
]


# Each extraction stage normalizes the same sentences again: rewrite each once.
@functools.lru_cache(maxsize=1024)
def normalize_dates(text: str, language: str, base: datetime) -> str:
    """`text` with its zh/fr/de/es/ja date idioms rewritten in English (unchanged for "en")."""
    from countdown.core.dates.phrases_more import RULES_BY_LANGUAGE  # it imports nothing here

    original = text
    rules = {"zh": ZH_RULES, "fr": FR_RULES, "ja": [*RULES_BY_LANGUAGE["ja"], *ZH_RULES]}.get(
        language, RULES_BY_LANGUAGE.get(language, [])
    )
    for pattern, replace in rules:
        text = pattern.sub(lambda m, r=replace: r(m, base), text)  # type: ignore[misc]
    if language != "en":
        text = rewrite_zones(text)  # "北京时间10:30", "14 Uhr MESZ" → "10:30 Beijing time", …
    return re.sub(r"  +", " ", text) if rules or text != original else text
