"""`source`, `refresh` and `inbox` as a real process, against a loopback feed server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli.test_cli import run
from tests.integrations.sources.conftest import FeedServer, feed_server  # noqa: F401


def ok_json(home: Path, *args: str) -> Any:
    result = run(home, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_news_feed_from_add_to_accepted_slip(home: Path, feed_server: FeedServer) -> None:  # noqa: F811
    url = feed_server.serve_fixture("gadgets", "news.rss", "application/rss+xml")
    added = ok_json(home, "source", "add", url, "--every", "6")
    assert {k: added[k] for k in ("id", "kind", "name", "every_hours", "auto", "status")} == {
        "id": 1, "kind": "rss", "name": "Gadget Wire", "every_hours": 6.0, "auto": False,
        "status": "new"}  # fmt: skip
    refreshed = ok_json(home, "refresh")
    assert refreshed["inbox"] == 1
    assert refreshed["sources"][0]["status"] == "ok"
    [item] = ok_json(home, "inbox")
    assert (item["kind"], item["name"], item["window"]["label"]) == ("new", "Kestrel tablet",
                                                                     "Q2 2027")  # fmt: skip
    assert item["source"]["name"] == "Gadget Wire" and "Q2 2027" in item["quote"]
    accepted = ok_json(home, "inbox", "accept", str(item["id"]))
    launch_id = accepted["accepted"][0]["launch"]["id"]
    [listed] = ok_json(home, "list")
    assert (listed["source_id"], listed["source_key"]) == (1, item["source"]["key"])
    feed_server.serve_fixture("gadgets", "news_slip.rss", "application/rss+xml")
    ok_json(home, "refresh")
    [slip] = ok_json(home, "inbox")
    assert (slip["kind"], slip["launch_id"]) == ("slip", launch_id)
    assert slip["summary"].startswith("moved from Q2 2027 to Q3 2027")
    assert run(home, "inbox", "accept", str(slip["id"])).returncode == 0
    history = ok_json(home, "history", str(launch_id))
    assert [h["window"]["label"] for h in history] == ["Q2 2027", "Q3 2027"]


def test_bad_ids_and_urls_exit_2_and_change_nothing(home: Path, feed_server: FeedServer) -> None:  # noqa: F811
    url = feed_server.serve_fixture("cal.ics", "launches.ics", "text/calendar")
    assert run(home, "source", "add", url, "--name", "Cal").returncode == 0
    ok_json(home, "refresh")
    items = ok_json(home, "inbox")
    assert len(items) == 2  # a calendar without --auto proposes too
    result = run(home, "inbox", "accept", str(items[0]["id"]), "99")
    assert result.returncode == 2 and "No inbox item with id 99" in result.stderr
    assert len(ok_json(home, "inbox")) == 2  # the valid id was not applied either
    assert run(home, "source", "add", "file:///etc/passwd").returncode == 2
    assert run(home, "source", "add", "https://u:p@example.org/x.ics").returncode == 2
    assert run(home, "source", "remove", "7").returncode == 2
    assert run(home, "source", "add", url, "--every", "0").returncode == 2
    assert [s["name"] for s in ok_json(home, "source", "list")] == ["Cal"]


def test_refresh_exits_0_with_a_failing_source_inside(home: Path, feed_server: FeedServer) -> None:  # noqa: F811
    assert (
        run(home, "source", "add", f"{feed_server.base}/status/500", "--kind", "ll2").returncode
        == 0
    )
    url = feed_server.serve_fixture("upcoming", "ll2_upcoming.json", "application/json")
    assert run(home, "source", "add", url, "--auto").returncode == 0
    result = run(home, "refresh")
    assert result.returncode == 0, result.stderr
    assert "HTTP 500" in result.stdout and "tracked Kite 2 | Weather Sat" in result.stdout
    sources = ok_json(home, "source", "list")
    assert [s["status"] for s in sources] == ["error", "ok"]
    assert len(ok_json(home, "list")) == 3
    removed = ok_json(home, "source", "remove", "2")
    assert removed == {"removed": 2, "name": "Launch Library 2"}
    assert len(ok_json(home, "list")) == 3  # its launches stay


def test_accept_with_a_name_tracks_the_proposal_under_it(
    home: Path,
    feed_server: FeedServer,  # noqa: F811
) -> None:
    url = feed_server.serve_fixture("gadgets", "news.rss", "application/rss+xml")
    ok_json(home, "source", "add", url)
    ok_json(home, "refresh")
    [item] = ok_json(home, "inbox")
    accepted = ok_json(home, "inbox", "accept", str(item["id"]), "--name", "  Kestrel Tab 2 ")
    assert list(accepted) == ["accepted"] and list(accepted["accepted"][0]) == ["id", "launch"]
    assert accepted["accepted"][0]["launch"]["name"] == "Kestrel Tab 2"
    assert [x["name"] for x in ok_json(home, "list")] == ["Kestrel Tab 2"]
    ok_json(home, "refresh")  # the item is remembered under its own key: not proposed again
    assert ok_json(home, "inbox") == []


def test_a_blank_or_too_long_name_is_refused_and_changes_nothing(
    home: Path,
    feed_server: FeedServer,  # noqa: F811
) -> None:
    url = feed_server.serve_fixture("cal.ics", "launches.ics", "text/calendar")
    ok_json(home, "source", "add", url)
    ok_json(home, "refresh")
    first, second = (str(x["id"]) for x in ok_json(home, "inbox"))
    refusals = {
        "is empty": [first, "--name", " \t "],
        "is longer than 100000 characters": [first, "--name", "X" * 100_001],
        "one id": [first, second, "--name", "Kite"],
    }
    for message, args in refusals.items():
        result = run(home, "inbox", "accept", *args)
        assert result.returncode == 2 and message in result.stderr, result.stderr
        assert "Traceback" not in result.stderr and result.stdout == ""
    assert len(ok_json(home, "inbox")) == 2 and ok_json(home, "list") == []
    assert "--name TEXT" in run(home, "inbox", "accept", "--help").stdout
