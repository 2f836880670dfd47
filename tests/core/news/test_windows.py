"""Launch windows from whole paragraphs: ranges, times carried across mentions, restated days,
old and statement dates, duplicates. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from countdown.core.model import Grain, Status
from countdown.core.news.dates import find_date_spans
from countdown.core.news.extract import extract_launches
from countdown.core.news.proposal import Proposal

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 5, 1, 9, 0)


def only(text: str, language: str | None = None) -> Proposal:
    [proposal] = extract_launches(text, base=BASE, now=NOW, language=language)
    return proposal


def days(proposal: Proposal) -> tuple[date, date, Grain]:
    window = proposal.window
    return window.first_day(), window.last_day(), window.grain


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le lancement de la fusée Vireo 2 aura lieu entre le 3 juin et le 9 juillet.", "fr"),
        ("El cohete Vireo 2 despegará entre el 3 de junio y el 9 de julio.", "es"),
        ("Die Rakete Vireo 2 startet zwischen dem 3. Juni und dem 9. Juli.", "de"),
        ("The Vireo 2 rocket will lift off between June 3 and July 9.", None),
    ],
)
def test_a_range_between_two_days_is_one_day_window_in_every_language(
    text: str, language: str | None
) -> None:
    assert days(only(text, language)) == (date(2026, 6, 3), date(2026, 7, 9), Grain.DAY)


def test_a_range_within_one_month_written_day_to_day_is_one_window() -> None:
    text = "Le salon Orbis Expo ouvrira ses portes du 12 au 14 juin, annonce son organisateur."
    assert days(only(text, "fr")) == (date(2026, 6, 12), date(2026, 6, 14), Grain.DAY)


def test_a_day_and_its_zoned_time_a_few_words_apart_are_one_instant() -> None:
    text = (
        "Tessaly will hold its launch event on 18 June in Berlin, 15:00 CEST (21:00 Beijing time)."
    )
    proposal = only(text)
    assert proposal.window.start == datetime(
        2026, 6, 18, 15, 0, tzinfo=timezone(timedelta(hours=2))
    )
    assert proposal.window.grain is Grain.MINUTE


def test_at_the_same_time_takes_the_time_told_before_and_a_scrubbed_slot_is_old() -> None:
    text = (
        "Corvid Space was counting down to the first Corvid R2 launch at 6:30 a.m. EDT on "
        "Tuesday (May 5), but high winds forced a one-day delay. "
        "The Corvid R2 launch is now set for Wednesday (May 6) at the same time."
    )
    proposal = only(text)
    assert proposal.window.start == datetime(
        2026, 5, 6, 6, 30, tzinfo=timezone(timedelta(hours=-4))
    )
    assert proposal.name == "Corvid R2"


def test_a_restated_day_in_parentheses_gives_the_exact_day() -> None:
    text = "Shops expect the Lumio Tab 3 to go on sale next week (05/08), says a retail source."
    assert days(only(text)) == (date(2026, 5, 8), date(2026, 5, 8), Grain.DAY)


def test_a_statement_day_restated_with_its_date_is_still_no_launch() -> None:
    spans = find_date_spans("Orbis wrote in a post today (May 1) that it ships June 2.")
    assert [span.text for span in spans] == ["today", "June 2"]
    text = "Orbis wrote in a post today (May 1) that the Orbis Dial ships on June 2."
    assert days(only(text))[0] == date(2026, 6, 2)


def test_a_chinese_date_with_a_beijing_clock_time_is_an_instant() -> None:
    text = (
        "星辰公司宣布，新款星辰X手机发布会定于当地时间6月9日上午10点(北京时间6月9日晚上10点)举行。"
    )
    proposal = only(text)
    beijing = timezone(timedelta(hours=8))
    assert proposal.window.start == datetime(2026, 6, 9, 22, 0, tzinfo=beijing)
    assert proposal.window.grain is Grain.HOUR


def test_a_cancelled_event_keeps_the_days_it_was_scheduled_for() -> None:
    text = (
        "Orbis has cancelled its Orbis Summit 2026, which was scheduled for June 10 - June 12, "
        "over safety concerns."
    )
    proposal = only(text)
    assert days(proposal) == (date(2026, 6, 10), date(2026, 6, 12), Grain.DAY)
    assert proposal.status is Status.CANCELLED


def test_to_a_month_from_another_month_proposes_the_month_after_to() -> None:
    text = "Halcyon Films pushed the release of its thriller “Night Ferry” to October from August."
    proposal = only(text)
    assert days(proposal)[:2] == (date(2026, 10, 1), date(2026, 10, 31))
    assert proposal.status is Status.DELAYED


def test_a_bare_weekday_after_a_past_tense_verb_is_the_statement_day() -> None:
    text = (
        "Halcyon Films reshuffled its calendar Thursday. Its thriller “Night Ferry” opens June 5."
    )
    assert days(only(text))[0] == date(2026, 6, 5)


def test_a_weekday_date_that_only_fits_years_away_is_history() -> None:
    # May 3 is a Sunday in 2026; "Tuesday, May 3" first fits in 2027, the text told 2022's.
    text = (
        "The Orbis Dial was shown at the fair on Tuesday, May 3, 2022. "
        "Doors opened on Wednesday, May 4. The Orbis Dial 2 ships in September."
    )
    proposal = only(text)
    assert (proposal.name, days(proposal)[0]) == ("Orbis Dial 2", date(2026, 9, 1))


def test_the_coverage_of_a_launch_is_not_the_launch() -> None:
    text = (
        "The Corvid R2 launch is scheduled for May 9 at 9:41 a.m. ET. "
        "A partner will be livestreaming the launch again on May 10, starting at 8 a.m."
    )
    assert only(text).window.start == datetime(
        2026, 5, 9, 9, 41, tzinfo=timezone(timedelta(hours=-4))
    )


def test_the_next_launch_opportunity_is_the_new_slot() -> None:
    text = (
        "Corvid Space scrubbed today's Corvid R2 attempt. "
        "Our next launch opportunity is May 8 at 4:10 p.m. EDT."
    )
    assert only(text).window.start == datetime(
        2026, 5, 8, 16, 10, tzinfo=timezone(timedelta(hours=-4))
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Das Spiel Moorland erscheint nicht wie zuletzt geplant am 4. Juni, sondern "
            "erst am 20. August.",
            "de",
        ),
        ("Le jeu Moorland, initialement prévu le 4 juin, sortira le 20 août.", "fr"),
        ("El juego Moorland saldrá el 20 de agosto en lugar del 4 de junio.", "es"),
    ],
)
def test_an_old_date_told_in_another_language_is_not_proposed(text: str, language: str) -> None:
    assert days(only(text, language))[0] == date(2026, 8, 20)


def test_a_regional_date_in_parentheses_shares_the_role_of_the_date_before_it() -> None:
    text = (
        "The Moorland game now ships on July 7. It was originally due on June 2 in Europe "
        "(June 4 in Japan)."
    )
    found = extract_launches(text, base=BASE, now=NOW)
    assert [p.window.first_day() for p in found] == [date(2026, 7, 7)]


def test_the_last_day_of_a_fair_and_a_habit_are_no_launches() -> None:
    text = (
        "The Orbis Dial 2 launches at a fair that runs until June 6. "
        "By the end of the week, makers usually start shipping their new phones. "
        "Its successor, the Orbis Dial 3, goes on sale in October."
    )
    found = extract_launches(text, base=BASE, now=NOW)
    assert [(p.name, p.window.first_day()) for p in found] == [("Orbis Dial 3", date(2026, 10, 1))]


def test_a_date_referred_back_to_is_not_a_launch_of_its_own() -> None:
    text = (
        "Halcyon moved the release of “Night Ferry” from May 8 to August 7. "
        "That May 8 release date is now held by the comedy “Brightwater”."
    )
    assert [p.name for p in extract_launches(text, base=BASE, now=NOW)] == ["Night Ferry"]


def test_a_month_just_past_told_after_an_event_is_history() -> None:
    text = "After the reveal in March, Tessaly says the Tessaly Rover ships in September."
    assert days(only(text))[:2] == (date(2026, 9, 1), date(2026, 9, 30))


def test_a_maker_that_speaks_and_its_product_on_the_same_day_are_one_launch() -> None:
    text = (
        "Corvid Space wrote in a statement that launch day is June 20. "
        "The Corvid R2 will lift off on June 20 at 9 a.m. ET."
    )
    proposal = only(text)
    assert proposal.name == "Corvid R2"
    assert proposal.window.start == datetime(
        2026, 6, 20, 9, 0, tzinfo=timezone(timedelta(hours=-4))
    )


def test_a_slot_given_up_or_an_earlier_target_is_not_proposed() -> None:
    text = (
        "Tessaly has pushed the Tessaly Rover back until October from an earlier target for "
        "the first half of 2026. “We won't be able to start delivering the Tessaly Rover this "
        "summer,” its chief said."
    )
    proposal = only(text)
    assert days(proposal)[:2] == (date(2026, 10, 1), date(2026, 10, 31))
    assert proposal.status is Status.DELAYED


def test_a_date_set_before_the_latest_delay_is_old() -> None:
    text = (
        "Orbis delays the Orbis Dial until 2027. The company had pushed it out to December "
        "before this latest delay."
    )
    assert days(only(text))[:2] == (date(2027, 1, 1), date(2027, 12, 31))


def test_japanese_bare_days_the_statement_day_and_a_past_slot() -> None:
    # Written on May 1: "Orbis said on the 1st that it will launch the Kite 3 rocket on the
    # 9th; it had been planned for the 6th."
    text = (
        "オービス社は1日、新型ロケットKite-3の打ち上げを延期して9日に行うと発表した。"
        "当初は6日に打ち上げる予定だった。"
    )
    proposal = only(text, "ja")
    assert days(proposal) == (date(2026, 5, 9), date(2026, 5, 9), Grain.DAY)


def test_a_trade_show_opening_and_a_heading_over_several_launches_are_no_launches() -> None:
    text = (
        "Phone launch dates for June\n"
        "The Orbis Expo opens on June 2 in Lisbon. The Orbis Dial 2 goes on sale on June 9."
    )
    found = extract_launches(text, base=BASE, now=NOW)
    assert [(p.name, p.window.first_day()) for p in found] == [("Orbis Dial 2", date(2026, 6, 9))]


def test_a_time_told_alone_takes_the_day_of_its_launch_named_differently() -> None:
    text = (
        "Orbis confirmed the Orbis Dial 5 June launch. Orbis said that the next handset in "
        "the Orbis Dial range will launch on June 2. The Lisbon launch of the Dial 5 will kick "
        "off at 4pm."
    )
    proposal = only(text)
    assert proposal.window.start == datetime(2026, 6, 2, 16, 0)


def test_a_date_chained_to_an_old_plan_is_old_too() -> None:
    text = (
        "The film “Night Ferry” will not be released until March 2027. "
        "It had been initially set for a premiere on June 3, before a wider rollout in August."
    )
    assert days(only(text))[:2] == (date(2027, 3, 1), date(2027, 3, 31))


def test_a_slip_told_in_the_past_is_superseded_by_the_later_slip() -> None:
    text = (
        "The Corvid R2 launch has been delayed again. It was originally scheduled for May 10 "
        "but that date was changed to May 14. Corvid Space has now set May 20 for the Corvid R2 "
        "launch."
    )
    proposal = only(text)
    assert days(proposal)[0] == date(2026, 5, 20)
    assert proposal.status is Status.DELAYED


def test_a_zone_named_once_applies_to_the_same_clock_time_told_with_its_day() -> None:
    text = (
        "The Kestrel-5 crew is cleared for flight. Liftoff is set for 8:45 p.m. on Friday, "
        "May 8. The agency's coverage of the 8:45 p.m. ET launch starts at 8 p.m."
    )
    proposal = only(text)
    assert proposal.window.start == datetime(
        2026, 5, 8, 20, 45, tzinfo=timezone(timedelta(hours=-4))
    )


def test_the_planned_slot_of_a_scrubbed_launch_is_not_proposed() -> None:
    text = (
        "Corvid Space called off the Corvid R2 launch minutes before the planned 5:10 p.m. "
        "EDT liftoff. The company now targets May 7 at 5:02 p.m. EDT for the Corvid R2."
    )
    proposal = only(text)
    assert proposal.window.start == datetime(
        2026, 5, 7, 17, 2, tzinfo=timezone(timedelta(hours=-4))
    )


def test_the_nth_takes_its_month_from_the_clause_before() -> None:
    text = (
        "Halcyon will release the Tallow 3 app in August. "
        "The Tallow 3 app ships on the 18th, the company said."
    )
    assert days(only(text))[0] == date(2026, 8, 18)


def test_two_names_written_side_by_side_are_one_product() -> None:
    text = (
        "The Orbis Dial 7 (Halo Band) goes on sale in late June. "
        "The Halo Band ships on June 24 in Europe."
    )
    proposal = only(text)
    assert days(proposal)[0] == date(2026, 6, 24)
