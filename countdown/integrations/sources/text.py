"""Text from outside made safe to keep and show: HTML stripped to text, control characters and
runs of white space removed, length capped. Names are then shown literally by the UI and CLI."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
_BLOCKS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}


class _TextOnly(HTMLParser):
    """Collects the text of an HTML fragment; scripts and styles are dropped, blocks break lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """The readable text of an HTML fragment, paragraphs on their own lines."""
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    lines = (clean_line(line, 100_000) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def clean_line(text: str, limit: int) -> str:
    """One line: control and bidi-override characters removed, white space collapsed, capped."""
    text = _SPACES.sub(" ", _CONTROL.sub(" ", text.replace("\n", " "))).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
