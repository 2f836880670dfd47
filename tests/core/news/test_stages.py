"""The extraction stages one by one: date roles, one proposal per launch, status wording.
Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from countdown.core.model import Status
from countdown.core.news.dates import find_date_spans
from countdown.core.news.extract import NothingToTrack, extract_launches
from countdown.core.news.merge import is_weak_name, names_agree
from countdown.core.news.roles import Role, role_of
from countdown.core.news.status import launch_status

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 5, 1, 9, 0)


def roles(clause: str) -> list[tuple[str, Role]]:
    return [(span.text, role_of(span, clause)) for span in find_date_spans(clause)]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("The Orbix 3 was originally scheduled for June but ships in August", [("June", Role.OLD), ("August", Role.NEW)]),
        ("The studio pushed the film back instead of March, now set for May", [("March", Role.OLD), ("May", Role.NEW)]),
        ("The Lumo X1 launched in February and its successor ships in October", [("February", Role.PAST), ("October", Role.NEW)]),
        ("Kestrel Labs said Thursday that the probe flies in September", [("Thursday", Role.STATEMENT), ("September", Role.NEW)]),
        ("The company reports fiscal Q3 results in October", [("Q3", Role.FISCAL), ("October", Role.FISCAL)]),
        ("The Vela rover launches Tuesday", [("Tuesday", Role.NEW)]),
    ],
)  # fmt: skip
def test_each_date_gets_its_role(clause: str, expected: list[tuple[str, Role]]) -> None:
    assert roles(clause) == expected


def test_a_move_from_one_date_to_another_proposes_only_the_new_date() -> None:
    text = "Northwind moved the Tessel 5 launch from March 3 to June 21."
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert (proposal.name, proposal.window.first_day()) == ("Tessel 5", date(2026, 6, 21))
    assert proposal.status is Status.DELAYED


def test_headline_and_body_mentions_of_one_launch_give_one_proposal_with_the_exact_time() -> None:
    text = (
        "Corvid R2 rocket to fly in June\n"
        "Corvid Space said the Corvid R2 lifts off on June 9 at 10:15 a.m. ET from its Texas pad."
    )
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert proposal.name == "Corvid R2"
    assert proposal.window.start == datetime.fromisoformat("2026-06-09T10:15:00-04:00")


def test_makers_places_and_companies_are_weak_names_products_are_not() -> None:
    assert is_weak_name("Samsung") and is_weak_name("Kennedy Space Center")
    assert is_weak_name("Redwood Interactive")
    assert not is_weak_name("Galaxy Z Fold 9") and not is_weak_name("Steam Deck 2")
    assert names_agree("Note 9", "Galaxy Note 9") and not names_agree("Pixel 12", "Galaxy S30")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Acme called off the Roadster 4 launch planned for May.", Status.CANCELLED),
        ("The Roadster 4 has been delayed to May.", Status.DELAYED),
        ("The Roadster 4 arrives in May, according to people familiar with the plans.", Status.RUMORED),
        ("Acme confirmed the Roadster 4 arrives in May.", Status.CONFIRMED),
        ("Acme announced the Roadster 4 arrives in May.", Status.ANNOUNCED),
        ("The Roadster 4 could arrive in May.", Status.RUMORED),
        ("The Roadster 4 arrives in May.", Status.ANNOUNCED),
    ],
)  # fmt: skip
def test_status_follows_the_wording(sentence: str, status: Status) -> None:
    assert launch_status(sentence, sentence, sentence, "Roadster 4", "en") is status


def test_a_silent_sentence_in_a_leak_article_stays_rumored() -> None:
    text = "A leak shows the Roadster 4. The Roadster 4 arrives in May."
    assert launch_status("The Roadster 4 arrives in May.", "", text, "Roadster 4", "en") is (
        Status.RUMORED
    )


def test_a_past_launch_with_its_year_makes_the_year_less_dates_of_its_sentence_history() -> None:
    text = (
        "The Lumo 1 went on sale in Korea on May 2, 2019, after a US launch on April 20, "
        "and a European launch on June 9 the same year."
    )
    with pytest.raises(NothingToTrack):
        extract_launches(text, base=BASE, now=NOW)


def test_the_end_of_support_is_no_launch() -> None:
    with pytest.raises(NothingToTrack):
        extract_launches("Support for Orbix OS 4 ends on 14.1.2027.", base=BASE, now=NOW)


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("Die Nova X5 kommt am 14. September 2026 auf den Markt, teilte der Hersteller mit.", "Nova X5", date(2026, 9, 14)),
        ("La consola Zeta 2 saldrá a la venta el 3 de octubre de 2026 en Europa.", "Zeta 2", date(2026, 10, 3)),
        ("新型ロケットH9の打ち上げは2026年8月7日に行う予定だと発表した。", "H9", date(2026, 8, 7)),
    ],
)  # fmt: skip
def test_german_spanish_and_japanese_are_detected_and_read(text: str, name: str, day: date) -> None:
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert name in proposal.name
    assert proposal.window.first_day() == day


def test_a_forced_language_overrides_detection() -> None:
    text = "Lanzamiento de la Zeta 2: 4/11/2026."  # day first when read as Spanish
    [spanish] = extract_launches(text, base=BASE, now=NOW, language="es")
    assert spanish.window.first_day() == date(2026, 11, 4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Orbix CEO Dana Whitfield said the Orbix Halo 2 ships in September.", "Orbix Halo 2"),
        ("The studio's thriller “Glass Harbor” opens in theaters on September 18.", "Glass Harbor"),
        ("Previously the team aimed at July, and the Kite S3 now launches in September.", "Kite S3"),
    ],
)  # fmt: skip
def test_the_name_is_the_product_not_a_person_or_a_sentence_opener(text: str, name: str) -> None:
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert proposal.name == name


def test_several_products_in_one_clause_give_one_proposal_each() -> None:
    text = "The Orbix 5 arrives on June 4 and the Kite S3 on July 9."
    found = [(p.name, p.window.first_day()) for p in extract_launches(text, base=BASE, now=NOW)]
    assert found == [("Orbix 5", date(2026, 6, 4)), ("Kite S3", date(2026, 7, 9))]


def test_products_listed_with_their_day_in_parentheses_are_launches() -> None:
    text = "June will be busy for players: Star Harbor 2 (June 4), Moss Gate (June 18)."
    found = {p.name: p.window.first_day() for p in extract_launches(text, base=BASE, now=NOW)}
    assert found == {"Star Harbor 2": date(2026, 6, 4), "Moss Gate": date(2026, 6, 18)}


def test_one_instant_told_in_two_zones_or_without_one_is_one_launch() -> None:
    text = (
        "The Corvid R2 lifts off on June 9 at 10:15 a.m. "
        "Corvid Space will stream the Heron probe's launch at 10:15 a.m. ET on June 9."
    )
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert proposal.window.start == datetime.fromisoformat("2026-06-09T10:15:00-04:00")


def test_a_maker_on_its_own_is_dropped_when_the_text_names_products() -> None:
    text = (
        "Northwind said its Tessel 5 ships on June 21. "
        "Northwind also plans to launch more devices in September."
    )
    found = [p.name for p in extract_launches(text, base=BASE, now=NOW)]
    assert found == ["Tessel 5"]


def test_a_slip_belongs_to_the_launch_it_is_told_about() -> None:
    text = "The Tessel 5 was delayed to August, while the Kite S3 still arrives on June 9."
    status = {p.name: p.status for p in extract_launches(text, base=BASE, now=NOW)}
    assert status == {"Tessel 5": Status.DELAYED, "Kite S3": Status.ANNOUNCED}


def test_a_new_date_beside_the_one_it_replaces_is_a_delay() -> None:
    text = "The Kite S3, last set for June 9, now arrives on July 14."
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert (proposal.window.first_day(), proposal.status) == (date(2026, 7, 14), Status.DELAYED)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("In March, Northwind had announced a new plant, and the Tessel 5 ships in August", [("March", Role.PAST), ("August", Role.NEW)]),
        ("The flight planned for 4:10 p.m. was scrubbed and moves to Friday at 2 p.m.", [("4:10 p.m.", Role.OLD), ("Friday at 2 p.m.", Role.NEW)]),
        ("Standing down from launch today, the crew waits for June 9", [("today", Role.STATEMENT), ("June 9", Role.NEW)]),
    ],
)  # fmt: skip
def test_more_date_roles(clause: str, expected: list[tuple[str, Role]]) -> None:
    assert roles(clause) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme will start mass-producing the Roadster 4 in the first half of 2027.",
        "Acme begins delivering the Roadster 4 in the first half of 2027.",
        "The Roadster 4 moves to the first half of 2027.",
    ],
)
def test_mass_production_deliveries_and_moves_are_launch_events(text: str) -> None:
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert proposal.window.first_day() == date(2027, 1, 1)


def test_an_abbreviated_month_alone_after_a_name_is_no_date() -> None:
    text = "Acme founder Li Jun said the Roadster 4 ships in September."
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert proposal.when_text == "September"


def test_a_launch_time_keeps_its_seconds() -> None:
    text = "The Vela rover lifts off on June 9 at 14:32:07 UTC."
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert proposal.window.start == datetime.fromisoformat("2026-06-09T14:32:07+00:00")
    assert proposal.window.grain.value == "second"


def test_the_holiday_season_is_a_launch_window() -> None:
    text = "Acme says the Roadster 4 ships this holiday season."
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert (proposal.window.first_day(), proposal.window.last_day()) == (
        date(2026, 10, 1),
        date(2026, 12, 31),
    )
