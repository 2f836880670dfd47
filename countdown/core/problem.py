"""What is wrong with a date text or a stored field, kept as data and worded by whoever shows it.

A `Problem` is a phrase key (core/wording/problems.py) and the values it names, so the command
line says it in English while the desktop app says it in the user's language — the way slips
and countdowns are worded (DESIGN §4). Values are what the text or the row held (shown
literally) and numbers; a "month" value (1–12) is shown as the language's month name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from countdown.core.wording import ENGLISH, Wording


@dataclass(frozen=True)
class Problem:
    """One phrase key and its values: "date_bad_day" with month 6, day 31, days 30."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    def worded(self, wording: Wording = ENGLISH) -> str:
        """The problem as a sentence (or phrase) in `wording`'s language."""
        values = dict(self.values)
        month = values.get("month")
        if isinstance(month, int) and 1 <= month <= 12:
            values["month_name"] = wording.months[month - 1]
        return wording.say(self.key, **values)

    def __str__(self) -> str:
        return self.worded()


def sentences(problems: tuple[Problem, ...], wording: Wording = ENGLISH) -> str:
    """Several problems as one message: sentences joined the language's way (no space in CJK)."""
    text = ""
    for problem in problems:
        worded = problem.worded(wording)
        text = wording.say("sentences", a=text, b=worded) if text else worded
    return text


def field_name(name: str, wording: Wording = ENGLISH) -> str:
    """A stored field's name ("status", "window.tz") as the user's language calls it."""
    key = f"field_{name}"
    return wording.say(key) if key in wording.phrases else name
