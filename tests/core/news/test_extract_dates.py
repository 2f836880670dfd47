"""Finding date phrases inside news sentences, and an article's own dateline."""

from __future__ import annotations

from datetime import datetime

import pytest

from countdown.core.news.dates import find_article_date, find_date_spans


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        ("The Steam Deck 2 is set to debut in October", ["October"]),
        ("Intel's Nova Lake desktop chips are slated for Q1 2028", ["Q1 2028"]),
        ("It ships the first Monday of September.", ["first Monday of September"]),
        ("towards the end of the second quarter", ["towards the end of the second quarter"]),
        ("slated for spring, while prices fall", ["spring"]),
        ("a fix lands mid-month", ["mid-month"]),
        ("June 5-7 and from Dec 28 to Jan 3", ["June 5-7", "from Dec 28 to Jan 3"]),
        ("between March and May 2027", ["between March and May 2027"]),
        ("The event is on March 8 at 10 a.m. PT.", ["March 8 at 10 a.m. PT"]),
        (
            "It goes on sale March 3 at 14:00 Central European time.",
            ["March 3 at 14:00 Central European time"],
        ),
        ("Doors open March 3 at 9:00 Central time.", ["March 3 at 9:00 Central time"]),
        ("SpaceX targets no earlier than late July", ["no earlier than late July"]),
        ("sales from February 5", ["February 5"]),
        ("the 2027 Mustang goes on sale later this year", ["later this year"]),
        ("launches in 3 weeks", ["in 3 weeks"]),
        ("iOS 26.2 lands December 9 with 16 GB and a 120Hz RTX 5090", ["December 9"]),
        ("Apple may launch it, and the Pixel 11 might not", []),
    ],
)
def test_date_phrases_found_whole_and_nothing_else(sentence: str, phrases: list[str]) -> None:
    assert [span.text for span in find_date_spans(sentence)] == phrases


def test_spans_point_into_the_sentence() -> None:
    sentence = "Blue Origin will launch New Glenn in Q3 2027."
    [span] = find_date_spans(sentence)
    assert sentence[span.start : span.end] == span.text == "Q3 2027"


def test_a_merged_phrase_keeps_its_parts_to_try_alone() -> None:
    [span] = find_date_spans("arrives in July and August")
    assert span.text == "July and August"
    assert [part.text for part in span.parts] == ["July", "August"]


@pytest.mark.parametrize(
    "head",
    [
        "Published March 3, 2022\n",
        "Updated Mar 3, 2022 at 10:15 a.m. ET\n",
        "2022-03-03\n",
        "March 3, 2022 — ",
        "SAN FRANCISCO, March 3, 2022 /PRNewswire/ -- ",
        "Publié le 3 mars 2022 à 08h30\n",
        "2022年3月3日 10:30\n",
        "Tuesday, March 3, 2022\n",
    ],
)
def test_datelines_give_the_articles_date_and_are_blanked(head: str) -> None:
    text = head + "Acme ships the Rocket X2 in June."
    written, rest = find_article_date(text)
    assert written == datetime(2022, 3, 3)
    assert len(rest) == len(text)
    assert "2022" not in rest and rest.endswith("Acme ships the Rocket X2 in June.")


@pytest.mark.parametrize(
    "text",
    [
        "Pixel 11 arrives August 20, 2026\nGoogle confirmed it.",
        "Acme said on March 3, 2022 that the X2 ships in June.",
        "No dates at all here.",
    ],
)
def test_a_date_in_a_sentence_is_not_a_dateline(text: str) -> None:
    assert find_article_date(text) == (None, text)
