"""A launch proposed from pasted text: what the paste dialog and `countdown paste` show, with
the evidence for it — where in the pasted text its name, date and status cue were read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from countdown.core.model import Launch, Status, Window


@dataclass(frozen=True)
class Span:
    """Characters text[start:end] of the pasted text (code points, as Python indexes it)."""

    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    """Where a proposal came from in the pasted text; a part that could not be placed (a name
    made up from several words, a date read from another language's idiom, a status with no
    cue word) is None and simply not highlighted."""

    quote: Span | None = None
    name: Span | None = None
    when: Span | None = None
    status: Span | None = None


@dataclass(frozen=True)
class Proposal:
    """One launch found in pasted text, ready to be confirmed and tracked."""

    name: str
    when_text: str
    window: Window
    status: Status
    quote: str
    base: datetime
    status_words: str = ""  # the words the status stage read it from ("" when none said it)
    evidence: Evidence = Evidence()  # set by the evidence stage (evidence.py), last

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
