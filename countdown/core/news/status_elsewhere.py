"""What other sentences say about a launch's status: a slip of the same launch told elsewhere
(NEWS-CONVENTIONS.md, "Delays": "X was delayed again. … It arrives on May 12" is a delay), and
whether some words name the launch at all.

A slip told elsewhere counts for a date when it names the launch (before the slip word, or
just after it: "delayed the launch of the X rover") and moved no other date: it governs no
date within reach ("X was delayed again"), or one that is this date told coarser ("X slips to
April" for April 4). "Moved" or "shifted to" alone says too little outside a date's sentence,
so only the plain slip words count here (status_cues.SLIP_WORDS).
"""

from __future__ import annotations

import functools
import re

from countdown.core.model import Status
from countdown.core.news.dates import find_date_spans
from countdown.core.news.events import is_new
from countdown.core.news.status_cues import SLIP_WORDS, cue_of

SLIP_REACH = 90  # characters between a slip word and the date it moved (as for launch words)
_NAME_AFTER_SLIP = 40  # "delayed the launch of the X rover": the name just after the slip word
_SENTENCE = re.compile(r"[.!?\n。！？]")
_GENERIC = re.compile(r"^[A-Z]{2,}s$")  # "CPUs", "EVs": a kind of product, not one
_MODEL_WORD = re.compile(r"\d|[a-z][A-Z]")  # "R1T", "iPhone": a model's own word
# A line opening with a reference to the product just told of ("It", "该火箭", "同機").
_REFERENCE = {
    "en": re.compile(
        r"\s*(?:It|(?:The|This)\s+(?:rocket|mission|flight|launch|device|phone|game|title|film|movie|console|car|vehicle))\b"
    ),
    "zh": re.compile(r"\s*(?:该|該|此|这|這|其)"),
    "ja": re.compile(r"\s*(?:同|本|この)"),
}
_TAIL = re.compile(r"(?:^|\s)(\S*[A-Z]\S*(?:\s+\d+)*)\s*$")


def new_dates(words: str) -> list[str]:
    """The launch dates `words` give (not a statement day, a past or an old date)."""
    return [span.text for span in find_date_spans(words) if is_new(span, words)]


def names_it(words: str, name: str) -> bool:
    """`words` name the launch: its distinctive tail ("Note 8" of "Galaxy Note 8", "R1T" of
    "R1T truck"), as whole words; an unnamed product ("Acme entry-level model", "EV van": no
    model word with a digit or inner capital) only by its whole name, not its maker's."""
    distinctive = [w for w in name.split() if not w.islower() and not _GENERIC.match(w)]
    tail = _TAIL.search(" ".join(distinctive) or name)
    key = (tail.group(1) if tail else name).strip()
    if name.split()[-1].islower() and not any(_MODEL_WORD.search(w) for w in distinctive):
        key = name
    if not key:
        return False
    edge = r"\b" if key[0].isalnum() and key[-1].isalnum() and key.isascii() else ""
    return re.search(rf"{edge}{re.escape(key)}{edge}", words, re.IGNORECASE) is not None


def slipped_elsewhere(
    text: str,
    sentence: str,
    name: str,
    language: str,
    date_text: str,
    *,
    any_date: bool = False,
    paragraph: str = "",
) -> str:
    """The slip words of `text`, outside `sentence`, that speak of the launch `name` dated
    `date_text` (see the module docstring; `any_date`: whatever date the slip moved it to),
    else "". A slip in the date's own `paragraph` told of "it" ("该火箭…推迟") speaks of it too."""
    own = _date_words(date_text)
    for line, start, end in _slips(text, language):
        if line in sentence:
            continue
        named = (
            names_it(line[:start], name)
            or names_it(line[end : end + _NAME_AFTER_SLIP], name)
            or (line in paragraph and _opens_with_reference(line, language))
        )
        moved = _governed_date(line, start) if named and not any_date else None
        if named and (moved is None or _date_words(moved) <= own):
            return line[start:end]
    return ""


@functools.lru_cache(maxsize=4)
def _slips(text: str, language: str) -> tuple[tuple[str, int, int], ...]:
    """Every slip word of the text: its line and where in it (read once per text)."""
    slip = SLIP_WORDS.get(language) or cue_of(language, Status.DELAYED)
    return tuple(
        (line, found.start(), found.end())
        for line in _SENTENCE.split(text)
        for found in slip.finditer(line)
    )


def _opens_with_reference(line: str, language: str) -> bool:
    reference = _REFERENCE.get(language)
    return reference is not None and reference.match(line) is not None


def _governed_date(line: str, cue_at: int) -> str | None:
    """The launch date nearest a slip word at `cue_at`, within reach, if any."""
    dates = [
        (abs(span.start - cue_at), span.text)
        for span in find_date_spans(line)
        if abs(span.start - cue_at) <= SLIP_REACH and is_new(span, line)
    ]
    return min(dates)[1] if dates else None


def _date_words(date_text: str) -> set[str]:
    """ "April 4, 2023" → {"april", "4", "2023"}: a slip told with "April" is about it."""
    return {word.strip(",.").casefold() for word in date_text.split()} - {"", "in", "on", "the"}
