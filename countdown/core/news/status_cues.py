"""The words that tell a launch's status, per language (NEWS-CONVENTIONS.md, "Status").

Each language has its cues in the order they outweigh each other when they meet in the words
about one date: a cancellation, then a reported slip (delayed), then a firm date fixed by the
maker (confirmed), report / leak words (rumored), confirmation words (confirmed), the maker
speaking (announced), and last the hedges (rumored: "could", "is expected to"), which count
only when nothing firmer was said. `KEPT` words say a date did not move ("still on track"),
`CONTRAST` words cut a clause into the parts a cue can speak for ("X launches in May, but Y
was delayed"), and `REPORT_TEXT` words make a whole text a report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from countdown.core.model import Status


@dataclass(frozen=True)
class Cue:
    """Words that signal `status`; a `hedge` speaks only for what follows it."""

    status: Status
    pattern: re.Pattern[str]
    hedge: bool = False


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


_EN_CANCEL = (
    r"cancel+(?:s|ed|ing|ation)?|called\s+off|scrap(?:s|ped|ping)?|axed|shelv(?:e|es|ed|ing)"
    r"|pull(?:s|ed|ing)?\s+the\s+plug|abandon\w*|kill(?:s|ed|ing)\s+(?:off\s+)?(?:the|its|their|plans?)"
    r"|no\s+longer\s+(?:plans?|planning|intends?|build\w*|mak\w*|develop\w*|launch\w*|releas\w*|coming)"
)
_EN_DELAY = (
    r"delay\w*|postpon\w*|push(?:es|ed|ing)?\s+(?:\w+\s+)?back|pushed|pushing|slip(?:s|ped|ping)?"
    r"|reschedul\w*|later\s+than\s+(?:planned|expected|originally|first|hoped)|mov(?:e|es|ed|ing)\b[^.;]{0,80}?\bto|shift(?:s|ed)?\b[^.;]{0,80}?\bto"
    r"|instead\s+of|originally|scrubb?\w*|(?:will|would)\s+instead"
    # "now" with a launch verb or a plan word: the date replaced another one.
    r"|(?:will|would|is|are)\s+now\s+(?:be\s+)?(?:launch|releas|ship|arriv|debut|open|land|hit"
    r"|go|come|start|begin|premier|roll)\w*|now\s+(?:set|slated|scheduled|planned|targeted|due"
    r"|tracking|aim\w*|target\w*|launches|ships|arrives|debuts|opens|lands|hits|premieres)"
    r"|new\s+(?:[\w-]+\s+){0,2}?(?:launch|release)\s+(?:date|day|is\s+(?:now\s+)?(?:set|scheduled))"
)
# "According to the company" is the maker speaking; "according to a report / Bloomberg" is not.
_EN_REPORT = (
    # "Acme reported revenue of …" is the maker's own figures, not a report about it.
    r"rumou?r\w*|reportedly|report(?:s|ed)?(?!\s+(?:[\w-]+\s+){0,2}?(?:revenues?|sales|earnings"
    r"|profits?|loss(?:es)?|results|income|margins?|costs?|deliveries))|leak\w*|tip(?:ped|ster)|allegedly|sources?|insiders?"
    r"|according\s+to(?!\s+(?:its|their|the\s+(?:company|maker|manufacturer|studio|developer"
    r"|publisher|agency)\b|(?:a|an|the)\s+(?:company|regulatory|securities|transcript|filing)\b"
    r"|official|(?:the\s+)?[\w-]+['’]s\s+(?:official\s+)?(?:website|site|blog"
    r"|statement|press\s+release|announcement|account|page)))"
    r"|purported\w*|supposedly|familiar\s+with|briefed\s+on|(?:is|are)\s+(?:said|believed|thought)\s+to"
    # Analysts as the source ("analysts expect"), not as the audience ("told analysts").
    r"|analysts?\s+(?:at\s+[\w-]+\s+)?(?:say|said|expect\w*|predict\w*|believe\w*|estimat\w*|think"
    r"|forecast\w*|suggest\w*|reckon\w*|note[sd]?)|(?-i:analyst\s+[A-Z])|analysts?\s+(?:at|from)\s"
    r"|retail\w*|unconfirmed|(?:not|n't|never|yet\s+to|nor)\s+(?:\w+\s+){0,3}?(?:confirm\w*|official\w*)"
    r"|nothing\s+(?:is\s+|has\s+been\s+)?(?:confirmed|official)|no\s+official"
)
_EN_SPEAKS = (
    r"announc\w*|press\s+release|unveiled|revealed|said|says|told|PRNewswire|Business\s+Wire"
    r"|GLOBE\s+NEWSWIRE"
)

CUES: dict[str, list[Cue]] = {
    "en": [
        Cue(Status.CANCELLED, _words(_EN_CANCEL)),
        Cue(Status.DELAYED, _words(_EN_DELAY)),
        # A firm date fixed by the maker outweighs the teasers and leaks told around it.
        Cue(
            Status.CONFIRMED,
            _words(r"officially\s+(?:set|scheduled|slated|dated)|sent\s+(?:out\s+)?invit\w*"),
        ),
        Cue(Status.RUMORED, _words(_EN_REPORT)),
        Cue(Status.CONFIRMED, _words(r"confirm\w*|official(?:ly)?|invitations?|invites?")),
        Cue(Status.ANNOUNCED, _words(_EN_SPEAKS)),
        # Hedges count only when nothing firmer was said: "confirmed …, ending speculation".
        Cue(
            Status.RUMORED,
            re.compile(
                r"\b(?:(?i:(?:is|are)\s+expected|expected\s+to)|could|may|might"
                r"|(?i:likely|speculat\w*|apparently|hints?|claims?|suggests?|probably"
                r"|seems?\s+to|appears?\s+to|looks\s+like|it\s+seems))\b"
            ),
            hedge=True,
        ),
    ],
    "fr": [
        Cue(Status.CANCELLED, _words(r"annul\w*|abandonn\w*|enterr[ée]e?s?")),
        Cue(
            Status.DELAYED,
            _words(
                r"report[ée]e?s?|retard\w*|décal[ée]e?s?|repouss\w*|au\s+lieu\s+d\w*|plus\s+tard\s+que\s+prévu"
            ),
        ),
        Cue(Status.RUMORED, _words(r"rumeurs?|selon|d'après|fuites?|aurait|serait")),
        Cue(Status.CONFIRMED, _words(r"confirm\w*|officiel\w*")),
        Cue(Status.ANNOUNCED, _words(r"annonc\w*|a\s+déclaré|a\s+indiqué")),
        Cue(Status.RUMORED, _words(r"pourrait|devrait|probablement"), hedge=True),
    ],
    "de": [
        Cue(
            Status.CANCELLED,
            _words(
                r"abgesagt|gestrichen|eingestellt|gestoppt|auf\s+Eis\s+gelegt|aufgegeben|beerdigt"
            ),
        ),
        Cue(
            Status.DELAYED,
            _words(
                r"verschoben|verschieb\w*|verzöger\w*|verspät\w*|später\s+als\s+(?:geplant|erwartet)"
                r"|(?:an)?statt\s+(?:wie\s+)?(?:geplant|ursprünglich|im|am|in|zum|Ende|Anfang|Mitte)"
            ),
        ),
        Cue(
            Status.RUMORED,
            _words(
                r"gerücht\w*|berichte\w*|angeblich|laut|scheint|offenbar|vermutlich"
                r"|nicht\s+(?:\w+\s+){0,3}?bestätigt|unbestätigt|weder"
            ),
        ),
        Cue(Status.CONFIRMED, _words(r"bestätigt\w*|offiziell")),
        Cue(Status.ANNOUNCED, _words(r"angekündigt|kündigt\w*|bekannt\s+gegeben|gibt\s+bekannt")),
        Cue(Status.RUMORED, _words(r"soll(?:en)?|könnte|dürfte|wohl"), hedge=True),
    ],
    "es": [
        Cue(Status.CANCELLED, _words(r"cancela\w*|abandon\w*|descart\w*")),
        Cue(
            Status.DELAYED,
            _words(r"retras\w*|aplaz\w*|pospu\w*|pospone\w*|en\s+(?:lugar|vez)\s+de|demora\w*"),
        ),
        Cue(Status.RUMORED, _words(r"rumor\w*|según|filtra\w*")),
        Cue(Status.CONFIRMED, _words(r"confirm\w*|oficial\w*")),
        Cue(Status.ANNOUNCED, _words(r"anunci\w*")),
        Cue(Status.RUMORED, _words(r"podría|llegaría|probablemente"), hedge=True),
    ],
    "zh": [
        Cue(Status.CANCELLED, re.compile(r"取消|叫停|放弃|放棄|砍掉")),
        Cue(Status.DELAYED, re.compile(r"推迟|延期|跳票|延後|延后|推遲|延迟|延遲|改期|推至|延至")),
        Cue(Status.CONFIRMED, re.compile(r"邀请函|邀請函|发出邀请|發出邀請")),
        Cue(
            Status.RUMORED,
            re.compile(
                r"据报道|據報導|报道|報道|報導|据悉|據悉|传闻|傳聞|爆料|曝光|消息称|消息稱|消息人士"
                r"|知情人士|或将|或將|有望|疑似|据称|據稱|預計|预计|傳出|传出|可能"
            ),
        ),
        Cue(Status.CONFIRMED, re.compile(r"确认|確認|证实|證實|官方")),
        Cue(Status.ANNOUNCED, re.compile(r"官宣|宣布|宣佈|表示")),
    ],
    "ja": [
        Cue(Status.CANCELLED, re.compile(r"中止|キャンセル|取りやめ|取り止め|断念")),
        Cue(Status.DELAYED, re.compile(r"延期|遅れ|先送り|ずれ込")),
        Cue(
            Status.RUMORED, re.compile(r"噂|リーク|報道|報じ|関係者|とみられ|見込み|見通し|可能性")
        ),
        Cue(Status.CONFIRMED, re.compile(r"正式|公式|確定")),
        Cue(Status.ANNOUNCED, re.compile(r"発表")),
    ],
}

# The slip words that tell a launch slipped even in a sentence about no date ("X was delayed
# again"); "moved" or "shifted to" alone says too little there.
SLIP_WORDS: dict[str, re.Pattern[str]] = {
    "en": _words(
        r"delay(?:s|ed|ing)?|postpon\w*|push(?:es|ed|ing)?\s+(?:\w+\s+)?back|slip(?:s|ped|ping)?"
        r"|reschedul\w*|scrubb?\w*"
    ),
}

# "Will not be released until April": a date later than hoped, a slip unless hedged or reported
# before it ("may not emerge until", "reportedly won't ship until": status.py).
NOT_UNTIL: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"(?:\bnot|n['’]t|\bnever)\b[^.;,]{0,40}?\b(?:until|till|before)\s+(?:the\s+)?$", re.I
    ),
    "de": re.compile(r"\berst\s+(?:(?:im|am|in|ab|zum|Ende|Anfang|Mitte)\s+)*$", re.I),
    "fr": re.compile(
        r"\b(?:ne|n['’])\b[^.;,]{0,40}?\bqu['’]\s*(?:(?:en|au|à|le|la|l['’])\s*)*$", re.I
    ),
    "es": re.compile(
        r"\bno\b[^.;,]{0,40}?\bhasta\s+(?:(?:el|la|finales|principios|mediados|de)\s+)*$", re.I
    ),
}

# A date that stayed where it was: "is still launching in May", "remains on track".
KEPT: dict[str, re.Pattern[str]] = {
    "en": _words(
        r"still\s+(?:on\s+track|set|scheduled|planned|slated|due|launch\w*|ship\w*|arriv\w*"
        r"|coming|releas\w*|on\s+schedule)|remains?\s+(?:on\s+track|set|scheduled|on\s+schedule)"
        r"|on\s+track|on\s+schedule|unchanged|stays?\s+(?:on|at|in|for)|remains?\s+(?:in|for|on)"
    ),
    "fr": _words(r"maintenu\w*|reste\s+(?:prévu|fixé)\w*|toujours\s+prévu\w*"),
    "de": _words(r"bleibt|weiterhin|(?<!statt\s)wie\s+geplant"),
    "es": _words(r"se\s+mantiene\w*|sigue\s+(?:previst|programad)\w*"),
}

CONTRAST: dict[str, re.Pattern[str]] = {
    "en": re.compile(r",?\s+but\s+|[,;]\s*however,?\s+|,?\s+(?:al)?though\s+|,\s+yet\s+", re.I),
    "fr": re.compile(r",?\s+mais\s+|,\s*(?:cependant|toutefois|pourtant)\b", re.I),
    "de": re.compile(r",\s*(?:aber|doch|jedoch|obwohl)\s+", re.I),
    "es": re.compile(r",?\s+pero\s+|,\s*sin\s+embargo|,?\s+aunque\s+", re.I),
    "zh": re.compile(r"但是|但|不过|不過|然而"),
    "ja": re.compile(r"が、|しかし|ただし"),
}

# Words that make a whole text a report, so a sentence silent about status stays rumored.
REPORT_TEXT: dict[str, re.Pattern[str]] = {
    "en": _words(
        r"rumou?r\w*|reportedly|leak\w*|tipster|according\s+to\s+(?:a\s+)?(?:report|sources?"
        r"|people|insiders?|a\s+source|\w+\s+sources)|sources?\s+(?:say|said|familiar)"
    ),
    "de": _words(r"gerücht\w*|insider\w*|laut\s+(?:einem\s+)?(?:Bericht|Quellen|Insidern)"),
    "fr": _words(r"rumeurs?|fuites?|selon\s+(?:des\s+)?(?:sources|informations)"),
    "es": _words(r"rumor\w*|filtraci\w*|según\s+(?:fuentes|informaciones)"),
    "zh": re.compile(r"据报道|據報導|知情人士|消息人士|爆料|传闻|傳聞"),
    "ja": re.compile(r"報じ|関係者|リーク|噂"),
}

# A pronoun or "then" that makes a dateless "… but it was cancelled" speak of the launch at hand.
REFERS_BACK = _words(r"it|its|then|later")


def cues(language: str) -> list[Cue]:
    return CUES.get(language, CUES["en"])


def cue_of(language: str, status: Status) -> re.Pattern[str]:
    """The first (strongest) cue pattern for `status` in `language`."""
    return next(c.pattern for c in cues(language) if c.status is status)
