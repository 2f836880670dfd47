"""Shipping subcommands: `install-desktop`, `autostart on|off|status`, and the .ics
export/import that `countdown export --format ics` / `countdown import FILE.ics` call
(`sync` is cli/sync_command.py). Qt-free like the rest of the command line.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from countdown.cli.base import (
    EXIT_OK,
    BadInput,
    Subparsers,
)
from countdown.cli.requires import require
from countdown.cli.terminal import json_text
from countdown.core.clock import Clock
from countdown.core.model import Launch
from countdown.core.settings import ALERT_PREFS
from countdown.integrations.system_clock import local_zone

if TYPE_CHECKING:
    from countdown.core.store import Store
    from countdown.core.store.transfer import ImportResult


def register(subparsers: Subparsers) -> None:
    install = subparsers.add_parser(
        "install-desktop", help="add Launch Countdown to your applications menu (this user)"
    )
    install.add_argument("--uninstall", action="store_true", help="remove it again")
    install.set_defaults(handler=cmd_install_desktop)
    auto = subparsers.add_parser("autostart", help="start the app at login: on, off or status")
    auto.add_argument("state", choices=("on", "off", "status"))
    auto.set_defaults(handler=cmd_autostart)


# ---- calendars ----------------------------------------------------------------------------


def export_ics(store: Store, ids: Sequence[int] | None, now: datetime) -> bytes:
    """All launches (or `ids`) as one .ics, with alarms for the alerts still to come."""
    from countdown.core.ics import export_calendar
    from countdown.core.plan import plan_alerts

    chosen = list(ids) if ids else [la.id for la in store.list_launches() if la.id is not None]
    launches = [store.get(launch_id) for launch_id in chosen]
    prefs, zone = ALERT_PREFS.read(store), local_zone()

    def alerts_for(launch: Launch) -> list[Any]:
        planned = plan_alerts(launch, now=now, prefs=prefs, local_tz=zone)
        return [alert for alert in planned if alert.due >= now]

    return export_calendar(launches, now=now, alerts_for=alerts_for)


def import_ics(store: Store, data: bytes, now: datetime) -> list[Launch]:
    """Add the calendar's events as launches, in one transaction; an event imported before
    (same UID) updates its launch instead (core/store/transfer.py)."""
    return import_ics_result(store, data, now).launches


def import_ics_result(store: Store, data: bytes, now: datetime) -> ImportResult:
    """import_ics with the action for each launch."""
    from countdown.core.ics import IcsError
    from countdown.core.ics_import import parse_calendar

    try:
        events = parse_calendar(data, now=now)
    except IcsError as exc:
        raise BadInput(str(exc)) from None
    return store.import_launches([(e.uid, e.launch.with_changes(id=None)) for e in events])


# ---- handlers -----------------------------------------------------------------------------


def _print(args: argparse.Namespace, data: dict[str, Any], text: str) -> None:
    print(json_text(data) if getattr(args, "json", False) else text)


def cmd_install_desktop(args: argparse.Namespace, clock: Clock) -> int:
    from countdown.integrations import desktop_install as di

    root = di.data_home()
    if args.uninstall:
        files = di.uninstall_desktop(root)
        _print(args, {"removed": [str(p) for p in files]}, f"Removed {len(files)} files")
        return EXIT_OK
    require("PySide6")  # a menu entry whose Exec= can only crash helps nobody
    files = di.install_desktop(root, di.app_command())
    entry = files[0]
    _print(args, {"installed": [str(p) for p in files]}, f"Installed {entry} and icons")
    return EXIT_OK


def cmd_autostart(args: argparse.Namespace, clock: Clock) -> int:
    from countdown.integrations.autostart import for_platform
    from countdown.integrations.desktop_install import app_command

    auto = for_platform(app_command())
    if args.state == "on":
        require("PySide6")
        auto.enable()
    elif args.state == "off":
        auto.disable()
    enabled = auto.is_enabled()
    text = f"Start at login: {'on' if enabled else 'off'} ({auto.where})"
    _print(args, {"autostart": enabled, "where": auto.where}, text)
    return EXIT_OK
