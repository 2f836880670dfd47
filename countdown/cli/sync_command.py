"""`countdown sync [--url URL] [--user USER] [--remember-password] [--timeout S]`: two-way CalDAV
sync of the store (the rules are integrations/sync.py, the server side caldav_client.py).

The last --url/--user are remembered in the store settings, never a password: a password typed
inside the address (`https://alice:pw@host/`) is dropped with a note, the user name kept, and
the password asked for as usual (COUNTDOWN_SYNC_PASSWORD, the keyring, else a prompt). Every
message has addresses scrubbed of user info. The whole run, not each read, is bounded by
--timeout (integrations/remote_deadline.py). Qt-free like the rest of the command line.
"""

from __future__ import annotations

import argparse
import getpass
import math
import os
import sys
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from countdown.cli.base import (
    EXIT_BAD_INPUT,
    EXIT_ERROR,
    EXIT_OK,
    BadInput,
    Subparsers,
    complain,
    store_command,
)
from countdown.cli.requires import require
from countdown.cli.terminal import json_text
from countdown.core.clock import Clock
from countdown.core.settings import SYNC_STATE, SYNC_URL, SYNC_USER
from countdown.integrations.url_secrets import scrub, split_userinfo

if TYPE_CHECKING:
    from countdown.core.store import Store

DEFAULT_TIMEOUT_S = 120.0
PASSWORD_IN_URL = (
    "the password in --url was not used and is not stored; give it when asked "
    "(or in COUNTDOWN_SYNC_PASSWORD, or once with --remember-password)"
)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value <= 86400:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds, e.g. 60")
    return value


def register(subparsers: Subparsers) -> None:
    sync = subparsers.add_parser("sync", help="two-way sync with a CalDAV calendar")
    sync.add_argument("--url", help="CalDAV server, e.g. https://dav.example.com/ (remembered)")
    sync.add_argument("--user", help="account name on the server (remembered)")
    sync.add_argument(
        "--remember-password", action="store_true", help="keep the password in the system keyring"
    )
    sync.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT_S,
        metavar="SECONDS",
        help=f"give up when the whole sync takes longer (default {DEFAULT_TIMEOUT_S:g})",
    )
    sync.set_defaults(handler=store_command(cmd_sync))


def sync_address(url_arg: str | None, user_arg: str | None, store: Store) -> tuple[str, str]:
    """The address (without user info) and user name to sync with: typed, else remembered."""
    typed = split_userinfo(url_arg) if url_arg else None
    if typed is not None and typed.had_password:
        complain(PASSWORD_IN_URL)
    remembered = split_userinfo(SYNC_URL.read(store) or "")  # older versions kept user info
    url = typed.url if typed is not None else remembered.url
    user = user_arg or (typed.user if typed else None) or SYNC_USER.read(store)
    if url:
        check_address(url)
    return url, user or remembered.user or ""


def check_address(url: str) -> None:
    """An http(s) address with a host, or BadInput (exit 2) before any network."""
    try:
        parts = urlsplit(url)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:  # a broken IPv6 literal, a port that is not a number
        valid = False
    if not valid:
        raise BadInput(f"--url {url!r} is not a calendar address; use https://host/path/")


def cmd_sync(args: argparse.Namespace, store: Store, clock: Clock) -> int:
    require("caldav")  # the optional extra: say so before asking for a password
    from countdown.integrations import caldav_client as sync_caldav
    from countdown.integrations import sync
    from countdown.integrations.remote_deadline import Deadline, DeadlineRemote

    url, user = sync_address(args.url, args.user, store)
    if not url or not user:
        complain("give --url and --user the first time")
        return EXIT_BAD_INPUT
    _scrub_sync_state(store)
    try:
        keyring = sync_caldav.load_keyring()
        prompt = getpass.getpass if sys.stdin.isatty() else None
        password, origin = sync_caldav.find_password(
            url, user, env=os.environ, prompt=prompt, keyring=keyring
        )
        deadline = Deadline(args.timeout)
        remote = DeadlineRemote(lambda: sync_caldav.CalDavRemote(url, user, password), deadline)
        report = sync.sync(store, remote, now=clock())
    except sync.SyncError as exc:
        complain(scrub(str(exc)))
        return EXIT_ERROR
    SYNC_URL.write(store, url)
    SYNC_USER.write(store, user)
    if args.remember_password and origin == "prompt":
        _remember_password(keyring, url, user, password)
    text = f"Synced with {scrub(remote.key)}: {report.summary()}"
    data = {"calendar": scrub(remote.key), **vars(report)}
    print(json_text(data) if args.json else text)
    return EXIT_OK


def _scrub_sync_state(store: Store) -> None:
    """Sync state kept by older versions is keyed by calendar address, user info included."""
    state = SYNC_STATE.read(store)
    if any(scrub(key) != key for key in state):
        SYNC_STATE.write(store, {scrub(key): entry for key, entry in state.items()})


def _remember_password(keyring: Any, url: str, user: str, password: str) -> None:
    from countdown.integrations import caldav_client as sync_caldav

    if keyring is None:
        complain("no system keyring here, the password was not saved")
        return
    keyring.set_password(
        sync_caldav.KEYRING_SERVICE, sync_caldav.keyring_account(url, user), password
    )
