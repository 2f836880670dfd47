"""Paste to track: propose launches (name, date window, status, quote) from pasted news text.

A pipeline of named stages, each in its own module and testable alone; all offline and
regex-driven, so a 5,000-character article takes a few milliseconds:
1. **sentences** (words.py): URLs blanked, wrapped lines joined, the article's dateline read as
   the base and blanked (dates.find_article_date); the language detected (Chinese/Japanese per
   sentence, Latin languages once) and its date idioms rewritten in English (phrases_i18n), so
   a proposal's `when_text` is English ("7月下旬" → "late July"); headline and body are
   sentences alike, cut into clauses.
2. **mentions**: date phrases (dates.find_date_spans) with their role (roles.py: new, old,
   past, statement day, fiscal, other); product names (names.py; makers, people, places and
   outlets score low; a maker-only sentence takes the product the text is about).
3. **launch events** (events.py): each new date tied to its launch word (launch, ship, go on
   sale, lift off, move to, …); the strongest, then nearest wins, and further dates of the
   clause that come with their own product are launches too.
4. **proposals** (merge.py): the mentions of one launch merged into one proposal with the
   most specific window and any zone named.
5. **status** (status.py): from the wording of the sentence, its paragraph, the text.
6. **evidence** (evidence.py): where each proposal's quote, name, date and status cue are in
   the pasted text, for the paste dialog's highlight.
Windows that ended before the base are history and dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from countdown.core.dates.phrases_i18n import detect_language, has_chinese, normalize_dates
from countdown.core.dates.window import UnparseableDate
from countdown.core.model import Window
from countdown.core.news.dates import (
    DateSpan,
    find_article_date,
    find_date_spans,
    forget_read_sentences,
)
from countdown.core.news.events import (
    blank,
    candidates,
    dated_in_parentheses,
    implausible,
    in_parentheses,
    is_new,
    tie,
    without_asides,
)
from countdown.core.news.evidence import with_evidence
from countdown.core.news.joins import last_month, last_time
from countdown.core.news.listed import another_edition, item_name, sums_up_list
from countdown.core.news.merge import is_weak_name, names_agree, one_per_launch
from countdown.core.news.names import name_before
from countdown.core.news.proposal import Proposal as Proposal  # re-exported for callers
from countdown.core.news.refer import Story, resolve_name
from countdown.core.news.referents import another_launch_word, another_region, same_product_again
from countdown.core.news.roles import history_date, past_sentence
from countdown.core.news.since import since_date
from countdown.core.news.status import date_in_clause, status_cue
from countdown.core.news.unnamed import is_product_noun
from countdown.core.news.when import ALL_LANGUAGES, parse_any, parse_languages
from countdown.core.news.when import read_when as read_when  # re-exported for callers
from countdown.core.news.words import (
    CLAUSE_END,
    launch_words,
    split_sentences,
    unwrap,
)


class NothingToTrack(ValueError):
    """The text holds no sentence with a product, a launch word and a date."""


_MAX_CLAUSE = 1000
_SOFT_BREAK = re.compile(r"(?<=[,，、])")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*·]|\d{1,2}[.)])\s+")
# How far (in characters) a date may sit from its launch word; Chinese packs more per character.
_REACH = {"zh": 24, "ja": 24}
_CJK_CODES = ("zh", "ja")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass
class _Context:
    base: datetime
    language: str
    languages: tuple[str, ...]
    last_name: str | None = None  # of the last proposal
    earlier: list[str] = field(default_factory=list)  # clauses since then that proposed nothing
    list_heading: bool = False  # inside a list under "Release dates:"
    paragraph: str = ""  # the line being read: its wording decides a silent sentence's status
    text: str = ""  # the whole text: report words and slips told elsewhere
    history: bool = False  # the sentence tells a past launch with its year
    last_time: str | None = None  # the last time told with its zone: "at the same time"
    last_month: str | None = None  # the month of the last dated clause: "the 4th of that month"


def _parse(span: DateSpan, context: _Context) -> Window | None:
    try:
        return parse_any(span.text, context.base, context.languages)
    except UnparseableDate:
        return None


def _propose(clause: str, sentence: str, context: _Context) -> list[Proposal]:
    """The clause's launches, read on its English-normalized form (launch words and names are
    left alone by the normalizer, so positions in it are consistent): the date of the
    strongest launch word, then any other new date that comes with its own product
    ("X arrives on May 4 and Y on June 9", "X (4 février), Y (18 février)")."""
    english = without_asides(normalize_dates(clause, context.language, context.base))
    words = launch_words(english, context.language) or _listed(english, context)
    told = context.last_time, context.last_month
    spans = find_date_spans(english, *told) if words or "(" in english else []
    if spans:
        context.last_time = last_time(spans) or context.last_time
        context.last_month = last_month(spans)
    words = words or dated_in_parentheses(english, spans)
    if not spans or not words:
        context.earlier.append(english)
        return []
    reach = _REACH.get(context.language, 90)
    ranked = sorted(spans, key=lambda s: tie(s, words), reverse=True)
    blanked = blank(english, spans)
    found: list[Proposal] = []
    used: list[DateSpan] = []
    first_at: list[int] = []  # the launch word of the clause's first launch
    for span in candidates(ranked, english):
        if not is_new(span, english) or (context.history and history_date(span, english)):
            continue
        if since_date(span, english):
            continue  # "on sale since June", "seit Juni erhältlich": already so, no launch
        if any(span.start < u.end and u.start < span.end for u in used):
            continue
        if sums_up_list(blanked, span, spans):
            continue  # "three games next year: A (March 3), B (April 9)"
        _, minus_distance, launch_at = tie(span, words)
        far = -minus_distance > reach and not found  # a list goes on past the launch word
        window = None if far else _parse(span, context)
        if window is None or window.last_day() < context.base.date():
            continue
        if implausible(span, window, context.base, english):
            continue
        name = _name_for(blanked, span, (launch_at, *first_at[:1]), found, context, sentence)
        if name:
            date = date_in_clause(english, span, spans)
            cue = status_cue(
                sentence, context.paragraph, context.text, name, context.language, date
            )
            quote = " ".join(sentence.split())  # blanked URLs and wrapped lines leave spaces
            found.append(
                Proposal(name, span.text, window, cue.status, quote, context.base, cue.words)
            )
            used.append(span)
            first_at.append(launch_at)
        if not found:
            return []
    return found


def _name_for(
    blanked: str,
    span: DateSpan,
    launch_ats: tuple[int, ...],
    found: list[Proposal],
    context: _Context,
    sentence: str,
) -> str | None:
    """The first date's name (carried over when the clause names none: refer.py); for a further
    date a product of its own, none of the clause's earlier ones, or the one just named when the
    words before the date refer back to it or tell another launch or region of it (referents)."""
    if not found and not in_parentheses(blanked, span):
        story = Story(
            context.text,
            context.language,
            context.base,
            sentence,
            context.earlier,
            context.last_name,
        )
        name = resolve_name(blanked, launch_ats[0], span.start, story)
        if name is not None and _KIND_PLURAL.match(name):
            name = _kind_named_before(name, context.text, sentence) or name
        return _with_kind(name, blanked)
    own = name_before(blanked, span.start) or item_name(blanked, span.start)
    if own is None and same_product_again(blanked, span.start):
        return found[-1].name  # "… and ship the next version of it to businesses in November"
    if found and another_launch_word(blanked, span.start, launch_ats, own, found[-1].name):
        return found[-1].name
    if found and another_region(blanked, span.start, span.end):
        return found[-1].name
    if own is None or is_weak_name(own):
        return None
    if any(names_agree(own, p.name) and not another_edition(own, p.name) for p in found):
        return None
    return own


_KIND_PLURAL = re.compile(r"[A-Z]{2,}s$")  # "CPUs", "EVs": a kind of product, no name


def _kind_named_before(kind: str, text: str, sentence: str) -> str | None:
    """ "The CPUs won't be available until October": the product last written with that kind
    noun before the sentence ("… next to the 13th Gen Raptor Lake CPUs on …")."""
    before = text[: max(text.find(sentence), 0)]
    runs = re.findall(rf"(?<![\w'’])((?:[A-Z0-9][\w.-]*\s+){{1,5}}){kind}\b", before)
    return f"{runs[-1]}{kind}" if runs else None


# A compound adjective before a product noun: "the three-row SUV", "a two-seat EV".
_KIND_WORD = r"([a-z][a-z]*-[a-z]+(?:-[a-z]+)?)\s+"


def _with_kind(name: str | None, clause: str) -> str | None:
    """A product noun alone ("SUV") as the name takes the compound adjective the clause puts
    before it ("three-row SUV"), which tells the model apart from the maker's others."""
    if name is None or not is_product_noun(name):
        return name
    found = re.search(rf"\b{_KIND_WORD}{re.escape(name)}\b", clause)
    return f"{found.group(1)} {name}" if found else name


def _pieces(sentence: str) -> list[str]:
    """The sentence's clauses; a clause longer than _MAX_CLAUSE (a run-on paste without
    sentence ends) is cut at commas, then at spaces, so the work per clause stays bounded."""
    pieces = []
    for clause in CLAUSE_END.split(sentence):
        parts = [clause] if len(clause) <= _MAX_CLAUSE else _SOFT_BREAK.split(clause)
        for part in parts:
            while len(part) > _MAX_CLAUSE:
                cut = part.rfind(" ", 0, _MAX_CLAUSE) + 1 or _MAX_CLAUSE
                pieces.append(part[:cut])
                part = part[cut:]
            pieces.append(part)
    return pieces


def _is_heading(sentence: str, context: _Context) -> bool:
    """ "Release dates:" — a line ending in a colon that names the launch for a list below."""
    return sentence.rstrip().endswith((":", "：")) and bool(
        launch_words(sentence, context.language)
    )


def _listed(clause: str, context: _Context) -> list[tuple[int, int]]:
    """Under a launch heading, a list item ("- Pixel 11: August 20") borrows its launch word."""
    return [(0, 2)] if context.list_heading and _LIST_ITEM.match(clause) else []


def extract_launches(
    text: str,
    *,
    base: datetime | None,
    now: datetime,
    languages: tuple[str, ...] = ALL_LANGUAGES,
    language: str | None = None,
) -> list[Proposal]:
    """Launches proposed from pasted `text`; NothingToTrack when there are none. The text's
    language is detected among `languages` (per sentence for Chinese and Japanese) unless
    `language` names it."""
    forget_read_sentences()
    article_date, text_body = find_article_date(unwrap(text))
    written = article_date or base or now.astimezone().replace(tzinfo=None, microsecond=0)
    # Chinese is told apart per sentence (a Chinese article quotes English names, an English
    # one may quote Chinese); French vs English once for the whole text.
    latin = language or detect_language(text, tuple(c for c in languages if c not in _CJK_CODES))
    cjk_codes = tuple(code for code in _CJK_CODES if code in languages)
    cjk = language if language in _CJK_CODES else detect_language(text, cjk_codes)
    context = _Context(written, latin, parse_languages(latin), text=text_body)
    proposals: list[Proposal] = []
    for paragraph in text_body.split("\n"):
        context.paragraph = paragraph
        for sentence in split_sentences(paragraph):
            here = cjk if cjk in _CJK_CODES and has_chinese(sentence) else latin
            context.language, context.languages = here, parse_languages(here)
            context.list_heading = _is_heading(sentence, context) or (
                context.list_heading and _LIST_ITEM.match(sentence) is not None
            )
            english = normalize_dates(sentence, here, written)
            context.history = _YEAR_IN.search(english) is not None and past_sentence(
                find_date_spans(english), english
            )  # only a date with its year makes a sentence history: skip the rest cheaply
            for clause in _pieces(sentence):
                # A run-on "sentence" is no quote: its piece is the quote and the status scope.
                quote = sentence if len(sentence) <= _MAX_CLAUSE else clause
                found = _propose(clause, quote, context)
                if found:
                    proposals += found
                    context.last_name, context.earlier = found[-1].name, []
    launches = one_per_launch(proposals, text_body) or _nothing(text)
    return with_evidence(launches, text, latin)


def _nothing(text: str) -> list[Proposal]:
    what = "The text is empty" if not text.strip() else "No launch found in the text"
    raise NothingToTrack(
        f"{what}: paste a sentence that names a product and when it launches, "
        "e.g. “The Pixel 11 goes on sale in late August.”"
    )
