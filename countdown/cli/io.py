"""The `export` and `import` subcommands: JSON (lossless, revisions included) and iCalendar.

iCalendar work is delegated to `countdown.cli.ship` (export_ics / import_ics).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from countdown.cli.base import EXIT_OK, BadInput
from countdown.cli.terminal import json_text, terminal_bytes
from countdown.core.clock import Clock

if TYPE_CHECKING:
    from countdown.core.model import Launch
    from countdown.core.store import Store


def cmd_export(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    if args.format == "ics":
        from countdown.cli.ship import export_ics

        payload = export_ics(store, args.ids or None, clock())
    else:
        text = json.dumps(store.export_data(), ensure_ascii=False, indent=2) + "\n"
        payload = text.encode("utf-8")
    if args.output:
        Path(args.output).write_bytes(payload)
    elif hasattr(sys.stdout, "buffer"):
        sys.stdout.buffer.write(terminal_bytes(payload) if sys.stdout.isatty() else payload)
        sys.stdout.flush()
    else:  # a redirected text stream (scripts, tests)
        sys.stdout.write(payload.decode("utf-8"))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    """A file the store refuses (a record it cannot represent) is bad input: nothing changes."""
    from countdown.core.store import StoreError

    path = Path(args.file)
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else path.read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read {args.file}: {exc.strerror}") from None
    try:
        imported = _import(store, args.file, data, clock)
    except StoreError as exc:
        raise BadInput(str(exc)) from None
    if args.json:
        print(json_text({"imported": [launch.id for launch in imported]}))
    else:
        print(f"Imported {len(imported)} launch{'es' if len(imported) != 1 else ''}")
    return EXIT_OK


def _import(store: Store, name: str, data: bytes, clock: Clock) -> list[Launch]:
    if Path(name).suffix.lower() == ".ics" or data.lstrip().startswith(b"BEGIN:VCALENDAR"):
        from countdown.cli.ship import import_ics

        return import_ics(store, data, clock())
    try:
        return store.import_data(json.loads(data))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadInput(f"{name} is neither a JSON export nor an .ics file: {exc}") from None
