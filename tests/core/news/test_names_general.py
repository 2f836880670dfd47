"""General naming rules in every language: a title with a person, a place (by its shape, its
region, or listed with a place), a quotation that opens a sentence — none is the product; the
product named before is. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from countdown.core.news.extract import extract_launches
from countdown.core.news.kinds import Kind, kind_of

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 2, 1, 9, 0)


def names(text: str, language: str | None = None) -> list[str]:
    return [p.name for p in extract_launches(text, base=BASE, now=NOW, language=language)]


@pytest.mark.parametrize(
    ("name", "before", "after", "kind"),
    [
        ("Geschäftsführerin Lena Korn", "„Es ist fertig“, sagte ", ".", Kind.PERSON),
        ("CEO Tom Pell", "", " expects it in May", Kind.PERSON),
        ("Mira Sol", "« C'est prêt », affirme ", ".", Kind.PERSON),
        ("Puerto Gris Island", "from the pad on ", ".", Kind.PLACE),
        ("Norrby", "from its pad at ", ", Sweden, on May 4.", Kind.PLACE),
        ("Luxemburg", "in Deutschland und in ", " erhältlich", Kind.PLACE),
        ("Belgique", "en France et en ", ".", Kind.PLACE),
        ("Star Falcon", "", " ships in May", Kind.PRODUCT),
        ("Orrin X6", "The ", ", Europe's first foldable, ships in May", Kind.PRODUCT),
        ("Chief", "", " executive Mia Roe said the company will ship in May", Kind.PERSON),
    ],
)  # fmt: skip
def test_titles_with_people_and_places_are_told_by_their_shape(
    name: str, before: str, after: str, kind: Kind
) -> None:
    assert kind_of(name, before, after) is kind


def test_a_german_title_and_its_holder_are_no_product_the_one_named_before_is() -> None:
    text = (
        "Der Hersteller Orrin hat heute sein neues Stadtrad Pendel 4 vorgestellt. "
        "Das Rad kommt am 14.05.2026 in den Handel. „Wir sind stolz“, sagte Chefin Ida Brandt."
    )
    assert names(text, "de") == ["Pendel 4"]


def test_a_french_country_listed_with_another_is_no_product() -> None:
    text = (
        "La marque Orrin a présenté mardi son vélo, l'Orrin V3. "
        "Il sera commercialisé le 5 mai prochain en France et en Belgique."
    )
    assert names(text, "fr") == ["Orrin V3"]


def test_a_launch_site_is_no_product_the_rocket_named_before_is() -> None:
    text = (
        "Halden Space will fly its Merle 2 rocket next month. "
        "The rocket is set to lift off at 9:15 a.m. ET on March 12 from a pad on Puerto Gris "
        "Island, Florida."
    )
    assert names(text) == ["Merle 2 rocket"]


def test_a_generation_in_parentheses_is_part_of_the_name_and_a_us_day_is_read() -> None:
    text = "Orrin said the Orrin Tab (3) will begin shipping in the US on 4/9."
    [found] = extract_launches(text, base=BASE, now=NOW)
    assert (found.name, found.window.first_day().isoformat()) == ("Orrin Tab (3)", "2026-04-09")


def test_a_makers_first_unnamed_product_is_named_after_the_maker() -> None:
    text = (
        "Halden Motors' first electric van will reach customers in the first half of next year, "
        "the Danish carmaker said."
    )
    [found] = extract_launches(text, base=BASE, now=NOW)
    assert (found.name, found.window.first_day().isoformat()) == ("Halden Motors van", "2027-01-01")


def test_users_getting_the_update_on_a_day_of_the_month_named_before_is_a_launch() -> None:
    text = (
        "Orrin will release Pendel 5, its note-taking app, in June. "
        "Phone users get the update on the 9th of that month, the company said."
    )
    found = extract_launches(text, base=BASE, now=NOW)
    assert [(p.name, p.window.first_day().isoformat()) for p in found] == [
        ("Pendel 5", "2026-06-09")
    ]


def test_a_new_unnamed_van_beginning_production_is_a_launch_named_by_its_noun() -> None:
    text = "Halden Motors will also build a new electric delivery van that will begin production in 2027."
    [found] = extract_launches(text, base=BASE, now=NOW)
    assert (found.name, found.window.first_day().isoformat()) == ("Halden Motors van", "2027-01-01")


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("Sales of the Orrin X6 start in Brazil on June 5.", "Orrin X6", "2026-06-05"),
        ("The Orrin X6 will be sold in Canada starting April 9, Orrin said.", "Orrin X6",
         "2026-04-09"),
        ("Chief executive Maya Lind said the company will ship its first smartwatch in October.",
         "smartwatch", "2026-10-01"),
        ("Orrin's X5 shipped in 2025; the X7 follows in May.", "X7", "2026-05-01"),
        ("魅族已于1月推出一款手机，新款将于9月上市。", "魅族新款", "2026-09-01"),
    ],
)  # fmt: skip
def test_the_launch_is_named_by_its_product_never_by_an_activity_or_a_role(
    text: str, name: str, day: str
) -> None:
    [found] = extract_launches(text, base=BASE, now=NOW)
    assert (found.name, found.window.first_day().isoformat()) == (name, day)


def test_names_after_said_that_open_the_reported_clause_are_products() -> None:
    """'said X, Y and Z will arrive': the three are what was said of, not who said it."""
    found = extract_launches(
        "Bethesda said Falcon Rise, Ember Vale and Ironhold will arrive in 2027.",
        base=BASE,
        now=NOW,
    )
    assert sorted(p.name for p in found) == ["Ember Vale", "Falcon Rise", "Ironhold"]


def test_a_name_after_said_that_ends_the_sentence_is_still_a_person() -> None:
    found = extract_launches("The Zephyr 2 ships in March, said Jane Roe.", base=BASE, now=NOW)
    assert [p.name for p in found] == ["Zephyr 2"]


@pytest.mark.parametrize(
    "text",
    [
        "Nova Games confirmed that Starfall Odyssey will launch on Nintendo Switch 2 on May 20.",
        "Starfall Odyssey comes to Switch 2 and PS5 Pro on May 20.",
    ],
)
def test_a_console_generation_a_game_launches_on_is_a_platform(text: str) -> None:
    found = extract_launches(text, base=BASE, now=NOW)
    assert [(p.name, p.window.first_day().day) for p in found] == [("Starfall Odyssey", 20)]


def test_a_spanish_title_ending_in_a_venue_word_on_a_platform_is_the_game() -> None:
    """'Arena' after 'de' ends a title, and 'llegará a PlayStation 5' names a platform."""
    found = extract_launches(
        "El estudio Lumbre confirmó que Sombras de Arena llegará a PlayStation 5 el 14 de mayo.",
        base=BASE,
        now=NOW,
        language="es",
    )
    assert [(p.name, p.window.first_day().day) for p in found] == [("Sombras de Arena", 14)]


def test_a_german_genitive_article_is_no_part_of_the_name() -> None:
    found = extract_launches(
        "Der Hersteller Kaldor verschiebt den Marktstart des Kaldor X9 auf Anfang 2027.",
        base=BASE,
        now=NOW,
        language="de",
    )
    assert [p.name for p in found] == ["Kaldor X9"]
