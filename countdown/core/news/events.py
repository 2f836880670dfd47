"""The launch-events stage: which date phrases of a clause are launch dates, and which
launch word each one belongs to.

A date belongs to its nearest launch word, where a word after the date counts as farther
(dates follow their verb: "pre-orders begin September 11, with availability beginning
September 18"). Only a date in the role `new` (roles.py) is a launch date; a whole "from X to
Y" move is not one (its part Y is). A product listed with its day in parentheses ("Elden Ring
(February 25)") is a launch of its own even without a launch word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

from countdown.core.model import Window
from countdown.core.news.dates import DateSpan
from countdown.core.news.names import name_before
from countdown.core.news.roles import Role, role_of

_MOVED = re.compile(r"\b(?:delay|postpon|push|mov|shift|slip|reschedul|bump)\w*", re.I)


def tie(span: DateSpan, words: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(strength, -distance, position) of the launch word a date span belongs to: the nearest
    one, where a word after the date counts as farther (dates follow their verb: "pre-orders
    begin September 11, with availability beginning September 18")."""

    def distance(at: int) -> int:
        return span.start - at if at <= span.start else 4 * max(at - span.end, 0) + 10

    at, strength = min(words, key=lambda w: (distance(w[0]), -w[1]))
    return strength, -distance(at), at


def dated_in_parentheses(clause: str, spans: list[DateSpan]) -> list[tuple[int, int]]:
    """ "Elden Ring (February 25)": a product listed with its day is a launch word of its own."""
    return [
        (span.start, 2)
        for span in spans
        if in_parentheses(clause, span) and name_before(clause, span.start)
    ]


def in_parentheses(clause: str, span: DateSpan) -> bool:
    before, after = clause[: span.start].rstrip(), clause[span.end :].lstrip()
    return before.endswith("(") and after.startswith(")")


def _is_move(span: DateSpan, clause: str) -> bool:
    return (
        bool(span.parts) and span.text.lower().startswith("from ") and bool(_MOVED.search(clause))
    )


def _role(span: DateSpan, clause: str) -> Role:
    """The role, read on the first wording of a restated day ("today (Jan. 9)" is today)."""
    return role_of(replace(span, text=span.said) if span.said else span, clause)


def is_new(span: DateSpan, clause: str) -> bool:
    """The span sets a launch's date: not an old, past, statement or fiscal date, and not a
    whole "from X to Y" move (its parts are tried one by one: Y is the new date). A cancelled
    launch keeps the date it was scheduled for."""
    if _is_move(span, clause):
        return False
    role = _role(span, clause)
    if role is Role.OTHER and _NEXT_SLOT.search(clause[: span.start]):
        return True  # "our next launch opportunity is Saturday": the new slot, not a backup
    if role is Role.OLD:
        return _CANCELLED.search(clause) is not None and not _MOVED.search(clause)
    return role is Role.NEW and not _told_old(span, clause) and not _said_on(span, clause)


def candidates(spans: list[DateSpan], clause: str) -> Iterator[DateSpan]:
    """Each span, then its parts — but not the parts of a span that is no launch date as a
    whole ("was scheduled for May 12 – May 14": neither day is new)."""
    for span in spans:
        yield span
        if span.parts and (_is_move(span, clause) or _role(span, clause) is Role.NEW):
            yield from span.parts


_CANCELLED = re.compile(r"\b(?:cancel\w*|called\s+off|scrap(?:s|ped)|axed)\b", re.I)
# "pushed X to November from July": the date after "from" is the old one.
_FROM_AFTER_TO = re.compile(r"\bto\s+\S[^,;]{0,40}?\s+from\s+(?:the\s+|its\s+)?$", re.I)
_WAS_TO_BE = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+){0,2}?(?:to\s+be|to\s+have\s+been)\b[^,;]{0,40}$"
    r"|\bwould\s+have\s+been\b[^,;]{0,40}$",
    re.I,
)
# "… on Friday (Jan. 10), but rough weather forced a two-day delay": that slot is gone.
_BUT_DELAYED = re.compile(
    r"^[^.;]{0,40}?\bbut\b[^.;]{0,100}?\b(?:forced|caused|prompted|meant|led\s+to)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:delay|postponement|scrub|slip)",
    re.I,
)


_NEXT_SLOT = re.compile(
    r"\b(?:next|new)\s+(?:launch\s+)?(?:opportunity|attempt|window|slot)\s+(?:is|opens)\s+$", re.I
)
# "will be livestreaming the launch on Saturday": the day of the coverage, not of the launch.
_COVERAGE_BEFORE = re.compile(
    r"\b(?:live-?\s?stream\w*|stream(?:s|ed|ing)|broadcast\w*|webcast\w*|televis\w*|coverage\s+of)"
    r"\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:launch|liftoff|event|keynote|flight|mission)\b"
    r"[^.;]{0,40}$",
    re.I,
)


def _told_old(span: DateSpan, clause: str) -> bool:
    """An old slot or no launch at all, told in ways roles.py leaves to this stage."""
    before, after = clause[: span.start], clause[span.end :]
    moved_from = _FROM_AFTER_TO.search(before) is not None and _MOVED.search(clause) is not None
    was_to_be = _WAS_TO_BE.search(before[-60:]) is not None
    coverage = _COVERAGE_BEFORE.search(before[-60:]) is not None
    return moved_from or was_to_be or coverage or bool(_BUT_DELAYED.match(after))


_WEEKDAY_ONLY = re.compile(
    r"^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", re.I
)
_PAST_VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]{3,}ed)\s+(?:[\w’'-]+\s+){0,3}$")
_PLAN_VERBS = re.compile(
    r"(?:schedul|slat|plann|set|mov|delay|postpon|push|expect|shift|bump|reschedul|tipp|due)ed$"
)


def _said_on(span: DateSpan, clause: str) -> bool:
    """ "shuffled release dates Wednesday": a bare weekday after a past-tense verb is the day
    something happened (the statement day), not a launch."""
    if not _WEEKDAY_ONLY.match((span.said or span.text).strip()):
        return False
    verb = _PAST_VERB_BEFORE.search(clause[: span.start])
    return verb is not None and not _PLAN_VERBS.search(verb.group("verb"))


def implausible(span: DateSpan, window: Window, base: datetime) -> bool:
    """ "Monday, Feb. 25" read two or more years ahead (the first year that day is a Monday):
    the text tells a past year's date, not a launch."""
    weekday = re.match(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+\S", span.text, re.I)
    return weekday is not None and window.first_day().year > base.year + 1


def blank(clause: str, spans: list[DateSpan]) -> str:
    """The clause with its date phrases replaced by spaces, so names never swallow a date."""
    for span in spans:
        clause = clause[: span.start] + " " * (span.end - span.start) + clause[span.end :]
    return clause
