"""The status stage: what the wording around a launch's date says about how firm it is.

NEWS-CONVENTIONS.md, "Status". The words that speak for a date are read nearest first, and the
first that says anything decides (the cues and their order are in status_cues.py):
1. a cancellation of the launch in its clause, even in a dateless part of it ("X had been
   delayed to 2027, but it was then cancelled"); a kept date ("is still on track for May");
2. **the date's part of the clause** (cut at "but", "however", "although": "X launches in May,
   but Y was delayed" leaves May alone): a slip or cancellation word that governs the date —
   within reach, and no other launch date between them ("A slips to June, and B (May 4)":
   May 4 did not slip; "cancelling A and delaying B until 2027": B's delay); a question; the
   date's being the new date nearest one the clause says a launch moved from ("until January
   from an earlier target of fall"); then confirmation, report and speaker words; hedges
   ("could", "is expected to") only before the date ("on May 5, likely at noon" hedges the
   time, not the day);
3. when the part said nothing or only who speaks: a slip of the same launch told elsewhere
   (status_elsewhere.py: "X was delayed again." … "It will be released on May 12, Acme said"),
   or "will not be released until May" when the text tells the launch slipped before;
4. the rest of the sentence, then the paragraph: report, confirmation and speaker words only
   (a slip or a hedge there belongs to its own date);
5. the text's report words (a leak article stays a leak);
6. else the maker's own statement: announced.
The decision keeps the cue words that gave it (`StatusCue`), for the paste dialog's highlight.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from countdown.core.model import Status
from countdown.core.news.status_clause import DateInClause, date_in_clause, paired_with_old
from countdown.core.news.status_cues import (
    CONTRAST,
    KEPT,
    NOT_UNTIL,
    REFERS_BACK,
    REPORT_TEXT,
    cue_of,
    cues,
)
from countdown.core.news.status_elsewhere import SLIP_REACH, names_it, new_dates, slipped_elsewhere

_SLIPS = (Status.CANCELLED, Status.DELAYED)
__all__ = ["DateInClause", "StatusCue", "date_in_clause", "launch_status", "status_cue"]


@dataclass(frozen=True)
class StatusCue:
    """A launch's status and the words that gave it ("" when nothing was said: announced),
    with where they were read: "clause", "sentence", "paragraph", "text" or "none"."""

    status: Status
    words: str = ""
    scope: str = "none"


@dataclass(frozen=True)
class _Reading:
    sentence: str
    paragraph: str
    text: str
    name: str
    language: str
    date: DateInClause


def launch_status(
    sentence: str,
    paragraph: str,
    whole_text: str,
    name: str,
    language: str,
    date: DateInClause | None = None,
) -> Status:
    """The status of the launch whose date `sentence` gave (see the module docstring)."""
    return status_cue(sentence, paragraph, whole_text, name, language, date).status


def status_cue(
    sentence: str,
    paragraph: str,
    whole_text: str,
    name: str,
    language: str,
    date: DateInClause | None = None,
) -> StatusCue:
    """`launch_status` with the words that decided it. Without `date`, the whole sentence is
    the date's clause, with the date at its end."""
    date = date or DateInClause(sentence, len(sentence), len(sentence))
    reading = _Reading(sentence, paragraph, whole_text, name, language, date)
    settled = _cancelled_in_clause(reading) or _kept(reading)
    if settled is not None:
        return settled
    own = _in_part(reading)
    if own is None or own.status is Status.ANNOUNCED:
        # The maker's words say who speaks, a slip told elsewhere that the date is a new one.
        slipped = _slipped(reading, any_date=False) or _not_until(reading)
        if slipped:
            return StatusCue(Status.DELAYED, slipped, "text")
    return own or _around(reading) or StatusCue(Status.ANNOUNCED)


def _slipped(reading: _Reading, *, any_date: bool) -> str:
    date = reading.date
    when = date.clause[date.start : date.end]
    return slipped_elsewhere(
        reading.text,
        reading.sentence,
        reading.name,
        reading.language,
        when,
        any_date=any_date,
        paragraph=reading.paragraph,
    )


def _not_until(reading: _Reading) -> str:
    """ "X will not be released until April" when the text tells X slipped before (to
    another date): the date is the latest slip."""
    pattern, date = NOT_UNTIL.get(reading.language), reading.date
    found = pattern.search(date.clause, 0, date.start) if pattern is not None else None
    return found.group() if found and _slipped(reading, any_date=True) else ""


def _part(date: DateInClause, language: str) -> tuple[int, str]:
    """Where the date's part of the clause starts, and the part (see CONTRAST)."""
    contrast = CONTRAST.get(language, CONTRAST["en"])
    start, end = 0, len(date.clause)
    for match in contrast.finditer(date.clause):
        if match.end() <= date.start:
            start = match.end()
        elif match.start() >= date.end:
            end = min(end, match.start())
    return start, date.clause[start:end]


def _kept(reading: _Reading) -> StatusCue | None:
    """ "Is still launching in May", "remains on track": the date did not move."""
    kept = KEPT.get(reading.language)
    found = kept.search(_part(reading.date, reading.language)[1]) if kept is not None else None
    return StatusCue(Status.ANNOUNCED, found.group(), "clause") if found else None


def _in_part(reading: _Reading) -> StatusCue | None:
    date, language = reading.date, reading.language
    offset, part = _part(date, language)
    at = date.start - offset
    slip = _governing_slip(part, offset, reading)
    if slip is not None:
        return slip
    if reading.sentence.rstrip(" \"'”’»)").endswith(("?", "？")):
        return StatusCue(Status.RUMORED, "?", "sentence")  # a date asked about is not stated
    if paired_with_old(date):
        return StatusCue(Status.DELAYED, "", "clause")
    later = _later_than_hoped(part, at, language)
    if later:
        return StatusCue(Status.DELAYED, later, "clause")
    for cue in cues(language):
        if cue.status in _SLIPS:
            continue
        found = cue.pattern.search(part, 0, at if cue.hedge else len(part))
        if found:
            return StatusCue(cue.status, found.group(), "clause")
    return None


def _later_than_hoped(part: str, at: int, language: str) -> str:
    """ "X won't arrive until June": a date later than hoped is a slip, unless hedged or
    reported before it ("may not emerge until", "reportedly won't ship until")."""
    pattern = NOT_UNTIL.get(language)
    found = pattern.search(part, 0, at) if pattern is not None else None
    if found is None:
        return ""
    rumors = (c.pattern for c in cues(language) if c.status is Status.RUMORED)
    return "" if any(r.search(part, 0, at) for r in rumors) else found.group()


def _governing_slip(part: str, offset: int, reading: _Reading) -> StatusCue | None:
    """The slip or cancellation word nearest the date with no other launch date between."""
    date = reading.date
    best: tuple[int, StatusCue] | None = None
    for cue in cues(reading.language):
        if cue.status not in _SLIPS:
            continue
        for found in cue.pattern.finditer(part):
            cue_at = (offset + found.start(), offset + found.end())
            low, high = sorted((cue_at[0], date.start))
            if any(low < start < high for start, _ in date.others):
                continue
            distance = abs(cue_at[0] - date.start)
            if distance <= SLIP_REACH and (best is None or distance < best[0]):
                best = distance, StatusCue(cue.status, found.group(), "clause")
    return best[1] if best else None


def _cancelled_in_clause(reading: _Reading) -> StatusCue | None:
    """ "X had been delayed to 2027, but it was then cancelled": a dateless part of the clause
    that cancels this launch (naming it, or referring back to it)."""
    date, language = reading.date, reading.language
    contrast = CONTRAST.get(language, CONTRAST["en"])
    cancel = cue_of(language, Status.CANCELLED)
    for part in contrast.split(date.clause):
        found = cancel.search(part)
        if found and not new_dates(part) and _speaks_of(part, reading):
            return StatusCue(Status.CANCELLED, found.group(), "clause")
    return None


def _speaks_of(part: str, reading: _Reading) -> bool:
    return names_it(part, reading.name) or REFERS_BACK.search(part) is not None


def _around(reading: _Reading) -> StatusCue | None:
    """Steps 4-5 of the module docstring: the sentence, the paragraph, the text."""
    sentence, language = reading.sentence, reading.language
    part = _part(reading.date, language)[1]
    rest = sentence.replace(part, " ") if part in sentence else sentence
    paragraph = reading.paragraph.replace(sentence, " ")
    for scope, words in (("sentence", rest), ("paragraph", paragraph)):
        said = _said(words, language)
        if said is not None:
            return StatusCue(said[0], said[1], scope)
    found = _report_words(reading.text, language)
    return StatusCue(Status.RUMORED, found, "text") if found else None


@functools.lru_cache(maxsize=4)
def _report_words(text: str, language: str) -> str:
    """The words that make the whole text a report (read once per text)."""
    report = REPORT_TEXT.get(language)
    found = report.search(text) if report is not None else None
    return found.group() if found else ""


@functools.lru_cache(maxsize=64)
def _said(words: str, language: str) -> tuple[Status, str] | None:
    """Report, confirmation or speaker words in `words` (no slips, no hedges)."""
    for cue in cues(language):
        found = None if cue.hedge or cue.status in _SLIPS else cue.pattern.search(words)
        if found:
            return cue.status, found.group()
    return None


def cue_span(text: str, status: Status, language: str) -> tuple[int, int] | None:
    """Where in `text` the first word signalling `status` is (the cues in their order), for
    showing which words gave a proposal its status."""
    for cue in cues(language):
        found = cue.pattern.search(text) if cue.status is status else None
        if found:
            return found.span()
    return None


def report_span(whole_text: str, language: str) -> tuple[int, int] | None:
    """Where the words that make the whole text a report (a leak article) are, if any."""
    report = REPORT_TEXT.get(language)
    found = report.search(whole_text) if report is not None else None
    return found.span() if found else None


def combined_status(exact: Status, other: Status, *, speaks_of_it: bool = True) -> Status:
    """The status of one launch told twice: a cancellation or a slip told in either (in the
    `other` mention only when it `speaks_of_it`), else the status of its most specific
    mention, `exact` (an older, coarser statement of the launch — "Acme confirmed a 2027
    launch" — says nothing about the day a leak gives)."""
    told = (exact, other) if speaks_of_it else (exact,)
    return next((s for s in _SLIPS if s in told), exact)
