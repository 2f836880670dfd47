"""Problems as data (core/problem.py): every language words every problem with the same values,
and the English wording is what the command line printed before."""

from __future__ import annotations

import pickle
import re
from datetime import datetime

import pytest

from countdown.core.dates.window import UnparseableDate, parse_window
from countdown.core.problem import Problem, field_name
from countdown.core.wording import BOOKS, ENGLISH
from countdown.core.wording.problems import PROBLEMS

VALUES = {"text": "Q9", "month": 6, "m": 13, "day": 31, "days": 30, "y": 2027, "n": 3,
          "code": "Q5", "zone": "Mars/Base", "value": "'x'", "start": "2027-01-02",
          "end": "2027-01-01", "year": 12026, "first": 1000, "last": 2126, "grain": "day", "a": "A.", "b": "B.", "field": "f", "problem": "p"}  # fmt: skip


@pytest.mark.parametrize("code", sorted(BOOKS))
def test_every_language_words_every_problem_with_the_same_placeholders(code: str) -> None:
    book = BOOKS[code]
    for key, english in PROBLEMS["en"].items():
        worded = Problem(key, VALUES).worded(book)
        assert worded and "{" not in worded, (code, key)
        wanted = set(re.findall(r"{(\w+)}", str(english)))
        assert set(re.findall(r"{(\w+)}", str(PROBLEMS[code][key]))) == wanted, (code, key)
    assert field_name("window.tz", book) != "window.tz"


def test_english_is_what_the_command_line_prints() -> None:
    with pytest.raises(UnparseableDate) as caught:
        parse_window("February 30, 2027", base=datetime(2026, 11, 27))
    assert str(caught.value) == (
        'February 30 is not a date: February has 28 days in 2027. Try a month ("July 2027"), '
        'a quarter ("Q3 2026"), a day ("July 5") or "early next year".'
    )
    assert caught.value.worded(ENGLISH) == str(caught.value)
    assert str(pickle.loads(pickle.dumps(caught.value))) == str(caught.value)  # feed reader
    assert caught.value.worded(BOOKS["de"]).startswith("30. Februar ist kein Datum")
