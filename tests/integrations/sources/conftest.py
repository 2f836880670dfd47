"""A real HTTP server on loopback (a thread) serving the fixture feeds, and ways to misbehave.

`feed_server.serve(path, body, content_type)` publishes a body with an ETag (answering 304 to a
matching If-None-Match); special paths: /status/NNN answers that status, /slow never answers in
time, /drip sends a byte at a time, /huge streams 6 MB, /huge-declared declares 10 MB,
/redirect/N redirects to /feeds/N (and /redirect-file to a file: URL).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SLOW_S = 3.0


class FeedServer:
    def __init__(self) -> None:
        self.bodies: dict[str, tuple[bytes, str]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stop = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def serve(self, name: str, body: bytes | str, content_type: str = "text/plain") -> str:
        """Publish `body` at /feeds/NAME (replacing what was there); returns its URL."""
        data = body.encode() if isinstance(body, str) else body
        self.bodies[name] = (data, content_type)
        return f"{self.base}/feeds/{name}"

    def serve_fixture(self, name: str, fixture: str, content_type: str = "text/plain") -> str:
        return self.serve(name, (FIXTURES / fixture).read_bytes(), content_type)

    def hits(self, name: str) -> int:
        return sum(1 for path, _ in self.requests if path == f"/feeds/{name}")


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            server.requests.append((self.path, dict(self.headers.items())))
            if self.path.startswith("/feeds/"):
                self.feed(self.path.removeprefix("/feeds/"))
            elif self.path.startswith("/status/"):
                self.answer(int(self.path.removeprefix("/status/")), b"oops")
            elif self.path.startswith("/redirect/"):
                self.redirect(f"/feeds/{self.path.removeprefix('/redirect/')}")
            elif self.path == "/redirect-file":
                self.redirect("file:///etc/passwd")
            elif self.path == "/slow":
                server.stop.wait(SLOW_S)
                self.answer(200, b"late")
            elif self.path == "/drip":
                self.drip()
            elif self.path == "/huge":
                self.huge(declared=False)
            elif self.path == "/huge-declared":
                self.huge(declared=True)
            else:
                self.answer(404, b"no such feed")

        def feed(self, name: str) -> None:
            if name not in server.bodies:
                self.answer(404, b"no such feed")
                return
            body, content_type = server.bodies[name]
            etag = '"' + hashlib.sha256(body).hexdigest()[:12] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.answer(200, body, content_type, {"ETag": etag})

        def answer(self, code: int, body: bytes, content_type: str = "text/plain",
                   headers: dict[str, str] | None = None) -> None:  # fmt: skip
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def redirect(self, location: str) -> None:
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def drip(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(1000):
                if server.stop.wait(0.2):
                    return
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return

        def huge(self, *, declared: bool) -> None:
            self.send_response(200)
            size = 10_000_000 if declared else 6_000_000
            self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b"<" * 65536
            try:
                for _ in range(size // len(chunk)):
                    self.wfile.write(chunk)
            except OSError:
                return

    return Handler


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    yield server
    server.stop.set()
    server.httpd.shutdown()
    server.httpd.server_close()
    thread.join(timeout=5)
    time.sleep(0)
