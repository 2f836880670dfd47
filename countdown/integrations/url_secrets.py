"""Credentials never travel inside URLs (issue 10): what `sync --url` may carry and what is shown.

`https://alice:secret@dav.example.com/` typed as a sync address would otherwise be stored in
the database (and so in every backup), sent in keyring names and echoed in error messages.
`split_userinfo` takes the user name out of an address and drops the password (the caller asks
for it the usual way: environment, keyring or prompt); `scrub` removes the user-info part of
every address in a message. Pure text functions, no network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

# scheme://userinfo@ — userinfo runs to the last "@" before the host's path (a typed password
# may hold a raw "@" or ":"), and never spans whitespace or a "/".
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s?#]*@")


@dataclass(frozen=True)
class SplitUrl:
    url: str  # the address without user info
    user: str | None  # the user name it carried, if any
    had_password: bool


def split_userinfo(url: str) -> SplitUrl:
    """`url` without its user info, and the user name it carried (the password is dropped)."""
    match = _USERINFO.match(url.strip())
    if match is None:
        return SplitUrl(url.strip(), None, False)
    userinfo = match.group(0)[len(match.group(1)) : -1]
    user, colon, _password = userinfo.partition(":")
    clean = match.group(1) + url.strip()[match.end() :]
    return SplitUrl(clean, unquote(user) or None, bool(colon))


def scrub(text: str) -> str:
    """`text` with the user info (user names and passwords) of every address in it removed."""
    return _USERINFO.sub(r"\1", text)
