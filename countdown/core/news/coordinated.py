"""Products listed together: "X and Y", "X, Y and Z" (NEWS-CONVENTIONS.md, "Several products in
one paragraph: one proposal each").

Names written as one list ("X and Y have been delayed to 2023", "an X and Y delay") are
different products: a launch told of the list is a launch of each of its products, and two
names of one list are never merged as one launch, whatever their shape (a one-word name
otherwise agrees with any other: merge.py). A later short form of an earlier name ("Galaxy
Note 8" … "Note 8") is no list, so it still merges. A list counts only when it ends in a
conjunction ("and", "or", "&", "und", "et", "y" …): "Redmond, Washington" or "Vista,
Microsoft's new system" is no list, nor is an event named after partners ("the Acme and Foo
Showcase").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from countdown.core.dates.phrases_i18n import word_list
from countdown.core.news.agree import key_words
from countdown.core.news.kinds import Kind, kind_of
from countdown.core.news.proposal import Proposal
from countdown.core.news.runs import name_runs

_CONJUNCTION = r"(?:and|or|&|und|oder|et|ou|y|o|e|alongside|along\s+with|together\s+with)"
_GLUE = re.compile(
    rf"\s*,\s*(?:{_CONJUNCTION}\s+)?(?:the\s+)?|\s+{_CONJUNCTION}\s+(?:the\s+)?", re.I
)
_ENDS_LIST = re.compile(rf"\s{_CONJUNCTION}\s", re.I)
_POSSESSIVE = re.compile(r"['’]s$")
# "the Xbox and Bethesda Games Showcase": an event named after two partners is one name.
_EVENT_WORDS = frozenset(
    word_list(
        """Showcase Direct Awards Conference Summit Festival Expo Show Event Keynote Presents
        Live Forum Week Day Days Cup Games"""
    )
)


def _is_list(chain: list[tuple[str, int, int]], last_gap: str) -> bool:
    last_word = chain[-1][0].split()[-1] if chain else ""
    return len(chain) > 1 and bool(_ENDS_LIST.search(last_gap)) and last_word not in _EVENT_WORDS


@lru_cache(maxsize=64)
def name_lists(text: str) -> tuple[tuple[tuple[str, int, int], ...], ...]:
    """The lists of two or more names in `text`: each member as (name, start, end)."""
    lists: list[list[tuple[str, int, int]]] = []
    chain: list[tuple[str, int, int]] = []
    last_gap = ""
    for start, end in name_runs(text):
        name = _POSSESSIVE.sub("", text[start:end])
        gap = text[chain[-1][2] : start] if chain else ""
        if chain and _GLUE.fullmatch(gap):
            chain.append((name, start, end))
            last_gap = gap
            continue
        if _is_list(chain, last_gap):
            lists.append(chain)
        chain, last_gap = [(name, start, end)], ""
    if _is_list(chain, last_gap):
        lists.append(chain)
    return tuple(tuple(members) for members in lists)


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


@lru_cache(maxsize=512)
def listed_together(a: str, b: str, text: str) -> bool:
    """The text lists the two (different) names in one list: two products. Variants of one
    name ("X and X Pro") stay one launch: the longer name holds the shorter."""
    ka, kb = key_words(a), key_words(b)
    if not text or _same(a, b) or ka <= kb or kb <= ka:
        return False
    return any(
        any(_same(a, m[0]) for m in members) and any(_same(b, m[0]) for m in members)
        for members in name_lists(text)
    )


def _products_listed_with(proposal: Proposal, text: str) -> list[str]:
    """The other products of the list that holds the proposal's name last before its date in
    its sentence (a later mention alone — "X and Y slipped; X now ships in June" — is X's),
    when every name listed is a product."""
    quote = proposal.quote
    date_at = quote.find(proposal.when_text)
    if date_at < 0:
        return []
    mentions = [m.start() for m in re.finditer(re.escape(proposal.name), quote[:date_at])]
    if not mentions or ";" in quote[mentions[-1] : date_at]:
        return []
    for members in name_lists(quote):
        if any(_same(proposal.name, m[0]) and m[1] == mentions[-1] for m in members):
            products = all(
                kind_of(name, quote[:start], quote[end:], text) is Kind.PRODUCT
                for name, start, end in members
            )  # "MGM, Universal and Acme": a list of makers, not of products
            return [m[0] for m in members if products and not _same(m[0], proposal.name)]
    return []


def each_listed_product(proposals: list[Proposal], text: str) -> list[Proposal]:
    """`proposals` with a launch told of a list of products proposed for each product."""
    spread: list[Proposal] = []
    for proposal in proposals:
        spread.append(proposal)
        for name in _products_listed_with(proposal, text):
            spread.append(replace(proposal, name=name))
    return spread
