"""Product names in pasted news: never a maker, person, place, outlet or platform; carried
over from the sentence before when the date sentence does not name the product; a maker's
unnamed product named after its makers. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from countdown.core.news.dates import find_date_spans
from countdown.core.news.extract import NothingToTrack, extract_launches
from countdown.core.news.kinds import Kind, kind_of
from countdown.core.news.names_cjk import pick_name_cjk
from countdown.core.news.roles import Role, role_of

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 2, 1, 9, 0)


def names(text: str) -> list[str]:
    return [p.name for p in extract_launches(text, base=BASE, now=NOW)]


@pytest.mark.parametrize(
    ("name", "before", "after", "kind"),
    [
        ("Halcyon Games", "", " has pushed", Kind.MAKER),
        ("Tarn Aerospace Science", "announced the ", " and Technology Corporation", Kind.MAKER),
        ("NASA", "", " has set", Kind.MAKER),
        ("North America", "ships May 3 in ", " (May 6 elsewhere)", Kind.PLACE),
        ("Japón", "en ", "", Kind.PLACE),
        ("Daily Ledger", "the ", " reports", Kind.OUTLET),
        ("Quillon", "according to ", ", the", Kind.OUTLET),
        ("PlayStation 5", "on April 9 for ", " and PC", Kind.PLATFORM),
        ("PlayStation 5", "", " ships on April 9", Kind.PRODUCT),
        # A platform in a list, in the other languages: "für PC und …", "sur PC et …", "PC y …".
        ("PlayStation 5", "soll im Mai für PC und ", " erscheinen", Kind.PLATFORM),
        ("Xbox Series X", "sortira en mai sur PC et ", ".", Kind.PLATFORM),
        ("Switch", "llegará en mayo a PC y ", ".", Kind.PLATFORM),
        ("Dana Whitlock", "said its producer ", ".", Kind.PERSON),
        ("Ember Tide", "", " launches in March", Kind.PRODUCT),
    ],
)  # fmt: skip
def test_each_name_gets_its_kind(name: str, before: str, after: str, kind: Kind) -> None:
    assert kind_of(name, before, after) is kind


def test_a_studio_with_an_organisation_suffix_is_not_the_game() -> None:
    assert names("Halcyon Games has delayed Ember Tide to March 14.") == ["Ember Tide"]


def test_a_person_who_speaks_is_not_the_rocket_the_rocket_named_before_is() -> None:
    text = (
        "Dana Whitlock says the Vireo 2 rocket is nearly ready. "
        "“We hope to launch in April,” Whitlock said."
    )
    assert names(text) == ["Vireo 2 rocket"]


def test_an_agency_setting_a_date_gives_it_to_the_mission_named_before() -> None:
    text = (
        "Engineers finished testing the Kestrel Orbiter last week. "
        "NASA has now set August 4 for the first launch attempt."
    )
    assert names(text) == ["Kestrel Orbiter"]


def test_the_film_takes_the_title_named_in_the_sentence_before() -> None:
    text = (
        "Tidewater revealed its thriller “Glass Harbor” in January. "
        "Meridian Pictures will now release the film on October 9."
    )
    assert names(text) == ["Glass Harbor"]


def test_a_quotation_is_no_title_but_a_quoted_title_is() -> None:
    text = "Meridian calls it “a very different kind of film” and “Glass Harbor” opens May 2."
    assert names(text) == ["Glass Harbor"]


def test_an_outlet_is_never_the_name() -> None:
    assert names("According to Quillon, the Lumo Pad 3 ships in May.") == ["Lumo Pad 3"]


def test_a_platform_after_for_is_not_the_game() -> None:
    text = "Moonwake will launch on April 9 for PlayStation 5 and Xbox Series X."
    assert names(text) == ["Moonwake"]


def test_a_region_in_parentheses_is_no_launch_of_its_own() -> None:
    text = "Crestfall 2 was set for May 3 in North America (May 6 elsewhere) but now ships June 14."
    assert names(text) == ["Crestfall 2"]


def test_a_product_listed_after_the_maker_as_a_number_is_named_by_it() -> None:
    text = "Orrin teased new phones. Orrin says the 7 series will debut at 10 a.m. ET on March 9."
    assert names(text) == ["7 series"]


def test_an_unnamed_joint_product_is_named_after_both_makers() -> None:
    text = (
        "Norvik and Halden announced a strategic partnership on Tuesday. The first imaging "
        "flagship jointly developed by the two companies will be launched in July this year."
    )
    assert names(text) == ["Norvik × Halden flagship"]


def test_a_makers_plural_products_are_no_single_launch() -> None:
    text = (
        "Northwind said the Tessel 5 ships on June 21. Northwind plans more devices in September."
    )
    assert names(text) == ["Tessel 5"]


def test_a_sentence_that_starts_with_an_adverb_takes_the_game_named_before() -> None:
    text = (
        "Gloamreach Odyssey has been delayed. Originally scheduled for May 3, Tarn Games and "
        "Pell Studios have pushed the release to June 14."
    )
    assert names(text) == ["Gloamreach Odyssey"]


def test_chinese_outlet_in_title_marks_is_a_source_the_makers_event_is_the_name() -> None:
    sentence = "据《晨光日报》报道，华为新品发布会定于9月12日举行。"
    name = pick_name_cjk(sentence, sentence.find("举行"))
    assert name is not None and "华为" in name and "发布会" in name


def test_a_company_descriptor_after_a_chinese_brand_is_dropped() -> None:
    sentence = "按照惯例，小米这家公司将于9月推出产品。"
    assert pick_name_cjk(sentence, sentence.find("推出")) == "小米"


def test_a_model_code_that_looks_like_a_half_year_is_a_name_before_a_rocket_noun() -> None:
    sentence = "新型H2ロケット2号機の発射を7日に行う。"
    assert pick_name_cjk(sentence, sentence.find("発射")) == "H2"


def test_a_plan_told_as_previous_is_not_proposed_beside_the_revised_one() -> None:
    text = (
        "The Corvid 4 mission will launch on July 14. Previously, the agency said that the "
        "mission would launch on July 11; the launch window remains open until July 20."
    )
    found = extract_launches(text, base=BASE, now=NOW)
    assert [(p.name, p.window.first_day().day) for p in found] == [("Corvid 4 mission", 14)]


def test_time_zone_abbreviations_are_no_names() -> None:
    text = "The Corvid 4 mission lifts off on July 14. Liftoff: July 14 at 2:35 pm IST."
    assert {p.name for p in extract_launches(text, base=BASE, now=NOW)} == {"Corvid 4 mission"}


def test_german_common_nouns_are_no_names_and_an_apposition_introduces_one() -> None:
    text = (
        "Das düstere Rollenspiel Nachtwald erscheint wie zuletzt geplant am 3. März 2027? "
        "Der Entwickler Kobaltwerk hat bekannt gegeben, dass der Titel erst am "
        "9. Oktober 2027 auf den Markt kommt."
    )
    found = extract_launches(text, base=BASE, now=NOW, language="de")
    assert [(p.name, p.window.first_day().month) for p in found] == [("Nachtwald", 10)]


def test_a_shop_that_mails_its_customers_is_not_the_console() -> None:
    text = (
        "Die Lumo Box 2 ist ausverkauft. Laut einer Email von Amazon wird die Konsole "
        "bereits am 12.03.2027 ausgeliefert."
    )
    found = extract_launches(text, base=BASE, now=NOW, language="de")
    assert [p.name for p in found] == ["Lumo Box 2"]


def test_a_title_case_headline_of_headline_words_names_nothing() -> None:
    text = (
        "Tablet Launch Dates For March Confirmed\n"
        "The Lumo Pad 3 goes on sale on March 9. Meanwhile the Orrin Slate ships on March 20."
    )
    assert names(text) == ["Lumo Pad 3", "Orrin Slate"]


def test_the_device_in_a_makers_clause_is_the_product_named_before() -> None:
    text = (
        "The Lumo Visor 2 is now official. Later this month, Orrin is expected to show its "
        "own headset. Lumo wants to move first with the device that ships in the third "
        "quarter of 2026."
    )
    found = extract_launches(text, base=BASE, now=NOW)
    assert ("Lumo Visor 2", "third quarter of 2026") in [(p.name, p.when_text) for p in found]


def test_more_games_told_after_named_ones_are_no_launch_of_those() -> None:
    text = "Ember Tide, Glass Harbor and many other games announced for 2026 arrive late."
    with pytest.raises(NothingToTrack):
        extract_launches(text, base=BASE, now=NOW)


def test_a_time_without_a_day_belongs_to_the_launch_just_told() -> None:
    text = (
        "Orrin will launch the Orrin Slate 4 on March 9. The Lisbon event will kick off at "
        "4pm, with smaller events in Porto and Faro."
    )
    found = extract_launches(text, base=BASE, now=NOW)
    assert [(p.name, p.window.start) for p in found] == [
        ("Orrin Slate 4", datetime(2026, 3, 9, 16, 0))
    ]


@pytest.mark.parametrize(
    ("clause", "role"),
    [
        ("After the initial Lumo Pad announcement in January, fans waited", Role.PAST),
        ("Shipping of new phones usually begins by the end of the week", Role.OTHER),
        ("The fair opened on Sunday and runs until March 28", Role.OTHER),
        ("We won't be able to start deliveries of the Vela this spring", Role.OLD),
        ("The Vela won't be available until October", Role.NEW),
        ("Acme pushed it out to 2027 before this latest delay", Role.OLD),
    ],
)  # fmt: skip
def test_reveals_told_as_initial_habits_and_ends_are_no_launch_dates(
    clause: str, role: Role
) -> None:
    assert [role_of(span, clause) for span in find_date_spans(clause)][-1] is role


def test_every_name_listed_after_a_role_word_is_a_person() -> None:
    before = "The thriller stars Rami Vole, Lea Lindqvist and "
    assert kind_of("Ana de Vale", before, " and opens in April.") is Kind.PERSON
    assert kind_of("Wii U", "obtained by Tabloid, Nintendo's ", " consoles") is Kind.PRODUCT


def test_headline_verbs_after_a_product_are_cut_from_its_name() -> None:
    text = "Lumo Pad 3 Launch Pushed Back to March 9"
    assert names(text) == ["Lumo Pad 3"]


def test_a_numeric_day_is_no_time_of_the_launch_just_told() -> None:
    text = (
        "Die Lumo Box 2 ist ausverkauft. Der Händler Orrin meldet, dass die Konsole schon am "
        "12.03.2027 ausgeliefert wird."
    )
    found = extract_launches(text, base=BASE, now=NOW, language="de")
    assert [(p.name, p.window.first_day().day) for p in found] == [("Lumo Box 2", 12)]


def test_an_unnamed_model_keeps_its_compound_adjective_and_its_maker() -> None:
    text = (
        "Halden Motors said the Vela sedan ships in May. "
        "An entry-level model is scheduled to launch in 2027."
    )
    assert "Halden Motors entry-level model" in names(text)
