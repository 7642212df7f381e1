"""Web servers on 127.0.0.1 that answer, but are not a service portal: what a user reaches with a wrong address.

`not_a_portal(kind)` serves one of `KINDS` in a thread (stdlib `http.server`) and yields its base URL:
- "static": a plain file server on an empty folder (404 HTML pages, 501 for a POST),
- "html": a web site that answers every path with its HTML start page (200),
- "json": another service's JSON for every path (200),
- "json_404": another API's JSON 404 (`{"detail": "Not Found"}`, no problem details),
- "basic_auth": an intranet behind HTTP basic auth (401 HTML).
"""

from __future__ import annotations

import json
import tempfile
import threading
from contextlib import contextmanager
from functools import partial
from http.server import (
    BaseHTTPRequestHandler,
    SimpleHTTPRequestHandler,
    ThreadingHTTPServer,
)
from typing import Iterator

KINDS = ("static", "html", "json", "json_404", "basic_auth")
_ANSWERS = {
    "html": (200, "text/html; charset=utf-8", b"<!doctype html><html><body><h1>Welcome</h1></body></html>", {}),
    "json": (200, "application/json", json.dumps({"status": "ok", "version": "2.1"}).encode(), {}),
    "json_404": (404, "application/json", json.dumps({"detail": "Not Found"}).encode(), {}),
    "basic_auth": (401, "text/html", b"<h1>401 Authorization Required</h1>", {"WWW-Authenticate": 'Basic realm="x"'}),
}


class _Quiet:
    def log_message(self, *_args) -> None:  # no access log on the test's stderr
        pass


class _Static(_Quiet, SimpleHTTPRequestHandler):
    pass


class _Canned(_Quiet, BaseHTTPRequestHandler):
    answer: tuple[int, str, bytes, dict[str, str]]

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        status, content_type, body, headers = self.answer
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer


@contextmanager
def not_a_portal(kind: str) -> Iterator[str]:
    with tempfile.TemporaryDirectory() as empty:
        if kind == "static":
            handler = partial(_Static, directory=empty)
        else:
            handler = type(f"_{kind}", (_Canned,), {"answer": _ANSWERS[kind]})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, name=f"not-a-portal-{kind}", daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_port}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)
