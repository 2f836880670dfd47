"""German capitalises every noun, so a capitalised word there is no name by itself.

A run that opens with a common noun in apposition loses it ("das Actionspiel Deathloop" →
"Deathloop"; "das Entwicklerstudio Arkane" → "Arkane", a maker), and the name it introduces
counts as named even when it is one plain word. Plain nouns after an article ("auf den
Markt", "der Titel", "einer automatisierten Email") or a lone word ending in a generic noun
("Sony-Event", "Release-Datum") are no name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from countdown.core.news.kinds import Kind
from countdown.core.news.names import Candidate

_GENERIC = re.compile(
    r"(?:spiel|spiele|projekt|konkurrenten?|titel|konsole|nachfolger|studio|entwickler"
    r"|hersteller|serie|reihe|modell|rakete|mission|event|datum|termin|version|fortsetzung"
    r"|ableger|shooter|handy|markt|start|release|konzern|unternehmen|publisher|games"
    r"|rad|bike|auto|wagen|fahrzeug|roller|uhr|telefon|kamera|gerät|notebook|tablet|drohne"
    r"|brille|kopfhörer|fernseher|smartphone|laptop)$",
    re.I,
)
_MAKER_NOUN = re.compile(r"(?:studio|entwickler|hersteller|konzern|unternehmen|publisher)$", re.I)
_ARTICLE_BEFORE = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|kein|keine|zum|zur|im|am|vom"
    r"|beim)\s+(?:[a-zäöüß][\w-]*\s+){0,2}$",
    re.I,
)


_LEADING_ARTICLE = re.compile(r"^(?:der|die|das|des|dem|den|de|du)\s+")


def without_common_nouns(sentence: str, candidates: list[Candidate]) -> list[Candidate]:
    """German `candidates` of `sentence` with common nouns dropped or cut off (see above)."""
    kept = []
    for candidate in candidates:
        words = candidate.text.split()
        plain = not any(c.isdigit() for c in candidate.text)
        if len(words) > 1 and _GENERIC.search(words[0]):
            kept.append(_introduced(candidate, words[0]))
        elif not plain:
            kept.append(candidate)
        elif _ARTICLE_BEFORE.search(sentence[: candidate.start]):
            continue  # "in einer automatisierten Email", "auf den Markt"
        elif len(words) > 1 or not _GENERIC.search(words[0]):
            kept.append(candidate)
    return kept


def _introduced(candidate: Candidate, noun: str) -> Candidate:
    kind = Kind.MAKER if _MAKER_NOUN.search(noun) else candidate.kind
    rest = candidate.text[len(noun) :]
    # "Marktstart des Kaldor X9": the run joined the noun over its genitive article.
    name = _LEADING_ARTICLE.sub("", rest.strip())
    start = candidate.start + len(candidate.text) - len(name)
    return replace(candidate, text=name, start=start, kind=kind, introduced=True)
