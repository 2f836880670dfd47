"""`countdown backup list [--json]` and `countdown backup restore ID [--json]`.

Backups are taken after every writing command and by the app after changes (core/store/backup.py);
`list` shows them newest first, `restore` puts one back (the state before it is backed up first,
so a restore can be undone the same way; a running app reloads). Core only: no Qt.
`--json`: list → `[{"id", "taken", "schema", "launches", "size_bytes", "path"}…]`;
restore → `{"restored": id, "message": …}`.
"""

from __future__ import annotations

import argparse
from typing import Any

from countdown.cli.base import EXIT_BAD_INPUT, EXIT_OK, Subparsers, complain
from countdown.cli.terminal import json_text
from countdown.core.clock import Clock


def register(subparsers: Subparsers) -> None:
    """Add `backup list` and `backup restore ID` to the main parser."""
    cmd = subparsers.add_parser("backup", help="list the backups, or restore one")
    actions = cmd.add_subparsers(dest="backup_action", required=True, parser_class=type(cmd))
    listing = actions.add_parser("list", help="backups, newest first")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    restore = actions.add_parser("restore", help="put a backup back (see `backup list`)")
    restore.add_argument("id", help="the backup's id, e.g. 20261127T133000Z")
    restore.add_argument("--json", action="store_true", help="machine-readable output")
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace, clock: Clock) -> int:
    from countdown.core.store import Store, default_home
    from countdown.core.store.backup import BackupError
    from countdown.core.store.paths import DB_FILENAME
    from countdown.core.store.restore import describe_backups, restore_backup

    home = default_home()
    if args.backup_action == "list":
        _print_list(describe_backups(home / DB_FILENAME), as_json=args.json)
        return EXIT_OK
    try:
        message = restore_backup(home / DB_FILENAME, args.id, clock())
    except BackupError as exc:
        complain(exc)
        return EXIT_BAD_INPUT
    Store.open(home, clock=clock).close()  # an older backup's schema is migrated now
    if args.json:
        print(json_text({"restored": args.id, "message": message}))
    else:
        print(message)
    return EXIT_OK


def _print_list(infos: list[Any], *, as_json: bool) -> None:
    if as_json:
        print(json_text([info.to_dict() for info in infos], indent=2))
        return
    if not infos:
        print("No backups yet (one is made after the first change).")
        return
    print(f"{'ID':<20} {'taken (UTC)':<17} {'launches':>8} {'size':>9}")
    for info in infos:
        count = "damaged" if info.launches is None else str(info.launches)
        size = f"{info.size_bytes / 1024:.0f} KiB"
        print(f"{info.id:<20} {info.taken:%Y-%m-%d %H:%M} {count:>8} {size:>9}")
