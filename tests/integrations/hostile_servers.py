"""CalDAV servers that misbehave, on 127.0.0.1 in a thread of the test: one trickles its answer a
byte at a time (each read succeeds, the answer never ends), one answers with broken XML, one
with an entity-expansion bomb ("billion laughs")."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BROKEN_XML = b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"><d:response><d:href>/x'
BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>/&lol9;</d:href>
<d:propstat><d:prop><d:current-user-principal><d:href>/&lol9;/</d:href>
</d:current-user-principal></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
</d:response></d:multistatus>"""


class _Handler(BaseHTTPRequestHandler):
    body = b""
    drip_s = 0.0  # > 0: send the body one byte at a time, forever

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.send_response(207)
        self.send_header("Content-Type", 'application/xml; charset="utf-8"')
        if self.drip_s:
            self.send_header("Content-Length", "100000000")
            self.end_headers()
            self._drip()
            return
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def _drip(self) -> None:
        try:
            while not self.server.stopping.is_set():  # type: ignore[attr-defined]
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(self.drip_s)
        except OSError:  # the client gave up
            pass

    do_PROPFIND = do_REPORT = do_GET = do_PUT = do_OPTIONS = do_MKCALENDAR = _answer

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def serving(*, body: bytes = b"", drip_s: float = 0.0) -> Iterator[str]:
    """A server on a free loopback port answering every request the same way; yields its URL."""
    handler = type("Handler", (_Handler,), {"body": body, "drip_s": drip_s})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.stopping = threading.Event()  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.stopping.set()  # type: ignore[attr-defined]
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
