"""The command line front (DESIGN §6): builds the argument parser and dispatches.

`countdown` with no arguments (or `countdown gui`) starts the desktop app; every other subcommand
uses the Qt-free core only, so scripts stay fast and never load PySide6. Exit status: 0 success,
2 bad input (message on stderr, nothing changed), 1 anything else.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from countdown import __version__
from countdown.core.model import Status

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
# Subcommands contributed by feature modules: each exposes register(subparsers).
EXTRA_COMMAND_MODULES = ("countdown.cli.paste", "countdown.cli.ship")


class BadInput(Exception):
    """User input that cannot be used; the message says what would work."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise BadInput(message)


def _add_when_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--base", help="when the text was written (ISO date), e.g. 2022-04-15")
    cmd.add_argument("--tz", help="the launch's time zone (IANA name, e.g. Asia/Shanghai)")
    cmd.add_argument(
        "--lang",
        action="append",
        metavar="CODE",
        help="also read dates in this language (fr, de, zh, …; repeat for several); English always",
    )


def _add_detail_options(cmd: argparse.ArgumentParser) -> None:
    statuses = [s.value for s in Status]
    cmd.add_argument("--status", choices=statuses, help="rumored, announced, confirmed, …")
    cmd.add_argument("--source", help="a URL or the quote the date came from")
    cmd.add_argument("--note", help="free notes")
    cmd.add_argument("--tag", action="append", help="a tag (repeat for several)")


def _launch_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    parse = sub.add_parser("parse", help="show how a date text is understood")
    parse.add_argument("text", nargs="?", help="the date text, e.g. 'Q3 2026'")
    parse.add_argument(
        "--jsonl", action="store_true", help='batch: {"text", "base"} per stdin line'
    )
    _add_when_options(parse)
    add = sub.add_parser("add", help="watch a launch")
    add.add_argument("name")
    add.add_argument("when", help="the date as you read it: 'July this year', 'Q3 2026', …")
    _add_when_options(add)
    _add_detail_options(add)
    edit = sub.add_parser("edit", help="change a launch (a new date is recorded as a slip)")
    edit.add_argument("id", type=int)
    edit.add_argument("--name")
    edit.add_argument("--when", help="new date text")
    _add_when_options(edit)
    _add_detail_options(edit)
    lst = sub.add_parser("list", help="launches still to come (--all: launched/cancelled too)")
    lst.add_argument("--all", action="store_true")
    for name, text in (("show", "one launch"), ("history", "the slip history of a launch")):
        sub.add_parser(name, help=text).add_argument("id", type=int)
    sub.add_parser("remove", help="stop watching a launch").add_argument("id", type=int)


def _io_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    export = sub.add_parser("export", help="write all launches as JSON or iCalendar")
    export.add_argument("--format", choices=("json", "ics"), default="json")
    export.add_argument("-o", "--output", help="file to write (default: standard output)")
    export.add_argument("ids", nargs="*", type=int, help="only these launches (ics)")
    imp = sub.add_parser("import", help="read launches from a JSON export or an .ics file")
    imp.add_argument("file")
    sub.add_parser("gui", help="start the desktop app (the default)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="countdown", description="Watch fuzzy product launch dates.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    _launch_commands(sub)
    _io_commands(sub)
    for module_name in EXTRA_COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.register(sub)
    _add_json_flags(sub)
    return parser


def _add_json_flags(sub: argparse._SubParsersAction[_Parser]) -> None:
    """Every subcommand takes --json after its arguments (`countdown add … --json`)."""
    for cmd in sub.choices.values():
        if "--json" not in cmd._option_string_actions:
            cmd.add_argument("--json", action="store_true", help="machine-readable output")


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list in ([], ["gui"]):  # the desktop start skips building the whole parser
        from countdown.app import main as gui_main

        return gui_main()
    try:
        args = build_parser().parse_args(args_list)
        if args.command in (None, "gui"):
            from countdown.app import main as gui_main

            return gui_main()
        from countdown.cli.commands import run_command

        return run_command(args)
    except BadInput as exc:
        print(f"countdown: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
