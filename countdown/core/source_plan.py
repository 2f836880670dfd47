"""What one refresh of a source does (pure): compare its items with what the store remembers.

For each item, in the order the source lists them:
- **unchanged** (same fingerprint as last time): nothing — a proposal is never made twice.
- **about a tracked launch** (the launch this item created or was accepted into; for news also
  an active launch with the same name): when its window or status differs, an auto source's own
  launch gets a **revision**; otherwise the Inbox gets a **slip** ("moved from Q2 2027 to
  Q3 2027"). News never downgrades a firmer status (core/news/track.merged_status).
- **new**: an auto source **tracks** it, the first time it is seen; otherwise (or when the user
  already removed or dismissed it once) the Inbox gets a **new** proposal. Items that already
  launched, were cancelled or whose window has passed are not proposed.
- A **complete** listing (a calendar) that no longer holds an item tracking a launch asks
  before removing: a **removed** proposal, once.
News feeds are incomplete (an item leaves the feed when it ages out), and so is an LL2 list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from countdown.core.model import Launch
from countdown.core.news.slip import describe_move
from countdown.core.news.track import merged_status
from countdown.core.source import FeedItem, InboxItem, InboxKind, ItemState, Source, SourceKind
from countdown.core.wording import ENGLISH, Wording

REMOVED_MARK = "removed"


@dataclass
class SourcePlan:
    """The changes a refresh makes, applied by the store in a few transactions."""

    track: list[FeedItem] = field(default_factory=list)
    revise: list[tuple[Launch, FeedItem]] = field(default_factory=list)
    propose: list[InboxItem] = field(default_factory=list)
    remember: dict[str, str] = field(default_factory=dict)  # item key → fingerprint

    @property
    def changes(self) -> int:
        return len(self.track) + len(self.revise) + len(self.propose)


def describe_change(launch: Launch, item: FeedItem, *, wording: Wording = ENGLISH) -> str:
    """ "moved from Q2 2027 to Q3 2027", "status announced → confirmed", or both."""
    return describe_move(launch.window, item.window, launch.status, item.status, wording=wording)


def _by_name(launches: Sequence[Launch]) -> dict[str, Launch]:
    return {x.name.casefold().strip(): x for x in launches if x.status.is_active}


def _worth_proposing(item: FeedItem, today: date) -> bool:
    return item.status.is_active and item.window.last_day() >= today


class _Planner:
    def __init__(self, source: Source, known: Mapping[str, ItemState],
                 launches: Sequence[Launch], today: date) -> None:  # fmt: skip
        self.source, self.known, self.today = source, known, today
        self.by_id = {x.id: x for x in launches}
        self.by_name = _by_name(launches) if source.kind is SourceKind.RSS else {}
        self.plan = SourcePlan()

    def item(self, item: FeedItem) -> None:
        state = self.known.get(item.key)
        if state is not None and state.fingerprint == item.fingerprint:
            return
        own = self.by_id.get(state.launch_id) if state and state.launch_id else None
        launch = own or self.by_name.get(item.name.casefold().strip())
        if launch is not None:
            self.tracked(item, launch, own=own is not None)
        elif self.source.auto and state is None and _worth_proposing(item, self.today):
            self.plan.track.append(item)
        else:
            if _worth_proposing(item, self.today):
                summary = f"new: {item.name}, {item.window.label}"
                self.plan.propose.append(self.proposal(InboxKind.NEW, item, summary, None))
            self.plan.remember[item.key] = item.fingerprint

    def tracked(self, item: FeedItem, launch: Launch, *, own: bool) -> None:
        if self.source.kind is SourceKind.RSS:
            item = replace(item, status=merged_status(launch.status, item.status))
        change = describe_change(launch, item)
        if change and own and self.source.auto:
            self.plan.revise.append((launch, item))
            return
        if change:
            self.plan.propose.append(self.proposal(InboxKind.SLIP, item, change, launch.id))
        self.plan.remember[item.key] = item.fingerprint

    def removed(self, present: set[str]) -> None:
        for key, state in self.known.items():
            launch = self.by_id.get(state.launch_id) if state.launch_id else None
            if key in present or launch is None or state.fingerprint == REMOVED_MARK:
                continue
            gone = FeedItem(key=key, name=launch.name, when_text=launch.when_text,
                            window=launch.window, status=launch.status, base=launch.base,
                            quote=f"No longer in “{self.source.name}”.")  # fmt: skip
            summary = f"removed from {self.source.name}"
            self.plan.propose.append(self.proposal(InboxKind.REMOVED, gone, summary, launch.id))
            self.plan.remember[key] = REMOVED_MARK

    def proposal(self, kind: InboxKind, item: FeedItem, summary: str,
                 launch_id: int | None) -> InboxItem:  # fmt: skip
        return InboxItem(kind=kind, item=item, summary=summary, source_id=self.source.id,
                         launch_id=launch_id, source_name=self.source.name)  # fmt: skip


def plan_refresh(source: Source, items: Sequence[FeedItem], known: Mapping[str, ItemState],
                 launches: Sequence[Launch], *, today: date) -> SourcePlan:  # fmt: skip
    """The plan for `items` just read from `source` (see the module docstring)."""
    planner = _Planner(source, known, launches, today)
    seen: set[str] = set()
    for item in items:
        if item.key not in seen:  # a feed listing an item twice: the first wins
            seen.add(item.key)
            planner.item(item)
    if source.kind is SourceKind.ICS:
        planner.removed(seen)
    return planner.plan
