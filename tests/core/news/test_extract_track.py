"""News about a launch already tracked becomes an update (a slip), never a duplicate."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from countdown.core.model import Grain, Launch, Status, Window
from countdown.core.news.extract import Proposal, extract_launches
from countdown.core.news.track import (
    describe_update,
    for_tracked,
    merged_status,
    tracked_as,
    update_for,
)
from countdown.core.wording import wording_for

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)
BASE = datetime(2026, 5, 1, 9, 0)
SEPTEMBER = Window(date(2026, 9, 1), date(2026, 9, 30), Grain.MONTH, "September 2026")


def tracked(name: str = "Pixel 11 Pro", status: Status = Status.RUMORED) -> Launch:
    return Launch(name, "September", BASE, SEPTEMBER, status=status, id=7)


def proposal(text: str) -> Proposal:
    [found] = extract_launches(text, base=BASE, now=NOW)
    return found


def test_same_name_any_case_is_the_tracked_launch() -> None:
    news = proposal("The PIXEL 11 PRO has been delayed to early October, sources say.")
    launches = [tracked("Galaxy S27"), tracked()]
    assert tracked_as(news, launches) is launches[1]
    assert tracked_as(news, [tracked("Pixel 11")]) is None


def test_finished_launches_are_not_matched() -> None:
    news = proposal("The Pixel 11 Pro goes on sale in early October.")
    assert tracked_as(news, [tracked(status=Status.LAUNCHED)]) is None


def test_a_new_date_is_an_update_with_the_quote_as_source() -> None:
    news = for_tracked(proposal("Google confirmed the Pixel 11 Pro ships October 8."), tracked())
    changes = update_for(news, tracked())
    assert changes["window"].first_day() == date(2026, 10, 8)
    assert changes["when_text"] == "October 8"
    assert changes["status"] is Status.CONFIRMED
    assert changes["source"].startswith("Google confirmed")
    assert describe_update(news, tracked()) == (
        "Updates “Pixel 11 Pro”: moved from September 2026 to October 8, 2026; "
        "status rumored → confirmed."
    )
    assert describe_update(news, tracked(), wording_for("zh_CN")) == (
        "更新“Pixel 11 Pro”：从2026年9月推迟到2026年10月8日；状态：传闻 → 已确认。"
    )


def test_same_date_and_status_is_nothing_new() -> None:
    news = for_tracked(proposal("The Pixel 11 Pro launches in September, a leak says."), tracked())
    assert update_for(news, tracked()) == {}
    assert describe_update(news, tracked()).startswith("Already tracked")
    german = describe_update(news, tracked(), wording_for("de"))
    assert german == "Bereits als „Pixel 11 Pro“ mit diesem Datum erfasst."


@pytest.mark.parametrize(
    ("old", "news", "result"),
    [
        (Status.CONFIRMED, Status.RUMORED, Status.CONFIRMED),  # a rumour never downgrades
        (Status.RUMORED, Status.ANNOUNCED, Status.ANNOUNCED),
        (Status.ANNOUNCED, Status.CONFIRMED, Status.CONFIRMED),
        (Status.CONFIRMED, Status.DELAYED, Status.DELAYED),
        (Status.DELAYED, Status.RUMORED, Status.DELAYED),
        (Status.DELAYED, Status.CONFIRMED, Status.CONFIRMED),
    ],
)
def test_status_merges_towards_firmer_news(old: Status, news: Status, result: Status) -> None:
    assert merged_status(old, news) is result
