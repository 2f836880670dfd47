"""How a launch's date moved: one-line descriptions of a change and totals over its history.

Pure functions over `Window` / `Revision`; the UI (slip history) and the alerts (a "delayed"
notice) call them. Decisions, so every caller words a change the same way:

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

from countdown.core.model import Revision, Window


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


def describe_slip(old: Window, new: Window) -> str:
    """One line saying how `old` became `new`, e.g. "moved from July 2026 to August 2026"."""
    old_span, new_span = _span(old, new), _span(new, old)
    change = f"from {old.label} to {new.label}"
    if old_span == new_span:
        return f"unchanged ({new.label})" if old.label == new.label else f"restated {change}"
    if _inside(new_span, old_span):
        return f"narrowed {change}"
    if _inside(old_span, new_span):
        return f"widened {change}"
    if new_span[0] > old_span[0]:
        return f"moved {change}"
    return f"pulled in {change}"


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
