"""The command line front (DESIGN §6): builds the argument parser and dispatches.

`countdown` with no arguments (or `countdown gui`) starts the desktop app; every other subcommand
uses the Qt-free core only, so scripts stay fast and never load PySide6. Every subcommand's parser
names its handler (`set_defaults(handler=…)`, see `cli.base`); the modules that own handlers are
imported when the parser is built, never on the desktop start. Exit status: 0 success, 2 bad
input (message on stderr, nothing changed), 1 anything else.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from countdown import __version__
from countdown.cli.base import (
    EXIT_BAD_INPUT,
    EXIT_ERROR,
    BadInput,
    Parser,
    Subparsers,
    complain,
    store_command,
)
from countdown.core.atomic import WriteError
from countdown.core.clock import Clock
from countdown.core.model import Status

MAX_ID = 2**63 - 1  # SQLite's largest rowid
EXIT_INTERRUPTED = 130  # the shell's convention for a command stopped by Ctrl+C


def launch_id(text: str) -> int:
    """An id argument: a whole number SQLite can hold (argparse turns the error into exit 2)."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a launch id, e.g. 12") from None
    if not 1 <= number <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} is not a launch id: ids run from 1 to {MAX_ID}")
    return number


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


def _launch_commands(sub: Subparsers) -> None:
    from countdown.cli import commands

    parse = sub.add_parser("parse", help="show how a date text is understood")
    parse.add_argument("text", nargs="?", help="the date text, e.g. 'Q3 2026'")
    parse.add_argument(
        "--jsonl", action="store_true", help='batch: {"text", "base"} per stdin line'
    )
    _add_when_options(parse)
    parse.set_defaults(handler=commands.cmd_parse)
    add = sub.add_parser("add", help="watch a launch")
    add.add_argument("name")
    add.add_argument("when", help="the date as you read it: 'July this year', 'Q3 2026', …")
    _add_when_options(add)
    _add_detail_options(add)
    add.set_defaults(handler=store_command(commands.cmd_add))
    edit = sub.add_parser("edit", help="change a launch (a new date is recorded as a slip)")
    edit.add_argument("id", type=launch_id)
    edit.add_argument("--name")
    edit.add_argument("--when", help="new date text")
    _add_when_options(edit)
    _add_detail_options(edit)
    edit.set_defaults(handler=store_command(commands.cmd_edit))
    lst = sub.add_parser("list", help="launches still to come (--all: launched/cancelled too)")
    lst.add_argument("--all", action="store_true")
    lst.set_defaults(handler=store_command(commands.cmd_list))
    for name, text, command in (
        ("show", "one launch", commands.cmd_show),
        ("history", "the slip history of a launch", commands.cmd_history),
        ("remove", "stop watching a launch", commands.cmd_remove),
    ):
        one = sub.add_parser(name, help=text)
        one.add_argument("id", type=launch_id)
        one.set_defaults(handler=store_command(command))


def _io_commands(sub: Subparsers) -> None:
    from countdown.cli import io

    export = sub.add_parser("export", help="write all launches as JSON or iCalendar")
    export.add_argument("--format", choices=("json", "ics"), default="json")
    export.add_argument("-o", "--output", help="file to write (default: standard output)")
    export.add_argument("ids", nargs="*", type=launch_id, help="only these launches (ics)")
    export.set_defaults(handler=store_command(io.cmd_export))
    imp = sub.add_parser("import", help="read launches from a JSON export or an .ics file")
    imp.add_argument("file")
    imp.set_defaults(handler=store_command(io.cmd_import))
    sub.add_parser("gui", help="start the desktop app (the default)").set_defaults(handler=run_gui)


def build_parser() -> argparse.ArgumentParser:
    from countdown.cli import backup, paste, ship, sources, sync_command

    parser = Parser(prog="countdown", description="Watch fuzzy product launch dates.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for register in (
        _launch_commands,
        _io_commands,
        paste.register,
        ship.register,
        backup.register,
        sync_command.register,
        sources.register,
    ):
        register(sub)
    _add_json_flags(sub)
    return parser


def _add_json_flags(sub: Subparsers) -> None:
    """Every subcommand takes --json after its arguments (`countdown add … --json`)."""
    for cmd in sub.choices.values():
        if "--json" not in cmd._option_string_actions:
            cmd.add_argument("--json", action="store_true", help="machine-readable output")


def run_gui(_args: argparse.Namespace | None = None, _clock: Clock | None = None) -> int:
    """`countdown` / `countdown gui`: the desktop app (the only path that loads Qt), after the
    checks that turn a missing display or PySide6 into one line (cli/desktop.py)."""
    from countdown.cli.desktop import main as desktop_main

    return desktop_main()


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not complain again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # no real file (tests)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def check_text(args_list: Sequence[str]) -> None:
    """Arguments that were not valid UTF-8 reach us with surrogate escapes: refuse them (and NUL,
    which no file name or text can hold)."""
    for position, arg in enumerate(args_list, 1):
        if "\0" in arg:
            raise BadInput(f"argument {position} contains a NUL character")
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            raise BadInput(f"argument {position} ({shown!r}) is not valid UTF-8 text") from None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list in ([], ["gui"]):  # the desktop start skips building the whole parser
        return run_gui()
    from countdown.cli.terminal import printable_output

    with printable_output():  # nothing printed from here on can act on the terminal
        return _run(args_list)


def _run(args_list: list[str]) -> int:
    from countdown.integrations.system_clock import system_clock

    try:
        check_text(args_list)
        args = build_parser().parse_args(args_list)
        if args.command is None:
            return run_gui()
        return int(args.handler(args, system_clock))
    except (BadInput, WriteError) as exc:  # WriteError: a file the command had to write
        complain(exc)
        return EXIT_BAD_INPUT
    except ModuleNotFoundError as exc:  # an optional package (or a broken install): say which
        from countdown.cli.requires import missing_module_message

        complain(missing_module_message(exc) or f"internal error (ModuleNotFoundError: {exc})")
        return EXIT_ERROR
    except KeyboardInterrupt:  # Ctrl+C, at the password prompt say: stop quietly
        complain("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `countdown list | head -1`: the reader is gone, nothing to say
        _silence_stdout()
        return EXIT_ERROR
    except Exception as exc:  # the last line of defence: a message, never a traceback
        complain(f"internal error ({type(exc).__name__}: {exc})")
        return EXIT_ERROR
