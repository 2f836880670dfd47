"""Subscriptions (DESIGN §2): Source, the records a source publishes (FeedItem) and InboxItem.

A **Source** is a feed the app refreshes: a news feed (RSS/Atom), a calendar feed (.ics) or a
Launch Library 2 query. Every record it publishes is read at the boundary (integrations/) into a
**FeedItem**: one launch, already a valid name + window + status, keyed by the source's own id
for it (feed guid + name, VEVENT UID, LL2 id). What a refresh does with an item that is new or
changed is decided in core/source_plan.py; what needs the user's yes waits as an **InboxItem**
("new" launch, "slip" of a tracked one, or "removed" from its calendar). All types are frozen
and JSON-able; shapes are the CLI's stable `--json` output.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from countdown.core.model import Launch, Status, Window
from countdown.core.news.proposal import Evidence
from countdown.core.news.quote_evidence import evidence_from_json, evidence_to_json

DEFAULT_EVERY_HOURS = 3.0


class SourceKind(enum.StrEnum):
    RSS = "rss"  # any news feed feedparser reads: RSS 0.9x/1.0/2.0, Atom
    ICS = "ics"  # a published calendar (http(s) or webcal)
    LL2 = "ll2"  # a Launch Library 2 launch list (JSON with `results`)

    @property
    def label(self) -> str:
        return {"rss": "news feed", "ics": "calendar", "ll2": "Launch Library 2"}[self.value]


class InboxKind(enum.StrEnum):
    NEW = "new"  # a launch not tracked yet
    SLIP = "slip"  # a tracked launch's date or status changed
    REMOVED = "removed"  # a tracked launch's event disappeared from its calendar


class InboxState(enum.StrEnum):
    WAITING = "waiting"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class Source:
    """A subscription. `status` is "new" until the first refresh, then ok / unchanged / error."""

    url: str
    kind: SourceKind
    name: str
    every_hours: float = DEFAULT_EVERY_HOURS
    auto: bool = False
    id: int | None = None
    last_fetched: datetime | None = None  # UTC, aware: the last answer from the server
    last_attempt: datetime | None = None
    etag: str = ""
    last_modified: str = ""
    status: str = "new"
    error: str = ""
    failures: int = 0  # errors in a row: the scheduler backs off

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "kind": self.kind.value,
            "name": self.name,
            "every_hours": self.every_hours,
            "auto": self.auto,
            "last_fetched": self.last_fetched.isoformat() if self.last_fetched else None,
            "status": self.status,
            "error": self.error,
        }


@dataclass(frozen=True)
class ItemState:
    """What the store remembers of one item of a source: its last fingerprint, its launch."""

    fingerprint: str
    launch_id: int | None


@dataclass(frozen=True)
class FeedItem:
    """One launch as a source publishes it, validated: what a refresh compares and proposes."""

    key: str
    name: str
    when_text: str
    window: Window
    status: Status
    base: datetime  # naive: when the source wrote it (the base of relative dates)
    quote: str = ""  # the words the date came from (news) or a one-line summary
    link: str = ""  # http(s) link to the item, or ""
    evidence: Evidence = field(default_factory=Evidence)  # name/date/status words in `quote`

    @property
    def fingerprint(self) -> str:
        """Changes exactly when what we would track changes: name, window, status."""
        import hashlib  # here: OpenSSL (~3.5 MiB) stays out of an app that never fetches

        state = [self.name, self.window.to_dict(), self.status.value]
        return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()[:16]

    def to_launch(self, source: Source) -> Launch:
        return Launch(
            name=self.name,
            when_text=self.when_text,
            base=self.base,
            window=self.window,
            status=self.status,
            source=self.link or self.quote,
            notes=f"From {source.kind.label} “{source.name}”.",
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "when_text": self.when_text,
            "window": self.window.to_dict(),
            "status": self.status.value,
            "base": self.base.isoformat(),
            "quote": self.quote,
            "link": self.link,
            "evidence": evidence_to_json(self.evidence),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FeedItem:
        quote = str(data.get("quote") or "")
        return cls(
            key=str(data["key"]),
            name=str(data["name"]),
            when_text=str(data["when_text"]),
            window=Window.from_dict(data["window"]),
            status=Status(data["status"]),
            base=datetime.fromisoformat(data["base"]),
            quote=quote,
            link=str(data.get("link") or ""),
            evidence=evidence_from_json(data.get("evidence"), quote),
        )


@dataclass(frozen=True)
class InboxItem:
    """A proposal waiting for the user: track a new launch, apply a slip, or remove a launch."""

    kind: InboxKind
    item: FeedItem
    summary: str  # one line: "new: Kestrel, Q2 2027" / "moved from Q2 2027 to Q3 2027"
    source_id: int | None
    launch_id: int | None = None  # the tracked launch a slip/removal is about
    state: InboxState = InboxState.WAITING
    id: int | None = None
    created: datetime | None = None
    source_name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "name": self.item.name,
            "window": self.item.window.to_dict(),
            "status": self.item.status.value,
            "quote": self.item.quote,
            "evidence": evidence_to_json(self.item.evidence),
            "link": self.item.link,
            "summary": self.summary,
            "source": {"id": self.source_id, "name": self.source_name, "key": self.item.key},
            "launch_id": self.launch_id,
            "state": self.state.value,
            "created": self.created.isoformat() if self.created else None,
        }
