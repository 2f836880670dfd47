"""More paste rules from NEWS-CONVENTIONS.md, one written sentence per rule: the name behind a
reference to the product, names ending in "Plus", and which status wording wins."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from countdown.core.model import Status
from countdown.core.news.dates import find_date_spans
from countdown.core.news.extract import NothingToTrack, Proposal, extract_launches
from countdown.core.news.roles import Role, role_of
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


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The maker had also planned to open sales on the 15th of September", [("the 15th of September", Role.OLD)]),
        ("The Orbix 3 had previously been set for a 2027 release window", [("2027", Role.OLD)]),
        ("Acme moved its original June launch plans to late July", [("June", Role.OLD), ("late July", Role.NEW)]),
        ("The Lumo X1 was a March release back in 2019", [("March", Role.PAST)]),
        ("In a showcase held earlier this summer, Acme showed the Vela 2", [("this summer", Role.PAST)]),
        ("A slip is possible, but if the studio waits until May it loses the holiday", [("May", Role.OTHER)]),
        ("Acme sent invites for its first showcase of 2027, which takes place on March 3", [("2027", Role.OTHER), ("March 3", Role.NEW)]),
        ("Acme initially said it would start shipping vans in 2027", [("2027", Role.OLD)]),
        ("The first vans would ship this year only if the supplier delivers", [("this year", Role.OTHER)]),
        ("The joint venture plans to deliver its first cars in Europe in the spring of 2027", [("spring of 2027", Role.NEW)]),
    ],
)  # fmt: skip
def test_old_past_and_hypothetical_dates(clause: str, expected: list[tuple[str, Role]]) -> None:
    roles = {span.text: role_of(span, clause) for span in find_date_spans(clause)}
    assert [(text, roles.get(text)) for text, _ in expected] == expected


def test_a_slip_of_another_product_in_the_paragraph_leaves_this_one_announced() -> None:
    sentence = "The Vela tablet stays on the calendar for late October."
    paragraph = "The Orbix 4 was pushed back to spring. " + sentence
    assert launch_status(sentence, paragraph, paragraph, "Vela tablet", "en") is Status.ANNOUNCED


def test_a_slip_of_the_same_product_in_the_paragraph_makes_it_delayed() -> None:
    sentence = "The Vela tablet now ships in late October."
    paragraph = "The Vela tablet was delayed again. " + sentence
    assert launch_status(sentence, paragraph, paragraph, "Vela tablet", "en") is Status.DELAYED


@pytest.mark.parametrize(
    "sentence",
    [
        "That slot went to another film, and the Harbor sequel will instead debut in May.",
        "A new Kestrel 2 launch is scheduled for Friday at 9 a.m.",
    ],
)
def test_moves_told_without_a_delay_word_are_delayed(sentence: str) -> None:
    assert launch_status(sentence, sentence, sentence, "Kestrel 2", "en") is Status.DELAYED


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to a memo obtained by GadgetWire, the Orbix 4 ships on June 9.", "Orbix 4"),
        ("Vela Motors has delayed its Aero sedan by COVID-imposed months, to the second half of this year.", "Aero sedan"),
    ],
)  # fmt: skip
def test_a_source_or_a_hyphenated_adjective_is_no_name(text: str, name: str) -> None:
    [proposal] = extract(text)
    assert proposal.name == name


@pytest.mark.parametrize(
    "text",
    [
        "This year, however, plans have changed for the Vela 2 team.",
        "They plan on retiring the Orbix 3 service on June 30, 2027.",
    ],
)
def test_plans_as_a_noun_or_plan_on_is_no_launch_word(text: str) -> None:
    with pytest.raises(NothingToTrack):
        extract(text)


def test_plans_to_with_a_date_is_a_launch() -> None:
    [proposal] = extract("Acme plans to bring the Vela 2 to stores in September.")
    assert proposal.name == "Vela 2"


def test_a_name_ending_in_a_month_and_a_number_is_no_date() -> None:
    clause = "The probe will ride a Long March 5 rocket in October"
    assert [span.text for span in find_date_spans(clause)] == ["October"]


def test_a_time_only_mention_takes_the_day_of_the_same_launch() -> None:
    text = (
        "The Orbix 4 is set to launch on July 14 in an online keynote. "
        "The Orbix 4 keynote starts at 16:00 BST."
    )
    [proposal] = extract(text)
    assert proposal.window.start == datetime(2026, 7, 14, 15, 0, tzinfo=UTC)
    assert proposal.window.label.startswith("July 14, 2026 16:00")


def test_backup_days_are_no_launch() -> None:
    clause = "The agency pegged July 30 for launch with further opportunities through August 15"
    roles = {span.text: role_of(span, clause) for span in find_date_spans(clause)}
    assert roles == {"July 30": Role.NEW, "August 15": Role.OTHER}


def test_a_language_is_no_name() -> None:
    [proposal] = extract("The Vela 2 launch event is set for June 4 in English and Spanish.")
    assert proposal.name.startswith("Vela 2")


def test_one_sentence_giving_a_month_and_its_day_is_one_launch() -> None:
    text = (
        "Acme's Vela Slate 7 gets a June launch; it comes out on June 4 as the newest Vela tablet."
    )
    [proposal] = extract(text)
    assert (proposal.window.start, proposal.window.end) == (date(2026, 6, 4), date(2026, 6, 4))
