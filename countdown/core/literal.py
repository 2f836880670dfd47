"""Text from outside, shown literally: no character of a name can act on the screen it lands on.

Launch names, notes and sources come from .ics files, CalDAV servers and pasted news. Printed
as they are, an ESC sequence recolours or rewrites a terminal, a carriage return hides what came
before it, a right-to-left override reverses what follows. `printable` makes every such
character visible instead: C0 controls become their Control Pictures glyph (ESC → ␛), DEL → ␡,
C1 controls, lone surrogates (undecodable bytes) and the bidi embedding/override/isolate marks
become U+FFFD. `escape_json_controls` does the same job losslessly for JSON text (as \\uXXXX).
"""

from __future__ import annotations

import re
from functools import cache

REPLACEMENT = "\N{REPLACEMENT CHARACTER}"
_BIDI_CONTROLS = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_OPAQUE = [*range(0x80, 0xA0), *range(0xD800, 0xE000), *_BIDI_CONTROLS]

_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_TABLE[0x7F] = "\N{SYMBOL FOR DELETE}"
_TABLE.update(dict.fromkeys(_OPAQUE, REPLACEMENT))

# What json.dumps(ensure_ascii=False) leaves raw although a terminal may act on it.
_JSON_RAW = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str, *, keep: str = "") -> str:
    """`text` with every control character made visible; the characters in `keep` (say "\\n")
    stay as they are."""
    return text.translate(_table_keeping(keep))


@cache
def _table_keeping(keep: str) -> dict[int, str]:
    return {code: shown for code, shown in _TABLE.items() if chr(code) not in keep}


def one_line(text: str) -> str:
    """`text` for a single line (a menu entry, a table row): line breaks and tabs become spaces,
    other control characters are made visible."""
    return printable(" ".join(text.split("\n")).replace("\t", " ").replace("\r", " "))


def escape_json_controls(json_text: str) -> str:
    """JSON text from json.dumps(ensure_ascii=False) with DEL, C1, bidi controls and lone
    surrogates written as \\uXXXX escapes: the same JSON value, nothing a terminal acts on."""
    return _JSON_RAW.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)
