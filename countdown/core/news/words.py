"""The words paste-to-track reads, per language: sentence and clause boundaries and launch
words with their strength.

Launch words have a strength: 3 the launch itself (on sale, ships, launches, lifts off, 发售),
2 an expectation (due, slated, prévu, 预计), 1 a reveal or event (unveil, announce, 亮相). A
date belongs to the nearest launch word, and the strongest wins when a sentence has several.

Status cues live in status.py.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*\s+|[。！？]+[”」』]?|\n\s*")
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri"
    r"|Sat|Sun|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|approx|est|Gen|Fig)\."
    r"|\b[A-Z]\.|\b[a-z]\.[a-z]\.)\s*$"
)
_DAY_DOT = re.compile(r"\b\d{1,2}\.$")  # German "am 14. September"
_DE_MONTH = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember)\b"
)
_BREAK_AFTER = re.compile(r"[\"“‘„«(\[]?\s?[A-Z0-9\u4e00-\u9fff《]")
CLAUSE_END = re.compile(
    r";|；|,\s+(?:while|whereas|meanwhile|tandis\s+que|alors\s+que)\s+|\s+while\s+"
    r"|,\s+(?:and|et)\s+(?:that\s+|que\s+)?(?=(?:the|a|an|its|their|la|le|les|l')\b|[A-Z])"
    # "X won't ship until May however, Y will": a comma splice joins two statements; "X,
    # followed by Y a month later (June)": what follows is Y's, with its launch word.
    r"|,?\s+however,\s+|\s+(?=followed\s+by\b)"
)
_ZONES = re.compile(r"(?:PT|PDT|PST|ET|EDT|EST|CT|CDT|CST|MT|UTC|GMT|BST|CET|CEST|JST)\b")


_URL = re.compile(r"\b(?:https?://|www\.)\S+")
# A line break inside a long line that does not end a sentence is wrapping (text pasted from a
# PDF, an e-mail or a terminal), not a paragraph: it becomes a space.
_WRAPPED = re.compile(r"(?<=[^\n]{60})(?<![.!?:;。！？：；])[ \t]*\n(?=[ \t]*[^\s\-•*·])")


def unwrap(text: str) -> str:
    """`text` with URLs blanked (their slugs are not news) and wrapped lines joined; the same
    length, so positions stay valid."""
    text = _URL.sub(lambda m: " " * len(m.group()), text)
    return _WRAPPED.sub(lambda m: " " * len(m.group()), text)


def split_sentences(text: str) -> list[str]:
    """Sentences of `text` (already `unwrap`ped), keeping "Sept. 12", "U.S." and "10 a.m. PT"
    whole."""
    sentences, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before, after = text[start : match.end()], match.end()
        is_newline = "\n" in match.group() or match.group()[0] in "。！？"
        abbreviation = (
            _NO_BREAK_BEFORE.search(before.rstrip())
            or _ZONES.match(text, after)
            or (_DAY_DOT.search(before.rstrip()) and _DE_MONTH.match(text, after))
        )
        if is_newline or (not abbreviation and _BREAK_AFTER.match(text, after)):
            sentences.append(text[start : match.end()].strip())
            start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def launch_words(clause: str, language: str) -> list[tuple[int, int]]:
    """(position, strength) of every launch word in the clause."""
    found = []
    for strength, pattern in LAUNCH_WORDS[language]:
        found += [(m.start(), strength) for m in pattern.finditer(clause)]
    return found


def _words(pattern: str, *, flags: int = re.IGNORECASE, edge: bool = True) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b" if edge else pattern, flags)


# Launch words by strength: 3 availability (the launch itself), 2 expectation, 1 reveal/event.
LAUNCH_WORDS: dict[str, list[tuple[int, re.Pattern[str]]]] = {
    "en": [
        (
            3,
            _words(
                r"go(?:es|ing)?\s+on\s+sale|went\s+on\s+sale|on\s+sale|sales?\s+(?:start\w*|begin\w*|from)"
                r"|available(?!\s+(?:for\s+)?pre-?orders?)|availability|in\s+stores|hit(?:s|ting)?\s+(?:the\s+)?(?:stores?|(?:store\s+)?shelves|market)|ship(?:s|ped|ping)?"
                r"|releas\w*|launch\w*|lift(?:s|ed|ing)?\s+off|liftoff|blast\w*\s+off|arriv\w*"
                r"|lands?|roll\w*\s+out|rollout|debut\w*|premier\w*|comes?\s+(?:out|to(?!\s+an?\s+end))|drops?|delay\w*"
                r"|postpon\w*|pushed\s+(?:back|to)|slip(?:s|ped)?|opens?|goes\s+live|out\s+on"
                r"|deliver\w*|first\s+(?:test\s+)?flight|maiden\s+flight|mass[- ]produc\w*"
                r"|mass\s+production|mov(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?to|push\w*\s+(?:\S+\s+){0,3}?(?:back|to)"
                r"|(?:get|gets|getting|receive|receives)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?"
                r"(?:update|upgrade|access)|reach(?:es)?\s+(?:customers|buyers|stores|shelves)"
                r"|(?:begin|start|enter)\w*\s+(?:\w+\s+)?production|production\s+(?:of\s+(?:\S+\s+){1,4}?)?(?:begin|start|near)\w*"
                r"|(?:get|gets|getting|receiv\w+)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:update|upgrade)"
                r"|(?:will|to)\s+be\s+(?:sold|available)|sales\s+of\s+(?:\S+\s+){1,5}?(?:start|begin)s?"
            ),
        ),
        (
            2,
            _words(
                r"due|slated|scheduled|set\s+(?:to|for)|expected|coming|plan(?:s|ned|ning)?\s+(?:to|for)|targets?"
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
        (2, _words(r"prévue?s?|attendue?s?|programmée?s?|devrait|pr[ée]vu|prépar\w*")),
        (1, _words(r"dévoil\w*|présent\w*|annonc\w*|conférence")),
    ],
    "zh": [
        (
            3,
            _words(
                r"发售|發售|上市|开售|開售|开卖|交付|上线|上線|公测|发射|發射|首飞|首飛|面世|问世"
                r"|推出|首发|首發|打ち上げ",
                edge=False,
            ),
        ),
        (
            2,
            _words(r"发布|發佈|發布|预计|預計|计划|計劃|定于|定於|将于|將於|舉行|举行", edge=False),
        ),
        (1, _words(r"亮相|发布会|發佈會|發表會|官宣", edge=False)),
    ],
    "ja": [
        (3, _words(r"発売|発射|打ち上げ|リリース|配信|出荷|納車|開始", edge=False)),
        (2, _words(r"予定|見込み|計画|行う", edge=False)),
        (1, _words(r"発表|公開|イベント", edge=False)),
    ],
    "de": [
        (
            3,
            _words(
                r"erschein\w*|erscheint|release\w*|start\w*|Marktstart|Verkaufsstart|verkauf\w*"
                r"|erhältlich|ausgeliefert|Auslieferung|auf\s+den\s+Markt|launch\w*|kommt|kommen"
                r"|Start|abheben|fliegt|in\s+den\s+Handel|in\s+die\s+Läden|ausliefer\w*"
            ),
        ),
        (2, _words(r"geplant|soll(?:en)?|voraussichtlich|verschoben|verschiebt|Termin")),
        (1, _words(r"vorgestellt|präsentier\w*|enthüll\w*|Event|angekündigt")),
    ],
    "es": [
        (
            3,
            _words(
                r"lanzamiento|lanza\w*|llegar\w*|llega\w*|sale|saldrá|salida|estrena\w*"
                r"|disponible|venta|retras\w*|aplaz\w*|despeg\w*"
            ),
        ),
        (2, _words(r"previsto|prevista|programad[oa]|planea|esperad[oa]|fecha")),
        (1, _words(r"presenta\w*|anuncia\w*|evento")),
    ],
}
