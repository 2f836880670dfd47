"""The proposals stage's rules for which mentions are one launch and which are several
(merge.py, coordinated.py). Every sentence here is written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from countdown.core.model import Status
from countdown.core.news.agree import abbreviates, used_as_product
from countdown.core.news.coordinated import listed_together, name_lists
from countdown.core.news.extract import extract_launches
from countdown.core.news.merge import one_per_launch

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 5, 1, 9, 0)


def launches(text: str) -> list[tuple[str, date, date, Status]]:
    return [
        (p.name, p.window.first_day(), p.window.last_day(), p.status)
        for p in extract_launches(text, base=BASE, now=NOW)
    ]


def test_two_one_word_games_listed_together_are_two_launches_of_one_date() -> None:
    text = "Hollowfen and Brimlight have been delayed to the first half of 2027."
    first_half = (date(2027, 1, 1), date(2027, 6, 30), Status.DELAYED)
    assert sorted(launches(text)) == [("Brimlight", *first_half), ("Hollowfen", *first_half)]


def test_a_short_form_of_an_earlier_name_is_still_the_same_launch() -> None:
    text = "The Orbix Note 8 goes on sale on August 23. Preorders for the Note 8 open in August."
    assert [name for name, *_ in launches(text)] == ["Orbix Note 8"]


def test_a_list_needs_a_conjunction_and_an_event_named_after_partners_is_one_name() -> None:
    assert [[m[0] for m in members] for members in name_lists("Tessel, Kite and Orbix ship.")] == [
        ["Tessel", "Kite", "Orbix"]
    ]
    assert name_lists("Acme moved to Redmond, Washington last year.") == ()
    assert name_lists("See you at the Acme and Northwind Showcase.") == ()
    assert listed_together("Kite", "Orbix", "Tessel, Kite and Orbix ship in May.")
    assert not listed_together("Kite", "Kite", "Tessel, Kite and Orbix ship in May.")
    assert not listed_together("Kite", "Kite Pro", "Kite and Kite Pro ship in May.")  # variants


def test_a_list_of_makers_gives_no_launch_to_each_maker() -> None:
    text = "Acme, Northwind and Corvid Space said the Tessel 5 ships on June 21."
    assert [name for name, *_ in launches(text)] == ["Tessel 5"]


def test_the_old_holder_of_a_slot_does_not_name_the_launch_moved_into_it() -> None:
    text = (
        "Lantern Tide will now open in theaters on November 19, "
        'the day Northwind had planned to release "Moss Gate".'
    )
    assert [(name, first) for name, first, *_ in launches(text)] == [
        ("Lantern Tide", date(2026, 11, 19))
    ]


def test_the_sequel_to_a_film_is_the_longer_title_the_text_gives_it() -> None:
    text = (
        'Northwind pushed "Lantern Tide: Ember" to November from July. '
        "The sequel to 2019 hit Lantern Tide will now open on November 19."
    )
    day = date(2026, 11, 19)
    assert launches(text) == [("Lantern Tide: Ember", day, day, Status.DELAYED)]


def test_the_sequel_to_a_film_the_text_gives_no_title_is_named_after_it() -> None:
    text = "The sequel to Lantern Tide opens in theaters on November 19."
    assert [name for name, *_ in launches(text)] == ["Lantern Tide sequel"]


def test_a_further_date_told_of_the_product_again_is_another_launch_of_it() -> None:
    text = (
        "Northwind pushed back the home edition of Tessel OS until January 2027 and promised "
        "to ship the next version of its system to schools in November."
    )
    assert [(name, first, status) for name, first, _, status in launches(text)] == [
        ("Tessel OS", date(2027, 1, 1), Status.DELAYED),
        ("Tessel OS", date(2026, 11, 1), Status.ANNOUNCED),
    ]


def test_a_flight_named_by_its_rockets_initials_is_the_same_launch() -> None:
    assert abbreviates("KL-1", "Kestrel Lift") and abbreviates("Kestrel Lift", "KL 2")
    assert not abbreviates("KL-1", "Kite Max") and not abbreviates("KL-1", "Kestrel rocket")
    text = (
        "The Kestrel Lift rocket now lifts off on June 9 at 10:15 a.m. ET. "
        '"We are moving our KL-1 launch to no earlier than June 9," Corvid Space wrote.'
    )
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert proposal.window.start == datetime.fromisoformat("2026-06-09T10:15:00-04:00")


def test_a_slip_told_in_the_past_gives_way_to_the_later_slip() -> None:
    text = (
        "The Lantern Tide film has been pushed back to April 2027. "
        "In March, the studio announced it was delaying the release until November 12, "
        "with a US launch on November 25."
    )
    assert [(name, first) for name, first, *_ in launches(text)] == [
        ("Lantern Tide", date(2027, 4, 1))
    ]


def test_a_rough_window_and_a_day_right_beside_it_are_one_estimate() -> None:
    text = (
        "Northwind is launching the Kite S3 near the end of September. "
        "Some reports say an October 1 launch is likely."
    )
    assert [(name, first) for name, first, *_ in launches(text)] == [("Kite S3", date(2026, 10, 1))]
    [late] = extract_launches("The Kite S3 launches near the end of September.", base=BASE, now=NOW)
    [day] = extract_launches("The Kite S3 launches on October 1.", base=BASE, now=NOW)
    assert len(one_per_launch([late, day])) == 1
    # One sentence telling both days tells two events (a reveal, then shipping).
    assert len(one_per_launch([late, replace(day, quote=late.quote)])) == 2


def test_a_clause_after_a_semicolon_takes_the_product_named_before_it_in_its_sentence() -> None:
    text = (
        "Northwind confirms Kite S3 launch dates; to go on sale starting September\n\n"
        "The Orbix 5 is its rival. Buyers like the Orbix 5 and reviewers like the Orbix 5."
    )
    assert [(name, first) for name, first, *_ in launches(text)] == [("Kite S3", date(2026, 9, 1))]


def test_a_one_word_name_the_text_uses_as_a_product_keeps_its_own_launch() -> None:
    assert used_as_product("Roadhawk", "Buyers of the Roadhawk will wait.")
    assert not used_as_product("Lisbon", "The Lisbon event starts at noon.")
    text = (
        "Northwind has delayed production of the Roadhawk until 2027. "
        "The Pylon S2 van arrives in spring 2027."
    )
    found = sorted((name, first) for name, first, *_ in launches(text))
    assert [first for _, first in found] == [date(2027, 3, 1), date(2027, 1, 1)]
    assert found[0][0].startswith("Pylon S2") and found[1][0] == "Roadhawk"


def test_a_plan_told_in_the_past_gives_way_to_the_later_slip() -> None:
    text = (
        "Hollowfen has been delayed to the first half of 2027. "
        'Hollowfen was set to launch in "Summer 2026" from a small studio.'
    )
    assert [(name, first) for name, first, *_ in launches(text)] == [
        ("Hollowfen", date(2027, 1, 1))
    ]


def test_a_product_launched_along_with_another_is_a_launch_of_its_own() -> None:
    text = "Acme will launch the Orbit Watch along with the Orbit 3 on March 4."
    march_4 = (date(2027, 3, 4), date(2027, 3, 4), Status.ANNOUNCED)
    assert sorted(launches(text)) == [("Orbit 3", *march_4), ("Orbit Watch", *march_4)]


def test_one_product_in_two_regions_on_two_days_is_two_launches() -> None:
    text = "The Atlas Watch 4 arrives in the US on March 9 and in Europe on March 20."
    assert sorted(launches(text)) == [
        ("Atlas Watch 4", date(2027, 3, 9), date(2027, 3, 9), Status.ANNOUNCED),
        ("Atlas Watch 4", date(2027, 3, 20), date(2027, 3, 20), Status.ANNOUNCED),
    ]
