"""Whether two names can be one launch's: a product name agrees with itself, with a name
inside it ("Note 8" / "Galaxy Note 8") and with a weak name — a maker, place or person rather
than a product (one plain word, or a company / venue word such as "Games", "Station"), which
the proposals stage (merge.py) lets stand for any product of the text.
"""

from __future__ import annotations

import re

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
