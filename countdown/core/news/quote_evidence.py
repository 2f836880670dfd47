"""Evidence kept with a news feed item: where in the item's one-line quote its name, date and
status words are, so the Inbox can highlight them as the paste dialog does.

The extractor's evidence stage (evidence.py) places them in the whole article; a FeedItem keeps
only its quote (white space collapsed, maybe cut short), so each part is moved into the quote
here — a part whose words are outside the quote (a name carried from an earlier sentence) is
None and simply not highlighted. The spans are stored as an optional JSON key of the item;
what is read back is outside data (an old row has no key, a damaged one anything), so a part
is kept only when it is two ints that lie within the quote.
"""

from __future__ import annotations

from typing import Any

from countdown.core.news.proposal import Evidence, Proposal, Span

PARTS = ("name", "when", "status")
_SLACK = 2  # characters a collapsed prefix may be off by (a leading or trailing space)


def in_quote(article: str, proposal: Proposal, quote: str) -> Evidence:
    """`proposal.evidence` (offsets into `article`, the text the extractor read) as offsets
    into `quote`, the item's one-line quote."""
    from countdown.core.news.evidence import find_words  # here: its dates stay off app start

    placed = proposal.evidence
    moved: dict[str, Span | None] = {}
    for part in PARTS:
        span: Span | None = getattr(placed, part)
        if span is None or not _inside(span, placed.quote, len(article)):
            moved[part] = None
            continue
        near = _near(article, placed.quote, span)
        moved[part] = find_words(quote, article[span.start : span.end], near)
    return Evidence(**moved)


def _inside(span: Span, quote: Span | None, length: int) -> bool:
    """`span` is text of the article and, when the quote was placed, part of it."""
    outer = quote or Span(0, length)
    return outer.start <= span.start < span.end <= min(outer.end, length)


def _near(article: str, quote: Span | None, span: Span) -> Span | None:
    """About where `span` lands once the quote's white space is collapsed, so the same
    words said twice in the quote are told apart."""
    if quote is None:
        return None
    start = len(" ".join(article[quote.start : span.start].split()))
    length = len(" ".join(article[span.start : span.end].split()))
    return Span(max(0, start - _SLACK), start + length + _SLACK)


def evidence_to_json(evidence: Evidence) -> dict[str, list[int]]:
    """The placed parts as {"name": [start, end], …}; parts not placed are left out."""
    spans = {part: getattr(evidence, part) for part in PARTS}
    return {part: [span.start, span.end] for part, span in spans.items() if span is not None}


def evidence_from_json(value: Any, quote: str) -> Evidence:
    """The evidence stored with an item whose quote is `quote`; anything else than a valid
    span (absent, damaged, out of the quote) is dropped."""
    if not isinstance(value, dict):
        return Evidence()
    return Evidence(**{part: _span(value.get(part), len(quote)) for part in PARTS})


def _span(value: Any, length: int) -> Span | None:
    if not isinstance(value, list) or len(value) != 2:
        return None
    start, end = value
    if type(start) is not int or type(end) is not int:  # not bool, float or str
        return None
    return Span(start, end) if 0 <= start < end <= length else None
