"""What every subcommand shares: exit codes, the bad-input error, the parser class, the handler
shape and the one way the command line opens the store.

Every subcommand is registered the same way: its parser gets `set_defaults(handler=…)`, a
`Handler` taking the parsed arguments and the clock. Commands that work on the store are written
as `StoreCommand`s and wrapped with `store_command`, which opens the store (reporting what the
store had to repair on stderr), maps a missing launch to exit 2 and any other store failure to
exit 1, and always closes it. This module imports nothing heavy: the parser and the store load
only when a command needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn, TypeAlias

from countdown.core.clock import Clock

if TYPE_CHECKING:
    from countdown.core.store import Store

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2

Handler = Callable[[argparse.Namespace, Clock], int]
StoreCommand = Callable[[argparse.Namespace, "Store", Clock], int]


class BadInput(Exception):
    """User input that cannot be used; the message says what would work (exit 2, nothing changed)."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are BadInput (exit 2 with a message)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise BadInput(message)


Subparsers: TypeAlias = "argparse._SubParsersAction[Parser]"


def complain(message: object) -> None:
    """One line on stderr, prefixed like every message of the command line."""
    print(f"countdown: {message}", file=sys.stderr)


@contextmanager
def open_store(clock: Clock) -> Iterator[Store]:
    """The store in the user's data dir (COUNTDOWN_HOME overrides); closed when the block ends."""
    from countdown.core.store import Store, default_home

    store = Store.open(default_home(), clock=clock)
    shown = len(store.messages)
    try:
        for message in store.messages:  # e.g. a damaged file set aside and a backup restored
            complain(message)
        yield store
    finally:
        store.close()  # backs up what the command wrote
        for message in store.messages[shown:]:  # e.g. a backup that could not be made
            complain(message)


def store_command(command: StoreCommand) -> Handler:
    """A handler that runs `command` on the open store and turns store failures into exit codes."""

    def handler(args: argparse.Namespace, clock: Clock) -> int:
        from countdown.core.store import StoreError
        from countdown.core.store.store import BAD_INPUT_ERRORS

        try:
            with open_store(clock) as store:
                return command(args, store, clock)
        except BAD_INPUT_ERRORS as exc:  # an unknown or damaged launch, data the store refuses
            complain(exc)
            return EXIT_BAD_INPUT
        except StoreError as exc:
            complain(exc)
            return EXIT_ERROR

    return handler
