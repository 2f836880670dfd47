"""What the command line prints cannot act on the terminal (issue 10): one choke point.

While a subcommand runs, `sys.stdout` and `sys.stderr` are wrapped so every text written through
them has its control characters made visible (core/literal.printable; line breaks and tabs
kept). Launch names from an .ics file or a CalDAV server can therefore never move the cursor,
retitle the window or hide text, in `list`, `show`, `history`, `paste` or an error message.
JSON output is escaped before it gets here (`json_text`), so the wrapper leaves it unchanged.
Bytes written to `sys.stdout.buffer` (an export) bypass this; `export` cleans them itself when
standard output is a terminal.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO, TextIO

from countdown.core.literal import escape_json_controls, printable

KEPT = "\n\t"


class PrintableStream(io.TextIOBase):
    """A text stream that writes to `raw` with control characters made visible."""

    def __init__(self, raw: TextIO) -> None:
        super().__init__()
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(printable(text, keep=KEPT))
        return len(text)

    def flush(self) -> None:
        self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self.raw, "encoding", None) or "utf-8")

    @property
    def buffer(self) -> BinaryIO:
        return self.raw.buffer  # AttributeError when the raw stream has none, as hasattr expects


@contextmanager
def printable_output() -> Iterator[None]:
    """Wrap sys.stdout and sys.stderr for the duration of one command."""
    saved = sys.stdout, sys.stderr
    sys.stdout = PrintableStream(saved[0])
    sys.stderr = PrintableStream(saved[1])
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        sys.stdout, sys.stderr = saved


def json_text(data: Any, *, indent: int | None = None, sort_keys: bool = False) -> str:
    """JSON for the terminal or a pipe: UTF-8 kept readable, every control character escaped."""
    return escape_json_controls(
        json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=sort_keys)
    )


def terminal_bytes(payload: bytes) -> bytes:
    """An export about to be shown on a terminal: control characters made visible."""
    return printable(payload.decode("utf-8", "replace"), keep="\r\n\t").encode("utf-8")
