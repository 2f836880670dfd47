"""A date phrase found in a news sentence: where it is and how it reads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DateSpan:
    """A date phrase at sentence[start:end]; `parts` are the pieces a merged phrase was made of
    ("July" and "August" in "July and August"), tried one by one when the whole does not parse.

    `text` is what gets parsed and shown; it may differ from the slice when neighbours were
    joined ("24 February in English, 14:00 CET" reads "24 February at 14:00 CET"). `said` is
    the wording a restated day was given in first ("today (Jan. 9)" says "today"): it decides
    the date's role (a statement day stays one)."""

    start: int
    end: int
    text: str
    parts: tuple[DateSpan, ...] = ()
    said: str = ""
