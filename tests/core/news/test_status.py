"""The status stage (NEWS-CONVENTIONS.md, "Status"), one written sentence per rule: the words
that speak for a launch's date are those of its own part of the clause first, then of its
sentence, paragraph and text; slips belong to the date they moved."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from countdown.core.dates.phrases_i18n import normalize_dates
from countdown.core.model import Status
from countdown.core.news.dates import find_date_spans
from countdown.core.news.extract import Proposal, extract_launches
from countdown.core.news.status import StatusCue, combined_status, date_in_clause, status_cue

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
BASE = datetime(2026, 5, 1, 9, 0)


def extract(text: str) -> list[Proposal]:
    return extract_launches(text, base=BASE, now=NOW)


def status_of(
    date_text: str, sentence: str, name: str, text: str = "", language: str = "en"
) -> StatusCue:
    """The status of the date `date_text` of `sentence` (its own paragraph, in `text`)."""
    clause = normalize_dates(sentence, language, BASE)  # dates in English, as extract reads them
    spans = find_date_spans(clause)
    every = [s for whole in spans for s in (whole, *whole.parts)]
    span = next(s for s in every if s.text.startswith(date_text))  # "May 5" of "May 5 at noon"
    date = date_in_clause(clause, span, spans)
    return status_cue(sentence, sentence, text or sentence, name, language, date)


def test_a_slip_after_but_belongs_to_the_other_launch() -> None:
    sentence = "The Vela tablet ships this June, but the Orbix 4 has been delayed to July."
    assert status_of("this June", sentence, "Vela tablet").status is Status.ANNOUNCED
    assert status_of("July", sentence, "Orbix 4").status is Status.DELAYED


def test_a_slip_word_moves_only_the_date_it_governs() -> None:
    sentence = "With the Orbix 4 slipping to August, the busy month is now June, with the Vela tablet (June 9) first."
    assert status_of("June 9", sentence, "Vela tablet").status is Status.ANNOUNCED
    assert status_of("August", sentence, "Orbix 4").status is Status.DELAYED


def test_of_a_cancellation_and_a_delay_the_nearer_word_tells_the_date() -> None:
    sentence = "Acme is cancelling its Vela SUV and delaying the Orbix pickup until 2027."
    cue = status_of("2027", sentence, "Orbix pickup")
    assert (cue.status, cue.words) == (Status.DELAYED, "delaying")


def test_a_dateless_cancellation_referring_back_cancels_the_launch() -> None:
    sentence = "The Vela SUV had been pushed back to 2027, but it was then cancelled."
    assert status_of("2027", sentence, "Vela SUV").status is Status.CANCELLED


def test_the_cancellation_of_another_product_leaves_this_one_announced() -> None:
    sentence = "The Orbix 4 ships in 2027, but the Vela SUV was cancelled."
    assert status_of("2027", sentence, "Orbix 4").status is Status.ANNOUNCED


def test_the_maker_speaking_in_the_dates_clause_outweighs_a_hedge_elsewhere() -> None:
    sentence = (
        "The Lumo X could come early, while Acme has said it will ship the Orbix 4 in September."
    )
    [proposal] = extract(sentence)
    assert (proposal.name, proposal.status) == ("Orbix 4", Status.ANNOUNCED)


def test_a_hedge_after_the_date_qualifies_the_time_not_the_day() -> None:
    sentence = "As promised, Orbix OS 5 arrives on September 20, likely around noon."
    assert status_of("September 20", sentence, "Orbix OS 5").status is Status.ANNOUNCED
    hedged = "Orbix OS 5 will likely arrive on September 20."
    assert status_of("September 20", hedged, "Orbix OS 5").status is Status.RUMORED


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("According to its website, Acme will deliver the Orbix 4 in September.", Status.ANNOUNCED),
        ("According to the project's website, the Orbix 4 ships in September.", Status.ANNOUNCED),
        ("According to GadgetWire, Acme will deliver the Orbix 4 in September.", Status.RUMORED),
        ("Acme has not confirmed that the Orbix 4 ships in September.", Status.RUMORED),
        ("Orbix 4 in stores from September?", Status.RUMORED),
        ("Retail staff expect Acme to ship the Orbix 4 in September.", Status.RUMORED),
        ("The Orbix 4 seems to ship in September.", Status.RUMORED),
        ("The studio will now release the Orbix film in September.", Status.DELAYED),
        ("The Orbix 4 is still launching in September despite the delays.", Status.ANNOUNCED),
    ],
)  # fmt: skip
def test_who_says_it_and_how(sentence: str, status: Status) -> None:
    assert status_of("September", sentence, "Orbix 4").status is status


def test_only_the_new_date_nearest_the_old_one_moved() -> None:
    sentence = (
        "Acme pushed the Orbix 4 back until January from an earlier target of October "
        "and pledged to ship the Vela tablet to schools in November."
    )
    assert status_of("January", sentence, "Orbix 4").status is Status.DELAYED
    assert status_of("November", sentence, "Vela tablet").status is Status.ANNOUNCED


def test_a_dateless_slip_of_the_launch_elsewhere_outweighs_the_makers_words() -> None:
    text = (
        "Acme has delayed the Orbix 4 again.\n\n"
        "The Orbix 4 will be released on May 12, the company said."
    )
    [proposal] = extract(text)
    assert proposal.status is Status.DELAYED


def test_a_slip_elsewhere_that_moved_another_date_does_not_spread() -> None:
    text = (
        "The console edition of the Orbix game was delayed to August.\n\n"
        "The Orbix game launches on PC on June 9."
    )
    sentence = "The Orbix game launches on PC on June 9."
    assert status_of("June 9", sentence, "Orbix game", text).status is Status.ANNOUNCED
    moved = text.replace("June 9", "August 14")
    slipped = sentence.replace("June 9", "August 14")
    assert status_of("August 14", slipped, "Orbix game", moved).status is Status.DELAYED


def test_one_launch_told_twice_keeps_the_specific_mentions_status_unless_it_slipped() -> None:
    assert combined_status(Status.RUMORED, Status.CONFIRMED) is Status.RUMORED
    assert combined_status(Status.ANNOUNCED, Status.DELAYED) is Status.DELAYED
    assert combined_status(Status.DELAYED, Status.CANCELLED) is Status.CANCELLED
    other = combined_status(Status.ANNOUNCED, Status.DELAYED, speaks_of_it=False)
    assert other is Status.ANNOUNCED


def test_a_slip_of_another_product_sharing_the_year_is_not_this_ones() -> None:
    text = (
        "The Roadrunner has been delayed until 2027. "
        "Meanwhile, Vela Motors will deliver the Zephyr 2 in the spring of 2027."
    )
    statuses = {p.name: p.status for p in extract(text)}
    assert statuses.get("Zephyr 2") is Status.ANNOUNCED


def test_chinese_invitations_sent_outweigh_the_report_words() -> None:
    sentence = "据外媒报道，苹果已发出邀请函，发布会定于9月7日举行。"
    assert status_of("September 7", sentence, "发布会", language="zh").status is Status.CONFIRMED


def test_german_seems_is_a_hedge() -> None:
    sentence = "Der Händler scheint zu melden, dass die Konsole am 12.11.2027 erscheint."
    assert status_of("12.11.2027", sentence, "Konsole", language="de").status is Status.RUMORED


def test_not_until_is_a_slip_unless_hedged() -> None:
    sentence = "The Orbix film will not be released until April 2027, the studio says."
    assert status_of("April 2027", sentence, "Orbix film").status is Status.DELAYED
    short = "The Orbix film won’t arrive until April 2027."
    assert status_of("April 2027", short, "Orbix film").status is Status.DELAYED
    hedged = "The Orbix film may not be released until April 2027."
    assert status_of("April 2027", hedged, "Orbix film").status is Status.RUMORED


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Die Orbix 4 kommt erst im März 2027 auf den Markt, statt wie geplant im Dezember.", "de"),
        ("L'Orbix 4 ne sortira qu'en mars 2027.", "fr"),
        ("El Orbix 4 no llegará hasta marzo de 2027.", "es"),
    ],
)  # fmt: skip
def test_not_until_in_other_languages(sentence: str, language: str) -> None:
    assert status_of("March 2027", sentence, "Orbix 4", language=language).status is Status.DELAYED


def test_german_postponement_noun_is_a_slip() -> None:
    sentence = "Arkane hat bekannt gegeben, dass das Spiel nach einer Verschiebung am 14. September 2027 erscheint."
    cue = status_of("September 14, 2027", sentence, "Spiel", language="de")
    assert (cue.status, cue.words) == (Status.DELAYED, "Verschiebung")


@pytest.mark.parametrize(
    ("sentence", "language", "status"),
    [
        ("Acme has shelved the Vela SUV it meant to sell in 2028.", "en", Status.CANCELLED),
        ("Acme pulled the plug on the Vela SUV planned for 2028.", "en", Status.CANCELLED),
        ("Acme has abandoned the Vela SUV planned for 2028.", "en", Status.CANCELLED),
        ("Acme no longer plans a Vela SUV in 2028.", "en", Status.CANCELLED),
        ("Der für 2028 geplante Vela SUV wurde auf Eis gelegt.", "de", Status.CANCELLED),
        ("Acme a abandonné le Vela SUV prévu pour 2028.", "fr", Status.CANCELLED),
        ("Acme abandonó el Vela SUV previsto para 2028.", "es", Status.CANCELLED),
        ("Acme叫停了原定2028年推出的Vela SUV。", "zh", Status.CANCELLED),
        ("The Vela SUV arrives in 2028, a year later than planned.", "en", Status.DELAYED),
        ("Acme bringt den Vela SUV 2028 statt wie geplant 2027.", "de", Status.DELAYED),
        ("Le Vela SUV arrivera en 2028 au lieu de 2027.", "fr", Status.DELAYED),
        ("El Vela SUV llegará en 2028 en lugar de 2027.", "es", Status.DELAYED),
        ("Vela SUV改期至2028年。", "zh", Status.DELAYED),
        ("Vela SUVの発売は2028年にずれ込む。", "ja", Status.DELAYED),
    ],
)  # fmt: skip
def test_cancel_and_slip_words(sentence: str, language: str, status: Status) -> None:
    clause = normalize_dates(sentence, language, BASE)
    span = next(s for s in find_date_spans(clause) if "2028" in s.text)
    date = date_in_clause(clause, span, find_date_spans(clause))
    assert status_cue(sentence, sentence, sentence, "Vela SUV", language, date).status is status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Speaking to analysts, Acme's CEO said the Orbix 4 would ship in September.", Status.ANNOUNCED),
        ("Acme's CEO said the Orbix 4 ships in September, according to a transcript of the call.", Status.ANNOUNCED),
        ("Acme will open Orbix 4 orders in September, according to a company filing.", Status.ANNOUNCED),
        ("Analysts expect Acme to ship the Orbix 4 in September.", Status.RUMORED),
        ("The Orbix 4 is said to ship in September.", Status.RUMORED),
        ("People briefed on the plans say the Orbix 4 ships in September.", Status.RUMORED),
    ],
)  # fmt: skip
def test_analysts_and_sources_speak_only_as_sources(sentence: str, status: Status) -> None:
    assert status_of("September", sentence, "Orbix 4").status is status


def test_a_makers_own_reported_figures_are_no_report() -> None:
    sentence = "The Orbix 4 ships in September."
    text = sentence + " Acme reported quarterly revenue of $2 billion."
    assert status_cue(sentence, text, text, "Orbix 4", "en").status is Status.ANNOUNCED
    leaked = sentence + " GadgetWire reported the date first."
    assert status_cue(sentence, leaked, leaked, "Orbix 4", "en").status is Status.RUMORED


def test_a_slip_told_of_it_in_the_same_paragraph_is_the_launchs() -> None:
    text = "飞鸿2号火箭将于2027年3月9日首飞。该火箭原计划今年12月首飞，因故推迟。"
    sentence = "飞鸿2号火箭将于2027年3月9日首飞。"
    cue = status_of("March 9, 2027", sentence, "飞鸿2号", text, language="zh")
    assert cue.status is Status.ANNOUNCED  # its own paragraph only: text alone is not enough
    slipped = status_cue(sentence, text, text, "飞鸿2号", "zh", None)
    assert slipped.status is Status.DELAYED


def test_a_japanese_report_stays_a_report_in_its_headline() -> None:
    text = "青葉、新型カメラ「Q-7」を来春発売か\n業界紙は、青葉が「Q-7」を来春発売すると関係者の話として報じた。"
    [proposal] = extract(text)
    assert proposal.status is Status.RUMORED
