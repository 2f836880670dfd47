"""A maker's single product the text never names (NEWS-CONVENTIONS.md, "The name": a maker
name is acceptable for an unnamed product): "the first imaging flagship jointly developed by
Xiaomi and Leica" → "Xiaomi × Leica flagship"; "Acme's first EV" → "Acme EV".

A clause names such a product with a new-product phrase: "a"/"an" or "the/its first, new,
next …" and a singular product noun. A plain "the device" or "its updated headset" refers to
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
    r"\b(?:(?:the|its|their|his|her)\s+(?:very\s+)?(?:first|new|next|upcoming|debut|maiden"
    rf"|long-awaited)|an?)\s+(?:[\w-]+\s+){{0,3}}?((?:{_NOUNS})(?:\s+(?:{_NOUNS}))*)\b(?!-)",
    re.I,
)
_PLURAL = re.compile(
    r"\b(?:more|new|other|several|additional|further|some|many|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_NOUNS.replace('|', 's|')}s|products|devices)\b",
    re.I,
)
_TOGETHER = re.compile(
    r"\b(?:jointly|co-?developed|together|(?:the|both)\s+(?:two\s+)?(?:companies|firms|partners"
    r"|makers|brands))\b",
    re.I,
)


def unnamed_product(clause: str, launch_at: int) -> str | None:
    """The head noun(s) of the new-product phrase nearest the launch word ("flagship",
    "EV van"), or None."""
    found = list(_NEW_PRODUCT.finditer(clause))
    if not found:
        return None
    nearest = min(found, key=lambda m: abs(m.start() - launch_at))
    noun = nearest.group(1)
    return noun if noun.isupper() else noun.lower()


def names_several(clause: str) -> bool:
    """ "plans to launch more devices": several unnamed products, no single launch."""
    return _PLURAL.search(clause) is not None


def makers_wanted(clause: str) -> int:
    """How many makers the product comes from: two when made jointly."""
    return 2 if _TOGETHER.search(clause) else 1


def unnamed_name(makers: list[str], noun: str) -> str:
    """ "Xiaomi × Leica flagship", "Acme EV"."""
    return f"{' × '.join(makers)} {noun}".strip()
