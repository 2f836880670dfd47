"""The bounded GET against a real loopback server: limits, redirects, conditional GET."""

from __future__ import annotations

import time

import pytest

from countdown.integrations.sources.http_get import FetchError, Limits, check_url, http_get
from tests.integrations.sources.conftest import FeedServer

QUICK = Limits(timeout_s=0.5, deadline_s=1.5, max_bytes=5 * 1024 * 1024)


def test_a_feed_is_fetched_then_304_when_unchanged(feed_server: FeedServer) -> None:
    url = feed_server.serve("a", "hello", "application/rss+xml")
    first = http_get(url)
    assert (first.body, first.not_modified, first.content_type) == (
        b"hello",
        False,
        "application/rss+xml",
    )
    again = http_get(url, etag=first.etag)
    assert (again.not_modified, again.body, again.etag) == (True, b"", first.etag)
    assert feed_server.requests[-1][1]["If-None-Match"] == first.etag
    feed_server.serve("a", "changed")
    assert http_get(url, etag=first.etag).body == b"changed"


def test_server_errors_are_a_status_line(feed_server: FeedServer) -> None:
    with pytest.raises(FetchError, match="HTTP 500"):
        http_get(f"{feed_server.base}/status/500")
    with pytest.raises(FetchError, match="HTTP 404"):
        http_get(f"{feed_server.base}/feeds/missing")


def test_a_server_that_never_answers_times_out(feed_server: FeedServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"No answer within 0\.5 s"):
        http_get(f"{feed_server.base}/slow", limits=QUICK)
    assert time.monotonic() - started < 2


def test_a_dripping_server_is_cut_off_at_the_deadline(feed_server: FeedServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"longer than 1\.5 s"):
        http_get(f"{feed_server.base}/drip", limits=QUICK)
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("path", ["/huge", "/huge-declared"])
def test_bodies_over_5_mb_are_refused(feed_server: FeedServer, path: str) -> None:
    with pytest.raises(FetchError, match="larger than 5 MB"):
        http_get(f"{feed_server.base}{path}")


def test_redirects_are_followed_but_only_to_http(feed_server: FeedServer) -> None:
    feed_server.serve("moved", "here now")
    fetched = http_get(f"{feed_server.base}/redirect/moved")
    assert (fetched.body, fetched.url) == (b"here now", f"{feed_server.base}/feeds/moved")
    with pytest.raises(FetchError, match="redirected too often or to an address that is not"):
        http_get(f"{feed_server.base}/redirect-file")


def test_nothing_listens_means_cannot_reach() -> None:
    with pytest.raises(FetchError, match="Cannot reach the server"):
        http_get("http://127.0.0.1:9/feed.xml", limits=QUICK)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "Only http, https and webcal"),
        ("ftp://example.org/feed", "Only http, https and webcal"),
        ("javascript:alert(1)", "Only http, https and webcal"),
        ("https://user:secret@example.org/feed", "user name or password"),
        ("https://token@example.org/feed", "user name or password"),
        ("https:///nohost", "Only http, https and webcal"),
    ],
)
def test_urls_other_than_plain_http_are_refused(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        check_url(url)


def test_webcal_is_read_over_https() -> None:
    assert check_url("webcal://cal.example.org/launches.ics") == (
        "https://cal.example.org/launches.ics"
    )
