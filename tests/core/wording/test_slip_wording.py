"""Slips in the user's language: "verschoben von Juli 2026 auf August 2026", "从2026年7月推迟到2026年8月".

The English wording is the CLI's (and its --json's): the default, unchanged. A move's notice keeps
the move's data, so whichever process wrote it, the app words it in the language it speaks.
"""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from countdown.core.model import Status
from countdown.core.news.slip import describe_move, describe_slip
from countdown.core.store import Store
from countdown.core.store.notices import Notice, record_notice
from countdown.core.wording import BOOKS, ENGLISH, wording_for
from tests.conftest import FrozenClock
from tests.core.news.test_slip import AUGUST, JULY, JULY_12, Q3


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "moved from July 2026 to August 2026"),
        ("de", "verschoben von Juli 2026 auf August 2026"),
        ("fr", "repoussé de juillet 2026 à août 2026"),
        ("es", "aplazado de julio de 2026 a agosto de 2026"),
        ("zh_CN", "从2026年7月推迟到2026年8月"),
        ("ja", "2026年7月から2026年8月に延期"),
    ],
)
def test_a_slip_is_worded_in_each_language(code: str, text: str) -> None:
    assert describe_slip(JULY, AUGUST, wording=wording_for(code)) == text


@pytest.mark.parametrize(
    ("code", "earlier", "narrowed", "status_only"),
    [
        ("de", "vorgezogen von August 2026 auf Juli 2026",
         "eingegrenzt von Q3 2026 auf 12. Juli 2026", "Status angekündigt → bestätigt"),
        ("zh_CN", "从2026年8月提前到2026年7月", "从2026年第三季度细化为2026年7月12日",
         "状态：已宣布 → 已确认"),
    ],
)  # fmt: skip
def test_earlier_narrowed_and_status_only_changes_too(
    code: str, earlier: str, narrowed: str, status_only: str
) -> None:
    book = wording_for(code)
    assert describe_slip(AUGUST, JULY, wording=book) == earlier
    assert describe_slip(Q3, JULY_12, wording=book) == narrowed
    announced, confirmed = Status.ANNOUNCED, Status.CONFIRMED
    assert describe_move(JULY, JULY, announced, confirmed, wording=book) == status_only


def test_english_stays_the_cli_wording_by_default() -> None:
    both = describe_move(JULY, AUGUST, Status.ANNOUNCED, Status.DELAYED)
    assert both == "moved from July 2026 to August 2026; status announced → delayed"
    assert describe_slip(Q3, JULY_12) == "narrowed from Q3 2026 to July 12, 2026"


def test_every_language_has_every_slip_phrase() -> None:
    keys = {k for k in ENGLISH.phrases if k.startswith(("slip_", "status_", "move_", "changes"))}
    for book in BOOKS.values():
        assert keys <= set(book.phrases), book.code


def test_a_stored_move_is_told_in_the_language_of_whoever_tells_it(
    store: Store, clock: FrozenClock
) -> None:
    notice = Notice("source-move:1:2", clock(), "Kestrel", JULY, AUGUST, Status.ANNOUNCED,
                    Status.DELAYED, "Gadget Wire")  # fmt: skip
    with store._transaction() as conn:
        record_notice(conn, notice)
    (read,) = store.untold_notices(clock())
    assert read == notice
    assert read.words() == (
        "Kestrel moved from July 2026 to August 2026; status announced → delayed",
        "— per Gadget Wire",
    )
    assert read.words(wording_for("de")) == (
        "Kestrel verschoben von Juli 2026 auf August 2026; Status angekündigt → verschoben",
        "– laut Gadget Wire",
    )
    assert read.words(wording_for("zh_CN"))[0] == (
        "Kestrel 从2026年7月推迟到2026年8月；状态：已宣布 → 已推迟"
    )


def test_a_damaged_notice_is_skipped_and_the_others_still_told(
    store: Store, clock: FrozenClock
) -> None:
    later = Notice("source-move:2:2", clock() + timedelta(minutes=1), "Osprey", JULY, AUGUST,
                   Status.ANNOUNCED, Status.ANNOUNCED, "Cal")  # fmt: skip
    with store._transaction() as conn:
        record_notice(conn, later)
        conn.execute(
            "INSERT INTO notices VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ("source-move:1:2", clock().astimezone(UTC).isoformat(), "Kestrel", "{not json",
             "{}", "announced", "sometime", "Cal"),
        )  # fmt: skip
    assert [n.key for n in store.untold_notices(clock())] == ["source-move:2:2"]
