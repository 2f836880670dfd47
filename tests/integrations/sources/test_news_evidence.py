"""A news feed's items carry the words that gave their name, date and status, as offsets into
each item's one-line quote (the Inbox highlights them). The feed is written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from countdown.integrations.sources.news import read_news

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Gadget Wire</title>
<item><title>Skylark Labs update</title><guid>g1</guid>
<pubDate>Mon, 16 Nov 2026 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Skylark Labs held a call on Monday. The company said   the
&lt;b&gt;Wren 3&lt;/b&gt; handheld will go on sale in March 2027, a spokesperson
confirmed.&lt;/p&gt;</description></item>
</channel></rss>"""


def test_feed_items_point_at_their_words_in_the_quote() -> None:
    [item], problems = read_news(FEED, now=datetime(2026, 11, 20, tzinfo=UTC))
    assert problems == []
    said = [
        None if span is None else item.quote[span.start : span.end]
        for span in (item.evidence.name, item.evidence.when, item.evidence.status)
    ]
    assert said == ["Wren 3 handheld", "March 2027", "confirmed"]
    assert item.evidence.quote is None  # the whole quote is the quote
