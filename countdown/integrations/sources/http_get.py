"""One bounded HTTP GET for feeds: the only way sources reach the network.

Why the standard library (urllib over http.client): the clients in our dependency tree are
niquests (through caldav, GUI extra only) and requests (test tools). niquests installs
urllib3-future, which replaces the `urllib3` package in the same environment — making it a
default dependency would spread that to every install — and feeds need a single GET. The limits
are ours and tested against a real loopback server (tests/integrations/sources/test_http_get.py):

- only http, https and webcal (read as https) URLs, never credentials in the URL — also after a
  redirect; at most `MAX_REDIRECTS` redirects, each checked the same way;
- `timeout_s` bounds every connect and every read; `deadline_s` bounds the whole body (checked
  between chunks, so a server dripping bytes is cut off);
- at most `max_bytes` (5 MB) read: a larger Content-Length is refused before reading, a longer
  body is cut off and refused. No Accept-Encoding is sent, so no compressed bombs;
- conditional GET: the ETag / Last-Modified of the last answer are sent back; 304 → not modified.
Failures raise FetchError with a one-line message a person can read (shown as the source status).
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPException, HTTPMessage
from typing import IO, Any
from urllib.parse import urlsplit, urlunsplit

from countdown import __version__

MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
USER_AGENT = f"LaunchCountdown/{__version__} (feed reader)"


class FetchError(Exception):
    """The source could not be read; str() is the status line shown to the user."""


@dataclass(frozen=True)
class Limits:
    timeout_s: float = 15.0
    deadline_s: float = 60.0
    max_bytes: int = 5 * 1024 * 1024


@dataclass(frozen=True)
class Fetched:
    """A server's answer: `not_modified` (304, body empty) or the body with its validators."""

    url: str  # after redirects
    body: bytes
    not_modified: bool
    etag: str
    last_modified: str
    content_type: str


def check_url(url: str) -> str:
    """The URL to fetch (webcal → https), or FetchError saying why it is refused."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme in ("webcal", "webcals"):
        parts, scheme = parts._replace(scheme="https"), "https"
    if scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"Only http, https and webcal addresses can be sources, not {url!r}.")
    if parts.username is not None or parts.password is not None:
        raise FetchError("Addresses with a user name or password in them are not accepted.")
    return urlunsplit(parts)


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:  # fmt: skip
        check_url(newurl)  # a redirect to file:, ftp: or with credentials is refused
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    """Only the handlers feeds need: no file:, ftp: or data: URLs, even after a redirect."""
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(),
                    urllib.request.HTTPSHandler(), _CheckedRedirects(),
                    urllib.request.HTTPErrorProcessor(),
                    urllib.request.HTTPDefaultErrorHandler()):  # fmt: skip
        opener.add_handler(handler)
    return opener


def _read_capped(response: Any, limits: Limits, started: float) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.strip().isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(f"The answer is larger than {limits.max_bytes // 1_000_000} MB.")
    chunks, total = [], 0
    while chunk := response.read1(CHUNK_BYTES):  # what has arrived: read() would wait for all
        total += len(chunk)
        if total > limits.max_bytes:
            raise FetchError(f"The answer is larger than {limits.max_bytes // 1_000_000} MB.")
        if time.monotonic() - started > limits.deadline_s:
            raise FetchError(f"The server took longer than {limits.deadline_s:g} s to answer.")
        chunks.append(chunk)
    return b"".join(chunks)


def _request(url: str, etag: str, last_modified: str) -> urllib.request.Request:
    headers = {"User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return urllib.request.Request(url, headers=headers)


def http_get(url: str, *, etag: str = "", last_modified: str = "",
             limits: Limits = Limits()) -> Fetched:  # fmt: skip
    """GET `url` within `limits` (see the module docstring); FetchError on any failure."""
    request, started = _request(check_url(url), etag, last_modified), time.monotonic()
    try:
        with _opener().open(request, timeout=min(limits.timeout_s, limits.deadline_s)) as answer:
            body = _read_capped(answer, limits, started)
            headers, final_url = answer.headers, answer.geturl()
    except urllib.error.HTTPError as error:
        error.close()
        if 300 <= error.code < 400 and error.code != 304:
            raise FetchError(
                "The server redirected too often or to an address that is not http(s)."
            ) from None
        if error.code != 304:
            raise FetchError(f"The server answered HTTP {error.code} ({error.reason}).") from None
        return Fetched(error.geturl(), b"", True, etag, last_modified, "")
    except TimeoutError:
        raise FetchError(f"No answer within {limits.timeout_s:g} s.") from None
    except urllib.error.URLError as error:
        raise FetchError(f"Cannot reach the server: {error.reason}.") from None
    except (OSError, HTTPException, ValueError) as error:
        raise FetchError(f"The connection failed: {error or type(error).__name__}.") from None
    return Fetched(
        url=final_url,
        body=body,
        not_modified=False,
        etag=headers.get("ETag", "") or "",
        last_modified=headers.get("Last-Modified", "") or "",
        content_type=headers.get("Content-Type", "") or "",
    )
