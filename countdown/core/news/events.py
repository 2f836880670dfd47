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

from countdown.core.news.asides import MOVED, regional_owner, spans_of, told_aside
from countdown.core.news.asides import implausible as implausible
from countdown.core.news.dates import DateSpan, find_date_spans
from countdown.core.news.names import name_before
from countdown.core.news.roles import Role, role_of

# A non-restrictive relative clause (", which stars A and B,", ", who directed it,") tells about
# the name before it: cut out, it parts no launch word, name or slip word from its date.
_LISTED = r"[A-Z][\w'’.-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’.-]*)*"  # "Tom Roe and Ana Lin"
_RELATIVE_ASIDE = re.compile(
    rf",\s+(?:which|who|whose|whom)\s[^,;:()]{{1,150}}(?:,\s+(?:and\s+)?{_LISTED})*(?=,)"
)


def without_asides(clause: str) -> str:
    """The clause with its dateless relative-clause asides cut (an aside telling a date, "which
    launched in 2020", keeps it: roles.py reads such a date)."""
    return _RELATIVE_ASIDE.sub(lambda m: m.group() if find_date_spans(m.group()) else "", clause)


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
    return bool(span.parts) and span.text.lower().startswith("from ") and bool(MOVED.search(clause))


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
        return _CANCELLED.search(clause) is not None and not MOVED.search(clause)
    owner = regional_owner(span, clause)
    if owner is not None:
        return is_new(owner, clause)  # "May 3 (May 6 internationally)": the same kind of date
    return role is Role.NEW and not told_aside(span, clause) and not _after_old(span, clause)


# Between an old date and a later one of its clause: words that make the later one new.
_NEW_CUE = re.compile(
    r"\b(?:but|now|instead|new|newly|moved|pushed|delayed|postponed|shifted|rescheduled|to|until"
    r"|into|will|is|are|while|whereas|sondern|aber|nun|jetzt|neu\w*|stattdessen|auf|mais|désormais"
    r"|maintenant|nouvelle?|sino|pero|ahora|nueva?)\b|[;:]",
    re.I,
)


def _after_old(span: DateSpan, clause: str) -> bool:
    """ "initially set for a premiere on March 31, before a rollout worldwide in April": a
    date chained to an old one, with no word of a move in between, is part of the old plan."""
    earlier = [s for s in spans_of(clause) if s.end <= span.start]
    if not earlier:
        return False
    gap = clause[earlier[-1].end : span.start]
    if len(gap) > 60 or _NEW_CUE.search(gap):
        return False
    return _role(earlier[-1], clause) is Role.OLD


def candidates(spans: list[DateSpan], clause: str) -> Iterator[DateSpan]:
    """Each span, then its parts — but not the parts of a span that is no launch date as a
    whole ("was scheduled for May 12 – May 14": neither day is new)."""
    for span in spans:
        yield span
        if span.parts and (_is_move(span, clause) or _role(span, clause) is Role.NEW):
            yield from span.parts


_CANCELLED = re.compile(r"\b(?:cancel\w*|called\s+off|scrap(?:s|ped)|axed)\b", re.I)
_NEXT_SLOT = re.compile(
    r"\b(?:next|new)\s+(?:launch\s+)?(?:opportunity|attempt|window|slot)\s+(?:is|opens)\s+$", re.I
)


def blank(clause: str, spans: list[DateSpan]) -> str:
    """The clause with its date phrases replaced by spaces, so names never swallow a date."""
    for span in spans:
        clause = clause[: span.start] + " " * (span.end - span.start) + clause[span.end :]
    return clause
