"""A small fault-injecting HTTP proxy for tests: sits between the client and the portal on 127.0.0.1 and, for a
share of requests, fails in the ways real networks do:

- `error_500`:    answers 500 itself; the portal never sees the request;
- `delay`:        holds the request past the client's read timeout, then forwards it (the portal does the work late);
- `drop_before`:  closes the connection without forwarding;
- `drop_after`:   forwards, lets the portal do the work, then closes without answering — the nastiest: the portal
                  applied it and the client never heard.

One request per connection (it forwards with `Connection: close`), a bounded number of handler threads, loopback
only. Faults are drawn from a seeded random generator so a failing run can be replayed.
"""

from __future__ import annotations

import random
import socket
import threading
import time
from collections import Counter
from typing import Callable
from urllib.parse import urlsplit

FAULTS = ("error_500", "delay", "drop_before", "drop_after")
MAX_HEADER = 64 * 1024


class FaultyProxy:
    def __init__(self, upstream: str, *, fault_rate: float = 0.4, seed: int = 1, delay: float = 1.5,
                 faults: tuple[str, ...] = FAULTS, spare: Callable[[str, str], bool] = lambda m, p: False,
                 max_threads: int = 16) -> None:
        parts = urlsplit(upstream)
        if parts.hostname != "127.0.0.1":
            raise ValueError("the faulty proxy only forwards to 127.0.0.1")
        self.upstream = (parts.hostname, parts.port)
        self.fault_rate, self.delay, self.faults, self.spare = fault_rate, delay, faults, spare
        self.random = random.Random(seed)
        self.injected: Counter = Counter()
        self.forwarded = 0
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_threads)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self._stopping = threading.Event()
        self._handlers: list[threading.Thread] = []
        self._thread = threading.Thread(target=self._serve, name="faulty-proxy", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> "FaultyProxy":
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        self._listener.close()
        for handler in self._handlers:
            handler.join(timeout=self.delay + 10)

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except (socket.timeout, OSError):
                continue
            self._slots.acquire()
            handler = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._handlers = [h for h in self._handlers if h.is_alive()] + [handler]
            handler.start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            with conn:
                conn.settimeout(10)
                request = _read_request(conn)
                if request is None:
                    return
                method, path, raw = request
                fault = self._draw(method, path)
                self._act(conn, fault, raw)
        except OSError:
            pass
        finally:
            self._slots.release()

    def _draw(self, method: str, path: str) -> str | None:
        with self._lock:
            if self.spare(method, path) or self.random.random() >= self.fault_rate:
                self.forwarded += 1
                return None
            fault = self.random.choice(self.faults)
            self.injected[fault] += 1
            return fault

    def _act(self, conn: socket.socket, fault: str | None, raw: bytes) -> None:
        if fault == "error_500":
            conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
                         b"Connection: close\r\n\r\noops!")
            return
        if fault == "drop_before":
            _reset(conn)
            return
        if fault == "delay":
            time.sleep(self.delay)
        answer = self._forward(raw)
        if fault == "drop_after":
            _reset(conn)
            return
        if fault != "delay":
            conn.sendall(answer)

    def _forward(self, raw: bytes) -> bytes:
        with socket.create_connection(self.upstream, timeout=30) as upstream:
            upstream.sendall(raw)
            chunks = []
            while chunk := upstream.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)


def _read_request(conn: socket.socket) -> tuple[str, str, bytes] | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > MAX_HEADER:
            return None
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _version = lines[0].split(" ", 2)
    headers = [line for line in lines[1:] if not line.lower().startswith(("connection:", "keep-alive:"))]
    length = next((int(h.split(":", 1)[1]) for h in headers if h.lower().startswith("content-length:")), 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        body += chunk
    raw = "\r\n".join([lines[0], *headers, "Connection: close", "", ""]).encode("latin-1") + body
    return method, path, raw


def _reset(conn: socket.socket) -> None:
    """Close abruptly (RST), like a dropped mobile connection, instead of a polite FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    conn.close()
