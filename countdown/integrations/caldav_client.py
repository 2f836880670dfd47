"""The CalDAV side of sync (sync.py holds the rules): the user's "Launch Countdown" calendar
on a server, through the `caldav` library (imported lazily), and where the password comes from.

The password never touches the disk here: COUNTDOWN_SYNC_PASSWORD (automation), else the system
keyring (if the `keyring` package is installed and has a backend), else a prompt. Plain http is
refused except to this machine (tests run Radicale on 127.0.0.1).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from countdown.integrations.sync import RemoteEvent, SyncError

CALENDAR_NAME = "Launch Countdown"
CALENDAR_ID = "launch-countdown"
KEYRING_SERVICE = "launch-countdown-sync"
PASSWORD_ENV = "COUNTDOWN_SYNC_PASSWORD"


def _is_loopback(url: str) -> bool:
    return (urlsplit(url).hostname or "") in ("localhost", "127.0.0.1", "::1")


class CalDavRemote:
    """The "Launch Countdown" calendar of `username` on a CalDAV server (made if missing)."""

    def __init__(self, url: str, username: str, password: str, *, timeout_s: int = 30) -> None:
        if urlsplit(url).scheme != "https" and not _is_loopback(url):
            raise SyncError(f"{url}: use an https:// address so the password is not sent in clear")
        from caldav.davclient import DAVClient  # lazily: only sync needs it
        from caldav.lib import error as caldav_error

        self._errors: tuple[type[Exception], ...] = (caldav_error.DAVError, OSError)
        client: Any = DAVClient(  # caldav is partly untyped
            url=url,
            username=username,
            password=password,
            timeout=timeout_s,
            require_tls=not _is_loopback(url),
        )
        try:
            principal = client.principal()
            self._calendar = self._find_calendar(principal)
        except self._errors as exc:
            raise SyncError(f"cannot reach the calendar at {url}: {exc}") from None
        self.key = str(self._calendar.url)
        self._objects: dict[str, Any] = {}

    @staticmethod
    def _find_calendar(principal: Any) -> Any:
        for calendar in principal.calendars():
            if calendar.get_display_name() == CALENDAR_NAME:
                return calendar
        return principal.make_calendar(name=CALENDAR_NAME, cal_id=CALENDAR_ID)

    def _failed(self, exc: Exception) -> SyncError:
        return SyncError(f"the calendar server failed: {exc}")

    def fetch(self) -> dict[str, RemoteEvent]:
        try:
            return self._fetch()
        except self._errors as exc:
            raise self._failed(exc) from None

    def put(self, uid: str, data: bytes) -> None:
        try:
            self._put(uid, data)
        except self._errors as exc:
            raise self._failed(exc) from None

    def delete(self, uid: str) -> None:
        try:
            obj = self._objects.get(uid) or self._calendar.event_by_uid(uid)
            obj.delete()
        except self._errors as exc:
            raise self._failed(exc) from None

    def _fetch(self) -> dict[str, RemoteEvent]:
        found: dict[str, RemoteEvent] = {}
        self._objects = {}
        for obj in self._calendar.events():
            uid = str(obj.icalendar_component.get("uid", ""))
            data = obj.data
            found[uid] = RemoteEvent(
                data.encode() if isinstance(data, str) else data, str(obj.etag)
            )
            self._objects[uid] = obj
        return found

    def _put(self, uid: str, data: bytes) -> None:
        existing = self._objects.get(uid)
        if existing is None:  # new: the library names it <uid>.ics
            self._calendar.save_event(data.decode("utf-8"))
            return
        existing.data = data.decode("utf-8")  # keep its URL: another client may have named it
        existing.save()


def keyring_account(url: str, username: str) -> str:
    return f"{username}@{url}"


def find_password(
    url: str,
    username: str,
    *,
    env: Mapping[str, str],
    prompt: Callable[[str], str] | None,
    keyring: Any = None,
) -> tuple[str, str]:
    """(password, where it came from): the env variable, the keyring, else the prompt."""
    if env.get(PASSWORD_ENV):
        return env[PASSWORD_ENV], "environment"
    if keyring is not None:
        stored = keyring.get_password(KEYRING_SERVICE, keyring_account(url, username))
        if stored:
            return str(stored), "keyring"
    if prompt is None:
        raise SyncError(f"no password: set {PASSWORD_ENV} or run interactively")
    return prompt(f"CalDAV password for {username} at {url}: "), "prompt"


def load_keyring() -> Any:
    """The `keyring` module when it is installed and has a real backend, else None."""
    try:
        keyring = importlib.import_module("keyring")
        fail = importlib.import_module("keyring.backends.fail")
    except ImportError:
        return None
    return None if isinstance(keyring.get_keyring(), fail.Keyring) else keyring
