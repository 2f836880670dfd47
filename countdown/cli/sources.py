"""`countdown source add|list|remove`, `countdown refresh` and `countdown inbox [accept|dismiss]`.

Sources are subscriptions (news feeds, calendars, Launch Library 2 lists); `refresh` fetches them
all now (exit 0 whenever it ran — each source's own status is in the output); the inbox holds
what they propose until the user accepts or dismisses it. An id that is unknown (or an inbox item
already decided) is bad input: exit 2 and nothing changes, even when other ids were fine; so is
`accept --name` that is blank, too long, or given for several ids or for a slip or removal.
JSON shapes are in the README. Core and integrations only — never Qt.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from countdown.cli.base import EXIT_OK, BadInput, Subparsers, store_command
from countdown.cli.output import launch_json
from countdown.cli.terminal import json_text
from countdown.core.clock import Clock
from countdown.core.source import InboxItem, InboxKind, InboxState, Source, SourceKind
from countdown.core.validate import InvalidLaunch, check_text

if TYPE_CHECKING:
    from countdown.core.store import Store

MIN_EVERY_HOURS, MAX_EVERY_HOURS = 0.25, 24 * 30


def _hours(text: str) -> float:
    try:
        hours = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of hours, e.g. 3") from None
    if not MIN_EVERY_HOURS <= hours <= MAX_EVERY_HOURS:
        raise argparse.ArgumentTypeError(f"--every must be {MIN_EVERY_HOURS}–{MAX_EVERY_HOURS} h")
    return hours


def _id(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) < 2**63:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id, e.g. 3")
    return int(text)


def register(sub: Subparsers) -> None:
    source = sub.add_parser("source", help="subscribe to news feeds, calendars, Launch Library 2")
    actions = source.add_subparsers(dest="source_action", required=True, parser_class=type(source))
    add = actions.add_parser("add", help="subscribe to a feed (kind and name guessed if omitted)")
    add.add_argument("url", help="http(s) or webcal address")
    add.add_argument("--kind", choices=[k.value for k in SourceKind])
    add.add_argument("--name", help="how the source is shown (default: its own title)")
    add.add_argument("--every", type=_hours, default=3.0, metavar="HOURS", help="default 3")
    add.add_argument("--auto", action="store_true", help="track its new launches without asking")
    actions.add_parser("list", help="the sources and how their last refresh went")
    remove = actions.add_parser("remove", help="unsubscribe (its launches stay)")
    remove.add_argument("id", type=_id)
    for action in actions.choices.values():
        action.add_argument("--json", action="store_true", help="machine-readable output")
    source.set_defaults(handler=store_command(cmd_source))
    sub.add_parser("refresh", help="fetch every source now").set_defaults(
        handler=store_command(cmd_refresh)
    )
    inbox = sub.add_parser("inbox", help="what sources propose, waiting for your yes")
    decide = inbox.add_subparsers(dest="inbox_action", parser_class=type(inbox))
    for name, text in (("accept", "do what they propose"), ("dismiss", "ignore them")):
        one = decide.add_parser(name, help=text)
        one.add_argument("ids", nargs="+", type=_id)
        one.add_argument("--json", action="store_true", help="machine-readable output")
    decide.choices["accept"].add_argument(
        "--name", metavar="TEXT", help="track a new launch under this name (one id only)"
    )
    inbox.set_defaults(handler=store_command(cmd_inbox))


def _dump(data: Any) -> None:
    print(json_text(data, indent=2))


def cmd_source(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    if args.source_action == "add":
        return _add(args, store)
    if args.source_action == "remove":
        from countdown.core.store.sources import SourceNotFound

        try:
            gone = store.remove_source(args.id)
        except SourceNotFound as error:
            raise BadInput(error) from None
        _dump({"removed": gone.id, "name": gone.name}) if args.json else print(
            f"Removed source #{gone.id} {gone.name}; its launches stay."
        )
        return EXIT_OK
    sources = store.list_sources()
    if args.json:
        _dump([s.to_dict() for s in sources])
    for source in [] if args.json else sources:
        print(_source_line(source))
    if not sources and not args.json:
        print("No sources yet. Add one: countdown source add https://example.org/feed.xml")
    return EXIT_OK


def _add(args: argparse.Namespace, store: Store) -> int:
    from countdown.integrations.sources.http_get import FetchError
    from countdown.integrations.sources.refresh import subscribe
    from countdown.integrations.sources.text import clean_line

    kind = SourceKind(args.kind) if args.kind else None
    name = clean_line(args.name, 100) if args.name else None
    try:
        source = subscribe(store, args.url, kind=kind, name=name, every_hours=args.every,
                           auto=args.auto)  # fmt: skip
    except FetchError as error:
        raise BadInput(error) from None
    _dump(source.to_dict()) if args.json else print(f"Added {_source_line(source)}")
    return EXIT_OK


def _source_line(source: Source) -> str:
    auto = ", auto" if source.auto else ""
    when = source.last_fetched.strftime("%Y-%m-%d %H:%M UTC") if source.last_fetched else "never"
    status = f"{source.status}: {source.error}" if source.error else source.status
    return (f"#{source.id} {source.name} ({source.kind.label}, every {source.every_hours:g} h"
            f"{auto})\n    {source.url}\n    last fetched {when} · {status}")  # fmt: skip


def cmd_refresh(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    from countdown.integrations.sources.refresh import refresh_all

    reports = refresh_all(store, now=clock())
    waiting = store.inbox_count()
    if args.json:
        _dump({"sources": [r.to_dict() for r in reports], "inbox": waiting})
        return EXIT_OK
    for report in reports:
        print(f"#{report.source.id} {report.source.name}: {report.status}. {report.message}")
        for name in report.added:
            print(f"    tracked {name}")
        for moved in report.moved:
            print(f"    {moved.launch.name} {moved.change}")
    print(f"{waiting} waiting in the inbox" + (" (countdown inbox)" if waiting else "."))
    return EXIT_OK


def cmd_inbox(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    if args.inbox_action is None:
        items = store.inbox()
        _dump([x.to_dict() for x in items]) if args.json else _print_inbox(items)
        return EXIT_OK
    items = [_waiting(store, item_id) for item_id in dict.fromkeys(args.ids)]
    if args.inbox_action == "dismiss":
        for item in items:
            store.dismiss_inbox(item.id or 0)
        _dump({"dismissed": [x.id for x in items]}) if args.json else print(
            f"Dismissed {len(items)}."
        )
        return EXIT_OK
    name = _accepted_name(args.name, items)
    done = [(item, store.accept_inbox(item.id or 0, name)) for item in items]
    if args.json:
        _dump({"accepted": [{"id": i.id, "launch": launch_json(x, clock())} for i, x in done]})
    for item, launch in [] if args.json else done:
        print(f"#{item.id} {item.kind.value}: {item.item.name} — done (launch #{launch.id}).")
    return EXIT_OK


def _waiting(store: Store, item_id: int) -> InboxItem:
    from countdown.core.store.sources import InboxItemNotFound

    try:
        item = store.get_inbox_item(item_id)
    except InboxItemNotFound as error:
        raise BadInput(error) from None
    if item.state is not InboxState.WAITING:
        raise BadInput(f"Inbox item {item_id} was already {item.state.value}.")
    return item


def _accepted_name(typed: str | None, items: list[InboxItem]) -> str | None:
    """`--name` checked like a typed name (before anything is accepted), or None when not given."""
    if typed is None:
        return None
    if len(items) != 1 or items[0].kind is not InboxKind.NEW:
        what = "one id" if len(items) != 1 else f"item {items[0].id} is a {items[0].kind.value}"
        raise BadInput(f"--name names one new launch; {what}, e.g. countdown inbox accept 3 "
                       "--name 'Kestrel tablet'")  # fmt: skip
    name = typed.strip()
    try:
        check_text("name", name, required=True)
    except InvalidLaunch as error:
        raise BadInput(f"--name {error.problem}; give the launch's name, e.g. --name "
                       "'Kestrel tablet'") from None  # fmt: skip
    return name


def _print_inbox(items: list[InboxItem]) -> None:
    if not items:
        print("The inbox is empty.")
    for item in items:
        what = (f"{item.item.name}, {item.item.window.label} ({item.item.status.value})"
                if item.kind.value == "new" else f"{item.item.name}: {item.summary}")  # fmt: skip
        print(f"#{item.id} {item.kind.value:<7} {what} — per {item.source_name}")
        if item.item.quote:
            print(f"    “{item.item.quote}”")
