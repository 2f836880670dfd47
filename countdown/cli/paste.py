"""`countdown paste [FILE|-] [--base DATE] [--json] [--add] [--yes]`: launches from news text.

Reads a news paragraph or a whole article (a file, or standard input with `-` / no argument),
prints the proposed launches (name, window, status, the sentence it came from) and, with
`--add`, tracks them: a new launch is added; news about a launch already tracked (same name)
updates it, so the slip lands in its history (core/news/track). On a terminal `--add` asks
once per proposal unless `--yes`; piped input is never asked about (there is nobody to answer).
Nothing found: exit 2, nothing written. `--json` prints a list of {name, when_text, window,
status, quote, base, evidence} objects (evidence: where the quote, name, date and status cue
are in the text, README "--json shapes"); with `--add` each also has "id" (the launch added or updated,
null when declined) and "action" ("added", "updated", "unchanged" or "declined").
Core only: no Qt is imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from countdown.cli.base import (
    EXIT_BAD_INPUT,
    EXIT_ERROR,
    EXIT_OK,
    BadInput,
    Subparsers,
    complain,
    open_store,
)
from countdown.cli.output import window_line
from countdown.cli.terminal import json_text
from countdown.core.clock import Clock
from countdown.core.countdown import describe

if TYPE_CHECKING:
    from countdown.core.news.extract import Proposal
    from countdown.core.news.proposal import Evidence
    from countdown.core.store import Store


def register(subparsers: Subparsers) -> None:
    """Add the `paste` subcommand to the main parser's subparsers."""
    cmd = subparsers.add_parser(
        "paste", help="propose launches from a pasted news paragraph or article"
    )
    cmd.add_argument("file", nargs="?", default="-", help="text file, or - for stdin (default)")
    cmd.add_argument("--base", help="when the text was written (ISO date), if it has no dateline")
    cmd.add_argument("--json", action="store_true", help="machine-readable output")
    cmd.add_argument(
        "--lang",
        choices=("en", "de", "es", "fr", "ja", "zh"),
        help="the text's language (default: detected)",
    )
    cmd.add_argument("--add", action="store_true", help="track the proposals")
    cmd.add_argument("--yes", "-y", action="store_true", help="with --add: do not ask")
    cmd.set_defaults(handler=run)


def _read(name: str, stdin: TextIO) -> str:
    if name == "-":
        if stdin.isatty():
            print(
                "Paste the news text, then press Ctrl+D (Ctrl+Z Enter on Windows).", file=sys.stderr
            )
        try:
            return stdin.read()
        except UnicodeDecodeError:
            raise BadInput("the pasted text is not UTF-8; save it as UTF-8 and try again") from None
    try:
        return Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"cannot read {name}: {exc}") from None


def proposal_json(proposal: Proposal) -> dict[str, Any]:
    return {
        "name": proposal.name,
        "when_text": proposal.when_text,
        "window": proposal.window.to_dict(),
        "status": proposal.status.value,
        "quote": proposal.quote,
        "base": proposal.base.isoformat(),
        "evidence": _evidence_json(proposal.evidence),
    }


def _evidence_json(evidence: Evidence) -> dict[str, list[int] | None]:
    parts = {
        "quote": evidence.quote,
        "name": evidence.name,
        "when": evidence.when,
        "status": evidence.status,
    }
    return {part: None if span is None else [span.start, span.end] for part, span in parts.items()}


def _print_proposal(number: int, proposal: Proposal, now: datetime, out: TextIO) -> None:
    countdown = describe(proposal.window, now.astimezone(), long=True)
    print(f"{number}. {proposal.name}", file=out)
    print(f"   when:   {window_line(proposal.window)} · {countdown}", file=out)
    print(
        f'           read from "{proposal.when_text}", written {proposal.base:%Y-%m-%d}', file=out
    )
    print(f"   status: {proposal.status.value}", file=out)
    print(f"   quote:  “{proposal.quote}”", file=out)


def _confirm(question: str, stdin: TextIO, out: TextIO) -> bool:
    out.write(f"{question} [Y/n] ")
    out.flush()
    line = stdin.readline()
    if not line:  # end of input: nobody said yes
        out.write("\n")
        return False
    return line.strip().lower() in ("", "y", "yes")


Outcome = tuple[int | None, str, str]  # (launch id, action, line to print)


def _track(proposal: Proposal, store: Store, ask: Callable[[str], bool], now: datetime) -> Outcome:
    """Add the proposal, or update the launch it is news about (the store records the slip)."""
    from countdown.core.news.track import describe_update, for_tracked, tracked_as, update_for

    match = tracked_as(proposal, store.list_launches(include_inactive=False))
    if match is None or match.id is None:  # stored launches always have an id
        if not ask(f"Track “{proposal.name}” ({proposal.window.label})?"):
            return None, "declined", ""
        saved = store.add(proposal.to_launch(now))
        return saved.id, "added", f"Added #{saved.id} {saved.name} — {saved.window.label}"
    news = for_tracked(proposal, match)
    changes, what = update_for(news, match), describe_update(news, match)
    if not changes:
        return match.id, "unchanged", f"#{match.id} {match.name}: already tracked with this date"
    if not ask(f"{what} (#{match.id})"):
        return None, "declined", ""
    store.update(match.id, **changes)
    return match.id, "updated", f"Updated #{match.id} {what.removeprefix('Updates ')}"


def _add(
    proposals: list[Proposal], args: argparse.Namespace, clock: Clock, stdin: TextIO, out: TextIO
) -> list[Outcome]:
    """Track each proposal (asking on a terminal unless --yes)."""
    interactive = not args.yes and stdin.isatty()

    def ask(question: str) -> bool:
        return not interactive or _confirm(question, stdin, out)

    with open_store(clock) as store:
        outcomes = []
        for proposal in proposals:
            outcomes.append(_track(proposal, store, ask, clock()))
            if outcomes[-1][2] and not args.json:
                print(outcomes[-1][2], file=out)
        return outcomes


def _check_all(proposals: list[Proposal], clock: Clock) -> None:
    """The store's boundary check for every proposal first (InvalidData names the one)."""
    from countdown.core.store.store import checked

    for number, proposal in enumerate(proposals, start=1):
        checked(proposal.to_launch(clock()), f"Proposal {number} ({proposal.name})")


def run(
    args: argparse.Namespace,
    clock: Clock,
    *,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
) -> int:
    """The `paste` handler; stdin/out are injectable for tests. The parser and the store are
    imported here, not at registration, so other subcommands never pay for them."""
    from countdown.cli.commands import parse_base
    from countdown.core.news.extract import NothingToTrack, extract_launches
    from countdown.core.store import StoreError
    from countdown.core.store.store import BAD_INPUT_ERRORS

    stdin, out = stdin or sys.stdin, out or sys.stdout
    try:
        text = _read(args.file, stdin)
        base = parse_base(args.base, clock) if args.base else None
        proposals = extract_launches(
            text, base=base, now=clock(), language=getattr(args, "lang", None)
        )
    except (BadInput, NothingToTrack) as exc:
        complain(exc)
        return EXIT_BAD_INPUT
    if not args.json:
        for number, proposal in enumerate(proposals, start=1):
            _print_proposal(number, proposal, clock(), out)
    try:
        if args.add:
            _check_all(proposals, clock)  # refuse before anything is written or asked
        outcomes = _add(proposals, args, clock, stdin, out) if args.add else []
    except BAD_INPUT_ERRORS as exc:
        complain(exc)
        return EXIT_BAD_INPUT
    except StoreError as exc:
        complain(exc)
        return EXIT_ERROR
    if args.json:
        rows = [proposal_json(p) for p in proposals]
        for row, (launch_id, action, _line) in zip(rows, outcomes, strict=False):
            row.update(id=launch_id, action=action)
        print(json_text(rows, indent=2), file=out)
    return EXIT_OK
