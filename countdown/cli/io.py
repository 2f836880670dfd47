"""The `export` and `import` subcommands: JSON (lossless, revisions included) and iCalendar.

iCalendar work is delegated to `countdown.cli.ship` (export_ics / import_ics). `export -o` writes
atomically (core/atomic.py); launches whose rows are damaged are left out and named on stderr.
An import is applied whole or refused whole; `--json` says which:
`{"result": "applied", "imported": [id…], "added": […], "updated": […], "unchanged": […]}` or
`{"result": "refused", "error": "…", "imported": []}` (exit 2).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from countdown.cli.base import EXIT_OK, BadInput, complain
from countdown.cli.terminal import json_text, terminal_bytes
from countdown.core.atomic import WriteError, reason, write_atomic
from countdown.core.clock import Clock
from countdown.core.store import LaunchStore

if TYPE_CHECKING:
    from countdown.core.store import Store
    from countdown.core.store.transfer import ImportResult


def cmd_export(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    if args.format == "ics":
        from countdown.cli.ship import export_ics

        payload = export_ics(store, args.ids or None, clock())
    else:
        text = json.dumps(store.export_data(), ensure_ascii=False, indent=2) + "\n"
        payload = text.encode("utf-8")
    report_damage(store)
    if args.output:
        try:
            write_atomic(args.output, payload)
        except WriteError as exc:
            raise BadInput(str(exc)) from None
    elif hasattr(sys.stdout, "buffer"):
        sys.stdout.buffer.write(terminal_bytes(payload) if sys.stdout.isatty() else payload)
        sys.stdout.flush()
    else:  # a redirected text stream (scripts, tests)
        sys.stdout.write(payload.decode("utf-8"))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    """A file the store refuses (a record it cannot represent) is bad input: nothing changes."""
    from countdown.core.store import StoreError

    try:
        result = _import(args, store, clock)
    except (BadInput, StoreError) as exc:
        if args.json:
            print(json_text({"result": "refused", "error": str(exc), "imported": []}))
        raise BadInput(f"{exc} Nothing was imported.") from None
    if args.json:
        print(json_text(result.to_dict()))
    else:
        count = len(result.launches)
        added, updated = result.actions.count("added"), result.actions.count("updated")
        print(
            f"Imported {count} launch{'es' if count != 1 else ''}"
            f" ({added} added, {updated} updated, {count - added - updated} unchanged)"
        )
    return EXIT_OK


def _import(args: argparse.Namespace, store: Store, clock: Clock) -> ImportResult:
    """The file's launches into the store, whole or not at all."""
    path = Path(args.file)
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else path.read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read {args.file}: {reason(exc)}.") from None
    if path.suffix.lower() == ".ics" or data.lstrip().startswith(b"BEGIN:VCALENDAR"):
        from countdown.cli.ship import import_ics_result

        return import_ics_result(store, data, clock())
    from countdown.core.store.transfer import export_items

    try:
        document = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise BadInput(f"{args.file} is neither a JSON export nor an .ics file: {exc}.") from None
    return store.import_launches(export_items(document))


def report_damage(store: LaunchStore) -> None:
    """Name the launches whose rows do not read (left out of a list or an export)."""
    for damage in getattr(store, "damaged", {}).values():
        complain(
            f"{damage}. Repair: countdown edit {damage.launch_id} …;"
            f" delete: countdown remove {damage.launch_id}"
        )
