"""Which product a date clause is about when it does not name it itself (NEWS-CONVENTIONS.md,
"The name"): "the film", "the title", "It", "its updated device", or a clause whose only names
are a maker, person, place, outlet or platform ("NASA has now set July 30", "X said").

Such a clause takes the product named most recently before it: earlier in its own sentence,
then in the sentences before (the headline included), nearest first. A name the text elsewhere
lets speak or joins to an organisation ("Acme said", "Acme and Foo Games") is a maker there
too. When nothing before names a product, the product the whole text names most often stands
in, and last the maker itself (the single unnamed product of that maker: "Acme's first EV").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache

from countdown.core.dates.phrases_i18n import normalize_dates
from countdown.core.news.asides import old_holder
from countdown.core.news.dates import find_date_spans
from countdown.core.news.kinds import Kind, kind_of
from countdown.core.news.merge import is_weak_name
from countdown.core.news.names import (
    Candidate,
    name_candidates,
    pick_name,
    ranked_candidates,
)
from countdown.core.news.names_cjk import referred_name
from countdown.core.news.nouns_de import without_common_nouns
from countdown.core.news.referents import maker_of_referent, referent_between, sequel_name
from countdown.core.news.runs import name_runs
from countdown.core.news.unnamed import (
    makers_wanted,
    names_several,
    unnamed_name,
    unnamed_product,
)
from countdown.core.news.words import launch_words, split_sentences

_SUBJECT_MENTIONS = 3  # a product named this often is what the text is about
_LOOK_BACK = 8  # sentences searched before the clause (the headline is always searched)


@dataclass
class Story:
    """What the reader knows when naming a clause's launch."""

    text: str  # the whole paste
    language: str
    base: datetime
    sentence: str = ""  # the sentence being read
    earlier: list[str] = field(default_factory=list)  # clauses since the last proposal
    last_name: str | None = None  # of the last proposal


def resolve_name(clause: str, launch_at: int, date_at: int, story: Story) -> str | None:
    """The name for the launch whose word is at `launch_at` and date at `date_at` in the
    (date-blanked) `clause` of `story.sentence`."""
    if story.language in ("zh", "ja"):
        referred = referred_name(clause, launch_at, _sentences_before(story))
        name = referred or pick_name(clause, launch_at, story.language)
        return _main_if_weak(name, story) or name or story.last_name
    ranked = [
        replace(c, text=sequel_name(clause, c.start, c.text, story.text))
        for c in _ranked(clause, launch_at, story, date_at=date_at)
        if not (c.start > date_at >= 0 and old_holder(clause, c.start))
    ]
    best = ranked[0] if ranked else None
    referent = any(maker_of_referent(clause, c.text) for c in ranked)
    product = next((c for c in ranked if _names_product(c, clause, story)), None)
    noun = unnamed_product(clause, launch_at)
    if product is not None and noun and product.text.casefold() in noun.casefold().split():
        product = None  # "a new commercial EV van": "EV" is the kind of an unnamed van
    if product is not None and names_several(clause, product.end, date_at):
        return None  # "X, Y and more games announced for 2021 arrive late"
    if product is not None and referent_between(clause, product.end, date_at):
        # "Acme says the console ships on …": a stronger product named before wins.
        carried = _recent_product(clause, story, strong=True)
        return carried if carried and is_weak_name(product.text) else product.text
    if product is not None and not referent:
        main = None if product.introduced else _main_if_weak(product.text, story)
        return main or product.text
    if noun is not None:  # "the first flagship jointly developed by …": a new product
        makers = _makers(clause, story, makers_wanted(clause))
        if makers:
            return unnamed_name(makers, noun)
        if best is not None and best.kind is Kind.PRODUCT:
            return best.text
        return unnamed_name([], noun)  # no maker named: the noun, never a person or a place
    if names_several(clause):
        return best.text if best is not None else None  # the maker's: dropped beside products
    fallback = best.text if best is not None else _earlier_name(story)
    return _recent_product(clause, story) or _main_product(story) or fallback


def _makers(clause: str, story: Story, wanted: int) -> list[str]:
    """The `wanted` makers named nearest before the clause's product, its own first."""
    at = story.text.find(story.sentence)
    before = split_sentences(story.text[:at]) if at > 0 else []
    found: list[str] = []
    for place in [clause, *reversed(before[-_LOOK_BACK:])]:
        ranked = _ranked(place, 0, story)
        for candidate in sorted(ranked, key=lambda c: c.start):
            if candidate.kind is Kind.MAKER and candidate.text not in found:
                found.append(candidate.text)
        if len(found) >= wanted:
            return found[:wanted]
    return found


def _names_product(best: Candidate, clause: str, story: Story) -> bool:
    if best.kind is not Kind.PRODUCT or best.text in others(story.text):
        return False
    if story.language == "de" and not best.introduced and is_weak_name(best.text):
        return False  # "Vorbestellungen", "mit Verspätung": German capitalises its nouns
    return not maker_of_referent(clause, best.text)


def _main_if_weak(name: str | None, story: Story) -> str | None:
    """A single plain word ("Samsung", "It") gives way to the product the text names most
    often, if any."""
    return _main_product(story) if name is None or is_weak_name(name) else None


def _main_product(story: Story) -> str | None:
    return _most_named(story.text, story.language, story.base) or None


@lru_cache(maxsize=8)
def _most_named(text: str, language: str, base: datetime) -> str:
    counts = Counter(
        candidate
        for sentence in split_sentences(text)
        for candidate in name_candidates(normalize_dates(sentence, language, base))
        if not is_weak_name(candidate)
    )
    best = counts.most_common(1)
    return best[0][0] if best and best[0][1] >= _SUBJECT_MENTIONS else ""


def _earlier_name(story: Story) -> str | None:
    """For "It ships in March": the subject of the nearest clause before that named something,
    else the last launch."""
    for clause in reversed(story.earlier):
        name = pick_name(clause, 0, story.language, min_score=1.0, text=story.text)
        if name:
            return name
    return story.last_name


def _sentences_before(story: Story) -> list[str]:
    at = story.text.find(story.sentence)
    return split_sentences(story.text[:at]) if at > 0 else []


def _recent_product(clause: str, story: Story, *, strong: bool = False) -> str | None:
    """The product named most recently before `clause`: earlier in its sentence, then in the
    sentences before it, nearest first, and the headline; with `strong`, only a name that is
    more than one plain word."""
    at = story.text.find(story.sentence)
    before = split_sentences(story.text[:at]) if at > 0 else []
    own = story.sentence[: _clause_at(clause, story.sentence)]
    places = [own, *reversed(before[-_LOOK_BACK:]), *before[:1]]
    for place in places:
        name = _product_in(place, story)
        if name and not (strong and is_weak_name(name)):
            return name
    return None


def _clause_at(clause: str, sentence: str) -> int:
    """Where the (date-blanked) `clause` starts in `sentence`, found by its longest stretch
    between blanked dates; 0 when it cannot be placed."""
    pieces = sorted(_BLANKED.split(clause), key=lambda piece: len(piece.strip()), reverse=True)
    words = pieces[0].strip() if pieces else ""
    at = sentence.find(words) if len(words) >= _MIN_PLACED else -1
    if at < 0:
        return 0
    return max(at - pieces[0].find(words) - clause.find(pieces[0]), 0)


_BLANKED = re.compile(r"\s{3,}")  # a date blanked out of the clause (events.blank)
_MIN_PLACED = 8  # characters: a shorter stretch could stand anywhere in the sentence
_MIN_CARRIED = -2.5  # a name scoring lower (a component, a list, an aside) is no subject


def _product_in(sentence: str, story: Story) -> str | None:
    """The sentence's best product name that could be carried to a later clause."""
    if not sentence.strip():
        return None
    english = normalize_dates(sentence, story.language, story.base)
    for span in find_date_spans(english):
        english = english[: span.start] + " " * (span.end - span.start) + english[span.end :]
    words = launch_words(english, story.language)
    launch_at = words[0][0] if words else 0
    for candidate in _ranked(english, launch_at, story):
        if candidate.score < _MIN_CARRIED:
            return None
        if _carries(candidate, english, story):
            return candidate.text
    return None


def _carries(candidate: Candidate, sentence: str, story: Story) -> bool:
    """A product name fit to carry: no first word, and in German no lone noun."""
    if not _names_product(candidate, sentence, story) or _first_word(sentence, candidate):
        return False
    lone = story.language == "de" and is_weak_name(candidate.text)
    return candidate.introduced or not lone


def _ranked(clause: str, launch_at: int, story: Story, *, date_at: int = -1) -> list[Candidate]:
    ranked = ranked_candidates(clause, launch_at, date_at=date_at, text=story.text)
    return without_common_nouns(clause, ranked) if story.language == "de" else ranked


def _first_word(sentence: str, candidate: Candidate) -> bool:
    """A capitalised first word ("Sehr", "Officials") is no product."""
    plain = " " not in candidate.text and not any(c.isdigit() for c in candidate.text)
    return plain and not sentence[: candidate.start].strip(" \"“'‘(")


@lru_cache(maxsize=8)
def others(text: str) -> frozenset[str]:
    """Names the text shows anywhere as a maker, person, place or outlet ("Acme and Foo Games
    pushed …" makes "Acme" one), with an organisation's name also without its suffix
    ("Gearbox Software" → "Gearbox")."""
    found: set[str] = set()
    for sentence in split_sentences(text):
        for start, end in name_runs(sentence):
            name = sentence[start:end]
            kind = kind_of(name, sentence[:start], sentence[end:], text)
            if kind in (Kind.PRODUCT, Kind.PLATFORM):
                continue
            found.add(name)
            words = name.split()
            if kind is Kind.MAKER and len(words) > 1:
                found.add(" ".join(words[:-1]))
    return frozenset(found)
