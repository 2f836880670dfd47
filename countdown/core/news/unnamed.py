"""A maker's single product the text never names (NEWS-CONVENTIONS.md, "The name": a maker
name is acceptable for an unnamed product): "the first imaging flagship jointly developed by
Xiaomi and Leica" → "Xiaomi × Leica flagship"; "Acme's first EV" → "Acme EV".

A clause names such a product with a new-product phrase: "a"/"an" or "the/its/Acme's first,
new, next …" and a singular product noun. A plain "the device" or "its updated headset" refers to
a product named before instead (refer.py), and a plural ("more devices") is no single launch.
"""

from __future__ import annotations

import re

_NOUNS = (
    r"flagship|smartphone|phone|handset|foldable|console|handheld|tablet|laptop|headset|car"
    r"|sedan|suv|van|truck|pickup|ev|vehicle|rocket|spacecraft|probe|rover|lander|satellite"
    r"|telescope|game|film|movie|device|model|watch|smartwatch|chip|processor|robot|drone"
    r"|robotaxi|glasses|speaker"
)
_NEW_PRODUCT = re.compile(
    r"\b(?:(?:the|its|their|his|her|(?-i:[A-Z])[\w&.-]*(?:['’]s|s['’]))\s+(?:very\s+)?(?:first|new|next"
    r"|upcoming|debut|maiden|planned|future"
    rf"|long-awaited)|an?)\s+((?:[\w$€£,.-]+\s+){{0,3}}?)((?:{_NOUNS})(?:\s+(?:{_NOUNS}))*)\b(?!-)",
    re.I,
)
_PLURAL = re.compile(
    r"\b(?:more|new|other|several|additional|further|some|many|its|their|mehr|viele|andere"
    r"|zahlreiche|plusieurs|d'autres|varios|varias|muchos|muchas)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:{_NOUNS.replace('|', 's|')}s|products|devices|Spiele|Produkte|Geräte|jeux|juegos)\b",
    re.I,
)
_TOGETHER = re.compile(
    r"\b(?:jointly|co-?developed|together|(?:the|both)\s+(?:two\s+)?(?:companies|firms|partners"
    r"|makers|brands))\b",
    re.I,
)


def unnamed_product(clause: str, launch_at: int) -> str | None:
    """The head noun(s) of the new-product phrase nearest the launch word, with any compound
    adjective before them ("flagship", "EV van", "entry-level model"), or None."""
    found = list(_NEW_PRODUCT.finditer(clause))
    if not found:
        return None
    nearest = min(found, key=lambda m: abs(m.start() - launch_at))
    noun = nearest.group(2)
    # Compound adjectives tell the model apart ("an entry-level model", "a three-row SUV").
    kinds = [w for w in nearest.group(1).split() if "-" in w and w[0].isalpha()]
    nouns = [word if word.isupper() else word.lower() for word in noun.split()]  # "EV van"
    return " ".join([*kinds, *nouns])


def is_product_noun(word: str) -> bool:
    """ "SUV", "van": a kind of product, no product's name."""
    return re.fullmatch(_NOUNS, word, re.I) is not None


def names_several(clause: str, after: int = 0, by: int | None = None) -> bool:
    """ "plans to launch more devices": several unnamed products, no single launch (told
    after position `after` and starting by position `by`, when given)."""
    last = len(clause) if by is None else by
    return any(after <= m.start() <= last for m in _PLURAL.finditer(clause))


def makers_wanted(clause: str) -> int:
    """How many makers the product comes from: two when made jointly."""
    return 2 if _TOGETHER.search(clause) else 1


def unnamed_name(makers: list[str], noun: str) -> str:
    """ "Xiaomi × Leica flagship", "Acme EV"."""
    return f"{' × '.join(makers)} {noun}".strip()
