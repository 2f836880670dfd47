"""The alert plan (DESIGN §3): which alerts a launch gets and when — a pure function.

`plan_alerts(launch, now=, prefs=, local_tz=)` returns every alert of the launch's current
window, sorted by due time, past ones included: the alert service compares them with the delivery
ledger and decides what is "missed". Decisions made here:

- **Precision.** Instants (a time is known) get reminders at T − each lead day, T − 1 h, a
  launch-day popup at the morning time (only when T is later that day) and "launching now" at T.
  Single days get morning reminders lead days before and a launch-day popup. Wider windows
  (week … year, and ranges of days) get one reminder at the morning `max(lead_days)` days
  before they open, "window opens", "last day of the window" (when it is not the first day)
  and "window passed — did it launch?" the morning after. Never "launches today" for them.
- **Zones.** Morning alerts are at the user's local morning (`local_tz`), built as local wall
  time and converted to UTC, so 09:00 stays 09:00 on DST change days. An instant is absolute;
  its day reminders keep the local time of day (T − 1 d is the same wall time the day before,
  23 or 25 h earlier across a change), T − 1 h is exactly an hour. "The day" of an instant is
  its date in the user's zone (a 10:00 Shanghai launch is 03:00 in Berlin: launch-day popup not
  planned, its morning is after T). Dates of date windows are calendar dates, also read at the
  user's morning, even when the window names another zone.
- **Arming.** An alert that was already due when the launch got its current data
  (`launch.updated`, else `created`, else `now` for an unsaved launch) is not news: it is left
  out, so adding or re-dating a launch never pops up stale reminders.
- **Keys.** `"{launch_id}:{kind}[-{lead}d]:{window hash}"`: identical across restarts, new
  when the window's start/end/grain/zone changes, so a slipped date re-arms its alerts.
- A morning time that does not exist on a DST day (inside the skipped hour) is read with
  fold=0, i.e. it fires just after the jump. Launched and cancelled launches get nothing.
"""

from __future__ import annotations

import enum
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import NamedTuple
from zoneinfo import ZoneInfo

from countdown.core.dates.labels import localized_label
from countdown.core.model import AlertPrefs, Launch, Window
from countdown.core.wording import ENGLISH, Wording

ONE_HOUR = timedelta(hours=1)


class AlertKind(enum.StrEnum):
    REMINDER = "reminder"  # lead days before (window: before it opens)
    HOUR_BEFORE = "hour-before"
    LAUNCH_DAY = "launch-day"
    LAUNCHING_NOW = "now"
    WINDOW_OPENS = "window-opens"
    WINDOW_LAST_DAY = "last-day"
    WINDOW_PASSED = "window-passed"


@dataclass(frozen=True)
class Alert:
    key: str
    launch_id: int
    kind: AlertKind
    due: datetime  # aware, UTC
    title: str  # plain text
    body: str  # plain text (the notifier escapes it for markup servers)
    missed: bool = False  # set by the alert service: it came due while the app was not running


def window_hash(window: Window) -> str:
    """A short stable digest of what makes a window's alerts: changes when the date changes."""
    text = f"{window.start.isoformat()}|{window.end.isoformat()}|{window.grain}|{window.tz}"
    # 32 bits, as a sha1 prefix would give, without loading OpenSSL (≈ 3.5 MiB) in the app.
    return f"{zlib.crc32(text.encode()):08x}"


def morning_utc(day: date, prefs: AlertPrefs, local_tz: tzinfo) -> datetime:
    """The morning time of `day` in the user's zone, as UTC (DST-correct wall time)."""
    return datetime.combine(day, prefs.morning, local_tz).astimezone(UTC)


def plan_alerts(
    launch: Launch,
    *,
    now: datetime,
    prefs: AlertPrefs,
    local_tz: tzinfo,
    since: datetime | None = None,
    wording: Wording = ENGLISH,
) -> list[Alert]:
    """All alerts of the launch's current window, sorted by due (past ones included).

    Alerts due before `since` are left out; by default that is when the launch got its
    current data (see "Arming" above). Titles and bodies are in `wording`'s language.
    """
    if not launch.status.is_active or launch.id is None:
        return []
    prefs = launch.prefs or prefs
    if launch.window.is_instant:
        drafts = _instant_alerts(launch, prefs, local_tz, wording)
    elif launch.window.is_single_day:
        drafts = _day_alerts(launch, prefs, local_tz, wording)
    else:
        drafts = _wide_alerts(launch, prefs, local_tz, wording)
    armed = (since or launch.updated or launch.created or now).astimezone(UTC)
    digest = window_hash(launch.window)
    alerts = [
        Alert(f"{launch.id}:{d.kind}{d.suffix}:{digest}", launch.id, d.kind, d.due, d.title, d.body)
        for d in drafts
        if d.due >= armed
    ]
    return sorted(alerts, key=lambda a: (a.due, a.key))


class _Draft(NamedTuple):
    kind: AlertKind
    due: datetime
    title: str
    body: str
    suffix: str = ""  # "-7d" for reminders: one key per lead


def _lead_days(prefs: AlertPrefs) -> list[int]:
    return sorted({d for d in prefs.lead_days if d > 0}, reverse=True)


def _soon(say: Wording, key: str, days: int, name: str) -> str:
    """ "<name> tomorrow" / "<name> in 7 days" (key "alert" or "alert_opens")."""
    if days == 1:
        return say.say(f"{key}_tomorrow", name=name)
    return say.count(f"{key}_in_days" if key == "alert" else f"{key}_in", days, name=name)


def _instant(window: Window, local_tz: tzinfo) -> datetime:
    """An instant as an aware datetime: naive ones are in the window's zone, else the user's."""
    start = window.start
    assert isinstance(start, datetime)
    if start.tzinfo is None:
        start = start.replace(tzinfo=ZoneInfo(window.tz) if window.tz else local_tz)
    return start


def _days_before_local(at: datetime, days: int) -> datetime:
    """The same local wall time `days` days earlier (DST-aware via the zone), as UTC."""
    wall = at.replace(tzinfo=None) - timedelta(days=days)
    return wall.replace(tzinfo=at.tzinfo).astimezone(UTC)


def _instant_alerts(
    launch: Launch, prefs: AlertPrefs, local_tz: tzinfo, say: Wording
) -> list[_Draft]:
    name = launch.name
    at = _instant(launch.window, local_tz).astimezone(local_tz)
    clock = say.clock(at.hour, at.minute)
    when = say.say("day_at", day=say.weekday_date(at.date()), clock=clock)
    drafts = [
        _Draft(
            AlertKind.REMINDER,
            _days_before_local(at, d),
            _soon(say, "alert", d, name),
            say.say("body_launches", when=when),
            f"-{d}d",
        )
        for d in _lead_days(prefs)
    ]
    # In UTC: aware datetimes of one zone subtract by wall clock, which across a DST change
    # is not 60 real minutes (on a spring-forward night it was the launch's own instant).
    hour_before = at.astimezone(UTC) - ONE_HOUR
    in_hour, at_clock = say.say("alert_in_hour", name=name), say.say("body_at", clock=clock)
    drafts.append(_Draft(AlertKind.HOUR_BEFORE, hour_before, in_hour, at_clock))
    morning = morning_utc(at.date(), prefs, local_tz)
    if morning < hour_before:  # later, "in 1 hour" says it already
        today, body = say.say("alert_today", name=name), say.say("body_today_at", clock=clock)
        drafts.append(_Draft(AlertKind.LAUNCH_DAY, morning, today, body))
    now_title, scheduled = say.say("alert_now", name=name), say.say("body_scheduled", when=when)
    drafts.append(_Draft(AlertKind.LAUNCHING_NOW, at.astimezone(UTC), now_title, scheduled))
    return drafts


def _day_alerts(launch: Launch, prefs: AlertPrefs, local_tz: tzinfo, say: Wording) -> list[_Draft]:
    name, day = launch.name, launch.window.first_day()
    label = localized_label(launch.window, say) or say.weekday_date(day)
    body = say.say("body_day", label=label)
    drafts = [
        _Draft(
            AlertKind.REMINDER,
            morning_utc(day - timedelta(days=d), prefs, local_tz),
            _soon(say, "alert", d, name),
            body,
            f"-{d}d",
        )
        for d in _lead_days(prefs)
    ]
    today = say.say("alert_today", name=name)
    drafts.append(_Draft(AlertKind.LAUNCH_DAY, morning_utc(day, prefs, local_tz), today, body))
    return drafts


def _wide_alerts(launch: Launch, prefs: AlertPrefs, local_tz: tzinfo, say: Wording) -> list[_Draft]:
    name, window = launch.name, launch.window
    first, last = window.first_day(), window.last_day()
    body = say.say(
        "body_expected",
        label=localized_label(window, say),
        first=say.weekday_date(first, weekday=False),
        last=say.weekday_date(last, weekday=False),
    )
    drafts = []
    for lead in _lead_days(prefs)[:1]:  # only the longest lead: "opens tomorrow" adds little
        due = morning_utc(first - timedelta(days=lead), prefs, local_tz)
        title = _soon(say, "alert_opens", lead, name)
        drafts.append(_Draft(AlertKind.REMINDER, due, title, body, f"-{lead}d"))
    opens = morning_utc(first, prefs, local_tz)
    drafts.append(
        _Draft(AlertKind.WINDOW_OPENS, opens, say.say("alert_opens_today", name=name), body)
    )
    if last != first:
        last_morning = morning_utc(last, prefs, local_tz)
        title = say.say("alert_last_day", name=name)
        drafts.append(_Draft(AlertKind.WINDOW_LAST_DAY, last_morning, title, body))
    passed = morning_utc(last + timedelta(days=1), prefs, local_tz)
    question = say.say("body_question", body=body)
    title = say.say("alert_passed", name=name)
    drafts.append(_Draft(AlertKind.WINDOW_PASSED, passed, title, question))
    return drafts
