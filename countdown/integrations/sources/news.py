"""News feeds (RSS 0.9x/1.0/2.0, Atom) → FeedItems, through feedparser and the paste extractor.

Each entry's title and summary/content (HTML stripped to text) are read as one short article
whose date (published, else updated) is the base of relative phrases ("this July"), exactly as
if the user had pasted it. One entry may propose several launches; each is keyed by the entry's
id (else its link, else its title) plus the launch's name. Entries without a launch are skipped
silently (most news is not about a launch); broken entries are skipped with a message.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

import feedparser

from countdown.core.news.extract import NothingToTrack, extract_launches
from countdown.core.news.proposal import Proposal
from countdown.core.news.quote_evidence import in_quote
from countdown.core.source import FeedItem
from countdown.integrations.sources.http_get import FetchError, check_url
from countdown.integrations.sources.text import clean_line, html_to_text

MAX_ENTRIES = 500
MAX_ARTICLE_CHARS = 20_000


class NotAFeed(ValueError):
    """The body is not a news feed feedparser can read."""


def safe_link(value: object) -> str:
    """An http(s) link without credentials, or ""."""
    if not isinstance(value, str) or len(value) > 2000:
        return ""
    try:
        return check_url(value) if value.lower().startswith(("http:", "https:")) else ""
    except FetchError:
        return ""


def _published(entry: Any, fallback: datetime) -> datetime:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return datetime(*stamp[:6]) if stamp else fallback
    except (TypeError, ValueError):
        return fallback


def _article(entry: Any) -> str:
    title = clean_line(str(entry.get("title") or ""), 500)
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else entry.get("summary", "")
    body = html_to_text(str(html or ""))[:MAX_ARTICLE_CHARS]
    if title and not title.endswith((".", "!", "?", "。")):
        title += "."
    return f"{title}\n{body}".strip()


def _entry_items(entry: Any, now: datetime) -> list[FeedItem]:
    base = _published(entry, now.astimezone().replace(tzinfo=None, microsecond=0))
    article = _article(entry)
    try:
        proposals = extract_launches(article, base=base, now=now)
    except NothingToTrack:
        return []
    guid = clean_line(str(entry.get("id") or entry.get("link") or entry.get("title") or ""), 500)
    link = safe_link(entry.get("link"))
    return [_feed_item(article, p, f"{guid}#{p.name.casefold()}", link) for p in proposals]


def _feed_item(article: str, proposal: Proposal, key: str, link: str) -> FeedItem:
    """One proposal of an entry, with its evidence moved into its one-line quote."""
    quote = clean_line(proposal.quote, 600)
    return FeedItem(
        key=key,
        name=clean_line(proposal.name, 200),
        when_text=proposal.when_text,
        window=proposal.window,
        status=proposal.status,
        base=proposal.base,
        quote=quote,
        link=link,
        evidence=in_quote(article, proposal, quote),
    )


def read_news(body: bytes, *, now: datetime) -> tuple[list[FeedItem], list[str]]:
    """The launches a news feed proposes, and a message per entry that could not be read."""
    # A stream, never bytes or str: feedparser would open a str/bytes that names a local file.
    parsed = feedparser.parse(io.BytesIO(body), resolve_relative_uris=False, sanitize_html=True)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        raise NotAFeed(f"not a news feed ({parsed.get('bozo_exception') or 'no entries'})")
    items: list[FeedItem] = []
    problems: list[str] = []
    for number, entry in enumerate(parsed.entries[:MAX_ENTRIES], 1):
        try:
            items += _entry_items(entry, now)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
            problems.append(f"entry {number} skipped: {error}")
    return items, problems
