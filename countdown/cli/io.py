"""The `export` and `import` subcommands: JSON (lossless, revisions included) and iCalendar.

iCalendar work is delegated to `countdown.cli.ship` (export_ics / import_ics).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from countdown.cli.main import EXIT_OK, BadInput

Clock = Callable[[], datetime]


def cmd_export(args: argparse.Namespace, store: Any, clock: Clock) -> int:
    if args.format == "ics":
        from countdown.cli.ship import export_ics

        payload = export_ics(store, args.ids or None, clock())
    else:
        text = json.dumps(store.export_data(), ensure_ascii=False, indent=2) + "\n"
        payload = text.encode("utf-8")
    if args.output:
        Path(args.output).write_bytes(payload)
    elif hasattr(sys.stdout, "buffer"):
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    else:  # a redirected text stream (scripts, tests)
        sys.stdout.write(payload.decode("utf-8"))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, store: Any, clock: Clock) -> int:
    path = Path(args.file)
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else path.read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read {args.file}: {exc.strerror}") from None
    if path.suffix.lower() == ".ics" or data.lstrip().startswith(b"BEGIN:VCALENDAR"):
        from countdown.cli.ship import import_ics

        imported = import_ics(store, data, clock())
    else:
        try:
            imported = store.import_data(json.loads(data))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise BadInput(
                f"{args.file} is neither a JSON export nor an .ics file: {exc}"
            ) from None
    if args.json:
        print(json.dumps({"imported": [launch.id for launch in imported]}))
    else:
        print(f"Imported {len(imported)} launch{'es' if len(imported) != 1 else ''}")
    return EXIT_OK
