"""More paste rules from NEWS-CONVENTIONS.md, one written sentence per rule: the name behind a
reference to the product, names ending in "Plus", and which status wording wins."""

from __future__ import annotations

from datetime import UTC, datetime

from countdown.core.model import Status
from countdown.core.news.extract import Proposal, extract_launches
from countdown.core.news.status import launch_status

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 5, 1, 9, 0)


def extract(text: str) -> list[Proposal]:
    return extract_launches(text, base=BASE, now=NOW)


def test_a_studio_releasing_the_film_gives_the_film_named_before() -> None:
    text = (
        "Moonrise Harbor lost its spring slot. "
        "Bluegate Studios will now release the film on September 18."
    )
    [proposal] = extract(text)
    assert proposal.name == "Moonrise Harbor"


def test_plus_after_a_name_is_part_of_the_name() -> None:
    [proposal] = extract("The streaming service Lumen Plus goes live on June 9.")
    assert proposal.name == "Lumen Plus"


def test_officially_set_beats_the_leaks_told_around_it() -> None:
    sentence = "After months of leaks, the Orbix 4 is officially set to launch on July 2."
    assert launch_status(sentence, sentence, sentence, "Orbix 4", "en") is Status.CONFIRMED


def test_expected_to_launch_is_rumored() -> None:
    sentence = "The Vela tablet expected to launch in August will get a bigger screen."
    assert launch_status(sentence, sentence, sentence, "Vela tablet", "en") is Status.RUMORED


def test_a_hedge_in_another_sentence_does_not_make_a_plain_date_rumored() -> None:
    sentence = "The Vela tablet ships in August."
    paragraph = sentence + " A cheaper model could follow later."
    assert launch_status(sentence, paragraph, paragraph, "Vela tablet", "en") is Status.ANNOUNCED
