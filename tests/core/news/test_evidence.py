"""The evidence stage: each proposal points at the words of the pasted text that gave its name,
its date and its status. Every sentence here is written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from countdown.core.dates.window import parse_window
from countdown.core.model import Status, Window
from countdown.core.news.evidence import find_words, locate, relocated, status_span
from countdown.core.news.extract import extract_launches
from countdown.core.news.proposal import Evidence, Proposal, Span

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 5, 1, 9, 0)


def shown(text: str, span: Span | None) -> str | None:
    return None if span is None else text[span.start : span.end]


def evidence_words(text: str) -> list[tuple[str | None, ...]]:
    return [
        tuple(shown(text, part) for part in (p.evidence.name, p.evidence.when, p.evidence.status))
        for p in extract_launches(text, base=BASE, now=NOW)
    ]


def test_name_date_and_status_cue_point_at_their_words() -> None:
    text = "Leakers claim the Orbix Fold 2 goes on sale in late September."
    assert evidence_words(text) == [("Orbix Fold 2", "late September", "Leakers")]


def test_two_launches_in_one_sentence_each_point_at_their_own_words() -> None:
    text = "Helio confirmed the Lumen X2 ships on March 4, 2027 and the Lumen Go on June 9, 2027."
    assert evidence_words(text) == [
        ("Lumen X2", "March 4, 2027", "confirmed"),
        ("Lumen Go", "June 9, 2027", "confirmed"),
    ]


def test_a_long_slip_cue_shows_its_verb_not_the_words_it_reaches_over() -> None:
    text = "Northwind moved the Tessel 5 launch from March 3 to June 21."
    assert evidence_words(text) == [("Tessel 5", "June 21", "moved")]


def test_spans_count_in_the_pasted_text_across_urls_wrapped_lines_and_datelines() -> None:
    text = (
        "Published March 3, 2026\n"
        "See https://example.org/news/orbix for the full story and pictures. The\n"
        "Kestrel Vane 4 drone that the lab has been building reportedly ships in\n"
        "early July.\n"
    )
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    evidence = proposal.evidence
    assert shown(text, evidence.when) == "early July"
    assert shown(text, evidence.status) == "reportedly"
    assert evidence.quote is not None and text[evidence.quote.end - 1] == "."
    assert shown(text, evidence.name) in ("Kestrel Vane 4", "Kestrel Vane 4 drone")


def test_a_name_carried_from_an_earlier_sentence_points_at_that_mention() -> None:
    text = "The Quillon Deck 3 handheld was shown today. It goes on sale on October 14."
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert proposal.evidence.name is not None
    assert proposal.evidence.quote is not None
    assert proposal.evidence.name.end <= proposal.evidence.quote.start  # before the quote
    assert shown(text, proposal.evidence.when) == "October 14"


def test_a_status_without_a_cue_word_and_an_unplaceable_name_are_left_out() -> None:
    text = "The Vela rover lands on Mars on July 30, 2027."
    proposal = Proposal(
        "Vela × Mars lander", "July 30, 2027", _window(), Status.ANNOUNCED, text, BASE
    )
    evidence = locate(text, proposal)
    assert evidence.name is None and evidence.status is None
    assert shown(text, evidence.when) == "July 30, 2027"


def test_words_are_found_whole_and_inside_the_quote_first() -> None:
    text = "Orbix 30 is out. The Orbix 3 ships soon; Orbix 3 fans wait."
    quote = find_words(text, "The Orbix 3 ships soon;")
    assert find_words(text, "Orbix 3", quote) == Span(21, 28)
    assert find_words(text, "Orb", None) is None  # never half a word
    assert find_words(text, "  ", None) is None


def test_the_status_cue_comes_from_the_paragraph_when_the_quote_has_none() -> None:
    text = "Other news.\nThe Corvid R2 flies in June. So say insiders.\nMore rumours."
    quote = find_words(text, "The Corvid R2 flies in June.")
    assert shown(text, status_span(text, quote, Status.RUMORED)) == "insiders"
    assert status_span(text, None, Status.RUMORED) is None


def test_proposals_made_by_hand_carry_no_evidence() -> None:
    assert Proposal("X", "May", _window(), Status.ANNOUNCED, "", BASE).evidence == Evidence()


def _window() -> Window:
    return parse_window("July 30, 2027", base=BASE)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Selon des fuites, le Nova Phone 3 sortira fin juillet 2027.", "fin juillet 2027"),
        ("华为Mate 90将于2026年9月发布。", "2026年9月"),
        ("Laut Berichten erscheint das Orbix Pad 4 Mitte Oktober.", "Mitte Oktober"),
        ("Les jeux Vega Quest (25 novembre) et Vega Run (18 décembre) sortent.", "25 novembre"),
        ("苹果将于北京时间 9 月 8 日凌晨发布 Orbix 9。", "9 月 8 日"),
    ],
)
def test_a_date_read_from_another_language_points_at_its_own_words(text: str, when: str) -> None:
    proposals = extract_launches(text, base=BASE, now=NOW)
    assert when in [shown(text, p.evidence.when) for p in proposals]


def test_a_day_and_a_time_told_apart_mark_the_day() -> None:
    text = "Corvid Space will launch the Corvid R3 on 24 March in Paris, 14:00 CET."
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert " at " in proposal.when_text  # one date text made of two places
    assert shown(text, proposal.evidence.when) == "24 March"


def test_an_edit_keeps_the_picked_words_and_finds_the_rest_again() -> None:
    text = "The Orbix Fold 2 goes on sale in late September (the Orbix Fold 2 Max), say leakers."
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    second = text.rindex("Orbix Fold 2")
    picked = Span(second, second + len("Orbix Fold 2"))  # the user picked the later mention
    renamed = replace(proposal, name="Orbix Fold 2", status=Status.ANNOUNCED)
    evidence = relocated(text, renamed, name_at=picked)
    assert (evidence.name, shown(text, evidence.when)) == (picked, "late September")
    assert evidence.status is None  # nothing in the text says "announced"
    kept = relocated(text, replace(renamed, evidence=evidence))
    assert kept.name == picked  # still reads the name: stays where the user picked it
    moved = relocated(text, replace(renamed, name="Orbix Fold 2 Max", evidence=evidence))
    assert shown(text, moved.name) == "Orbix Fold 2 Max"


def test_the_status_mark_is_on_the_words_the_status_stage_decided_from() -> None:
    text = "Leakers had it in June. The Vela Pad 2 ships on May 5, 2027, Vela confirmed."
    quote = find_words(text, "The Vela Pad 2 ships on May 5, 2027, Vela confirmed.")
    told = Proposal(
        "Vela Pad 2", "May 5, 2027", _window(), Status.CONFIRMED, text[24:], BASE, "confirmed"
    )
    assert shown(text, locate(text, told).status) == "confirmed"
    assert locate(text, told).quote == quote
    edited = replace(told, status=Status.RUMORED)  # no longer what "confirmed" says
    assert shown(text, locate(text, edited).status) == "Leakers"  # the paragraph's report word
    [extracted] = extract_launches(text, base=BASE, now=NOW)
    assert extracted.status_words == "confirmed"
