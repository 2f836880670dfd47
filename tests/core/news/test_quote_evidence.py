"""Evidence kept with a news feed item: the extractor's spans moved into the item's one-line
quote, and read back from storage defensively. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from countdown.core.news.extract import extract_launches
from countdown.core.news.proposal import Evidence, Span
from countdown.core.news.quote_evidence import evidence_from_json, evidence_to_json, in_quote

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 11, 16, 9, 0)


def quote_words(article: str) -> list[tuple[str, tuple[str | None, ...]]]:
    """Each proposal's quote (white space collapsed, as a feed item keeps it) and the words
    its moved spans read there."""
    found = []
    for proposal in extract_launches(article, base=BASE, now=NOW):
        quote = " ".join(proposal.quote.split())
        moved = in_quote(article, proposal, quote)
        spans = (moved.name, moved.when, moved.status)
        found.append((quote, tuple(None if s is None else quote[s.start : s.end] for s in spans)))
    return found


def test_spans_point_at_the_words_in_the_quote_not_in_the_article() -> None:
    article = (
        "Skylark Labs held a call on Monday.\n"
        "The company said   the Wren 3 handheld will go on sale in March 2027, "
        "a spokesperson confirmed."
    )
    [(quote, words)] = quote_words(article)
    assert quote.startswith("The company said the Wren 3")  # the spaces collapsed
    assert words == ("Wren 3 handheld", "March 2027", "confirmed")


def test_a_name_said_twice_in_the_quote_points_at_the_mention_the_extractor_chose() -> None:
    article = "After the Pico 4 beta, the Pico 4 itself is set to ship in June 2027."
    [(quote, _)] = quote_words(article)
    proposal = extract_launches(article, base=BASE, now=NOW)[0]
    moved = in_quote(article, proposal, quote)
    assert moved.name is not None and proposal.evidence.name is not None
    assert quote[moved.name.start : moved.name.end] == proposal.name
    assert moved.name.start == proposal.evidence.name.start  # one-line already: same place


def test_a_name_from_an_earlier_sentence_is_not_highlighted_in_the_quote() -> None:
    article = "Brightmoor unveiled the Tallis Pad.\nThe tablet will ship in May 2027, it confirmed."
    [(quote, words)] = quote_words(article)
    assert "Tallis Pad" not in quote
    assert words == (None, "May 2027", "confirmed")


def test_a_cut_quote_keeps_only_the_parts_still_in_it() -> None:
    article = "Brightmoor said the Tallis Pad will ship in May 2027, it was confirmed today."
    proposal = extract_launches(article, base=BASE, now=NOW)[0]
    moved = in_quote(article, proposal, "Brightmoor said the Tallis Pad will…")
    assert moved.name == Span(20, 30)
    assert moved.when is None


def test_stored_spans_round_trip_and_leave_out_parts_not_placed() -> None:
    quote = "Orbix Fold 2 ships in late September."
    evidence = Evidence(name=Span(0, 12), when=Span(22, 36))
    stored = evidence_to_json(evidence)
    assert stored == {"name": [0, 12], "when": [22, 36]}
    assert evidence_from_json(stored, quote) == evidence


@pytest.mark.parametrize(
    "damaged",
    [
        None,
        "name",
        [0, 12],
        {"name": [0, 12, 3]},
        {"name": [True, 12]},
        {"name": [0.0, 12]},
        {"name": ["0", "12"]},
        {"name": [-1, 12]},
        {"name": [12, 12]},
        {"name": [30, 12]},
        {"name": [0, 999]},
        {"name": {"start": 0, "end": 12}},
    ],
)
def test_damaged_stored_spans_are_ignored(damaged: Any) -> None:
    assert evidence_from_json(damaged, "Orbix Fold 2 ships in late September.") == Evidence()


def test_only_the_damaged_part_is_dropped() -> None:
    stored = {"name": [0, 12], "when": [0, 500], "status": "confirmed"}
    assert evidence_from_json(stored, "Orbix Fold 2 ships.") == Evidence(name=Span(0, 12))
