"""Paste to track: news paragraphs in, proposed launches (name, window, status, quote) out.

Every paragraph here is written for these tests; the expected windows follow
docs/dates.md (early/mid/late of a month = days 1-10 / 11-20 / 21-end, etc.).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countdown.core.dates.phrases_i18n import word_list
from countdown.core.model import Grain, Status
from countdown.core.news.extract import NothingToTrack, Proposal, extract_launches

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
MAY_2026 = datetime(2026, 5, 1, 9, 0)


def extract(text: str, base: datetime | None = MAY_2026) -> list[Proposal]:
    return extract_launches(text, base=base, now=NOW)


def span(proposal: Proposal) -> tuple[date, date]:
    return proposal.window.first_day(), proposal.window.last_day()


def test_smartphone_on_sale_wins_over_the_unveiling_in_the_same_sentence() -> None:
    text = (
        "Google's Pixel 11 Pro goes on sale in early October after a September unveiling, "
        "according to a report from 9to5Google."
    )
    [proposal] = extract(text)
    assert proposal.name == "Pixel 11 Pro"
    assert proposal.when_text == "early October"
    assert span(proposal) == (date(2026, 10, 1), date(2026, 10, 10))
    assert proposal.window.grain is Grain.DAY
    assert proposal.status is Status.RUMORED
    assert proposal.quote == text
    assert proposal.base == MAY_2026


def test_article_dateline_is_the_base_so_this_year_means_the_articles_year() -> None:
    text = (
        "Published March 3, 2022\n"
        "Sony announced today that the Xperia 1 IV arrives in June this year. "
        "It will cost $1,599."
    )
    [proposal] = extract(text, base=MAY_2026)
    assert proposal.base == datetime(2022, 3, 3)
    assert proposal.name == "Xperia 1 IV"
    assert span(proposal) == (date(2022, 6, 1), date(2022, 6, 30))
    assert proposal.status is Status.ANNOUNCED


@pytest.mark.parametrize(
    "dateline",
    [
        "2022-04-15",
        "April 15, 2022 —",
        "SAN FRANCISCO, April 15, 2022 /PRNewswire/ --",
        "By Jane Doe · April 15, 2022 at 9:00 a.m. ET",
    ],
)
def test_datelines_in_their_usual_shapes(dateline: str) -> None:
    text = f"{dateline}\nThe Acme Rocket X2 will lift off later this year, the company said."
    [proposal] = extract(text)
    assert proposal.base == datetime(2022, 4, 15)
    assert span(proposal) == (date(2022, 4, 15), date(2022, 12, 31))


def test_a_headline_with_a_date_is_a_launch_not_a_dateline() -> None:
    text = "Pixel 11 arrives August 20, 2026\nGoogle confirmed the date on Tuesday."
    [proposal] = extract(text)
    assert proposal.base == MAY_2026
    assert span(proposal) == (date(2026, 8, 20), date(2026, 8, 20))


def test_without_base_or_dateline_now_is_the_base() -> None:
    [proposal] = extract("The Steam Deck 2 ships next month, Valve said.", base=None)
    assert proposal.base.date() == NOW.astimezone().date()
    assert span(proposal) == (date(2026, 12, 1), date(2026, 12, 31))


def test_several_rocket_launches_in_one_text_give_one_proposal_each() -> None:
    text = (
        "SpaceX plans to launch Starship Flight 12 no earlier than late July, the company said. "
        "Blue Origin will launch New Glenn in Q3; NASA confirmed Artemis III for mid-2027."
    )
    proposals = extract(text)
    assert [p.name for p in proposals] == ["Starship Flight 12", "New Glenn", "Artemis III"]
    assert [span(p) for p in proposals] == [
        (date(2026, 7, 21), date(2026, 7, 31)),
        (date(2026, 7, 1), date(2026, 9, 30)),
        (date(2027, 5, 1), date(2027, 8, 31)),
    ]
    assert proposals[0].status is Status.ANNOUNCED
    assert proposals[2].status is Status.CONFIRMED


def test_game_console_named_by_a_possessive_phrase() -> None:
    text = (
        "Nintendo's next console goes on sale in early September after an August unveiling, "
        "people familiar with the matter said."
    )
    [proposal] = extract(text)
    assert proposal.name == "Nintendo's next console"
    assert span(proposal) == (date(2026, 9, 1), date(2026, 9, 10))
    assert proposal.status is Status.RUMORED


def test_software_releases_with_versions_are_not_dates() -> None:
    text = (
        "GNOME 50 is due March 18, 2027, while GNOME 51 follows in September 2027. "
        "Ubuntu 26.10 will be released on October 15."
    )
    proposals = extract(text)
    assert [(p.name, span(p)) for p in proposals] == [
        ("GNOME 50", (date(2027, 3, 18), date(2027, 3, 18))),
        ("GNOME 51", (date(2027, 9, 1), date(2027, 9, 30))),
        ("Ubuntu 26.10", (date(2026, 10, 15), date(2026, 10, 15))),
    ]


def test_titles_with_of_and_colon_people_are_sources_and_and_that_splits() -> None:
    text = (
        "Nintendo president Shuntaro Furukawa told investors that The Legend of Zelda: Echoes "
        "of Time will launch on March 26, 2027, and that a new Mario Kart expansion is planned "
        "for spring."
    )
    proposals = extract(text)
    assert [(p.name, p.when_text) for p in proposals] == [
        ("Legend of Zelda: Echoes of Time", "March 26, 2027"),
        ("Mario Kart expansion", "spring"),
    ]
    assert span(proposals[1]) == (date(2026, 3, 1), date(2026, 5, 31))  # base May 1: this spring


def test_a_list_under_a_launch_heading() -> None:
    text = (
        "Upcoming release dates:\n"
        "- Pixel 11: August 20\n"
        "- Galaxy S27 – February 6\n"
        "• Switch 3 (early September)\n"
        "Other news: prices rose in March.\n"
        "- Vision Pro 3: June\n"
    )
    proposals = extract(text)
    assert [(p.name, p.when_text) for p in proposals] == [
        ("Pixel 11", "August 20"),
        ("Galaxy S27", "February 6"),
        ("Switch 3", "early September"),
    ]


def test_slash_names_and_product_nouns() -> None:
    text = (
        "Xiaomi will unveil its Xiaomi/Leica flagship in late February. "
        "The Sony/Honda EV hits shelves in the second half of 2027."
    )
    proposals = extract(text)
    assert [p.name for p in proposals] == ["Xiaomi/Leica flagship", "Sony/Honda EV"]
    assert span(proposals[1]) == (date(2027, 7, 1), date(2027, 12, 31))


def test_a_pronoun_takes_the_name_from_the_sentence_before() -> None:
    text = "Sony has confirmed the PlayStation 6 at last. It goes on sale November 12."
    [proposal] = extract(text)
    assert proposal.name == "PlayStation 6"
    assert proposal.quote == "It goes on sale November 12."
    assert proposal.status is Status.CONFIRMED  # the paragraph's wording: the sentence is silent


def test_a_silent_sentence_takes_its_paragraphs_wording_not_another_paragraphs() -> None:
    text = (
        "Google's Pixel 11 Pro goes on sale in early October, according to a report.\n\n"
        "The GNOME project announced its schedule. GNOME 50 is due March 18, 2027."
    )
    pixel, gnome = extract(text)
    assert (pixel.status, gnome.status) == (Status.RUMORED, Status.ANNOUNCED)


def test_same_product_twice_keeps_the_narrower_date() -> None:
    text = (
        "Apple will launch the iPhone 18 in September, Bloomberg reports. "
        "It goes on sale September 19."
    )
    [proposal] = extract(text)
    assert proposal.name == "iPhone 18"
    assert span(proposal) == (date(2026, 9, 19), date(2026, 9, 19))
    assert proposal.status is Status.RUMORED


def test_launches_already_past_at_the_base_are_history_not_proposals() -> None:
    text = "Last year's Pixel 10 launched in August 2025, and the Pixel 11 arrives in August."
    [proposal] = extract(text)
    assert proposal.name == "Pixel 11"
    assert span(proposal) == (date(2026, 8, 1), date(2026, 8, 31))


def test_a_launch_time_with_a_zone_is_an_aware_instant() -> None:
    text = "NASA said Artemis III is scheduled to lift off on March 8, 2027 at 10 a.m. ET."
    [proposal] = extract(text)
    assert proposal.window.is_instant
    assert proposal.window.start == datetime.fromisoformat("2027-03-08T10:00:00-05:00")


def test_sentences_keep_abbreviated_months_and_times_whole() -> None:
    text = "The Galaxy Z Fold 8 ships Sept. 12 at 9 a.m. PT in the U.S. and Canada. Nice."
    [proposal] = extract(text)
    assert proposal.name == "Galaxy Z Fold 8"
    assert proposal.quote.startswith("The Galaxy Z Fold 8 ships Sept. 12 at 9 a.m. PT")


def test_availability_comes_first_and_pre_orders_and_the_event_are_launches_of_their_own() -> None:
    """NEWS-CONVENTIONS: a reveal and a later on-sale day are two launches; pre-orders count."""
    text = (
        "Apple said the iPhone 18 Pro will be available for pre-order beginning Friday, "
        "September 11, with availability beginning Friday, September 18."
    )
    sale, pre_order = extract(text)
    assert span(sale) == (date(2026, 9, 18), date(2026, 9, 18))
    assert (pre_order.name, span(pre_order)) == ("iPhone 18 Pro", (date(2026, 9, 11),) * 2)
    sales, event = extract("Galaxy S27 leak: Unpacked on January 21, sales from February 5.")
    assert (sales.name, sales.when_text) == ("Galaxy S27", "February 5")
    assert (event.name, event.when_text) == ("Galaxy S27", "January 21")


def test_a_reveal_and_a_later_sale_in_one_sentence_are_two_launches_of_one_product() -> None:
    for text in (
        "Acme will unveil the Orbit 3 on January 17 and ship the phone on January 31.",
        "The Orbit 3 will be revealed on January 17 and released on January 31.",
    ):
        assert sorted((p.name, p.window.first_day()) for p in extract(text)) == [
            ("Orbit 3", date(2027, 1, 17)),
            ("Orbit 3", date(2027, 1, 31)),
        ]


def test_an_old_date_beside_the_new_one_is_no_second_launch() -> None:
    text = "The Orbit 3 was originally due on January 17 but will now ship on January 31."
    assert [p.window.first_day() for p in extract(text)] == [date(2027, 1, 31)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The new MacBook Air with M6 chip could arrive in early 2027.", "MacBook Air"),
        (
            "EA said the next Battlefield game would release in fall 2026 on PC, PlayStation 5 "
            "and Xbox.",
            "Battlefield game",
        ),
        (
            "Rocket Lab is targeting December 3 for its Neutron rocket's maiden flight.",
            "Neutron rocket",
        ),
        (
            "Microsoft's next Xbox is slated for 2027, according to Windows Central.",
            "Microsoft's next Xbox",
        ),
        ("The Linux 7.2 kernel is expected around the week of March 9.", "Linux 7.2 kernel"),
    ],
)
def test_name_is_the_product_not_a_part_platform_or_source(sentence: str, name: str) -> None:
    [proposal] = extract(sentence)
    assert proposal.name == name


def test_wrapped_lines_are_joined_and_urls_ignored() -> None:
    text = (
        "Pixel 11 Pro: what we know\n"
        "The Pixel 11 Pro is expected to go on sale in early October after an unveiling in\n"
        "September, according to https://9to5google.com/2026/05/01/pixel-11-launch/ which\n"
        "cites people familiar with the plans.\n"
    )
    proposal, unveiling = extract(text)  # a reveal and a later sale are two launches
    assert (proposal.name, proposal.when_text) == ("Pixel 11 Pro", "early October")
    assert (unveiling.name, unveiling.when_text) == ("Pixel 11 Pro", "September")
    assert proposal.quote == (
        "The Pixel 11 Pro is expected to go on sale in early October after an unveiling in "
        "September, according to which cites people familiar with the plans."
    )


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Leakers say the Pixel 12 launches in August.", Status.RUMORED),
        ("The Pixel 12 reportedly launches in August.", Status.RUMORED),
        ("Google may launch the Pixel 12 in August.", Status.RUMORED),
        ("Google announced the Pixel 12 launches in August.", Status.ANNOUNCED),
        ("In a press release, Google said the Pixel 12 launches in August.", Status.ANNOUNCED),
        ("Google confirmed the Pixel 12 launches in August.", Status.CONFIRMED),
        ("The Pixel 12 officially launches in August.", Status.CONFIRMED),
        ("The Pixel 12 has been delayed to August.", Status.DELAYED),
        ("A report says Google confirmed the Pixel 12 for August.", Status.RUMORED),
        ("The Pixel 12 launches in August.", Status.ANNOUNCED),  # a plain statement of the date
        (
            "Valve confirmed Half-Life 3 is coming in March, ending years of speculation.",
            Status.CONFIRMED,
        ),
        ("Rockstar confirmed GTA VI has been delayed to November 19.", Status.DELAYED),
    ],
)
def test_status_from_the_wording(sentence: str, status: Status) -> None:
    [proposal] = extract(sentence)
    assert proposal.status is status


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n ",
        "The weather was nice and nobody launched anything.",
        "The Galaxy S27 Ultra has a 200 MP camera and ships with 16 GB of memory.",
        "Release date to be confirmed; the RTX 5090 successor is coming soon.",
    ],
)
def test_no_launch_raises_a_clear_error(text: str) -> None:
    with pytest.raises(NothingToTrack, match="names a product and when it launches"):
        extract(text)


def test_to_launch_keeps_the_quote_as_source_and_the_base() -> None:
    [proposal] = extract("Valve's Steam Frame ships in early 2027, according to Valve.")
    launch = proposal.to_launch(NOW)
    assert (launch.name, launch.when_text, launch.window) == (
        proposal.name,
        proposal.when_text,
        proposal.window,
    )
    assert launch.source == proposal.quote
    assert launch.base == MAY_2026
    assert launch.status is proposal.status
    assert launch.id is None


_WORDS = word_list(
    "the Pixel 11 Pro launches ships in on early late mid Q3 Q5 H2 2026 2027 20 31 February 30 "
    "29 September Sept. , . ; and while 7月 下旬 31日 13月 2027年 第五季度 fin juillet début 32 "
    "mars le sortira 发售 上市 today tomorrow next week by the end of year from to - at 10 a.m. "
    "PT 25:00 UTC 2026-02-30 2026-13-01 Published April"
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from([" ", "\n", ""]))
def test_any_jumble_of_date_and_launch_words_proposes_or_says_nothing(
    words: list[str], separator: str
) -> None:
    try:
        proposals = extract(separator.join(words))
    except NothingToTrack:
        return
    assert all(p.name and p.when_text and p.quote for p in proposals)


def test_a_run_on_paste_without_sentence_ends_quotes_pieces_not_the_whole_text() -> None:
    text = "Apple will launch the iPhone 18 in September, " * 60 + "and GNOME 50 ships in March"
    proposals = extract(text)
    assert [p.name for p in proposals] == ["iPhone 18", "GNOME 50"]
    assert all(len(p.quote) <= 1000 for p in proposals)
