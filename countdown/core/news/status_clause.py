"""A launch's date inside the clause it was read in, for the status stage (status.py): where
the date is, the clause's other launch dates (a slip word between them belongs to the other
one) and the dates the clause says a launch moved from ("until January from an earlier target
of fall": January is the new date)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from countdown.core.news.dates import DateSpan
from countdown.core.news.events import is_new
from countdown.core.news.roles import Role, role_of

_NAME_YEAR = re.compile(r"\b[A-Z][\w/-]*\s+(?:19|20)\d\d$")  # "Summit 2026": part of a name


@dataclass(frozen=True)
class DateInClause:
    """A launch's date inside the clause it was read in (dates in English, other words as
    written): its span, the clause's other new dates and the dates it says a launch moved from."""

    clause: str
    start: int
    end: int
    others: tuple[tuple[int, int], ...] = ()
    old: tuple[tuple[int, int], ...] = ()


def date_in_clause(clause: str, span: DateSpan, spans: list[DateSpan]) -> DateInClause:
    """`span` among the clause's date `spans`: the other launch dates and the old dates are
    those outside the phrase holding it ("May 12 – May 14" is one date for "May 14")."""
    whole = next((w for w in spans if w.start <= span.start and span.end <= w.end), span)
    apart = [
        p
        for w in spans
        for p in (w, *w.parts)
        if (p.end <= whole.start or p.start >= whole.end) and not _NAME_YEAR.search(clause[: p.end])
    ]
    return DateInClause(
        clause,
        span.start,
        span.end,
        tuple((p.start, p.end) for p in apart if is_new(p, clause)),
        tuple((p.start, p.end) for p in apart if _moved_from(p, clause)),
    )


_COMPARED = re.compile(r"\b(?:as\s+opposed\s+to|rather\s+than)\s+(?:the\s+)?$", re.I)


def _moved_from(span: DateSpan, clause: str) -> bool:
    """An old date the launch moved from ("in October, as opposed to September" compares)."""
    return role_of(span, clause) is Role.OLD and not _COMPARED.search(clause[: span.start])


def paired_with_old(date: DateInClause) -> bool:
    """The clause names a date a launch moved from, and this is the new date nearest to it."""

    def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
        return max(a[0] - b[1], b[0] - a[1], 0)

    own = (date.start, date.end)
    return any(all(gap(own, old) <= gap(other, old) for other in date.others) for old in date.old)
