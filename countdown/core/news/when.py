"""Reading one date text in any supported language: the English form stored as `when_text`
and its window (the launch dialog, the paste table and `countdown parse --lang` use it)."""

from __future__ import annotations

from datetime import datetime

from countdown.core.dates.phrases_i18n import detect_language, normalize_dates
from countdown.core.dates.window import UnparseableDate, parse_window
from countdown.core.model import Window

ALL_LANGUAGES = ("en", "zh", "ja", "fr", "de", "es")


def parse_languages(language: str) -> tuple[str, ...]:
    return ("en",) if language == "en" else ("en", language)


def parse_any(text: str, base: datetime, languages: tuple[str, ...]) -> Window:
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
            return english, parse_any(english, base, parse_languages(language))
        except UnparseableDate as exc:
            error = error or exc
    assert error is not None  # `languages` is never empty: detect_language falls back to "en"
    raise error
