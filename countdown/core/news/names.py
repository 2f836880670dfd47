"""Which product or event a news sentence is about: the best noun phrase near a launch word.

English/French: candidates are runs of capitalised, mixed-case ("iPhone") or digit-bearing tokens
("Pixel 11 Pro", "GNOME 50", "Starship Flight 12", "Sony/Honda EV"), optionally followed by one
product noun ("Xiaomi/Leica flagship"). A run scores higher when it holds digits, several tokens,
a slash or mixed case, is followed by a product noun, or is the object right after the launch
verb ("will launch the iPhone 18"); far lower when it is a maker, person, place, outlet or
platform (kinds.py), lower for a company as the subject ("Apple will …"), a component, an
aside in parentheses; distance to the launch word breaks ties. A title in quotes counts
when it is Title Cased. Runs are found by runs.py; Chinese and Japanese by names_cjk.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from countdown.core.dates.phrases_i18n import word_list
from countdown.core.news.kinds import Kind, kind_of
from countdown.core.news.names_cjk import pick_name_cjk
from countdown.core.news.runs import NOUN_AFTER, PRODUCT_NOUNS, generic, name_runs, trimmed

_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|across|throughout|en|dans|à|au|aux|a)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w.-]*\s+){1,3}(?:and|or|y|et|und)\s+)?$"  # "in New York and |Rio"
)
# "64GB", "5,000mAh", "120Hz", "4K": a spec, never a name's first word.
_QUOTED = re.compile(r"[“\"«„]([A-Z0-9][^”\"»“]{1,40}?)[”\"»“]")
_SUBJECT_AFTER = re.compile(
    r"^\s*(?:will|plans|is|has|had|said|says|announced|confirmed|today|could|may|might|expects"
    r"|aims|intends|wants|hopes|va|a)\b"
)
_COMPONENT_BEFORE = re.compile(
    r"\b(?:with|featuring|powered\s+by|running|packing|using|avec|équipée?\s+d[eu']?)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|new\s+|le\s+|la\s+|un\s+|une\s+)?$",
    re.I,
)
_LISTED_AFTER = re.compile(r",|\bon\b|\band\b")
_OBJECT_BEFORE = re.compile(r"(?:^|\s)(?:the|its|their|a|an|le|la|les|sa|son|ses)?\s*$", re.I)


# A model's generation written in parentheses right after its name: "Phone (2)", "Ear (a)".
_GENERATION = re.compile(r"\s?\((?:\d{1,2}|[a-z]|[IVX]{1,4})\)")


@dataclass(frozen=True)
class Candidate:
    text: str
    start: int
    end: int
    score: float
    kind: Kind = Kind.PRODUCT
    introduced: bool = False  # named after a common noun: "das Actionspiel Deathloop"


def _extended(sentence: str, start: int, end: int) -> tuple[str, int, float]:
    """The run plus a product noun after it ("Xiaomi/Leica flagship", "Nintendo's next
    console", "Microsoft's next Xbox"): (text, end, bonus). A bare possessive drops its "'s"."""
    generation = _GENERATION.match(sentence[end:])
    if generation and not sentence[start:end].endswith(("'s", "’s")):
        end += generation.end()  # "Pivot Phone (2)": the number is part of the name
    text = sentence[start:end]
    after = NOUN_AFTER.match(sentence[end:])
    possessive = text.endswith(("'s", "’s"))
    if after:
        word = after.group(2)
        noun = word.lower() in PRODUCT_NOUNS and (after.group(1) or not possessive)
        if noun or (possessive and after.group(1) and word[0].isupper()):
            noun_end = end + after.end()
            generation = _GENERATION.match(sentence[noun_end:])
            noun_end += generation.end() if generation else 0
            return text + sentence[end:noun_end], noun_end, 2.0
    return (text[:-2] if possessive else text), end, 0.0


def _shape(text: str) -> float:
    """Name-likeness: digits, several words, a slash, mixed case ("iPhone")."""
    words = text.split()
    bare = [w[:-1] if w[:-1].isupper() and w.endswith("s") else w for w in words]  # "GPUs"
    mixed = any(any(c.isupper() for c in w[1:]) and any(c.islower() for c in w) for w in bare)
    has_digit = any(c.isdigit() for c in text)
    return 3 * has_digit + min(len(words) - 1, 2) + 2 * ("/" in text) + 2 * mixed


def _role(sentence: str, start: int, end: int, launch_at: int, date_at: int) -> float:
    """Where the run sits: object of the launch verb (+), a component, something listed after
    the date or an aside in parentheses (−). Makers, people, places, outlets and platforms
    are scored apart (`_kind_penalty`)."""
    before, tail, run, score = sentence[:start], sentence[end:], sentence[start:end], 0.0
    if _COMPONENT_BEFORE.search(before):
        score -= 5
    plain = not any(c.isdigit() for c in run)
    starts = not before.strip(" \"“'‘(") and " " not in run
    if plain and (_PLACE_BEFORE.search(before) or starts):
        score -= 2  # "in Japan", "at Cape Canaveral", a word that merely starts the sentence
    if " " not in run and not any(c.isdigit() for c in run) and _SUBJECT_AFTER.match(tail):
        score -= 1.5
    gap = sentence[launch_at:start] if launch_at <= start else None
    if gap is not None and len(gap) <= 16 and _OBJECT_BEFORE.search(re.sub(r"^\S*", "", gap)):
        score += 1.5
    if launch_at < date_at < start and _LISTED_AFTER.search(sentence[date_at:start]):
        score -= 4  # "… would release in fall 2026 on PC, PlayStation 5 and Xbox"
    if before.count("(") > before.count(")"):
        score -= 2  # an aside: "(though it would have beaten X)"
    return score


_NOT_PRODUCT = 6.0  # a maker, person, place, outlet or platform: any product beats it


def _score(
    sentence: str, start: int, end: int, launch_at: int, date_at: int, text: str
) -> Candidate:
    name, end_at, bonus = _extended(sentence, start, end)
    kind = kind_of(sentence[start:end], sentence[:start], sentence[end:], text)
    if bonus and sentence[start:end].endswith(("'s", "’s")):
        kind = Kind.PRODUCT  # "Nintendo's next console": the maker's product, not the maker
    score = bonus + _shape(name) + _role(sentence, start, end, launch_at, date_at)
    score -= 0 if kind is Kind.PRODUCT else _NOT_PRODUCT
    distance = min(abs(start - launch_at), abs(end_at - launch_at))
    return Candidate(name, start, end_at, score - distance / 40, kind)


_ELISION = re.compile(r"^(?:[dlDL]|[Qq]u)['’]")
_SMALL_WORDS = frozenset(word_list("a an the of to in on and or for at by with from vs de la le"))


def _is_title(quoted: str) -> bool:
    """ "No Time to Die" is a title; "early 2023" or "a huge part of it" is a quotation."""
    words = [w for w in quoted.strip(" ,.").split() if w.lower() not in _SMALL_WORDS]
    return bool(words) and len(words) <= 6 and all(w[0].isupper() or w[0].isdigit() for w in words)


def _quoted(sentence: str, match: re.Match[str], launch_at: int) -> Candidate | None:
    """A title in quotes (“Black Widow”): a film's or a game's name, whatever its shape."""
    start, end = match.start(1), match.end(1)
    if not _is_title(match.group(1)):
        return None
    distance = min(abs(start - launch_at), abs(end - launch_at))
    return Candidate(match.group(1).strip(" ,."), start, end, 4.0 - distance / 40)


_BEFORE_DATE = re.compile(
    r"^[\s(,:–-]*(?:(?:is|are|on|for|in|arrives?|ships?|launch(?:es)?|out|le|am|el)\s+)*[\s(]*$",
    re.I,
)


def name_before(sentence: str, at: int) -> str | None:
    """The name that ends right before position `at` ("Elden Ring (25 February)", "the X on
    June 9"), if any: a date listed after its own product."""
    for start, end in reversed(name_runs(sentence)):
        if end <= at:
            text, _, _ = _extended(sentence, start, end)
            gap_ok = _BEFORE_DATE.match(sentence[end:at]) is not None
            kind = kind_of(sentence[start:end], sentence[:start], sentence[end:])
            if not gap_ok or kind in (Kind.PLACE, Kind.OUTLET, Kind.PERSON):
                return None  # "May 3 in North America (May 6 internationally)"
            return _ELISION.sub("", text.strip(" ,:;"))
    return None


def name_candidates(sentence: str) -> list[str]:
    """Every product-shaped name in `sentence` (digits, mixed case, several words or a product
    noun after it), for counting which product a whole text is about."""
    found = []
    for start, end in name_runs(sentence):
        text, _, bonus = _extended(sentence, start, end)
        if bonus or _shape(text) >= 1:
            found.append(_ELISION.sub("", text.strip(" ,:;")))
    return found


def ranked_candidates(
    sentence: str, launch_at: int, *, date_at: int = -1, text: str = ""
) -> list[Candidate]:
    """The names in a Latin-script `sentence` (dates blanked), best first for the launch word
    at `launch_at`, whatever their kind; `text` is the whole paste (who speaks in it)."""
    runs = [trimmed(sentence, s, e) for s, e in name_runs(sentence) if not generic(sentence, s, e)]
    candidates = [_score(sentence, s, e, launch_at, date_at, text) for s, e in runs]
    quoted = (_quoted(sentence, m, launch_at) for m in _QUOTED.finditer(sentence))
    candidates += [c for c in quoted if c is not None]
    candidates.sort(key=lambda c: c.score, reverse=True)
    return [replace(c, text=_ELISION.sub("", c.text.strip(" ,:;"))) for c in candidates]


def best_candidate(
    sentence: str, launch_at: int, *, date_at: int = -1, text: str = ""
) -> Candidate | None:
    """The first of `ranked_candidates`, if any."""
    ranked = ranked_candidates(sentence, launch_at, date_at=date_at, text=text)
    return ranked[0] if ranked else None


def pick_name(
    sentence: str,
    launch_at: int,
    language: str = "en",
    *,
    date_at: int = -1,
    min_score: float = -99.0,
    text: str = "",
) -> str | None:
    """The best product/event name in `sentence` (dates already blanked out) near the launch
    word at `launch_at` (the date at `date_at`, -1 unknown); None when no candidate scores at
    least `min_score`."""
    if language in ("zh", "ja"):
        return pick_name_cjk(sentence, launch_at)
    best = best_candidate(sentence, launch_at, date_at=date_at, text=text)
    return best.text if best is not None and best.score >= min_score else None
