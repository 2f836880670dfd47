"""Regression floor on our second, blind news check set (own_news_2.jsonl: 40 paragraphs
written for this project and labelled from NEWS-CONVENTIONS.md before any extractor run).

Nobody tunes the extractor on these paragraphs, so the count of fully right cases measures
whether the rules learnt on the public set and on own_news.jsonl generalise. Pairing and
"fully right" are those of test_own_news.py (and score_news.py): every required launch needs
its own proposal whose name contains one of `name_any` and whose window equals the expected
one or an `alt`; a negative must propose nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.core.news.test_own_news import _fully_right, _proposals

CASES_FILE = Path(__file__).with_name("own_news_2.jsonl")
CASES: list[dict[str, Any]] = [
    json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line
]
NEGATIVES = [case for case in CASES if not case["expected"]]

# Fully right cases: 16/40 when the set landed (2026-11-27 19:05 UTC, main at 8b4ad70), 21/40 at
# the end of that session (4449032); minus 2 so that a small, deliberate trade-off elsewhere does
# not fail the suite.
FULLY_RIGHT_FLOOR = 19
# Negatives that still give a proposal at that landing (an anniversary livestream next to
# past flights): tracked here, not hidden.
KNOWN_NEGATIVE_MISSES = {"qneg4"}


def test_the_check_set_has_the_planned_mix_of_languages_and_negatives() -> None:
    languages = [case["lang"] for case in CASES]
    assert len(CASES) == 40
    assert {lang: languages.count(lang) for lang in set(languages)} == {
        "en": 26, "de": 3, "fr": 3, "es": 3, "zh": 3, "ja": 2,
    }  # fmt: skip
    assert len(NEGATIVES) == 6


def test_fully_right_cases_stay_at_or_above_the_floor() -> None:
    right = [case["id"] for case in CASES if _fully_right(case)]
    wrong = sorted(case["id"] for case in CASES if case["id"] not in right)
    assert len(right) >= FULLY_RIGHT_FLOOR, f"{len(right)}/40 fully right; wrong: {wrong}"


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            case,
            id=case["id"],
            marks=[pytest.mark.xfail(reason="known false proposal when the set landed")]
            if case["id"] in KNOWN_NEGATIVE_MISSES
            else [],
        )
        for case in NEGATIVES
    ],
)
def test_a_negative_paragraph_proposes_nothing(case: dict[str, Any]) -> None:
    assert [(p.name, p.when_text) for p in _proposals(case)] == []
