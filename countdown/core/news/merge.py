"""The proposals stage: one proposal per launch.

Mentions of the same launch (headline, body, quotes) are merged (NEWS-CONVENTIONS.md, "One
proposal per launch"): two proposals are the same launch when their windows nest (an instant
inside a day, a day inside a month …) and their names agree — the same name, one name inside
the other ("Note 8" / "Galaxy Note 8"), or one of them is weak (a maker, place or person
rather than a product: one plain word, or a company / venue word such as "Games", "Station";
agree.py) — unless the text lists them together ("X and Y"): a launch told of a list is one
launch per product (coordinated.py).
The merged proposal keeps the most specific window (a time with a named zone over the same
time without one, a time over its day, a day over its month), the strongest name, and a
cancellation or slip said in any of the mentions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

from countdown.core.dates.labels import describe_instant
from countdown.core.model import Status
from countdown.core.news.agree import (
    ORG_WORDS,
    abbreviates,
    key_words,
    names_agree_in,
    two_products,
)
from countdown.core.news.agree import is_weak_name as is_weak_name  # re-exported
from countdown.core.news.agree import names_agree as names_agree  # re-exported
from countdown.core.news.coordinated import each_listed_product, listed_together
from countdown.core.news.kinds import speakers
from countdown.core.news.nesting import (
    day_beside_span,
    same_moment,
    specificity,
    windows_nest,
)
from countdown.core.news.proposal import Proposal
from countdown.core.news.stale import superseded
from countdown.core.news.status import combined_status
from countdown.core.news.status_elsewhere import names_it

_SPEAKS = (
    "said|says|announced|confirmed|told|revealed|stated|CEO|chief|president|spokes\\w+"
    "|executives?|has\\s+announced|officials?"
)


def _better_name(a: str, b: str) -> str:
    if is_weak_name(a) != is_weak_name(b):
        return b if is_weak_name(a) else a
    return a if len(key_words(a)) >= len(key_words(b)) else b


def _merged(kept: Proposal, other: Proposal, text: str) -> Proposal:
    exact = kept if specificity(kept.window) <= specificity(other.window) else other
    coarser = other if exact is kept else kept
    name = _better_name(kept.name, other.name)
    if _speaks(name, text) != _speaks(other.name if name == kept.name else kept.name, text):
        name = other.name if _speaks(kept.name, text) else kept.name  # the product, not its maker
    status = combined_status(exact.status, coarser.status, speaks_of_it=_told_of(coarser, name))
    told = exact if status is exact.status else coarser  # its words gave the status
    return replace(exact, name=name, status=status, status_words=told.status_words)


def _told_of(mention: Proposal, name: str) -> bool:
    """The mention is about the launch `name`: it bears that name, or its quote names it (a
    weak-named mention that merged by its window — "Cybertruck … until 2022" — may be about
    another product of the paragraph)."""
    return key_words(name) <= key_words(mention.name) or names_it(mention.quote, name)


@lru_cache(maxsize=512)
def _aliases(a: str, b: str, text: str) -> bool:
    """The text writes the two names side by side for one product: 'Ryzen 7000 "Zen 4"',
    "Mars 2020 (Perseverance)"."""
    if not text or a == b:
        return False
    joint = r"\s*[\"“”'‘’(（]\s*"
    pair = rf"{re.escape(a)}{joint}{re.escape(b)}|{re.escape(b)}{joint}{re.escape(a)}"
    return re.search(pair, text) is not None


def _same_launch(a: Proposal, b: Proposal, text: str) -> bool:
    # One sentence telling a launch's date twice ("an October launch; … on the 4th of that
    # month") names it twice too, perhaps differently: a shared word is enough. A name the
    # text has speak or report ("Blue Origin wrote", "TechCrunch reported") is a maker or an
    # outlet: it agrees with any product name. Names listed together are two products.
    if listed_together(a.name, b.name, text):
        return False
    if same_moment(a.window, b.window):
        return True
    if two_products(a.name, b.name, speakers(text), text):
        return False
    agree = (
        names_agree_in(a.name, b.name, text)
        or (a.quote == b.quote and bool(key_words(a.name) & key_words(b.name)))
        or _speaks(a.name, text)
        or _speaks(b.name, text)
        or _aliases(a.name, b.name, text)
        or abbreviates(a.name, b.name)
    )
    nested = windows_nest(a.window, b.window) and agree
    return nested or same_moment(a.window, b.window) or _two_estimates(a, b)


def _two_estimates(a: Proposal, b: Proposal) -> bool:
    """One product's launch told as a part of a month and as a day right beside it, in two
    sentences ("near the end of September" … "an October 1 launch is likely"), with no slip
    between: one launch. One sentence telling both ("unveils it in late September and ships it
    on October 2") tells two events."""
    ka, kb = key_words(a.name), key_words(b.name)
    same = (ka <= kb or kb <= ka) and a.quote != b.quote
    slipped = Status.DELAYED in (a.status, b.status)
    return same and not slipped and day_beside_span(a.window, b.window)


def one_per_launch(proposals: list[Proposal], text: str = "") -> list[Proposal]:
    """`proposals` with the mentions of each launch merged, in first-mention order; a maker,
    place or agency left on its own is dropped when the text names products (a maker's name
    stands only for its single unnamed product)."""
    merged = _merge_mentions(each_listed_product(proposals, text), text)
    merged = [p for p in merged if not superseded(p, merged, text)]
    if any(not is_weak_name(p.name) for p in merged):
        merged = [p for p in merged if not _is_maker(p.name, text)]
    return merged


_REPORTS = (
    "said|says|wrote|writes|tweeted|posted|reported|reports|announced|confirmed|stated"
    "|在報道中|在报道中|指出|表示|報道|报道|稱|称"
)


@lru_cache(maxsize=512)
def _speaks(name: str, text: str) -> bool:
    """The text has `name` speak or report ("Blue Origin wrote in a statement",
    "TechCrunch reported"): a maker, agency or outlet, not the product."""
    if not name or not text:
        return False
    said = rf"{re.escape(name)}[》」』”’\"')\s]*(?:\w+\s+)?(?:{_REPORTS})"
    return re.search(said, text) is not None


def _is_maker(name: str, text: str) -> bool:
    """A company, agency or venue (by its name's words), or a name the text has speak
    ("NASA said", "Nintendo's CEO"): a single-word product ("Soul") is none of these."""
    if not is_weak_name(name):
        return False
    if ORG_WORDS.search(name) or len(name.split()) > 1:
        return True
    speaks = rf"\b{re.escape(name)}(?:'s|’s)?\s+(?:\w+\s+)?(?:{_SPEAKS})\b"
    return re.search(speaks, text) is not None


_CLOCK = re.compile(
    r"\d{1,2}(?:[:.h]\d\d){0,2}\s*(?:[ap]\.?m\.?)?|\b[A-Z]{2,5}\b|[\s/(),–-]+|\bor\b"
)


def _time_only(proposal: Proposal) -> bool:
    """ "16:00 BST / 11:00 ET": a time with no day of its own (read on the base day)."""
    text = proposal.when_text
    return (
        proposal.window.is_instant and _CLOCK.sub("", text) == "" and any(c.isdigit() for c in text)
    )


def _same_clock(proposal: Proposal, proposals: list[Proposal]) -> Proposal | None:
    start = proposal.window.start
    if not isinstance(start, datetime):
        return None
    return next(
        (
            p
            for p in proposals
            if p is not proposal
            and p.window.is_instant
            and isinstance(p.window.start, datetime)
            and not _time_only(p)
            and p.window.start.time() == start.time()
        ),
        None,
    )


def _on_its_day(proposals: list[Proposal]) -> list[Proposal]:
    """A time-only mention takes its day from the same launch's nearest earlier day mention
    ("launches on July 12 …  The keynote starts at 16:00 BST"), or from a mention of the same
    clock time with its day ("Liftoff is at 9:30 p.m. on April 15 … the 9:30 p.m. ET launch"),
    whatever each calls it: then the zone named once applies to both."""
    placed = list(proposals)
    for i, proposal in enumerate(proposals):
        if not _time_only(proposal):
            continue  # only a time told alone looks for its day (and the look-up is costly)
        dated = _same_clock(proposal, proposals) or next(
            (
                p
                for p in reversed(proposals[:i])
                if p.window.is_single_day and names_agree(p.name, proposal.name)
            ),
            None,
        )
        start = proposal.window.start
        if dated is None or not _time_only(proposal) or not isinstance(start, datetime):
            continue
        day = dated.window.first_day()
        moment = start.replace(year=day.year, month=day.month, day=day.day)
        zone = proposal.window.label.split()[-1]
        label = describe_instant(moment, zone if zone.isalpha() else None)
        window = replace(proposal.window, start=moment, end=moment, label=label)
        placed[i] = replace(proposal, window=window, status=dated.status)  # the day's wording
    return placed


def _merge_mentions(proposals: list[Proposal], text: str) -> list[Proposal]:
    """Merged twice: a time told alone takes its day from a launch whose names only agree
    once its mentions are merged ("Galaxy Note" on August 2 + "Galaxy Note 7" in August, then
    "Note 7 … at 4pm")."""
    once = _merge_pass(_on_its_day(proposals), text)
    return _merge_pass(_on_its_day(once), text)


def _merge_pass(proposals: list[Proposal], text: str) -> list[Proposal]:
    launches: list[Proposal] = []
    for proposal in proposals:
        twin = next(
            (i for i, kept in enumerate(launches) if _same_launch(kept, proposal, text)),
            None,
        )
        if twin is None:
            launches.append(proposal)
        else:
            launches[twin] = _merged(launches[twin], proposal, text)
    return launches
