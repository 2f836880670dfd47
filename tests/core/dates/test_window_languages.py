"""Extra languages must not change how language-neutral codes read ("H2" is not French "hour 2")."""

from __future__ import annotations

from datetime import datetime

import pytest

from countdown.core.dates.window import parse_window

BASE = datetime(2026, 11, 25, 12, 0)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("H2 2027", "H2 2027"),
        ("2H 2027", "H2 2027"),
        ("Q3 2027", "Q3 2027"),
        ("1H 2027", "H1 2027"),
    ],
)
def test_period_codes_survive_translation(text: str, label: str) -> None:
    assert parse_window(text, base=BASE, languages=("en", "fr", "zh")).label == label


def test_french_month_still_translated() -> None:
    window = parse_window("le 5 juillet 2027", base=BASE, languages=("en", "fr"))
    assert window.label == "July 5, 2027"
