"""Paste to track: propose launches (name, date window, status, quote) from pasted news text.

Pipeline, all offline and regex-driven so a 5,000-character article takes a few milliseconds:
0. URLs are blanked and hard-wrapped lines joined (text pasted from a PDF or an e-mail).
1. The article's own date (a dateline or "Published March 3, 2022" near the top) becomes the base
   for relative phrases ("this year" in a 2022 article is 2022); else the `base` argument; else
   `now` on the local wall clock. The dateline itself is blanked so it is never a launch date.
2. The language is detected (phrases_i18n: Chinese per sentence, French vs English for the
   whole text) and zh/fr date idioms are rewritten in English; a proposal's `when_text` is
   that English form ("7月下旬" → "late July"), so the launch dialog and the CLI, which read
   English, re-read it the same way. The quote keeps the original.
3. Text is split into sentences, sentences into clauses (";", ", while …"). In each clause every
   date phrase is located (extract_dates) and tied to its nearest launch word (a word after the
   date counts as farther: dates follow their verb), at most _REACH characters away. The
   phrase whose launch word is the strongest wins, then the closest: availability (on sale,
   ships, launches, lifts off) beats expectation (due, slated) beats reveal (unveil, announce)
   — so "goes on sale in early September after an August unveiling" proposes early September.
4. The winner goes through `parse_window`; the name is the best noun phrase near the launch word
   (extract_names), else the last name seen earlier in the text ("It ships in March").
5. Status from the sentence's wording, else its paragraph's, else rumored (extract_words).
Proposals whose window ended before the base are history ("last year's model launched in
August"), not launches to track, and are dropped. The same name with nested windows ("in
September" … "on sale September 19") is one launch: the narrower window stays.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from countdown.core.dates.phrases_i18n import detect_language, has_chinese, normalize_dates
from countdown.core.dates.window import UnparseableDate, parse_window
from countdown.core.model import Window
from countdown.core.news.dates import DateSpan, find_article_date, find_date_spans
from countdown.core.news.merge import is_weak_name, names_agree, one_per_launch
from countdown.core.news.names import name_before, name_candidates, pick_name
from countdown.core.news.proposal import Proposal as Proposal  # re-exported for callers
from countdown.core.news.roles import Role, history_date, past_sentence, role_of
from countdown.core.news.status import launch_status
from countdown.core.news.words import (
    CLAUSE_END,
    launch_words,
    split_sentences,
    unwrap,
)


class NothingToTrack(ValueError):
    """The text holds no sentence with a product, a launch word and a date."""


_MAX_CLAUSE = 1000
_MOVED = re.compile(r"\b(?:delay|postpon|push|mov|shift|slip|reschedul|bump)\w*", re.I)
_SOFT_BREAK = re.compile(r"(?<=[,，、])")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*·]|\d{1,2}[.)])\s+")
# How far (in characters) a date may sit from its launch word; Chinese packs more per character.
_REACH = {"zh": 24, "ja": 24}
ALL_LANGUAGES = ("en", "zh", "ja", "fr", "de", "es")
_CJK_CODES = ("zh", "ja")
_SUBJECT_MENTIONS = 3  # a product named this often is what the text is about


def _tie(span: DateSpan, words: list[tuple[int, int]]) -> tuple[int, int, int]:
    """(strength, -distance, position) of the launch word a date span belongs to: the nearest
    one, where a word after the date counts as farther (dates follow their verb: "pre-orders
    begin September 11, with availability beginning September 18")."""

    def distance(at: int) -> int:
        return span.start - at if at <= span.start else 4 * max(at - span.end, 0) + 10

    at, strength = min(words, key=lambda w: (distance(w[0]), -w[1]))
    return strength, -distance(at), at


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
    main_product: str | None = None  # the product named most often, once looked up
    history: bool = False  # the sentence tells a past launch with its year


def _parse_languages(language: str) -> tuple[str, ...]:
    return ("en",) if language == "en" else ("en", language)


def _parse_any(text: str, base: datetime, languages: tuple[str, ...]) -> Window:
    """English first (the normalizer already rewrote the idioms, and a translation pass could
    mangle English words), then with the text's own language for plain dates left as written."""
    day_first = languages != ("en",)  # "4/11/2026" in a French text is November 4
    try:
        window: Window = parse_window(text, base=base, languages=("en",), day_first=day_first)
    except UnparseableDate:
        if languages == ("en",):
            raise
        window = parse_window(text, base=base, languages=languages)
    return window


def _parse(span: DateSpan, context: _Context) -> Window | None:
    try:
        return _parse_any(span.text, context.base, context.languages)
    except UnparseableDate:
        return None


def read_when(
    text: str, *, base: datetime, languages: tuple[str, ...] = ALL_LANGUAGES
) -> tuple[str, Window]:
    """A date text typed in any supported language → (its English form, its window). The
    English form is what gets stored as `when_text`, so later edits re-read it the same way.
    A short phrase ("mi juillet 2027") has too few words to detect its language, so languages
    whose idioms it contains go first, then the detected one, then the rest. Raises
    UnparseableDate (the first failure)."""
    detected = detect_language(text, languages)
    rewritten = [code for code in languages if normalize_dates(text, code, base) != text]
    order = dict.fromkeys([*rewritten, detected, *languages])  # idioms recognised first
    error: UnparseableDate | None = None
    for language in order:
        english = normalize_dates(text, language, base).strip()
        try:
            return english, _parse_any(english, base, _parse_languages(language))
        except UnparseableDate as exc:
            error = error or exc
    assert error is not None  # `languages` is never empty: detect_language falls back to "en"
    raise error


def _propose(clause: str, sentence: str, context: _Context) -> list[Proposal]:
    """The clause's launches, read on its English-normalized form (launch words and names are
    left alone by the normalizer, so positions in it are consistent): the date of the
    strongest launch word, then any other new date that comes with its own product
    ("X arrives on May 4 and Y on June 9", "X (4 février), Y (18 février)")."""
    english = normalize_dates(clause, context.language, context.base)
    words = launch_words(english, context.language) or _listed(english, context)
    spans = find_date_spans(english) if words or "(" in english else []
    words = words or _dated_in_parentheses(english, spans)
    if not spans or not words:
        context.earlier.append(english)
        return []
    reach = _REACH.get(context.language, 90)
    ranked = sorted(spans, key=lambda s: _tie(s, words), reverse=True)
    blanked = _blank(english, spans)
    found: list[Proposal] = []
    used: list[DateSpan] = []
    for span in [part for whole in ranked for part in (whole, *whole.parts)]:
        if not _is_new(span, english) or (context.history and history_date(span, english)):
            continue
        if any(span.start < u.end and u.start < span.end for u in used):
            continue
        _, minus_distance, launch_at = _tie(span, words)
        far = -minus_distance > reach and not found  # a list goes on past the launch word
        window = None if far else _parse(span, context)
        if window is None or window.last_day() < context.base.date():
            continue
        name = _name_for(blanked, span, launch_at, found, context)
        if name:
            status = launch_status(
                sentence, context.paragraph, context.text, name, context.language
            )
            quote = " ".join(sentence.split())  # blanked URLs and wrapped lines leave spaces
            found.append(Proposal(name, span.text, window, status, quote, context.base))
            used.append(span)
        if not found:
            return []
    return found


def _name_for(
    blanked: str, span: DateSpan, launch_at: int, found: list[Proposal], context: _Context
) -> str | None:
    """The first date's name (carried over when the clause names none), or for a further date
    a product of its own next to it that is none of the clause's earlier ones."""
    if not found and not _in_parentheses(blanked, span):
        name = pick_name(blanked, launch_at, context.language, date_at=span.start)
        return _carried_name(name, context) or name or _earlier_name(context)
    own = name_before(blanked, span.start)
    if own is None or is_weak_name(own) or any(names_agree(own, p.name) for p in found):
        return None
    return own


def _dated_in_parentheses(clause: str, spans: list[DateSpan]) -> list[tuple[int, int]]:
    """ "Elden Ring (February 25)": a product listed with its day is a launch word of its own."""
    return [
        (span.start, 2)
        for span in spans
        if _in_parentheses(clause, span) and name_before(clause, span.start)
    ]


def _in_parentheses(clause: str, span: DateSpan) -> bool:
    before, after = clause[: span.start].rstrip(), clause[span.end :].lstrip()
    return before.endswith("(") and after.startswith(")")


def _is_new(span: DateSpan, clause: str) -> bool:
    """The span sets a launch's date: not an old, past, statement or fiscal date, and not a
    whole "from X to Y" move (its parts are tried one by one: Y is the new date)."""
    if span.parts and span.text.lower().startswith("from ") and _MOVED.search(clause):
        return False
    return role_of(span, clause) is Role.NEW


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


def _carried_name(name: str | None, context: _Context) -> str | None:
    """For a date sentence that names only a maker, place or pronoun ("the company", "It",
    "Take-Two said"): the product the text names most often (a person or company named once
    is no product), else None."""
    if name is not None and not is_weak_name(name):
        return None
    if context.main_product is None:
        counts = Counter(
            candidate
            for sentence in split_sentences(context.text)
            for candidate in name_candidates(
                normalize_dates(sentence, context.language, context.base)
            )
            if not is_weak_name(candidate)
        )
        best = counts.most_common(1)
        context.main_product = best[0][0] if best and best[0][1] >= _SUBJECT_MENTIONS else ""
    return context.main_product or None


def _earlier_name(context: _Context) -> str | None:
    """For "It ships in March": the subject of the nearest clause before that named something
    (looked up only when needed: name picking is the costly step), else the last launch."""
    if context.language not in _CJK_CODES:
        for clause in reversed(context.earlier):
            name = pick_name(clause, 0, context.language, min_score=1.0)
            if name:
                return name
    return context.last_name


def _blank(clause: str, spans: list[DateSpan]) -> str:
    """The clause with its date phrases replaced by spaces, so names never swallow a date."""
    for span in spans:
        clause = clause[: span.start] + " " * (span.end - span.start) + clause[span.end :]
    return clause


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
    article_date, text_body = find_article_date(unwrap(text))
    written = article_date or base or now.astimezone().replace(tzinfo=None, microsecond=0)
    # Chinese is told apart per sentence (a Chinese article quotes English names, an English
    # one may quote Chinese); French vs English once for the whole text.
    latin = language or detect_language(text, tuple(c for c in languages if c not in _CJK_CODES))
    cjk_codes = tuple(code for code in _CJK_CODES if code in languages)
    cjk = language if language in _CJK_CODES else detect_language(text, cjk_codes)
    context = _Context(written, latin, _parse_languages(latin), text=text_body)
    proposals: list[Proposal] = []
    for paragraph in text_body.split("\n"):
        context.paragraph = paragraph
        for sentence in split_sentences(paragraph):
            here = cjk if cjk in _CJK_CODES and has_chinese(sentence) else latin
            context.language, context.languages = here, _parse_languages(here)
            context.list_heading = _is_heading(sentence, context) or (
                context.list_heading and _LIST_ITEM.match(sentence) is not None
            )
            english = normalize_dates(sentence, here, written)
            context.history = past_sentence(find_date_spans(english), english)
            for clause in _pieces(sentence):
                # A run-on "sentence" is no quote: its piece is the quote and the status scope.
                quote = sentence if len(sentence) <= _MAX_CLAUSE else clause
                found = _propose(clause, quote, context)
                if found:
                    proposals += found
                    context.last_name, context.earlier = found[-1].name, []
    return one_per_launch(proposals) or _nothing(text)


def _nothing(text: str) -> list[Proposal]:
    what = "The text is empty" if not text.strip() else "No launch found in the text"
    raise NothingToTrack(
        f"{what}: paste a sentence that names a product and when it launches, "
        "e.g. “The Pixel 11 goes on sale in late August.”"
    )
