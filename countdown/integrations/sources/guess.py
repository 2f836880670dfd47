"""What kind of source an answer is, and a name for it, when the user did not say.

Sniffed from the body first (a calendar starts with BEGIN:VCALENDAR, a Launch Library 2 list is
JSON with `results`, a news feed is XML with <rss>, <feed> or <rdf:RDF>), then from the
Content-Type, then — when the server could not be reached — from the URL (webcal: or .ics →
calendar, a path with /launch/ → Launch Library 2). The name: the feed's or calendar's own title,
else the host name.
"""

from __future__ import annotations

import io
import json
import re
from urllib.parse import urlsplit

import feedparser

from countdown.core.source import SourceKind
from countdown.integrations.sources.http_get import Fetched
from countdown.integrations.sources.text import clean_line

_XML_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_CALNAME = re.compile(rb"^X-WR-CALNAME[^:]*:(.+)$", re.MULTILINE)


def _head(body: bytes) -> bytes:
    return body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")


def kind_from_answer(fetched: Fetched) -> SourceKind | None:
    head = _head(fetched.body)
    if head.upper().startswith(b"BEGIN:VCALENDAR"):
        return SourceKind.ICS
    if head.startswith(b"{"):
        try:
            data = json.loads(fetched.body)
        except ValueError:
            return None
        return SourceKind.LL2 if isinstance(data, dict) and "results" in data else None
    if head.startswith(b"<") and _XML_FEED.search(head):
        return SourceKind.RSS
    kind = fetched.content_type.split(";")[0].strip().lower()
    return {"text/calendar": SourceKind.ICS, "application/rss+xml": SourceKind.RSS,
            "application/atom+xml": SourceKind.RSS}.get(kind)  # fmt: skip


def kind_from_url(url: str) -> SourceKind | None:
    parts = urlsplit(url)
    if parts.scheme.lower().startswith("webcal") or parts.path.lower().endswith(".ics"):
        return SourceKind.ICS
    if "/launch/" in parts.path.lower():
        return SourceKind.LL2
    return None


def name_from_answer(fetched: Fetched, kind: SourceKind) -> str:
    """The source's own title, or "" when it has none."""
    if kind is SourceKind.LL2:
        return "Launch Library 2"
    if kind is SourceKind.ICS:
        found = _CALNAME.search(fetched.body[:65536])
        return clean_line(found.group(1).decode("utf-8", "replace"), 100) if found else ""
    parsed = feedparser.parse(io.BytesIO(fetched.body))
    return clean_line(str(parsed.feed.get("title") or ""), 100)


def name_from_url(url: str) -> str:
    return urlsplit(url).hostname or url
