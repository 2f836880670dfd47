"""Which product or event a news sentence is about: the best noun phrase near a launch word.

English/French: candidates are runs of capitalised, mixed-case ("iPhone") or digit-bearing tokens
("Pixel 11 Pro", "GNOME 50", "Starship Flight 12", "Sony/Honda EV"), optionally followed by one
product noun ("Xiaomi/Leica flagship"). A run scores higher when it holds digits, several tokens,
a slash or mixed case, is followed by a product noun, or is the object right after the launch
verb ("will launch the iPhone 18"); lower when it reads as a news source ("according to
Bloomberg", "Gurman reports") or a company as the subject ("Apple will …"); distance to the
launch word breaks ties. Chinese: a 《title》 wins, else a Latin model name with a brand before
it ("华为Mate 90"), else the subject before 将/计划/预计/于.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from countdown.core.dates.phrases_i18n import word_list
from countdown.core.news.kinds import Kind, kind_of
from countdown.core.news.names_cjk import pick_name_cjk

_STOPS = frozenset(
    word_list(
        """The A An In On At By For From To Of And But Or As If When While After Before Since Until
    This That These Those It Its It's They Their We Our He She His Her I You According Meanwhile
    However Also Earlier Later Now Today Tomorrow Yesterday Last Next Early Late Mid Sources Source
    Reports Report Analysts Analyst Rumors Rumours Update Updated Published Posted Breaking
    Exclusive Officially Separately Still Yet Then There Here What Why How Who Some Many Most With
    Without Per Via Following Despite Both Each Every Such Not No Yes More Is Are Will Was Expect
    Le La Les L' Un Une Des Du De Selon Dans En Au Aux Après Avant Cette Ce Il Elle Ils Son Sa
    Ses Leur Mais Et Ou Pour Par Sur Avec Lors D'après Officiellement Q1 Q2 Q3 Q4 H1 H2 NET ETA
    CEO PT PDT PST ET EDT EST CT CDT CST UTC GMT BST CET CEST JST IST KST HKT SGT AEST AEDT MSK
    MST MDT HST AKST NZST NZDT Christmas Thanksgiving Halloween
    January February March April May June July August September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday Spring Summer Fall Autumn Winter Und Der Die Das Ein Eine Im Am Auf Mit Für Von Zum
    Zur Bei Nach Seit Wie Als Auch Noch Schon Jetzt Immer Vielleicht Jedenfalls Nun Weder Somit
    Doch Aber Oder Wenn Dass Es Er Sie Wir Ihr Por El Los Las Una Del Al Para Con Según Esto
    Este Esta Pero Como Cuando Sin Sobre Hasta Desde Ya Lo Se Su Sus A We'll We're We've I'm
    It'll That's There's Here's Let's You'll They'll They're Previously Recap Meanwhile Plus
    Chinese Japanese European American British French German Korean Indian Public Private
    English Spanish Italian Portuguese Russian Arabic Hindi Mandarin Cantonese"""
    )
)
_PRODUCT_NOUNS = frozenset(
    word_list(
        """flagship phone smartphone handset foldable console handheld tablet laptop headset glasses
    watch smartwatch earbuds car sedan suv truck ev rocket booster spacecraft mission update
    sequel game remake chip processor model lineup series edition kernel release beta app
    browser drone camera lander telescope satellite probe capsule vehicle robotaxi robot chipset
    gpu cpu speaker tv monitor controller expansion dlc patch fusée smartphone téléphone voiture"""
    )
)
# A French elision ("d'", "l'") is a token of its own, so "d'Ariane 7" yields "Ariane 7".
_TOKEN = re.compile(
    r"(?:[dlDLjJnNsScC]|[Qq]u)['’](?=\w)|\d+(?:\.\d+)+|[^\W_](?:[\w'’/+&|-]*[\w+])?"
)
_DIGIT_OR_CAMEL = re.compile(r"\d|[a-z][A-Z]")  # "11", "5G", "iPhone", "eBay"
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|across|throughout|en|dans|à|au|aux|a)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w.-]*\s+){1,3}(?:and|or|y|et|und)\s+)?$"  # "in New York and |Rio"
)
# "64GB", "5,000mAh", "120Hz", "4K": a spec, never a name's first word.
_UNIT = re.compile(r"\d+(?:[.,]\d+)?(?:GB|TB|MB|MP|mAh|Hz|GHz|MHz|W|mm|nm|fps|K|p|in)", re.I)
_ADVERB = re.compile(
    r"[A-Z][a-z]{2,}(?:ally|ously|ntly|edly|ately|arly|ingly|ively|ully)"
)  # "Originally", "Reportedly": no name
_NUMBER_WORDS = frozenset(
    word_list("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Several Dozens")
)
_THE_BEFORE = re.compile(r"\b(?:the|its|their|a)\s+$", re.I)
_QUOTED = re.compile(r"[“\"«„]([A-Z0-9][^”\"»“]{1,40}?)[”\"»“]")
_RUN_TAILS = frozenset(("Plus",))  # a stop word alone, a name's last word after a name
_CONNECTORS = frozenset(("of", "the", "de", "du", "des"))
_JOIN = re.compile(r"[ -]|: | & | of | of the | de | du | des ")
_SUBJECT_AFTER = re.compile(
    r"^\s*(?:will|plans|is|has|had|said|says|announced|confirmed|today|could|may|might|expects"
    r"|aims|intends|wants|hopes|va|a)\b"
)
_NOUN_AFTER = re.compile(
    r"(\s+(?:next|new|upcoming|latest|first|long-awaited|rumou?red))?\s+([\w-]+)"
)
_COMPONENT_BEFORE = re.compile(
    r"\b(?:with|featuring|powered\s+by|running|packing|using|avec|équipée?\s+d[eu']?)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|new\s+|le\s+|la\s+|un\s+|une\s+)?$",
    re.I,
)
_LISTED_AFTER = re.compile(r",|\bon\b|\band\b")
_OBJECT_BEFORE = re.compile(r"(?:^|\s)(?:the|its|their|a|an|le|la|les|sa|son|ses)?\s*$", re.I)


@dataclass(frozen=True)
class Candidate:
    text: str
    start: int
    end: int
    score: float
    kind: Kind = Kind.PRODUCT
    introduced: bool = False  # named after a common noun: "das Actionspiel Deathloop"


_DESCRIPTIVE = re.compile(r"-[a-z]{3,}$")  # "COVID-imposed", "Tokyo-based": an adjective


def _is_name_token(word: str) -> bool:
    if _UNIT.fullmatch(word) or _ADVERB.fullmatch(word):
        return False
    if word in _STOPS or word.rstrip("'’s") in _STOPS or _DESCRIPTIVE.search(word):
        return False
    return word[0].isupper() or _DIGIT_OR_CAMEL.search(word) is not None


def name_runs(sentence: str) -> list[tuple[int, int]]:
    """Character spans of maximal name-token runs, joined over "of", "of the", ":" and "&"
    ("Call of Duty", "The Legend of Zelda: Echoes of Time"). A bare number only continues a run
    ("Pixel 11"), never starts one ("16 GB"); a possessive ends one ("Apple's | Vision Pro")."""
    runs: list[tuple[int, int]] = []
    open_run = False
    for match in _TOKEN.finditer(sentence):
        word = match.group()
        if open_run and word in _RUN_TAILS and sentence[match.start() - 1] == " ":
            runs[-1] = (runs[-1][0], match.end())  # "Disney Plus", "Galaxy S21 Plus"
            continue
        if not _is_name_token(word):
            open_run = open_run and word in _CONNECTORS
            continue
        gap = sentence[runs[-1][1] : match.start()] if open_run else None
        if gap is not None and _JOIN.fullmatch(gap):
            runs[-1] = (runs[-1][0], match.end())
        elif _starts_run(sentence, match):
            runs.append((match.start(), match.end()))
        else:
            open_run = False
            continue
        open_run = not word.endswith(("'s", "’s"))
    return runs


def _starts_run(sentence: str, match: re.Match[str]) -> bool:
    """A bare number ("349.99", "16") or a number word ("Ten of …") starts no name, except a
    product's number after "the" with a product noun after it ("the 9 series")."""
    word = match.group()
    if word in _NUMBER_WORDS:
        return False
    if not word.replace(".", "").isdigit():
        return True
    noun = _NOUN_AFTER.match(sentence[match.end() :])
    numbered = noun is not None and not noun.group(1) and noun.group(2).lower() in _PRODUCT_NOUNS
    return numbered and _THE_BEFORE.search(sentence[: match.start()]) is not None


def _extended(sentence: str, start: int, end: int) -> tuple[str, int, float]:
    """The run plus a product noun after it ("Xiaomi/Leica flagship", "Nintendo's next
    console", "Microsoft's next Xbox"): (text, end, bonus). A bare possessive drops its "'s"."""
    text = sentence[start:end]
    after = _NOUN_AFTER.match(sentence[end:])
    possessive = text.endswith(("'s", "’s"))
    if after:
        word = after.group(2)
        noun = word.lower() in _PRODUCT_NOUNS and (after.group(1) or not possessive)
        if noun or (possessive and after.group(1) and word[0].isupper()):
            return text + after.group(), end + after.end(), 2.0
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
    runs = [(s, e) for s, e in name_runs(sentence) if not _generic(sentence, s, e)]
    candidates = [_score(sentence, s, e, launch_at, date_at, text) for s, e in runs]
    quoted = (_quoted(sentence, m, launch_at) for m in _QUOTED.finditer(sentence))
    candidates += [c for c in quoted if c is not None]
    candidates.sort(key=lambda c: c.score, reverse=True)
    return [replace(c, text=_ELISION.sub("", c.text.strip(" ,:;"))) for c in candidates]


# Headline words that name no product ("Mobile Launch Dates for October Confirmed").
_GENERIC_WORDS = frozenset(
    word_list(
        """Mobile Launch Launches Release Releases Date Dates Confirmed Confirms Official New
    Update Delay Delayed Delays Event Phone Phones Game Games Review Deal Deals Sale Price Leak
    Leaks Rumor Rumors Schedule Calendar Upcoming Announced Revealed Coming Soon Everything
    Know Best Top List Says Say Will Be Gets Get Finally Arrives Arriving Launching Producing"""
    )
)
_TITLE_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


def _generic(sentence: str, start: int, end: int) -> bool:
    """A run of headline words only, or a plain run in a Title Case Headline (whose every word
    is capitalised, so capitals tell nothing): no name."""
    words = sentence[start:end].split()
    if all(w in _GENERIC_WORDS for w in words):
        return True
    plain = not _DIGIT_OR_CAMEL.search(sentence[start:end])
    long_words = _TITLE_WORD.findall(sentence)
    title_case = len(long_words) >= 4 and all(w[0].isupper() for w in long_words)
    return plain and title_case


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
