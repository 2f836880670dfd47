"""Several launches in one sentence (NEWS-CONVENTIONS.md, "Several products in one paragraph:
one proposal each, including products listed as 'Name (4 février)'"): each name takes the date
in its own parentheses or its own list item."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from countdown.core.news.extract import extract_launches

BASE = datetime(2026, 11, 27, 9, 0)
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

CASES = [
    (
        "Studio Larkspur will release three games next year: Alpha Drift (March 3), "
        "Beta Harbor (April 9) and Gamma Reach (later in 2027).",
        {"Alpha Drift": date(2027, 3, 3), "Beta Harbor": date(2027, 4, 9), "Gamma Reach": None},
    ),
    (
        "Orbit Labs will launch the Vega 2 probe on March 3, 2027 and the Lyra 4 satellite "
        "on April 9, 2027.",
        {"Vega 2": date(2027, 3, 3), "Lyra 4": date(2027, 4, 9)},
    ),
    (
        "Nimbus will ship the Aero 7 in March 2027, the Aero 7 Max in May 2027 and the "
        "Aero Fold in September 2027.",
        {"Aero 7": date(2027, 3, 1), "Aero 7 Max": date(2027, 5, 1), "Aero Fold": date(2027, 9, 1)},
    ),
    (
        "Le studio Brume sortira trois jeux : Alpha Drift (3 mars), Beta Harbor (9 avril) et "
        "Gamma Reach (fin 2027).",
        {"Alpha Drift": date(2027, 3, 3), "Beta Harbor": date(2027, 4, 9),
         "Gamma Reach": date(2027, 9, 1)},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_listed_name_takes_its_own_date(text: str, expected: dict[str, date | None]) -> None:
    proposals = extract_launches(text, base=BASE, now=NOW)
    named = {_item(p.name, expected): p for p in proposals}
    assert sorted(named) == sorted(expected), "one proposal per item"
    for name, proposal in named.items():
        day = expected[name]
        assert day is None or proposal.window.first_day() == day


def _item(name: str, expected: dict[str, date | None]) -> str:
    """The listed name a proposal stands for ("Vega 2 probe" is "Vega 2"): the longest that
    starts it."""
    return max((key for key in expected if name.startswith(key)), key=len, default=name)
