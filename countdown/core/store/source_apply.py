"""Applying a refresh plan and the user's inbox decisions to the store.

The launches an auto source tracks are one transaction (each launch, its revision 1 and the
item's link together: one commit, one fsync, for a whole feed), so an interrupted refresh never
leaves a launch without its source link (which would be added twice). Each passes the store's
launch check (core/validate) first.
A revision goes through `Store.update` (the slip history and slip alerts follow), then the item's
memory and the move's notice (what the app tells the user, store/notices.py) are written; if the
process stops in between, the next refresh re-applies the same change, which `update` records as
no new revision (so the notice keeps its key). Proposals and their memory share a transaction.
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from countdown.core.model import Launch, Revision
from countdown.core.source import FeedItem, InboxItem, InboxKind, InboxState, Source, SourceKind
from countdown.core.store.ledger import StoreError
from countdown.core.store.notices import Notice, record_notice
from countdown.core.store.sources import SourcesMixin
from countdown.core.validate import InvalidLaunch, check_launch

if TYPE_CHECKING:
    from countdown.core.source_plan import SourcePlan


@dataclass(frozen=True)
class Moved:
    """A tracked launch an auto source changed: what the app announces."""

    launch: Launch  # after the change
    change: str  # "moved from Q2 2027 to Q3 2027" (English: the CLI's)
    source_name: str
    before: Launch

    def notice(self, at: datetime) -> Notice:
        """What the app tells, once: keyed by the revision, so a re-applied change is one."""
        seq = self.launch.revisions[-1].seq if self.launch.revisions else 0
        return Notice(f"source-move:{self.launch.id}:{seq}", at, self.launch.name,
                      self.before.window, self.launch.window, self.before.status,
                      self.launch.status, self.source_name)  # fmt: skip


def revision_changes(item: FeedItem) -> dict[str, Any]:
    """`Store.update` changes that make a launch say what the item says."""
    return {"when_text": item.when_text, "base": item.base, "window": item.window,
            "status": item.status, "source": item.link or item.quote}  # fmt: skip


def _renamed(launch: Launch, name: str) -> Launch:
    """`launch` under the name the user typed or picked, which passes the launch check."""
    renamed = launch.with_changes(name=name)
    try:
        check_launch(renamed)
    except InvalidLaunch as error:
        raise StoreError(f"The name {error.problem}.") from error
    return renamed


class SourceApplyMixin(SourcesMixin):
    """Refresh plans and inbox decisions; mixed into Store."""

    if TYPE_CHECKING:

        def _insert(self, launch: Launch, revisions: tuple[Revision, ...]) -> Launch: ...
        def update(self, launch_id: int, **changes: Any) -> Launch: ...
        def remove(self, launch_id: int) -> Launch: ...
        def _transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...
        def _now(self) -> datetime: ...

    def apply_plan(self, source: Source, plan: SourcePlan) -> tuple[list[Launch], list[Moved]]:
        """Apply a refresh plan of `source`; returns the launches added and the ones moved."""
        # Here, not at the top: the plan reads news wording (the date grammar), which must stay
        # off the store's import, i.e. off the app's path to its first tray paint.
        from countdown.core.source_plan import describe_change

        added = self._track(source, plan.track)
        moved = []
        for launch, item in plan.revise:
            change = describe_change(launch, item)
            after = self.update(launch.id or 0, **revision_changes(item))
            moved.append(Moved(after, change, source.name, launch))
        with self._transaction() as conn:
            for move in moved:
                record_notice(conn, move.notice(self._now()))
            for launch, item in plan.revise:
                self._remember(conn, source.id, item.key, item.fingerprint, launch.id)
            for proposal in plan.propose:
                self._propose(conn, proposal)
            for key, fingerprint in plan.remember.items():
                self._remember(conn, source.id, key, fingerprint)
        return added, moved

    def _track(self, source: Source, items: list[FeedItem]) -> list[Launch]:
        if not items:
            return []
        now = self._now()
        launches = [item.to_launch(source).with_changes(created=now, updated=now) for item in items]
        for launch in launches:
            check_launch(launch)  # InvalidLaunch: nothing of this feed is tracked
        saved = []
        with self._transaction() as conn:
            for item, launch in zip(items, launches, strict=True):
                saved.append(self._insert(launch, ()))
                self._remember(conn, source.id, item.key, item.fingerprint, saved[-1].id)
        return saved

    def accept_inbox(self, item_id: int, name: str | None = None) -> Launch:
        """Do what the proposal says: track the launch, apply the slip, or remove the launch.
        A new launch is tracked under `name` when given (the user fixed a wrong one)."""
        proposal = self.get_inbox_item(item_id)
        if proposal.state is not InboxState.WAITING:
            raise StoreError(f"Inbox item {item_id} was already {proposal.state.value}.")
        if proposal.kind is InboxKind.NEW:
            return self._accept_new(proposal, name)
        launch_id = proposal.launch_id
        if launch_id is None:
            raise StoreError(f"Inbox item {item_id} no longer has its launch.")
        if proposal.kind is InboxKind.SLIP:
            launch = self.update(launch_id, **revision_changes(proposal.item))
        else:
            launch = self.remove(launch_id)
        with self._transaction() as conn:
            self._decide(conn, item_id, InboxState.ACCEPTED)
        return launch

    def _accept_new(self, proposal: InboxItem, name: str | None = None) -> Launch:
        item, now = proposal.item, self._now()
        launch = item.to_launch(self._source_of(proposal)).with_changes(created=now, updated=now)
        if name is not None and name.strip() != item.name:
            launch = _renamed(launch, name.strip())
        with self._transaction() as conn:
            saved = self._insert(launch, ())
            # The item's own fingerprint: the same item is not proposed again under its old name.
            self._remember(conn, proposal.source_id, item.key, item.fingerprint, saved.id)
            self._decide(conn, proposal.id or 0, InboxState.ACCEPTED)
            return saved

    def _source_of(self, proposal: InboxItem) -> Source:
        if proposal.source_id is not None:
            return self.get_source(proposal.source_id)
        return Source(url="", kind=SourceKind.RSS, name="a removed source")

    def dismiss_inbox(self, item_id: int) -> InboxItem:
        proposal = self.get_inbox_item(item_id)
        if proposal.state is not InboxState.WAITING:
            raise StoreError(f"Inbox item {item_id} was already {proposal.state.value}.")
        with self._transaction() as conn:
            self._decide(conn, item_id, InboxState.DISMISSED)
        return self.get_inbox_item(item_id)
