"""Reading the "When" text for the launch dialog: the parser it calls and the preview line.

The parser is passed in (tests give a fast one); the default imports countdown.core.dates.window on
first use, because that loads dateparser, which must stay off the path to the first tray paint.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from countdown.core.countdown import span_text
from countdown.core.dates.labels import localized_label
from countdown.core.model import Window
from countdown.core.wording import ENGLISH, Wording


class Parser(Protocol):
    def __call__(self, text: str, *, base: datetime, tz: str | None = None) -> Window: ...


def default_parser(text: str, *, base: datetime, tz: str | None = None) -> Window:
    """countdown.core.dates.window.parse_window, imported on first use (it loads dateparser)."""
    from countdown.core.dates.window import parse_window

    window: Window = parse_window(text, base=base, tz=tz, languages=("en",))
    return window


def preview_text(window: Window, wording: Wording = ENGLISH) -> str:
    """The preview line, e.g. "Q3 2026 · Jul 1 – Sep 30, 2026" (span left out if it adds nothing)."""
    span = span_text(window, wording)
    label = localized_label(window, wording)
    if not label:
        return span
    if window.is_instant or window.is_single_day:  # the label already names the day
        return label
    return f"{label} · {span}"
