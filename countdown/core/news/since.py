"""Dates told with "since" are past (NEWS-CONVENTIONS.md, "What is a launch": anything told in
the past tense is no launch): "on sale since June", "has been available since March 3", "ist
seit Juni erhältlich", "est disponible depuis juin", "está a la venta desde junio".

"since", "seit" and "depuis" before a date always look back. Spanish "desde" also means "from"
("estará a la venta desde el 12 de junio" opens a future sale), so it looks back only when no
future verb comes before it in the clause.
"""

from __future__ import annotations

import re

from countdown.core.news.spans import DateSpan

_I = re.IGNORECASE
_SINCE_BEFORE = re.compile(
    r"\b(?:(?:ever\s+)?since|seit|seitdem|depuis|desde)\s+(?:the\s+|dem\s+|den\s+|le\s+|la\s+|l'"
    r"|el\s+|los\s+)?(?:early\s+|late\s+|mid-?\s*)?$",
    _I,
)
_SINCE_IN_SPAN = re.compile(r"^\s*(?:since|seit|depuis|desde)\b", _I)
_FUTURE_ES = re.compile(r"\b(?:\w+(?:rá|rán)|va\s+a|van\s+a|a\s+partir)\b", _I)


def since_date(span: DateSpan, clause: str) -> bool:
    """The date at `span` of `clause` is told with "since" (seit, depuis, a looking-back
    desde): the time something has already been so, not a new launch."""
    before = clause[max(0, span.start - 30) : span.start]
    found = _SINCE_BEFORE.search(before)
    word = found.group() if found else ""
    leading = _SINCE_IN_SPAN.match(clause[span.start : span.end])
    if leading:
        word = leading.group()
    if not word:
        return False
    if word.strip().lower().startswith("desde"):
        return _FUTURE_ES.search(clause[: span.start]) is None
    return True
