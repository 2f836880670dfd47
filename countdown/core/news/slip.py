"""How a launch's date moved: one-line descriptions of a change and totals over its history.

Pure functions over `Window` / `Revision`; the UI (slip history, Inbox), the source refresh
(what moved) and the CLI call them, each in its language (`wording`; English by default). Decisions, so every caller words a change the same way:

- **narrowed**: the new window lies inside the old one ("Q3 2026" → "July 12, 2026").
- **widened**: the old window lies inside the new one ("July 2026" → "Q3 2026").
- **moved**: otherwise, when the start moved later (a slip: "July 2026" → "August 2026").
- **pulled in**: otherwise, when the start moved earlier.
- **restated**: same span, different wording; **unchanged**: nothing differs.

A *slip* (for `slip_stats`) is a revision whose window moved later without fitting inside the
previous one: narrowing inside the old window ("Q3" → "September 12") is not a delay, nor is a
status-only revision. `total_days` adds up how many days the start moved later at each slip.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time

from countdown.core.dates.labels import localized_label
from countdown.core.model import Launch, Revision, Status, Window
from countdown.core.source import InboxItem, InboxKind
from countdown.core.wording import ENGLISH, Wording


@dataclass(frozen=True)
class SlipStats:
    """How many times a launch slipped and by how many days its start moved later in total."""

    count: int
    total_days: int


Span = tuple[datetime, datetime]


def _instant_span(window: Window) -> Span | None:
    start, end = window.start, window.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        return start, end
    return None


def _span(window: Window, other: Window) -> Span:
    """The window's bounds as datetimes: an instant stays exact unless it cannot be compared with
    the other window (aware vs naive), then both are read as whole days."""
    own, peer = _instant_span(window), _instant_span(other)
    peer_aware = peer is not None and peer[0].tzinfo is not None
    if own and (own[0].tzinfo is not None) == peer_aware:
        return own
    first = datetime.combine(window.first_day(), time.min)
    return first, datetime.combine(window.last_day(), time.max)


def _inside(inner: Span, outer: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def describe_slip(old: Window, new: Window, *, wording: Wording = ENGLISH) -> str:
    """One line saying how `old` became `new`, e.g. "moved from July 2026 to August 2026" (in
    `wording`'s language: "verschoben von Juli 2026 auf August 2026"; English for the CLI)."""
    old_span, new_span = _span(old, new), _span(new, old)
    labels = {"old": localized_label(old, wording), "new": localized_label(new, wording)}
    if old_span == new_span:
        key = "slip_unchanged" if old.label == new.label else "slip_restated"
    elif _inside(new_span, old_span):
        key = "slip_narrowed"
    elif _inside(old_span, new_span):
        key = "slip_widened"
    else:
        key = "slip_moved" if new_span[0] > old_span[0] else "slip_pulled_in"
    return wording.say(key, **labels)


def describe_move(old: Window, new: Window, old_status: Status, new_status: Status, *,
                  wording: Wording = ENGLISH) -> str:  # fmt: skip
    """A launch's change: "moved from Q2 2027 to Q3 2027", "status announced → confirmed", or
    both; "" when neither the window's bounds nor the status differ."""
    parts = []
    if (old.start, old.end, old.grain) != (new.start, new.end, new.grain):
        parts.append(describe_slip(old, new, wording=wording))
    if old_status is not new_status:
        words = {"old": status_text(old_status, wording), "new": status_text(new_status, wording)}
        parts.append(wording.say("status_change", **words))
    return wording.say("changes", a=parts[0], b=parts[1]) if len(parts) == 2 else "".join(parts)


def status_text(status: Status, wording: Wording = ENGLISH) -> str:
    """The status as a lower-case word inside a sentence: "confirmed", "bestätigt"."""
    return wording.say(f"status_{status.value}")


def inbox_change(item: InboxItem, launch: Launch | None, wording: Wording = ENGLISH) -> str:
    """What a slip or removal waiting in the Inbox does to `launch` as it is now, worded at display
    time (the stored `summary` stays English for the CLI); a launch gone meanwhile: the new label."""
    if item.kind is InboxKind.REMOVED:
        return wording.say("removed_from", source=item.source_name)
    new = item.item
    if launch is None:
        return localized_label(new.window, wording)
    change = describe_move(launch.window, new.window, launch.status, new.status, wording=wording)
    return change or describe_slip(launch.window, new.window, wording=wording)  # "unchanged (…)"


def inbox_notice(
    item: InboxItem, launch: Launch | None, wording: Wording = ENGLISH
) -> tuple[str, str]:
    """The notification for a slip waiting in the Inbox: "Kestrel: moved from …" / "— per …"."""
    change = inbox_change(item, launch, wording)
    title = wording.say("slip_title", name=item.item.name, change=change)
    return title, wording.say("slip_body", source=item.source_name)


def _slip_days(old: Window, new: Window) -> int | None:
    """Days the start moved later when `new` is a slip of `old`, else None."""
    old_span, new_span = _span(old, new), _span(new, old)
    if _inside(new_span, old_span) or new_span[0] <= old_span[0]:
        return None
    return (new.first_day() - old.first_day()).days


def slip_stats(revisions: Sequence[Revision]) -> SlipStats:
    """Count the slips in a history (oldest first; sorted by `seq` to be safe) and sum the days."""
    ordered = sorted(revisions, key=lambda revision: revision.seq)
    count = total_days = 0
    for before, after in itertools.pairwise(ordered):
        days = _slip_days(before.window, after.window)
        if days is not None:
            count += 1
            total_days += days
    return SlipStats(count=count, total_days=total_days)
