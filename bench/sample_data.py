"""Sample launches for the benchmarks and screenshots: every grain, spread over the coming years.

`sample_launches(n, today)` is deterministic for a given `today`; `fill_home(home, n, today)`
writes them into a store in one transaction (`import_data`), so 10,000 launches take seconds.
"""

from __future__ import annotations

import calendar
import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from countdown.core.model import Grain, Launch, Status, Window

NAMES = (
    "Pixel",
    "Galaxy",
    "Switch",
    "Falcon",
    "Starship",
    "Vision",
    "Kindle",
    "Quest",
    "Zen",
    "Steam Deck",
    "Mustang",
    "Artemis",
    "Framework",
    "ThinkPad",
    "Walkman",
)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def sample_window(rng: random.Random, today: date) -> tuple[str, Window]:
    """(what a person typed, the window it means) for a random grain within ~3 years."""
    day = today + timedelta(days=rng.randrange(1, 1100))
    kind = rng.choice(["instant", "day", "month", "quarter", "half", "season", "year", "week"])
    if kind == "instant":
        at = datetime.combine(day, time(rng.choice([9, 10, 15, 18]), 0), UTC)
        label = f"{at:%b} {at.day}, {at.year} {at:%H:%M} UTC"
        return label, Window(at, at, Grain.MINUTE, label, None)
    if kind == "day":
        label = f"{day:%B} {day.day}, {day.year}"
        return label, Window(day, day, Grain.DAY, label)
    if kind == "week":
        monday = day - timedelta(days=day.weekday())
        label = f"week of {monday:%b} {monday.day}, {monday.year}"
        return label, Window(monday, monday + timedelta(days=6), Grain.WEEK, label)
    if kind == "month":
        label = f"{day:%B %Y}"
        return label, Window(
            day.replace(day=1), _month_end(day.year, day.month), Grain.MONTH, label
        )
    if kind == "quarter":
        q = (day.month - 1) // 3
        label = f"Q{q + 1} {day.year}"
        start = date(day.year, 3 * q + 1, 1)
        return label, Window(start, _month_end(day.year, 3 * q + 3), Grain.QUARTER, label)
    if kind == "half":
        h = 0 if day.month <= 6 else 1
        label = f"H{h + 1} {day.year}"
        start = date(day.year, 6 * h + 1, 1)
        return label, Window(start, _month_end(day.year, 6 * h + 6), Grain.HALF, label)
    if kind == "season":
        label = f"summer {day.year}"
        return label, Window(date(day.year, 6, 1), date(day.year, 8, 31), Grain.SEASON, label)
    label = str(day.year)
    return label, Window(date(day.year, 1, 1), date(day.year, 12, 31), Grain.YEAR, label)


def sample_launches(n: int, today: date, seed: int = 7) -> list[Launch]:
    rng = random.Random(seed)
    base = datetime.combine(today, time(12, 0))
    launches = []
    for i in range(n):
        text, window = sample_window(rng, today)
        name = f"{rng.choice(NAMES)} {rng.randrange(2, 40)}" + (f" #{i}" if n > 50 else "")
        status = rng.choice([Status.RUMORED, Status.ANNOUNCED, Status.CONFIRMED, Status.DELAYED])
        launches.append(
            Launch(
                name=name,
                when_text=text,
                base=base,
                window=window,
                status=status,
                tags=(rng.choice(["phone", "space", "game", "car", "laptop"]),),
            )
        )
    return launches


def export_shape(launches: list[Launch]) -> dict[str, Any]:
    return {
        "format": "launch-countdown",
        "version": 1,
        "launches": [launch.to_dict(with_revisions=True) for launch in launches],
    }


def fill_home(home: Path, n: int, today: date) -> None:
    """A store in `home` holding `n` sample launches."""
    from countdown.core.store import Store

    home.mkdir(parents=True, exist_ok=True)
    store = Store.open(home, clock=lambda: datetime.now(UTC))
    if n:
        store.import_data(export_shape(sample_launches(n, today)))
    store.close()
