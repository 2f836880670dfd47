"""The handlers behind the launch subcommands: parse, add, edit, list, show, history and remove.
Core only — importing this never loads Qt. The parsers that call them are built in `cli.main`.

The wall clock is read once here, at the edge, and handed to the store and the parser.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from countdown.cli.base import EXIT_OK, BadInput, complain
from countdown.cli.io import report_damage
from countdown.cli.output import print_launch, print_launches, print_revisions, print_window
from countdown.cli.terminal import json_text
from countdown.core.clock import Clock
from countdown.core.dates.phrases_i18n import detect_language
from countdown.core.dates.window import UnparseableDate, parse_window
from countdown.core.model import Launch, Status, Window

if TYPE_CHECKING:
    from countdown.core.store import Store


def parse_base(text: str | None, clock: Clock) -> datetime:
    """--base as a naive local datetime; default: now on the local wall clock."""
    if not text:
        return clock().astimezone().replace(tzinfo=None, microsecond=0)
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time())
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        raise BadInput(f"--base {text!r} is not a date; use ISO form like 2022-04-15") from None


def check_zone(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput(
            f"--tz {name!r} is not a time zone; use an IANA name like Asia/Shanghai"
        ) from None
    return name


def languages(args: argparse.Namespace) -> tuple[str, ...]:
    """English first, then the languages the user added with --lang (dateparser codes)."""
    extra = [code.strip().lower() for code in getattr(args, "lang", None) or () if code.strip()]
    return tuple(dict.fromkeys(["en", *extra]))


def window_for(
    text: str, base: datetime, tz: str | None, langs: tuple[str, ...] = ("en",)
) -> Window:
    try:
        if len(langs) > 1 and tz is None:
            # Idioms such as "fin juillet" or "7月下旬" go through the paste normalizer first.
            from countdown.core.news.extract import read_when

            return read_when(text, base=base, languages=langs)[1]
        return parse_window(text, base=base, tz=tz, languages=langs)
    except UnparseableDate as exc:
        raise BadInput(str(exc)) from None
    except (KeyError, ValueError) as exc:  # an unknown language code
        raise BadInput(f"cannot read dates in {', '.join(langs)}: {exc}") from None


def cmd_parse(args: argparse.Namespace, clock: Clock) -> int:
    if args.jsonl:
        return _parse_jsonl(clock)
    if not args.text:
        raise BadInput("give the date text to parse, e.g. countdown parse 'Q3 2026'")
    base = parse_base(args.base, clock)
    window = window_for(args.text, base, check_zone(args.tz), _text_languages(args))
    print_window(args.text, window, clock(), as_json=args.json)
    return EXIT_OK


def _text_languages(args: argparse.Namespace) -> tuple[str, ...]:
    """The --lang languages; without any, Chinese and Japanese when the text is written in their
    script (unmistakable, unlike the stop words of short Latin phrases such as "mi juillet")."""
    langs = languages(args)
    if langs == ("en",) and detect_language(args.text, ("en", "zh", "ja")) != "en":
        return ("en", "zh", "ja")
    return langs


def _parse_jsonl(clock: Clock) -> int:
    """One answer per input line: a bad line gets {"error": …} and the batch goes on."""
    for raw in sys.stdin.buffer:
        if not raw.strip():
            continue
        try:
            result: dict[str, Any] = _parse_case(raw, clock)
        except (UnparseableDate, BadInput, ValueError, KeyError, TypeError, OverflowError) as exc:
            result = {"error": str(exc)}
        print(json_text(result), flush=False)
    return EXIT_OK


def _parse_case(raw: bytes, clock: Clock) -> dict[str, Any]:
    try:
        case = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadInput("the line is not UTF-8 text") from None
    if not isinstance(case, dict):
        raise BadInput('each line must be a JSON object like {"text": "Q3 2026"}')
    text, base, tz, lang = (case.get(key) for key in ("text", "base", "tz", "lang"))
    if not isinstance(text, str) or not all(isinstance(v, str | None) for v in (base, tz, lang)):
        raise BadInput('"text" must be a string; "base", "tz" and "lang", when given, too')
    langs = tuple(dict.fromkeys(["en", (lang or "en").strip().lower()]))  # read in that language
    window = window_for(text, parse_base(base, clock), check_zone(tz), langs)
    return window.to_dict()


def _details(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if args.status:
        changes["status"] = Status(args.status)
    if args.source is not None:
        changes["source"] = args.source
    if args.note is not None:
        changes["notes"] = args.note
    if args.tag:
        changes["tags"] = tuple(dict.fromkeys(t.strip() for t in args.tag if t.strip()))
    return changes


def cmd_add(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    name = args.name.strip()
    if not name:
        raise BadInput("the launch needs a name, e.g. countdown add 'Pixel 11' 'October'")
    base = parse_base(args.base, clock)
    tz = check_zone(args.tz)
    window = window_for(args.when, base, tz, languages(args))
    launch = Launch(name=name, when_text=args.when, base=base, window=window, **_details(args))
    saved = store.add(launch)
    print_launch(saved, clock(), as_json=args.json, verb="Added")
    return EXIT_OK


def cmd_edit(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    """Change a launch; on a damaged one, the fields that do not read must be given anew."""
    current, _problems = store.salvage(args.id)
    changes = _details(args)
    if args.name is not None:
        if not args.name.strip():
            raise BadInput("the name cannot be empty")
        changes["name"] = args.name.strip()
    if args.when is not None or args.base or args.tz:
        text = args.when if args.when is not None else current.get("when_text")
        base = (
            parse_base(args.base, clock)
            if (args.base or args.when is not None)
            else current.get("base")
        )
        window = current.get("window")
        tz = check_zone(args.tz) if args.tz else (window.tz if window else None)
        if text is None or base is None:
            raise BadInput(f"launch #{args.id}'s date does not read; give --when (and --base)")
        changes.update(
            when_text=text, base=base, window=window_for(text, base, tz, languages(args))
        )
    if not changes:
        raise BadInput(
            "nothing to change; give --name, --when, --status, --source, --note or --tag"
        )
    saved = store.update(args.id, **changes)
    print_launch(saved, clock(), as_json=args.json, verb="Updated")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    launches = store.list_launches(include_inactive=args.all)
    if not args.all:
        launches = [launch for launch in launches if launch.status.is_active]
    print_launches(launches, clock(), as_json=args.json, links=store.source_links())
    report_damage(store)
    return EXIT_OK


def cmd_show(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    links = store.source_links()
    print_launch(store.get(args.id), clock(), as_json=args.json, verb=None, links=links)
    return EXIT_OK


def cmd_history(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    store.get(args.id)  # an unknown id is bad input (exit 2), not an empty history
    print_revisions(store.history(args.id), as_json=args.json)
    unreadable = store.unreadable_revisions.get(args.id, 0)
    if unreadable:  # say so: a history with silent gaps would misreport when a launch slipped
        complain(f"{unreadable} step(s) of this history do not read (a damaged page): left out")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    from countdown.core.store.store import LaunchDamaged

    try:
        name = store.remove(args.id).name
    except LaunchDamaged:  # a damaged row is deleted without reading it
        name = store.purge(args.id) or "(damaged launch)"
    if args.json:
        print(json_text({"removed": args.id, "name": name}))
    else:
        print(f"Removed #{args.id} {name}")
    return EXIT_OK
