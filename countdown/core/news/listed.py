"""Several launches listed in one clause, each with its own date (NEWS-CONVENTIONS.md, "Several
products in one paragraph: one proposal each, including products listed as 'Name (4 février)'").

"Alpha (March 3), Beta (April 9) and Gamma (later in 2027)", "the Vega 2 probe on March 3 and
the Lyra 4 satellite on April 9", "the Aero 7 in March, the Aero 7 Max in May": each date goes
with the name of its own list item — the words since the previous item's break (a comma, "and",
"und", "et", "y", a semicolon), up to the date, with at most a product noun ("probe"), a
preposition ("on", "in", "le", "am") or a qualifier inside the parentheses ("(later in",
"(early", "(fin") between the name and the date.

A date that opens such a list ("three games next year: Alpha (March 3), …") only sums the
items up: it is no launch of its own (`sums_up_list`).
"""

from __future__ import annotations

import re

from countdown.core.news.kinds import Kind, kind_of
from countdown.core.news.runs import name_runs
from countdown.core.news.spans import DateSpan

# Where a list item starts: after a comma, semicolon, colon or a coordinating word.
_ITEM_BREAK = re.compile(r"[,;:]\s*|\s(?:and|or|und|oder|et|ou|y|o|e)\s+", re.I)
# Between an item's name and its date: a product noun or two, a preposition, a parenthesis
# holding a qualifier of the date.
_NAME_TO_DATE = re.compile(
    r"^(?:\s+[a-zà-ÿ][\w-]*){0,2}?"  # "probe", "satellite", "edition"
    r"(?:\s*\(\s*(?:(?:later|early|earlier|late|sometime|some\s+time|due|mid|by|in|from|on"
    r"|fin|début|courant|prévu|à|dès|a\s+finales\s+de|a\s+principios\s+de|en|para|ab|im|ende"
    r"|anfang|mitte)\b[\s-]*){0,3}"
    r"|\s+(?:on|in|for|at|by|from|le|la|en|am|im|ab|el|para|dès|à)\s+(?:the\s+)?"
    r"|\s*[,:–-]\s*)\s*$",
    re.I,
)
_SKIPPED_KINDS = (Kind.PLACE, Kind.OUTLET, Kind.PERSON, Kind.MAKER)
_LIST_OPENS = re.compile(r"^\s*[:：]")


def item_name(clause: str, at: int) -> str | None:
    """The name of the list item whose date starts at `at` in the (date-blanked) `clause`, if
    the words between that name and the date are only a noun, a preposition or a qualifier in
    parentheses."""
    breaks = [m.end() for m in _ITEM_BREAK.finditer(clause, 0, at) if m.end() <= at]
    item_start = breaks[-1] if breaks else 0
    runs = [(s, e) for s, e in name_runs(clause) if item_start <= s and e <= at]
    if not runs:
        return None
    start, end = runs[-1]
    if _NAME_TO_DATE.match(clause[end:at]) is None:
        return None
    name = clause[start:end].strip(" ,:;")
    if kind_of(name, clause[:start], clause[end:]) in _SKIPPED_KINDS:
        return None
    return name or None


def sums_up_list(clause: str, span: DateSpan, spans: list[DateSpan]) -> bool:
    """ "three games next year: Alpha (March 3), Beta (April 9)": a date right before a colon
    that opens a list of at least two dated items sums them up."""
    if _LIST_OPENS.match(clause[span.end :]) is None:
        return False
    later = [s for s in spans if s.start > span.end]
    return len(later) >= 2 and sum(item_name(clause, s.start) is not None for s in later) >= 2


_EDITIONS = re.compile(
    r"^(?:Pro|Max|Ultra|Plus|\+|Lite|Mini|Fold|Flip|Edge|Neo|SE|XL|FE|Air|Prime|Turbo|GT)$", re.I
)


def another_edition(own: str, earlier: str) -> bool:
    """ "Aero 7 Max" after "Aero 7": the longer name only adds an edition word, so it is a
    product of its own in a list, not the same one restated."""
    short, long = sorted((own.split(), earlier.split()), key=len)
    if long[: len(short)] != short or len(long) == len(short):
        return False
    return all(_EDITIONS.match(word) for word in long[len(short) :])
