"""How the command line shows windows, launches and slip histories, as text or stable JSON.

The JSON shapes are documented in the README; they are the model's `to_dict()` forms plus a
`countdown` string (the wording the tray would show at the moment of the call).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from countdown.cli.terminal import json_text
from countdown.core.countdown import describe, span_text
from countdown.core.model import Launch, Revision, Window


def _dump(data: Any) -> None:
    print(json_text(data, indent=2))


def _local(now: datetime) -> datetime:
    return now.astimezone()


def window_line(window: Window) -> str:
    """ "Q3 2026 (Jul 1 – Sep 30, 2026, quarter)" """
    return f"{window.label} ({span_text(window)}, {window.grain.value})"


def print_window(text: str, window: Window, now: datetime, *, as_json: bool) -> None:
    if as_json:
        _dump({"text": text, **window.to_dict(), "countdown": describe(window, _local(now))})
        return
    print(window_line(window))
    print(f"  {describe(window, _local(now), long=True)}")


Links = Mapping[int, tuple[int, str]]  # launch id → (source id, item key), see store.source_links


def launch_json(
    launch: Launch, now: datetime, *, with_revisions: bool = False, links: Links | None = None
) -> dict[str, Any]:
    """The launch's stable shape; with `links` (list, show) also the source it came from."""
    data = launch.to_dict(with_revisions=with_revisions)
    data["countdown"] = describe(launch.window, _local(now), long=True)
    if links is not None:
        data["source_id"], data["source_key"] = links.get(launch.id or 0, (None, None))
    return data


def print_launch(
    launch: Launch, now: datetime, *, as_json: bool, verb: str | None, links: Links | None = None
) -> None:
    if as_json:
        _dump(launch_json(launch, now, with_revisions=verb is None, links=links))
        return
    title = f"{verb} #{launch.id} {launch.name}" if verb else f"#{launch.id} {launch.name}"
    print(title)
    print(f"  when:      {window_line(launch.window)}")
    print(f'  read from: "{launch.when_text}" written {launch.base:%Y-%m-%d}')
    print(f"  status:    {launch.status.value}")
    print(f"  countdown: {describe(launch.window, _local(now), long=True)}")
    for label, value in (("source", launch.source), ("notes", launch.notes)):
        if value:
            print(f"  {label + ':':<10} {value}")
    if launch.tags:
        print(f"  tags:      {', '.join(launch.tags)}")
    if verb is None and len(launch.revisions) > 1:
        print(
            f"  history:   {len(launch.revisions) - 1} change(s); see `countdown history {launch.id}`"
        )


def print_launches(
    launches: Sequence[Launch], now: datetime, *, as_json: bool, links: Links | None = None
) -> None:
    if as_json:
        _dump([launch_json(launch, now, links=links) for launch in launches])
        return
    if not launches:
        print("No launches watched yet. Add one: countdown add 'Pixel 11' 'August this year'")
        return
    rows = [
        (f"#{x.id}", x.name, x.window.label, x.status.value, describe(x.window, _local(now)))
        for x in launches
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            + "  "
            + row[4]
        )


def print_revisions(revisions: Sequence[Revision], *, as_json: bool) -> None:
    if as_json:
        _dump([revision.to_dict() for revision in revisions])
        return
    for revision in revisions:
        stamp = revision.at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            f"{revision.seq:>3}  {stamp}  {revision.window.label:<24} {revision.status.value:<10}"
            f' "{revision.when_text}"'
        )
