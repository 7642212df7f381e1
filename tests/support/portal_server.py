"""Start the real portal for tests, over real HTTP on 127.0.0.1.

- `running_portal(db_path)`: the app served by uvicorn in a background thread of this process (fast; the usual way).
- `serve_app(app)`: the same for an app a test built itself (e.g. with a moved clock or a hook).
- `start_portal_process(db_path)`: `python -m portal` as a separate process, for end-to-end tests that kill and
  restart the server. The caller owns the process: terminate or kill it, then `wait()`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import requests
import uvicorn

REPO_ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 30.0


@contextmanager
def running_portal(db_path: Path, *, demo: bool = True, access_ttl: int = 900,
                   agent_delay: float | None = None, order_delay: float | None = None) -> Iterator[str]:
    """Serve a portal on the SQLite file `db_path` (created if missing; demo data seeded into an empty one when
    `demo`). Yields the base URL, e.g. "http://127.0.0.1:54321". With `agent_delay` (seconds, above 0) the demo agent
    answers cases that waited that long, with `order_delay` the demo supplies desk moves orders on; by default both
    are off."""
    from portal.app import create_app
    from portal.db import sqlite_url

    app = create_app(sqlite_url(db_path), access_ttl_seconds=access_ttl, demo=demo, agent_delay=agent_delay or 0,
                     order_delay=order_delay or 0)
    with serve_app(app) as url:
        yield url


@contextmanager
def serve_app(app) -> Iterator[str]:
    """Serve an ASGI `app` with uvicorn in a daemon thread on a free port; shut it down cleanly on exit."""
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on such sockets, and without it every keep-alive
    # request waits ~40 ms for a delayed ACK
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False,
                            lifespan="on", timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)  # signal handlers are only installed on the main thread: none here
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"portal-{port}", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, is_running=thread.is_alive)
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def start_portal_process(db_path: Path, port: int | None = None, *, agent_delay: float | None = None,
                         order_delay: float | None = None) -> tuple[subprocess.Popen, str]:
    """Run `python -m portal --demo --port N --db PATH --agent-delay S --order-delay S` and wait until it answers.
    Its log goes to `<db_path>.log` (appended, so a restarted server keeps one log). The demo agent and the demo
    supplies desk are off unless `agent_delay` / `order_delay` (seconds) is given, so a test only sees the replies and
    shipments it asked for; the demo's own orders are left out."""
    port = port or free_port()
    log_path = Path(f"{db_path}.log")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "portal", "--demo", "--port", str(port), "--db", str(db_path),
             "--agent-delay", repr(float(agent_delay or 0)), "--order-delay", repr(float(order_delay or 0)),
             "--no-demo-orders"],
            cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, is_running=lambda: process.poll() is None)
    except Exception:
        process.kill()
        process.wait(timeout=10)
        tail = log_path.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"The portal process did not start on {url}; its log ends:\n{tail}") from None
    return process, url


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, *, is_running) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if not is_running():
            raise RuntimeError(f"The portal at {url} stopped before it was ready")
        try:
            if requests.get(f"{url}/v1/health", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.02)
    raise TimeoutError(f"The portal at {url} did not become healthy within {START_TIMEOUT:.0f} s")
