"""Pasted news about a launch already tracked: update it (a slip in its history), don't duplicate.

A proposal is news about a tracked launch when an active launch has the same name, ignoring
case. The update carries the new date (the store records it as a revision, so the slip shows in
the history) and the status only when the news is firmer (rumored < announced < confirmed) or
says it slipped (delayed): a rumour never downgrades a confirmed date's status. Nothing new →
no changes, and the UI shows the row as already tracked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from countdown.core.model import Launch, Status, Window
from countdown.core.news.extract import Proposal
from countdown.core.news.slip import describe_move
from countdown.core.wording import ENGLISH, Wording

_FIRMNESS = {Status.RUMORED: 0, Status.ANNOUNCED: 1, Status.CONFIRMED: 2}


def tracked_as(proposal: Proposal, launches: Sequence[Launch]) -> Launch | None:
    """The active tracked launch this proposal is news about, if any."""
    key = proposal.name.casefold().strip()
    return next(
        (x for x in launches if x.status.is_active and x.name.casefold().strip() == key), None
    )


def _same_span(a: Window, b: Window) -> bool:
    return (a.start, a.end, a.grain) == (b.start, b.end, b.grain)


def merged_status(old: Status, news: Status) -> Status:
    """The status after the news: the news' when firmer or a delay, else the tracked one."""
    if news is Status.DELAYED:
        return news
    firmer = news in _FIRMNESS and _FIRMNESS[news] > _FIRMNESS.get(old, 0)  # delayed ~ rumored
    return news if firmer else old


def for_tracked(proposal: Proposal, launch: Launch) -> Proposal:
    """The proposal as an update of `launch`: its status merged (see merged_status)."""
    return replace(proposal, status=merged_status(launch.status, proposal.status))


def update_for(proposal: Proposal, launch: Launch) -> dict[str, Any]:
    """`store.update` changes making `launch` match the proposal (pass it through for_tracked
    first); {} when nothing is new."""
    changes: dict[str, Any] = {}
    if not _same_span(proposal.window, launch.window):
        changes.update(when_text=proposal.when_text, base=proposal.base, window=proposal.window)
    if proposal.status is not launch.status:
        changes["status"] = proposal.status
    if changes:
        changes["source"] = proposal.quote
    return changes


def describe_update(proposal: Proposal, launch: Launch, wording: Wording = ENGLISH) -> str:
    """What tracking this proposal (through for_tracked) does to `launch`, in one line (English
    for the CLI; the Paste dialog passes the UI's wording)."""
    changes = update_for(proposal, launch)
    if not changes:
        return wording.say("update_none", name=launch.name)
    after = changes.get("status", launch.status)
    window = proposal.window if "window" in changes else launch.window
    change = describe_move(launch.window, window, launch.status, after, wording=wording)
    return wording.say("update", name=launch.name, change=change)
