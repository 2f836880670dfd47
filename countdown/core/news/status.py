"""The status stage: what the wording around a launch says about how firm its date is.

NEWS-CONVENTIONS.md, "Status": a cancellation wins, then a reported slip (delayed), then
report / leak / hedge words (rumored), then a firm fixed date (confirmed); a date stated
without any of these is the maker's own (announced). The sentence that gave the date is
read first, then its paragraph; when both are silent, the text's report words (a leak
article stays a leak) or a slip told about the same product elsewhere in the text.
"""

from __future__ import annotations

import re

from countdown.core.model import Status

_EN = re.IGNORECASE


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b", _EN)


_CUES: dict[str, list[tuple[Status, re.Pattern[str]]]] = {
    "en": [
        (Status.CANCELLED, _words(r"cancel+(?:s|ed|ing|ation)?|called\s+off|scrapp\w*|axed")),
        (
            Status.DELAYED,
            _words(
                r"delay\w*|postpon\w*|push(?:es|ed|ing)?\s+(?:\w+\s+)?back|pushed|slip(?:s|ped)?"
                r"|reschedul\w*|mov(?:e|es|ed|ing)\b[^.;]{0,60}?\bto|now\s+set|instead\s+of"
                r"|originally|scrubb?\w*|(?:will|would)\s+instead|new\s+(?:[\w-]+\s+){0,2}?(?:launch|release)\s+(?:date|day"
                r"|is\s+(?:now\s+)?(?:set|scheduled))|pushing|shift(?:s|ed)?\b[^.;]{0,60}?\bto"
            ),
        ),
        # A firm date fixed by the maker outweighs the teasers and leaks told around it.
        (
            Status.CONFIRMED,
            _words(r"officially\s+(?:set|scheduled|slated|dated)|sent\s+(?:out\s+)?invit\w*"),
        ),
        (
            Status.RUMORED,
            _words(
                r"rumou?r\w*|report(?:s|ed|edly)?|leak\w*|tip(?:ped|ster)|allegedly|sources?"
                r"|insiders?|according\s+to|purported\w*|supposedly|familiar\s+with|analysts?"
            ),
        ),
        (
            Status.CONFIRMED,
            _words(r"confirm\w*|official(?:ly)?|invitations?|invites?|set\s+in\s+stone"),
        ),
        (
            Status.ANNOUNCED,
            _words(
                r"announc\w*|press\s+release|said\s+in\s+a\s+statement|unveiled|revealed"
                r"|PRNewswire|(?:the\s+)?company\s+(?:said|says)|(?:said|says)\s+the\s+company"
                r"|Business\s+Wire|GLOBE\s+NEWSWIRE"
            ),
        ),
        # Hedges count only when nothing firmer was said: "confirmed …, ending speculation".
        (
            Status.RUMORED,
            _words(
                r"(?:is|are)\s+expected|expected\s+to|(?-i:could|may|might)|likely|speculat\w*|apparently"
                r"|hints?|claims?|suggests?"
            ),
        ),
    ],
    "fr": [
        (Status.CANCELLED, _words(r"annul\w*")),
        (Status.DELAYED, _words(r"report[ée]e?s?|retard\w*|décal[ée]e?s?|repouss\w*")),
        (Status.RUMORED, _words(r"rumeurs?|selon|d'après|fuites?|aurait|serait|pourrait|devrait")),
        (Status.CONFIRMED, _words(r"confirm\w*|officiel\w*")),
    ],
    "de": [
        (Status.CANCELLED, _words(r"abgesagt|gestrichen|eingestellt")),
        (Status.DELAYED, _words(r"verschoben|verschiebt|verzöger\w*|später\s+als\s+geplant")),
        (Status.RUMORED, _words(r"gerücht\w*|berichte\w*|angeblich|soll(?:en)?|könnte|laut")),
        (Status.CONFIRMED, _words(r"bestätigt\w*|offiziell")),
    ],
    "es": [
        (Status.CANCELLED, _words(r"cancela\w*")),
        (Status.DELAYED, _words(r"retras\w*|aplaz\w*|pospu\w*|pospone\w*")),
        (Status.RUMORED, _words(r"rumor\w*|según|filtra\w*|podría")),
        (Status.CONFIRMED, _words(r"confirm\w*|oficial\w*")),
    ],
    "zh": [
        (Status.CANCELLED, re.compile(r"取消")),
        (Status.DELAYED, re.compile(r"推迟|延期|跳票|延後|延后|推遲")),
        (
            Status.RUMORED,
            re.compile(
                r"据报道|據報導|据悉|據悉|传闻|傳聞|爆料|曝光|消息称|消息人士|知情人士|或将|有望|疑似|据称|預計|预计|傳出|传出"
            ),
        ),
        (Status.CONFIRMED, re.compile(r"确认|確認|证实|證實|官方|邀请函|邀請函")),
    ],
    "ja": [
        (Status.CANCELLED, re.compile(r"中止|キャンセル")),
        (Status.DELAYED, re.compile(r"延期|遅れ")),
        (Status.RUMORED, re.compile(r"噂|リーク|報道|とみられ|見込み|可能性")),
        (Status.CONFIRMED, re.compile(r"正式|公式|確定")),
    ],
}
# Words that make a whole text a report, so a sentence silent about status stays rumored.
_REPORT_TEXT: dict[str, re.Pattern[str]] = {
    "en": _words(
        r"rumou?r\w*|reportedly|leak\w*|tipster|according\s+to\s+(?:a\s+)?(?:report|sources?"
        r"|people|insiders?|a\s+source|\w+\s+sources)|sources?\s+(?:say|said|familiar)"
    ),
}


_SLIPS = (Status.DELAYED,)  # a cancellation is never someone else's


def wording_status(
    text: str, language: str, *, slips: bool = True, hedges: bool = True
) -> Status | None:
    """The status `text`'s wording signals, None when it says nothing (`slips` False: a
    delay or a cancellation is not read, it belongs to another launch; `hedges` False: the
    hedge words, which speak only for their own sentence, are not read)."""
    cues = _CUES.get(language, _CUES["en"])
    if not hedges and language == "en":
        cues = cues[:-1]  # the last English cue is the hedge one
    for status, pattern in cues:
        if (slips or status not in _SLIPS) and pattern.search(text):
            return status
    return None


def launch_status(
    sentence: str, paragraph: str, whole_text: str, name: str, language: str, near: str = ""
) -> Status:
    """The status of the launch whose date `sentence` gave (see the module docstring). A
    slip told in the sentence counts only when it is `near` the date or names the launch
    ("X slips to May, while Y stays in March": Y is not delayed)."""
    slip_here = not near or wording_status(near, language) in _SLIPS or _names(sentence, name)
    own = wording_status(sentence, language, slips=bool(slip_here))
    # The rest of the paragraph: its slips count only in a sentence naming this launch.
    rest = paragraph.replace(sentence, " ")
    own = own or wording_status(rest, language, slips=False, hedges=False)
    if own is None and _slipped_elsewhere(rest, name, language):
        return Status.DELAYED
    if own is not None:
        return own
    report = _REPORT_TEXT.get(language)
    if report is not None and report.search(whole_text):
        return Status.RUMORED
    if _slipped_elsewhere(whole_text.replace(sentence, " "), name, language):
        return Status.DELAYED
    return Status.ANNOUNCED


def _slipped_elsewhere(whole_text: str, name: str, language: str) -> bool:
    """A slip of the same product told in another sentence ("X delayed" in the headline)."""
    key = name.casefold().split()[-1] if name.split() else ""
    delay = dict(_CUES.get(language, _CUES["en"]))[Status.DELAYED]
    return bool(key) and any(
        key in line.casefold() and delay.search(line) for line in re.split(r"[.!?\n。]", whole_text)
    )


def _names(sentence: str, name: str) -> bool:
    """The sentence names the launch before its slip word (not just after the date)."""
    delay = dict(_CUES["en"])[Status.DELAYED].search(sentence)
    at = sentence.casefold().find(name.casefold())
    return delay is not None and 0 <= at < delay.start()


def cue_span(text: str, status: Status, language: str) -> tuple[int, int] | None:
    """Where in `text` the first word signalling `status` is (the words `wording_status`
    reads, in its order), for showing which words gave a proposal its status."""
    for cue_status, pattern in _CUES.get(language, _CUES["en"]):
        match = pattern.search(text) if cue_status is status else None
        if match:
            return match.span()
    return None


def report_span(whole_text: str, language: str) -> tuple[int, int] | None:
    """Where the words that make the whole text a report (a leak article) are, if any."""
    report = _REPORT_TEXT.get(language)
    match = report.search(whole_text) if report is not None else None
    return match.span() if match else None
