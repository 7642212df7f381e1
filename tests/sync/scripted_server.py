"""A tiny HTTP server on 127.0.0.1 that answers from a script: the HTTP edge for the client's unit tests.

Each request takes the next scripted answer for its (method, path) — or the last one again when the script runs out —
and is recorded, so a test can check what the client sent (headers, bodies, how many attempts).
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator


@dataclass
class Reply:
    status: int = 200
    body: Any = None                      # dict/list → JSON; str/bytes sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0                    # seconds to wait before answering (to provoke timeouts)

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if isinstance(self.body, (dict, list)):
            headers.setdefault("Content-Type", "application/json")
            return json.dumps(self.body).encode(), headers
        if isinstance(self.body, str):
            return self.body.encode(), headers
        return self.body or b"", headers


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


class Script:
    def __init__(self) -> None:
        self.replies: dict[tuple[str, str], list[Reply]] = defaultdict(list)
        self.seen: list[Seen] = []
        self.lock = threading.Lock()

    def on(self, method: str, path: str, *replies: Reply) -> None:
        self.replies[(method, path)].extend(replies)

    def next(self, method: str, path: str) -> Reply:
        with self.lock:
            queue = self.replies.get((method, path.split("?")[0]))
            if not queue:
                return Reply(404, {"type": "about:blank", "title": "Not found", "status": 404, "code": "not_found"},
                             {"Content-Type": "application/problem+json"})
            return queue.pop(0) if len(queue) > 1 else queue[0]

    def calls(self, method: str, path: str) -> list[Seen]:
        return [s for s in self.seen if s.method == method and s.path.split("?")[0] == path]


def _handler(script: Script):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            with script.lock:
                script.seen.append(Seen(self.command, self.path, dict(self.headers),
                                        json.loads(raw) if raw else None))
            reply = script.next(self.command, self.path)
            if reply.delay:
                time.sleep(reply.delay)
            body, headers = reply.encoded()
            self.send_response(reply.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PATCH = _answer

        def log_message(self, *_args) -> None:
            pass

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """A client that gave up (a timeout test) leaves a late reply with a broken pipe. That is expected here, and
    socketserver's default traceback on stderr would land in whichever test captures stderr next."""

    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def scripted_server() -> Iterator[tuple[str, Script]]:
    script = Script()
    server = _QuietServer(("127.0.0.1", 0), _handler(script))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", script
    finally:
        server.shutdown()
        server.server_close()
