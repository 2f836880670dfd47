"""Whether two names can be one launch's: a product name agrees with itself, with a name
inside it ("Note 8" / "Galaxy Note 8") and with a weak name — a maker, place or person rather
than a product (one plain word, or a company / venue word such as "Games", "Station"), which
the proposals stage (merge.py) lets stand for any product of the text. A one-word name the
text uses as a product ("the Cybertruck", "the three-row SUV") is no weak name there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from countdown.core.news.words import CLAUSE_END, split_sentences

_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
ORG_WORDS = re.compile(
    r"\b(?:Inc|Corp|Corporation|Co|Ltd|LLC|Group|Games|Studios?|Interactive|Entertainment"
    r"|Electronics|Motors?|Mobility|Technologies|Technology|Labs?|Agency|Administration"
    r"|Station|Center|Centre|Auditorium|Congress|University|Institute|Space\s+Force|Airport"
    r"|City|County|Times|Post|News|Journal|Network|Media|Pictures|Foundation|Association"
    r"|Council|Ministry|Department|Office|Commission|Bureau|Aerospace)\b\.?$"
)


def is_weak_name(name: str) -> bool:
    """A maker, person, place or outlet more than a product: one plain word ("Samsung",
    "London") or a company / venue name ("Take-Two Interactive", "Kennedy Space Center")."""
    words = name.split()
    if _CJK.search(name):
        return len(name) <= 3  # "小米" is a maker, "任天堂新主机" a product
    shaped = any(c.isdigit() for c in name) or any(
        any(c.isupper() for c in w[1:]) and any(c.islower() for c in w) for w in words
    )
    return not shaped and (len(words) == 1 or ORG_WORDS.search(name) is not None)


def key_words(name: str) -> set[str]:
    return {w.casefold().strip("()'’,.") for w in name.split()} - {"the", "a", "an", "of"}


def names_agree(a: str, b: str) -> bool:
    ka, kb = key_words(a), key_words(b)
    return ka <= kb or kb <= ka or is_weak_name(a) or is_weak_name(b)


# "NG-1", "SLS", "JWST 2": capitals (then a flight number) standing for a name's initials.
_INITIALS = re.compile(r"([A-Z]{2,5})(?=[-\s\d]|$)")


def abbreviates(a: str, b: str) -> bool:
    """One name is the other's initials, perhaps with a flight number: "NG-1" for "New Glenn"
    (its first flight), "SLS" for "Space Launch System"; a lower-case noun after a name
    ("the New Glenn rocket") is no part of its initials."""
    for short, long in ((a, b), (b, a)):
        letters = _INITIALS.match(short)
        words = [w for w in long.replace("-", " ").split() if w[0].isupper()]  # not "rocket"
        if letters is None or len(words) < 2:
            continue
        if "".join(w[0] for w in words) == letters.group(1):
            return True
    return False


_PRODUCT_MENTIONS = 3  # a one-word name the text repeats this often, never as a speaker


@lru_cache(maxsize=512)
def two_products(a: str, b: str, makers: frozenset[str], text: str) -> bool:
    """Two launches of different products: a one-word name the text keeps naming (at least
    _PRODUCT_MENTIONS times), never as a speaker, beside a full product name that it never
    shares a clause with ("Cybertruck … until 2022" and "F-150 Lightning … spring 2022"): the
    same year is no reason to merge them. A product told at its event ("S21 debuts at
    Unpacked") shares a clause with it."""
    if key_words(a) & key_words(b) or is_weak_name(a) == is_weak_name(b):
        return False
    word = a if is_weak_name(a) else b
    if " " in word or word in makers or _CJK.search(word):
        return False
    if len(re.findall(rf"\b{re.escape(word)}\b", text)) < _PRODUCT_MENTIONS:
        return False
    return not any(a in clause and b in clause for clause in _clauses(text))


@lru_cache(maxsize=8)
def _clauses(text: str) -> tuple[str, ...]:
    return tuple(c for s in split_sentences(text) for c in CLAUSE_END.split(s))


@lru_cache(maxsize=512)
def used_as_product(name: str, text: str) -> bool:
    """The text writes the one-word `name` as a thing: "the Cybertruck", "the three-row SUV
    had" (not "the Acme Orbix" or "the Lisbon event", where it qualifies another name)."""
    if not text or len(name.split()) != 1:
        return False
    thing = rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}{re.escape(name)}(?:{_HEAD_ENDS})"
    return re.search(thing, text) is not None


# After the head of a noun phrase: punctuation, a possessive or a function word — not another
# noun ("the Lisbon event", where the name only qualifies the event).
_HEAD_ENDS = (
    r"\s*(?:$|[’'.,;:!?)–—]|\s(?:is|are|was|were|will|would|could|can|may|might|has|had|have"
    r"|and|or|but|to|in|into|on|at|of|for|with|from|by|as|until|till|before|after|that|which"
    r"|won't|isn't|wasn't)\b)"
)


def names_agree_in(a: str, b: str, text: str) -> bool:
    """`names_agree`, where a one-word name the text uses as a product is not weak."""
    ka, kb = key_words(a), key_words(b)
    if ka <= kb or kb <= ka:
        return True
    return any(is_weak_name(n) and not used_as_product(n, text) for n in (a, b))
