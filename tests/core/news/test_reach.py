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


def test_hitting_stores_is_a_launch() -> None:
    [proposal] = extract("The Lumo Watch 3 will hit stores in September.")
    assert (proposal.name, proposal.window.start) == ("Lumo Watch 3", date(2026, 9, 1))


def test_a_modal_before_hit_is_no_past_tense() -> None:
    [proposal] = extract("Acme hopes the Lumo Watch 3 could hit shelves by mid-August.")
    assert proposal.name == "Lumo Watch 3"


def test_a_date_compared_with_as_opposed_to_is_neither_proposed_nor_a_slip() -> None:
    [proposal] = extract(
        "Rumors say the Vanta Phone 2 might hit stores in November, as opposed to October."
    )
    assert (proposal.name, proposal.window.start) == ("Vanta Phone 2", date(2026, 11, 1))
    assert proposal.status is Status.RUMORED


def test_a_headline_clause_without_a_name_takes_the_product_named_before_it() -> None:
    text = (
        "Acme sets Orbix 5 launch dates; to go on sale starting October\n\n"
        "Rivals such as the Vanta Phone 2 are also coming. The Vanta Phone 2 is popular. "
        "Everyone likes the Vanta Phone 2."
    )
    [proposal] = extract(text)
    assert (proposal.name, proposal.window.start) == ("Orbix 5", date(2026, 10, 1))


def test_a_quoted_date_after_was_set_to_launch_in_is_the_old_date() -> None:
    text = (
        'The Hollowmere was set to launch in "Autumn 2026". '
        "Now Acme has delayed the Hollowmere to March 2027."
    )
    [proposal] = extract(text)
    assert (proposal.name, proposal.window.start) == ("Hollowmere", date(2027, 3, 1))


def test_a_one_word_product_the_text_keeps_naming_keeps_its_own_coarser_date() -> None:
    text = (
        "For Stormrider buyers the wait grows, as Acme has delayed production until 2027. "
        "The Stormrider got a new grille. Fans still love the Stormrider.\n"
        "Meanwhile Volta said its Volta Arc 2 is set for a spring 2027 release."
    )
    names = {(p.name, p.window.start) for p in extract(text)}
    assert names == {("Stormrider", date(2027, 1, 1)), ("Volta Arc 2", date(2027, 3, 1))}


def test_beginning_production_is_a_launch() -> None:
    [proposal] = extract("The Corvan 7 electric bus will begin production in Leipzig in 2027.")
    assert (proposal.name, proposal.window.start) == ("Corvan 7", date(2027, 1, 1))


def test_production_nearing_is_a_launch() -> None:
    [proposal] = extract("Reservations for the Halda X2 close as production nears in spring 2027.")
    assert (proposal.name, proposal.window.start) == ("Halda X2", date(2027, 3, 1))


def test_a_kind_acronym_before_an_unnamed_product_noun_is_no_name() -> None:
    [proposal] = extract("Acme said it will build a new compact EV van that goes on sale in 2027.")
    assert proposal.name.endswith("EV van")  # the van, not "EV"


def test_a_product_noun_alone_keeps_its_compound_adjective() -> None:
    [proposal] = extract("The seven-seat SUV from Acme was delayed to 2028.")
    assert proposal.name == "seven-seat SUV"


def test_a_date_before_however_belongs_to_its_own_statement() -> None:
    text = (
        "Acme will show its Vela 9 GPUs on June 3. "
        "The GPUs won't ship until August however, Orbix's Lumo 4 GPUs will be ready now."
    )
    names = {(p.name, p.window.start) for p in extract(text)}
    assert ("Vela 9 GPUs", date(2026, 8, 1)) in names


def test_a_date_after_followed_by_belongs_to_the_product_that_follows() -> None:
    [proposal] = extract(
        "Acme will open with its Halo R9 boards, followed by Halo R5 boards a few weeks "
        "later (around September)."
    )
    assert proposal.name == "Halo R5"


def test_a_named_update_a_product_is_getting_is_a_launch() -> None:
    [proposal] = extract("The Orbix OS is getting a new security update, 26R4, in October.")
    assert (proposal.name, proposal.window.start) == ("26R4", date(2026, 10, 1))


def test_a_slip_told_of_the_maker_elsewhere_does_not_delay_its_unnamed_product() -> None:
    text = (
        "Acme said its EV plans suffered another delay. "
        "Acme will also build a new commercial EV van that will begin production in 2027."
    )
    van = next(p for p in extract(text) if "van" in p.name)
    assert van.status is Status.ANNOUNCED


def test_pushing_a_product_back_to_a_date_is_a_slip_with_the_name_in_between() -> None:
    for text in (
        "Nimbus Labs pushed the Aero 7 back to March 2027 from December.",
        "Nimbus Labs pushed the Aero 7 to March 2027 from December.",
    ):
        [proposal] = extract(text)
        assert (proposal.name, proposal.window.start) == ("Aero 7", date(2027, 3, 1))
        assert proposal.status is Status.DELAYED


def test_production_of_a_product_beginning_is_a_launch() -> None:
    [proposal] = extract("Production of the Vela 2 begins in May.")
    assert (proposal.name, proposal.window.start) == ("Vela 2", date(2026, 5, 1))
