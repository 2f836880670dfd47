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

import re
from collections.abc import Callable
from datetime import datetime

from countdown.core.model import Status


def word_list(text: str) -> list[str]:
    """A whitespace-separated word list (long vocabularies read better as one string)."""
    return text.split()


MONTH_NAMES = word_list(
    "January February March April May June July August September October November December"
)
_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœ']+", re.IGNORECASE)
_FR_STOPS = frozenset(
    word_list("le la les des du de et est une un sera dans pour avec au aux cette ce qui")
)
_EN_STOPS = frozenset(
    word_list("the a an and of to is are will be in on with for this that its it")
)


def detect_language(text: str, languages: tuple[str, ...] = ("en", "zh", "fr")) -> str:
    """The language of `text` among `languages` ("en" when in doubt)."""
    if "zh" in languages and _CJK.search(text):
        return "zh"
    if "fr" in languages:
        words = [w.lower().split("'")[-1] for w in _WORD.findall(text[:3000])]
        french = sum(w in _FR_STOPS for w in words)
        if french > sum(w in _EN_STOPS for w in words):
            return "fr"
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
        re.compile(_ZH_YEAR + r"(\d{1,2})月(\d{1,2})[日号]"),
        lambda m, b: _spaced(f"{_month(m[2])} {m[3]}" + (f", {_year(m[1], b)}" if m[1] else "")),
    ),
    (
        re.compile(_ZH_YEAR + r"(\d{1,2})月(?:份)?(上旬|中旬|下旬|初|底|末)"),
        lambda m, b: _spaced(_ZH_PART[m[3]], _month(m[2]), _year(m[1], b)).replace("mid ", "mid-"),
    ),
    (
        re.compile(_ZH_YEAR + r"(\d{1,2})月份?"),
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
        re.compile(r"(\d{4}年|今年|明年|本年)年?(初|中|底|末)"),
        lambda m, b: _spaced({"初": "early", "中": "mid-"}.get(m[2], "late"), _year(m[1], b)),
    ),
    (re.compile(r"年[底末]"), lambda m, b: " end of the year "),
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
            r"\b(premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e|dernier)\s+trimestre"
            + _FR_Y,
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
    (re.compile(r"\b(?:à la )?fin de l'année", re.IGNORECASE), lambda m, b: " end of the year "),
    (re.compile(r"\bplus tard cette année", re.IGNORECASE), lambda m, b: " later this year "),
    (re.compile(r"\bcette année", re.IGNORECASE), lambda m, b: " this year "),
    (re.compile(r"\bl'(?:année|an) prochaine?", re.IGNORECASE), lambda m, b: " next year "),
    (re.compile(r"\bla semaine prochaine", re.IGNORECASE), lambda m, b: " next week "),
    (re.compile(r"\ble mois prochain", re.IGNORECASE), lambda m, b: " next month "),
    (
        re.compile(
            r"\b(?:cet|ce|au|à l'|en)\s*(printemps|été|automne|hiver)" + _FR_Y, re.IGNORECASE
        ),
        lambda m, b: _spaced(("" if m[2] else "this ") + _FR_SEASON[m[1].lower()], m[2] or ""),
    ),
    (re.compile(r"\bdemain\b", re.IGNORECASE), lambda m, b: " tomorrow "),
    (re.compile(r"\bNoël\b", re.IGNORECASE), lambda m, b: " Christmas "),
    (re.compile(r"\b" + _FR_MONTH + r"\b", re.IGNORECASE), lambda m, b: _spaced(_fr_month(m[1]))),
]


def normalize_dates(text: str, language: str, base: datetime) -> str:
    """`text` with its zh/fr date idioms rewritten in English (unchanged for "en")."""
    rules = {"zh": ZH_RULES, "fr": FR_RULES}.get(language, [])
    for pattern, replace in rules:
        text = pattern.sub(lambda m, r=replace: r(m, base), text)  # type: ignore[misc]
    return re.sub(r"  +", " ", text) if rules else text


def _words(pattern: str, *, flags: int = re.IGNORECASE, edge: bool = True) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b" if edge else pattern, flags)


# Launch words by strength: 3 availability (the launch itself), 2 expectation, 1 reveal/event.
LAUNCH_WORDS: dict[str, list[tuple[int, re.Pattern[str]]]] = {
    "en": [
        (
            3,
            _words(
                r"go(?:es|ing)?\s+on\s+sale|went\s+on\s+sale|on\s+sale|sales?\s+(?:start\w*|begin\w*|from)"
                r"|available(?!\s+(?:for\s+)?pre-?orders?)|availability|in\s+stores|hits?\s+(?:store\s+)?shelves|ship(?:s|ped|ping)?"
                r"|releas\w*|launch\w*|lift(?:s|ed|ing)?\s+off|liftoff|blast\w*\s+off|arriv\w*"
                r"|lands?|roll\w*\s+out|rollout|debut\w*|premier\w*|comes?\s+out|drops?|delay\w*"
                r"|postpon\w*|pushed\s+(?:back|to)|slip(?:s|ped)?|opens?|goes\s+live|out\s+on"
            ),
        ),
        (
            2,
            _words(
                r"due|slated|scheduled|set\s+(?:to|for)|expected|coming|planned|plans?|targets?"
                r"|targeting|aims?|penciled|ETA|follow(?:s|ed)?|confirm\w*\s+(?:\S+\s+){0,4}?for"
            ),
        ),
        (
            1,
            _words(
                r"unveil\w*|announc\w*|reveal\w*|present\w*|event|keynote|teas\w*|pre-?orders?"
                r"|unpacked|showcase|livestream"
            ),
        ),
    ],
    "fr": [
        (
            3,
            _words(
                r"sortie|sortir|sortira|sort|lancement|lancer|lancera|lance|commercialis\w*"
                r"|disponibles?|disponibilité|en\s+vente|arriv\w*|débarque\w*|décoll\w*|livraisons?"
            ),
        ),
        (2, _words(r"prévue?s?|attendue?s?|programmée?s?|devrait|pr[ée]vu")),
        (1, _words(r"dévoil\w*|présent\w*|annonc\w*|conférence")),
    ],
    "zh": [
        (
            3,
            _words(r"发售|上市|开售|开卖|交付|上线|公测|发射|首飞|面世|问世|推出|首发", edge=False),
        ),
        (2, _words(r"发布|预计|计划|定于|将于", edge=False)),
        (1, _words(r"亮相|发布会|官宣", edge=False)),
    ],
}

# Status cues in priority order: a report/leak word wins over anything else in the same scope
# (a report of an announcement is still a report); hedges only when nothing firmer is there.
STATUS_CUES: dict[str, list[tuple[Status, re.Pattern[str]]]] = {
    "en": [
        (
            Status.RUMORED,
            _words(
                r"rumou?r\w*|report(?:s|ed|edly)?|leak\w*|tip(?:ped|ster)|allegedly|sources?"
                r"|insiders?|according\s+to|said\s+to|purported\w*|supposedly|familiar\s+with"
            ),
        ),
        (Status.DELAYED, _words(r"delay\w*|postpon\w*|pushed\s+back|slipped|slips")),
        (Status.CONFIRMED, _words(r"confirm\w*|official\w*|set\s+in\s+stone")),
        (
            Status.ANNOUNCED,
            _words(
                r"announc\w*|press\s+release|said\s+in\s+a\s+statement|unveiled|revealed|PRNewswire"
                r"|(?:the\s+)?company\s+(?:said|says)|(?:said|says)\s+the\s+company"
                r"|Business\s+Wire|GLOBE\s+NEWSWIRE"
            ),
        ),
        # Hedges count only when nothing firmer was said: "confirmed …, ending speculation".
        (
            Status.RUMORED,
            _words(
                r"expected|(?-i:could|may|might)|likely|speculat\w*|analysts?|claims?|suggests?"
                r"|hints?"
            ),
        ),
    ],
    "fr": [
        (
            Status.RUMORED,
            _words(
                r"rumeurs?|selon|d'après|fuites?|aurait|serait|devrait|pourrait|leak\w*|indiscrétions?"
            ),
        ),
        (Status.DELAYED, _words(r"report[ée]e?s?|retard\w*|décal[ée]e?s?")),
        (Status.CONFIRMED, _words(r"confirm\w*|officiel\w*")),
        (Status.ANNOUNCED, _words(r"annonc\w*|communiqué|dévoilée?s?")),
    ],
    "zh": [
        (
            Status.RUMORED,
            _words(
                r"据报道|据悉|传闻|传言|爆料|曝光|消息称|消息人士|知情人士|供应链|或将|有望|疑似|据称",
                edge=False,
            ),
        ),
        (Status.DELAYED, _words(r"推迟|延期|跳票", edge=False)),
        (Status.CONFIRMED, _words(r"确认|证实|官方", edge=False)),
        (Status.ANNOUNCED, _words(r"官宣|宣布|发布会", edge=False)),
    ],
}
