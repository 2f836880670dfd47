"""Mentions of a launch that no longer hold (NEWS-CONVENTIONS.md, "Delays"): a slip told in
the past ("that date was changed to July 22", then "NASA has now pegged July 30"; "they
announced they were delaying it until November 12, with a US launch on November 25", then
"… not released until April") is superseded by the same launch's later slip, and so is a plan told in the past ("X was set to
launch in summer" when X has been delayed to next year).
"""

from __future__ import annotations

import re

from countdown.core.model import Status
from countdown.core.news.agree import names_agree_in
from countdown.core.news.coordinated import listed_together
from countdown.core.news.nesting import windows_nest
from countdown.core.news.proposal import Proposal

# "that date was changed to July 22", "they announced they were delaying the release until
# November 12, with a US launch on November 25", "it was also set to launch in summer": a
# slip or a plan told in the past.
_PAST_MOVE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:changed|moved|pushed|delayed|postponed|shifted"
    r"|rescheduled)\b"
    r"|\b(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:set|scheduled|slated|planned|due|supposed)"
    r"\s+(?:to|for)\b"
    r"|\b(?:announced|said|decided|confirmed|revealed)\s+(?:that\s+)?(?:they|it|the\s+\w+)\s+"
    r"(?:were|was|had\s+been)\s+(?:delaying|pushing|moving|postponing|shifting|rescheduling)\b",
    re.I,
)
# "… was delayed last year, but now ships on June 4": the date after the contrast is new.
_CONTRAST = re.compile(r"\b(?:but|now|instead|new|newly|currently|still)\b|;", re.I)


def _told_as_past_slip(proposal: Proposal) -> bool:
    """The proposal's date comes after a slip told in the past in its sentence, with no
    contrast between them."""
    at = proposal.quote.find(proposal.when_text)
    moves = list(_PAST_MOVE.finditer(proposal.quote[: max(at, 0)]))
    return bool(moves) and not _CONTRAST.search(proposal.quote[moves[-1].end() : at])


def superseded(proposal: Proposal, proposals: list[Proposal], text: str = "") -> bool:
    """A date set by a slip told in the past, when the same launch slipped again later (a
    delayed mention, in another sentence, whose window starts after it ends)."""
    if not _told_as_past_slip(proposal):
        return False
    return any(
        other is not proposal
        and other.status is Status.DELAYED
        and other.quote != proposal.quote
        and names_agree_in(other.name, proposal.name, text)
        and not listed_together(other.name, proposal.name, text)
        and not windows_nest(other.window, proposal.window)
        and other.window.first_day() > proposal.window.last_day()
        for other in proposals
    )
