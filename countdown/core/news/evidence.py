"""The evidence stage: where in the pasted text each proposal's quote, name, date and status cue
are, so the paste dialog can highlight the words that gave them (and `paste --json` report them).

It runs last, on the final proposals, and looks their strings up in the text rather than
carrying positions through the stages: the stages may rewrite a clause (dates of another
language put in English, dates blanked out before names are picked), merge mentions from
several sentences, or carry a name over from an earlier sentence — and they keep changing.
Each part is placed independently and is optional (None when it cannot be placed):
- the quote: the sentence, matched whatever its whitespace (the quote has it collapsed);
- the name: inside the quote, else its nearest mention before it, else after it;
- the date: the date text inside the quote, else nearest; a date read from an idiom of
  another language ("fin juillet 2027" → "late July 2027") is traced back through the
  normalizer: the quote and its English rewrite are aligned (difflib), and the words that
  became the date text are the span;
- the status: the words the status stage decided it from (`status_words`) while they still
  signal it, else the first cue word for that status in the quote, else in its paragraph.
Offsets are in code points, into the text exactly as given to extract_launches.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from difflib import SequenceMatcher

from countdown.core.dates.phrases_i18n import normalize_dates
from countdown.core.model import Status
from countdown.core.news.dates import find_article_date
from countdown.core.news.proposal import Evidence, Proposal, Span
from countdown.core.news.status import cue_span, report_span
from countdown.core.news.words import unwrap

_CUE_WORDS = 3  # a longer cue match ("moved the X launch from March to") shows its first word
# A letter or digit of a spaced script: a name must not start or end inside a longer word
# ("Orb" is not in "Orbix"). Chinese and Japanese have no spaces, so no such edge there.
_LETTER = r"[^\W\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"
_LETTER_RE = re.compile(_LETTER)


def _pattern(words: str) -> str | None:
    """`words` anywhere in a text, whatever whitespace separates them, ending a word. (The
    start of a word is checked on each match: a pattern opening with a look-behind would
    not be searched for its literal first word, and would be several times slower.)"""
    tokens = words.split()
    if not tokens:
        return None
    body = r"\s+".join(re.escape(token) for token in tokens)
    return body + (rf"(?!{_LETTER})" if re.search(_LETTER + "$", tokens[-1]) else "")


def _starts_word(text: str, at: int) -> bool:
    return at == 0 or not (_LETTER_RE.match(text[at - 1]) and _LETTER_RE.match(text[at]))


def find_words(text: str, words: str, near: Span | None = None) -> Span | None:
    """Where `words` occur in `text` as whole words: the first time inside `near`, else the
    nearest before it, else the first after it (case-sensitive first, then not)."""
    pattern = _pattern(words)
    if pattern is None:
        return None
    for flags in (0, re.IGNORECASE):
        found = [
            Span(*m.span())
            for m in re.finditer(pattern, text, flags)
            if _starts_word(text, m.start())
        ]
        if found:
            return _nearest(found, near)
    return None


def _nearest(found: list[Span], near: Span | None) -> Span:
    if near is None:
        return found[0]
    inside = [s for s in found if near.start <= s.start and s.end <= near.end]
    before = [s for s in found if s.end <= near.start]
    return (inside[:1] or before[-1:] or found[:1])[0]


def _said_span(text: str, quote: Span | None, proposal: Proposal, language: str) -> Span | None:
    """The words the status stage decided the status from, while they still signal it (a
    merge or an edit may have changed the status since)."""
    words = proposal.status_words
    signals = any(cue_span(words, proposal.status, code) for code in (language, "en"))
    found = find_words(text, words, quote) if words and signals else None
    return None if found is None else _first_words(text, found)


def status_span(text: str, quote: Span | None, status: Status, language: str = "en") -> Span | None:
    """The first word signalling `status` in the quote, else in the rest of its paragraph;
    for a rumour, else the report words that make the whole text a report."""
    if quote is None:
        return None
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end)
    scopes = (quote, Span(line_start, len(text) if line_end < 0 else line_end))
    for scope in scopes:
        for code in dict.fromkeys((language, "en", "zh", "ja")):  # a quote may be Chinese
            at = cue_span(text[scope.start : scope.end], status, code)
            if at is not None:
                return _first_words(text, Span(scope.start + at[0], scope.start + at[1]))
    at = report_span(text, language) if status is Status.RUMORED else None
    return None if at is None else _first_words(text, Span(*at))


def _first_words(text: str, span: Span) -> Span:
    """A cue of a few words whole; of more (a pattern reaching over other words), the first."""
    words = text[span.start : span.end].split()
    if len(words) <= _CUE_WORDS:
        return span
    return Span(span.start, span.start + len(words[0]))


def locate(text: str, proposal: Proposal, language: str = "en") -> Evidence:
    """The proposal's evidence in the pasted `text` (see the module docstring)."""
    return _locate(_as_read(text), proposal, language)


def _as_read(text: str) -> str:
    """The text as the stages read it: URLs and the dateline blanked (same length, so
    offsets hold), so a quote spanning a blanked URL is still found."""
    return find_article_date(unwrap(text))[1]


def _locate(text: str, proposal: Proposal, language: str) -> Evidence:
    quote = find_words(text, proposal.quote)
    return Evidence(
        quote=quote,
        name=find_words(text, proposal.name, quote),
        when=_when_span(text, quote, proposal, language),
        status=_said_span(text, quote, proposal, language)
        or status_span(text, quote, proposal.status, language),
    )


# A date told in two places ("on 24 February …, 14:00 CET") is stored as one text ("24 February
# at 14:00 CET"); its day alone is highlighted. A leading "from" may be the stage's own word.
_JOINED = re.compile(r"\s+at\s+|^(?:from|between)\s+", re.IGNORECASE)


def _when_span(text: str, quote: Span | None, proposal: Proposal, language: str) -> Span | None:
    """The date's words as written, else as rewritten from another language, else those of
    its first part."""
    parts = [proposal.when_text, *[p for p in _JOINED.split(proposal.when_text) if p][:1]]
    for part in dict.fromkeys(parts):
        span = find_words(text, part, quote) or _rewritten(
            text, quote, part, language, proposal.base
        )
        if span is not None:
            return span
    return None


def _rewritten(
    text: str, quote: Span | None, when_text: str, language: str, base: datetime
) -> Span | None:
    """Where in the quote the words are that the normalizer rewrote into `when_text`."""
    if quote is None or not when_text:
        return None
    original = text[quote.start : quote.end]
    for code in dict.fromkeys((language, "zh", "ja", "fr", "de", "es")):
        english = normalize_dates(original, code, base)
        at = english.find(when_text)
        if english != original and at >= 0:
            span = _aligned(original, english, at, at + len(when_text))
            return None if span is None else Span(quote.start + span.start, quote.start + span.end)
    return None


def _aligned(original: str, english: str, start: int, end: int) -> Span | None:
    """The part of `original` that became english[start:end]: equal stretches map exactly,
        rewritten ones whole, also where they only touch it ("年9月" rewritten to a space after
    "2026", the "September" put before it)."""
    found: list[int] = []
    matcher = SequenceMatcher(None, original, english, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" and j1 < end and start < j2:
            found += [i1 + max(start, j1) - j1, i1 + min(end, j2) - j1]
        elif tag != "equal" and _touches(english, start, end, j1, j2):
            found += [i1, i2]
    if not found:
        return None
    first, last = min(found), max(found)
    words = original[first:last]
    first += len(words) - len(words.lstrip())
    last -= len(words) - len(words.rstrip())
    return Span(first, last) if first < last else None


def _touches(english: str, start: int, end: int, j1: int, j2: int) -> bool:
    """english[j1:j2] overlaps english[start:end] or only spaces part them."""
    if j1 >= end:
        return not english[end:j1].strip()
    return j2 > start or not english[j2:start].strip()


def with_evidence(proposals: list[Proposal], text: str, language: str = "en") -> list[Proposal]:
    """`proposals` each carrying its evidence in the pasted `text`."""
    read = _as_read(text)
    return [replace(p, evidence=_locate(read, p, language)) for p in proposals]


def relocated(text: str, proposal: Proposal, name_at: Span | None = None) -> Evidence:
    """The evidence of a proposal the user edited, found again for its new name, date and
    status; a part whose words still read the same keeps its place, and `name_at` (words
    the user picked as the name) wins."""
    old, new = proposal.evidence, locate(text, proposal)
    name = name_at or (old.name if _reads(text, old.name, proposal.name) else new.name)
    when = old.when if _reads(text, old.when, proposal.when_text) else new.when
    return Evidence(quote=old.quote or new.quote, name=name, when=when, status=new.status)


def _reads(text: str, span: Span | None, words: str) -> bool:
    """`span` of `text` still reads `words` (whatever its whitespace)."""
    return span is not None and text[span.start : span.end].split() == words.split()
