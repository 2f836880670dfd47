"""A launch proposed from pasted text: what the paste dialog and `countdown paste` show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from countdown.core.model import Launch, Status, Window


@dataclass(frozen=True)
class Proposal:
    """One launch found in pasted text, ready to be confirmed and tracked."""

    name: str
    when_text: str
    window: Window
    status: Status
    quote: str
    base: datetime

    def to_launch(self, now: datetime) -> Launch:
        added = now.astimezone().date()  # the user's calendar day
        note = f"From pasted news written {self.base:%Y-%m-%d}, added {added:%Y-%m-%d}."
        return Launch(
            name=self.name,
            when_text=self.when_text,
            base=self.base,
            window=self.window,
            status=self.status,
            source=self.quote,
            notes=note,
        )
