"""The words paste-to-track reads, per language: sentence and clause boundaries, launch words
with their strength, and the status cues.

Launch words have a strength: 3 the launch itself (on sale, ships, launches, lifts off, 发售),
2 an expectation (due, slated, prévu, 预计), 1 a reveal or event (unveil, announce, 亮相). A
date belongs to the nearest launch word, and the strongest wins when a sentence has several.

Status mapping (extract.py checks the sentence, then its paragraph; rumored when both are silent):
report/leak words → rumored (they win: a report of an announcement is still a report); delay
words → delayed; "confirmed"/"official" → confirmed; "announced"/press release/"the company
said" → announced; hedges ("expected", "could", "likely", "speculation") → rumored, but only
when nothing firmer was said.
"""

from __future__ import annotations

import re

from countdown.core.model import Status

_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*\s+|[。！？]+[”」』]?|\n\s*")
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri"
    r"|Sat|Sun|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|approx|est|Gen|Fig)\."
    r"|\b[A-Z]\.|\b[a-z]\.[a-z]\.)\s*$"
)
_BREAK_AFTER = re.compile(r"[\"“‘(\[]?[A-Z0-9\u4e00-\u9fff《]")
CLAUSE_END = re.compile(
    r";|；|,\s+(?:while|whereas|meanwhile|tandis\s+que|alors\s+que)\s+|\s+while\s+"
    r"|,\s+(?:and|et)\s+(?:that\s+|que\s+)?(?=(?:the|a|an|its|their|la|le|les|l')\b|[A-Z])"
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
        abbreviation = _NO_BREAK_BEFORE.search(before.rstrip()) or _ZONES.match(text, after)
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


def cue_status(text: str, language: str) -> Status | None:
    """The status the wording of `text` signals, None when it says nothing. Report words win
    (a report of an announcement is still a report), then delay, confirmed, announced, hedges."""
    for status, pattern in STATUS_CUES[language]:
        if pattern.search(text):
            return status
    return None


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
                r"due|slated|scheduled|set\s+(?:to|for)|expected|coming|plan(?:s|ned|ning)?|targets?"
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
