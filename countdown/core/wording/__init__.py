"""Countdown wording, dates and window labels per language (Qt-free phrasebooks).

Core functions that print for people take a `Wording` (default `ENGLISH`, what the CLI and its
`--json` keep); the desktop app passes the one matching its translation, from `wording_for`.
"""

from __future__ import annotations

from countdown.core.wording.book import Wording
from countdown.core.wording.de import GERMAN
from countdown.core.wording.en import ENGLISH
from countdown.core.wording.es import SPANISH
from countdown.core.wording.fr import FRENCH
from countdown.core.wording.ja import JAPANESE
from countdown.core.wording.zh_cn import CHINESE

BOOKS = {book.code: book for book in (ENGLISH, GERMAN, FRENCH, SPANISH, CHINESE, JAPANESE)}


def wording_for(code: str | None) -> Wording:
    """The phrasebook for a language code ("de", "de_AT", "zh_CN", "zh-Hans"); English when none."""
    if not code:
        return ENGLISH
    name = code.replace("-", "_")
    if name in BOOKS:
        return BOOKS[name]
    language, _, rest = name.partition("_")
    if language == "zh":  # only Simplified Chinese is written: not for zh_TW / zh_HK / Hant
        simplified = rest in ("", "CN", "SG", "Hans") or rest.startswith("Hans")
        return CHINESE if simplified else ENGLISH
    return BOOKS.get(language, ENGLISH)


__all__ = ["BOOKS", "ENGLISH", "Wording", "wording_for"]
