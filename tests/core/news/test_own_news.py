"""Regression floor on our own news check set (own_news.jsonl, paragraphs written for this
project and labelled from NEWS-CONVENTIONS.md before any extractor run).

The helpers tuning the extractor never see these paragraphs, so the count of fully right
cases is an honest measure of whether their rules generalise. Pairing follows
score_news.py: a proposal matches an expected launch when its name contains one of
`name_any` (case-insensitive) and its window equals the expected one or an `alt`;
every required launch needs its own matching proposal.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from countdown.core.news.extract import NothingToTrack, Proposal, extract_launches

CASES_FILE = Path(__file__).with_name("own_news.jsonl")
CASES: list[dict[str, Any]] = [
    json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line
]
NEGATIVES = [case for case in CASES if not case["expected"]]
NOW = datetime(2027, 6, 1, 12, 0, tzinfo=UTC)  # never used: every case has its base

# Fully right cases measured at the last landing (2026-11-27 20:00 UTC, names, date roles and
# unnamed products in every language: 36/36, every case clean). A change that loses a case
# must say why and lower this on purpose.
FULLY_RIGHT_FLOOR = 36


def _proposals(case: dict[str, Any]) -> list[Proposal]:
    base = datetime.combine(date.fromisoformat(case["base"]), datetime.min.time())
    try:
        return extract_launches(case["text"], base=base, now=NOW)
    except NothingToTrack:
        return []


def _bound_equal(expected: str, got: str) -> bool:
    """score_news.py's comparison: days by their date, instants as moments (naive ≠ aware)."""
    if "T" not in expected:
        return "T" not in got and expected[:10] == got[:10]
    if "T" not in got:
        return False
    want, have = datetime.fromisoformat(expected), datetime.fromisoformat(got)
    return (want.tzinfo is None) == (have.tzinfo is None) and want == have


def _matches(expected: dict[str, Any], proposal: Proposal) -> bool:
    name = proposal.name.casefold().replace("\u2019", "'")
    if not any(part.casefold() in name for part in expected["name_any"]):
        return False
    got = proposal.window.to_dict()
    windows = [expected, *expected.get("alt", [])]
    return any(
        got["grain"] == want["grain"]
        and _bound_equal(want["start"], got["start"])
        and _bound_equal(want["end"], got["end"])
        for want in windows
    )


def _all_paired(required: list[dict[str, Any]], proposals: list[Proposal]) -> bool:
    """Whether each required launch gets its own name + window matching proposal."""
    if not required:
        return True
    first, rest = required[0], required[1:]
    return any(
        _matches(first, proposal) and _all_paired(rest, proposals[:i] + proposals[i + 1 :])
        for i, proposal in enumerate(proposals)
    )


def _fully_right(case: dict[str, Any]) -> bool:
    proposals = _proposals(case)
    required = [item for item in case["expected"] if not item.get("optional")]
    return _all_paired(required, proposals) if required else not proposals


def test_the_check_set_has_the_planned_mix_of_languages_and_negatives() -> None:
    languages = [case["lang"] for case in CASES]
    assert len(CASES) == 36
    assert {lang: languages.count(lang) for lang in set(languages)} == {
        "en": 26, "de": 2, "fr": 2, "es": 2, "zh": 2, "ja": 2,
    }  # fmt: skip
    assert len(NEGATIVES) == 5


def test_fully_right_cases_stay_at_or_above_the_floor() -> None:
    right = [case["id"] for case in CASES if _fully_right(case)]
    wrong = sorted(case["id"] for case in CASES if case["id"] not in right)
    assert len(right) >= FULLY_RIGHT_FLOOR, f"{len(right)}/36 fully right; wrong: {wrong}"


@pytest.mark.parametrize("case", [pytest.param(case, id=case["id"]) for case in NEGATIVES])
def test_a_negative_paragraph_proposes_nothing(case: dict[str, Any]) -> None:
    proposals = _proposals(case)
    assert [(p.name, p.when_text) for p in proposals] == []
