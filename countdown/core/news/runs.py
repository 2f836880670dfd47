"""Name runs: the spans of a sentence that could be a name, before any scoring (names.py).

A run is a stretch of capitalised, mixed-case ("iPhone") or digit-bearing tokens ("Pixel 11
Pro", "GNOME 50"), joined over "of", "of the", ":" and "&" ("Call of Duty", "The Legend of
Zelda: Echoes of Time"). Function words, months, zones, sentence adverbs ("Originally"),
number words and specs ("64GB") are no name tokens; a run of headline words only ("Mobile
Launch Dates") or a plain run in a Title Case Headline names nothing (`generic`).
"""

from __future__ import annotations

import re

from countdown.core.dates.phrases_i18n import word_list

_STOPS = frozenset(
    word_list(
        """The A An In On At By For From To Of And But Or As If When While After Before Since Until
    This That These Those It Its It's They Their We Our He She His Her I You According Meanwhile
    However Also Earlier Later Now Today Tomorrow Yesterday Last Next Early Late Mid Sources Source
    Reports Report Analysts Analyst Rumors Rumours Update Updated Published Posted Breaking
    Exclusive Officially Separately Still Yet Then There Here What Why How Who Some Many Most With
    Without Per Via Following Despite Both Each Every Such Not No Yes More Is Are Will Was Expect
    Le La Les L' Un Une Des Du De Nous Vous On Selon Dans En Au Aux Après Avant Cette Ce Il Elle Ils Son Sa
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
    English Spanish Italian Portuguese Russian Arabic Hindi Mandarin Cantonese Swedish Norwegian
    Danish Finnish Dutch Swiss Austrian Belgian Irish Scottish Polish Czech Turkish Greek Canadian
    Australian Mexican Brazilian Argentine Taiwanese Vietnamese Thai Indonesian Israeli"""
    )
)
PRODUCT_NOUNS = frozenset(
    word_list(
        """flagship phone smartphone handset foldable console handheld tablet laptop headset glasses
    watch smartwatch earbuds car sedan suv truck van pickup ev rocket booster spacecraft mission update
    sequel game remake chip processor model lineup series edition kernel release beta app
    browser drone camera lander telescope satellite probe capsule vehicle robotaxi robot chipset
    gpu cpu speaker tv monitor controller expansion dlc patch fusée smartphone téléphone voiture"""
    )
)
# A French elision ("d'", "l'") is a token of its own, so "d'Ariane 7" yields "Ariane 7".
_TOKEN = re.compile(
    r"(?:[dlDLjJnNsScC]|[Qq]u)['’](?=\w)|\d+(?:\.\d+)+|[^\W_](?:[\w'’/+&|-]*[\w+])?"
)
DIGIT_OR_CAMEL = re.compile(r"\d|[a-z][A-Z]")  # "11", "5G", "iPhone", "eBay"
_UNIT = re.compile(r"\d+(?:[.,]\d+)?(?:GB|TB|MB|MP|mAh|Hz|GHz|MHz|W|mm|nm|fps|K|p|in)", re.I)
_ADVERB = re.compile(
    r"[A-Z][a-z]{2,}(?:ally|ously|ntly|edly|ately|arly|ingly|ively|ully)"
)  # "Originally", "Reportedly": no name
_NUMBER_WORDS = frozenset(
    word_list("Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Several Dozens")
)
_THE_BEFORE = re.compile(r"\b(?:the|its|their|a)\s+$", re.I)
_RUN_TAILS = frozenset(("Plus",))  # a stop word alone, a name's last word after a name
_CONNECTORS = frozenset(("of", "the", "de", "du", "des"))
_JOIN = re.compile(r"[ -]|: | & | of | of the | de | du | des ")
NOUN_AFTER = re.compile(
    r"(\s+(?:next|new|upcoming|latest|first|long-awaited|rumou?red))?\s+([\w-]+)"
)
_DESCRIPTIVE = re.compile(r"-[a-z]{3,}$")  # "COVID-imposed", "Tokyo-based": an adjective


def _is_name_token(word: str) -> bool:
    if _UNIT.fullmatch(word) or _ADVERB.fullmatch(word):
        return False
    if word in _STOPS or word.rstrip("'’s") in _STOPS or _DESCRIPTIVE.search(word):
        return False
    return word[0].isupper() or DIGIT_OR_CAMEL.search(word) is not None


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
    noun = NOUN_AFTER.match(sentence[match.end() :])
    numbered = noun is not None and not noun.group(1) and noun.group(2).lower() in PRODUCT_NOUNS
    return numbered and _THE_BEFORE.search(sentence[: match.start()]) is not None


# Headline words that name no product ("Mobile Launch Dates for October Confirmed").
_GENERIC_WORDS = frozenset(
    word_list(
        """Mobile Launch Launches Release Releases Date Dates Confirmed Confirms Official New
    Update Delay Delayed Delays Event Phone Phones Game Games Review Deal Deals Sale Price Leak
    Leaks Rumor Rumors Schedule Calendar Upcoming Announced Revealed Coming Soon Everything
    Know Best Top List Says Say Will Be Gets Get Finally Arrives Arriving Launching Producing
    Pushed Back Moved Slips Slipped Postponed"""
    )
)
_TITLE_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


# "Sales of the Orrin X6", "Production of the Vela": the launch told of the product, not its name.
_ACTIVITY_OF = re.compile(
    r"(?:Sales|Production|Deliveries|Shipments|Shipping|Pre-?orders|Availability|Launch|Release"
    r"|Rollout|Debut)\s+of\s+(?:the\s+)?(?=\S)"
)


def trimmed(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The run without trailing headline words ("… AM5 Platform Pushed Back") and without an
    activity told of the product before it ("Sales of the …")."""
    activity = _ACTIVITY_OF.match(sentence, start, end)
    start = activity.end() if activity else start
    text = sentence[start:end]
    head, _, last = text.rpartition(" ")
    while head and last in _GENERIC_WORDS:
        text = head
        head, _, last = text.rpartition(" ")
    return start, start + len(text)


def generic(sentence: str, start: int, end: int) -> bool:
    """A run of headline words only, or a plain run in a Title Case Headline (whose every word
    is capitalised, so capitals tell nothing): no name."""
    words = sentence[start:end].split()
    if all(w in _GENERIC_WORDS for w in words):
        return True
    plain = not DIGIT_OR_CAMEL.search(sentence[start:end])
    long_words = _TITLE_WORD.findall(sentence)
    title_case = len(long_words) >= 4 and all(w[0].isupper() for w in long_words)
    return plain and title_case
