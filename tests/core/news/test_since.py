"""Past dates are no new launches (NEWS-CONVENTIONS.md, "What is a launch": anything told in the
past tense): "on sale since June", "has been available since …" (seit, depuis, desde), "went on
sale in May", "reached orbit in November" — while a future sale "from" a date stays a launch."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from countdown.core.news.extract import NothingToTrack, extract_launches

BASE = datetime(2026, 4, 15, 9, 0)  # every month named below is still ahead of it
NOW = datetime(2026, 4, 15, 12, 0, tzinfo=UTC)

SINCE = [
    "The Nimbus Aero 6 has been on sale since June.",
    "The Nimbus Aero 6 has been available in Europe since early June.",
    "Das Tablet Falke 3 ist seit Juni erhältlich.",
    "Le téléphone Orion 5 est disponible depuis juin.",
    "El portátil Cóndor 9 está a la venta desde junio.",
    "The Aero 6 went on sale in May.",
    "The Vega 2 probe reached orbit in November.",
]


@pytest.mark.parametrize("text", SINCE)
def test_a_date_told_as_the_past_is_no_launch(text: str) -> None:
    with pytest.raises(NothingToTrack):
        extract_launches(text, base=BASE, now=NOW)


def test_the_new_launch_beside_a_since_date_is_kept() -> None:
    text = "The Aero 6 has been on sale since June, and Nimbus will launch the Aero 7 on July 3."
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert (proposal.name, proposal.window.first_day()) == ("Aero 7", date(2026, 7, 3))


def test_a_future_spanish_sale_from_a_day_is_a_launch() -> None:
    text = "El portátil Cóndor 9 estará a la venta desde el 12 de junio."
    [proposal] = extract_launches(text, base=BASE, now=NOW)
    assert proposal.window.first_day() == date(2026, 6, 12)
