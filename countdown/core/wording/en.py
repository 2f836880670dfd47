"""English: the source language (the CLI's, and the default of every core function)."""

from __future__ import annotations

from countdown.core.wording.book import Phrase, Wording, plural_one_other

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip
SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Ranges read better with short names spelled out (AP style): "June 5–7", "Nov 25–30".
RANGE = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

PHRASES: dict[str, Phrase] = {
    # countdown (core/countdown.py)
    "unit_d": "{n} d",
    "unit_h": "{n} h",
    "unit_min": "{n} min",
    "two_units": "{a} {b}",
    "in_span": "in {span}",
    "now": "now",
    "launched_ago": "launched {span} ago",
    "in_days": ("in {n} day", "in {n} days"),
    "tomorrow": "tomorrow",
    "today": "today",
    "yesterday": "yesterday",
    "days_ago": ("{n} day ago", "{n} days ago"),
    "opens_tomorrow": "opens tomorrow",
    "opens_in": ("opens in {n} day", "opens in {n} days"),
    "window_opens_tomorrow": "window opens tomorrow",
    "window_opens_in": ("window opens in {n} day", "window opens in {n} days"),
    "passed_yesterday": "passed yesterday",
    "passed_ago": ("passed {n} day ago", "passed {n} days ago"),
    "window_passed_yesterday": "window passed yesterday",
    "window_passed_ago": ("window passed {n} day ago", "window passed {n} days ago"),
    "open": "open · {day} · {tail}",
    "window_open": "window open · {day} · {tail}",
    "overdue": "passed — did it launch?",
    "day_of": "day {n} of {total}",
    "last_day": "last day",
    "days_left": ("{n} day left", "{n} days left"),
    # dates (book.py)
    "date": "{mon} {d}, {y}",
    "date_no_year": "{mon} {d}",
    "date_full": "{mon} {d}, {y}",
    "date_weekday": "{wd} {d} {mon} {y}",
    "date_plain": "{d} {mon} {y}",
    "range_years": "{a}–{b}",
    "range_months": "{a}–{b}",
    "range_days": "{mon} {d1}–{d2}, {y}",
    "instant": "{date} {clock}",
    "instant_span": "{date} {clock}{offset}",
    # window labels (core/dates/labels.py)
    "by": "by {date}",
    "early_month": "early {month} {y}",
    "mid_month": "mid-{month} {y}",
    "late_month": "late {month} {y}",
    "week_of": "week of {date}",
    "month_year": "{month} {y}",
    "month_year_short": "{mon} {y}",
    "months_same_year": "{mon1}–{mon2} {y}",
    "months_years": "{a}–{b}",
    "early_year": "early {y}",
    "mid_year": "mid-{y}",
    "late_year": "late {y}",
    "spring": "spring {y}",
    "summer": "summer {y}",
    "fall": "fall {y}",
    "holiday": "holiday season {y}",
    "winter": "winter {y}/{yy}",
    "season": "season {y}",
    "quarter": "Q{q} {y}",
    "quarters": "{a}–{b}",
    "half1": "H1 {y}",
    "half2": "H2 {y}",
    "year": "{y}",
    "years": "{y1}–{y2}",
    # alerts (core/plan.py)
    "alert_tomorrow": "{name} tomorrow",
    "alert_in_days": ("{name} in {n} day", "{name} in {n} days"),
    "alert_in_hour": "{name} in 1 hour",
    "alert_today": "{name} launches today",
    "alert_now": "{name} is launching now",
    "alert_opens_tomorrow": "{name}: window opens tomorrow",
    "alert_opens_in": ("{name}: window opens in {n} day", "{name}: window opens in {n} days"),
    "alert_opens_today": "{name}: window opens today",
    "alert_last_day": "{name}: last day of the window",
    "alert_passed": "{name}: window passed — did it launch?",
    "day_at": "{day} at {clock}",
    "body_launches": "Launches {when}.",
    "body_at": "Launches at {clock}.",
    "body_today_at": "Launches today at {clock}.",
    "body_scheduled": "Scheduled for {when}.",
    "body_day": "Launch day: {label}.",
    "body_expected": "Expected {label} ({first} – {last}).",
    "body_question": "{body} Mark it launched, edit the date, or keep waiting.",
}

ENGLISH = Wording("en", PHRASES, plural_one_other, MONTHS, SHORT, RANGE, WEEKDAYS)
