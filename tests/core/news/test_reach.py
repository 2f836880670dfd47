"""Paste rules on how far a date reaches its product and launch word, and which clause a date
belongs to (NEWS-CONVENTIONS.md), one written sentence per rule."""

from __future__ import annotations

from datetime import UTC, date, datetime

from countdown.core.model import Status
from countdown.core.news.extract import Proposal, extract_launches

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 5, 1, 9, 0)


def extract(text: str) -> list[Proposal]:
    return extract_launches(text, base=BASE, now=NOW)


def test_a_relative_clause_aside_does_not_part_a_film_from_its_new_date() -> None:
    [proposal] = extract(
        "Northlight Pictures moved the premiere of the heist comedy Paper Lanterns, which stars "
        "Mira Okafor, Tom Brandt and Elise Varga, from October to November 20, 2026."
    )
    assert proposal.name == "Paper Lanterns"
    assert proposal.window.start == date(2026, 11, 20)
    assert proposal.status is Status.DELAYED
