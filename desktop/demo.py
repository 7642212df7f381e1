"""`portal-desktop --demo`: try the app without a portal account.

The reference portal runs as a child process (`python -m portal --demo`) on a free port of 127.0.0.1 with its
database in `<data folder>/demo/portal.sqlite`; the app waits for its port to open (a TCP check, not HTTP: the desktop
never speaks HTTP itself), signs in as the demo administrator and then talks to it like to any portal. The server is
stopped when the app quits. Its output goes to `<data folder>/demo/portal.log`.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from desktop.shell.login_dialog import DemoUser

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
START_TIMEOUT_S = 45.0
POLL_INTERVAL_MS = 100
DEMO_PASSWORD = "demo1234"

DEMO_USERS = (
    DemoUser("admin@example.no", QT_TRANSLATE_NOOP("Demo", "Anne Admin – administrator, sees every machine")),
    DemoUser("kari@example.no", QT_TRANSLATE_NOOP("Demo", "Kari Nordmann – customer, sees her machines in Oslo")),
    DemoUser("ola@example.no", QT_TRANSLATE_NOOP("Demo", "Ola Hansen – customer, Bergen and Trondheim")),
)
ADMIN = DEMO_USERS[0]


def demo_users() -> tuple[DemoUser, ...]:
    """The demo users with their descriptions in the current language."""
    return tuple(DemoUser(u.email, QCoreApplication.translate("Demo", u.label), u.password) for u in DEMO_USERS)


def demo_data_dir(data_dir: Path) -> Path:
    """The demo keeps its own cache, profile and portal database apart from real work."""
    return Path(data_dir) / "demo"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def port_open(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.2):
            return True
    except OSError:
        return False


class DemoPortal(QObject):
    """The demo portal server process. `start()` returns at once; `ready(url)` or `failed(reason)` follows."""

    ready = Signal(str)
    failed = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = demo_data_dir(data_dir)
        self.process: subprocess.Popen | None = None
        self.port = 0
        self.url = ""
        self._deadline = 0.0
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._check)

    @property
    def log_path(self) -> Path:
        return self.folder / "portal.log"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}"
        command = [sys.executable, "-m", "portal", "--demo", "--host", HOST, "--port", str(self.port),
                   "--db", str(self.folder / "portal.sqlite")]
        log.info("Starting the demo portal: %s", " ".join(command))
        with open(self.log_path, "ab") as output:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
                                            env=_child_env(), creationflags=_no_console())
        self._deadline = time.monotonic() + START_TIMEOUT_S
        self._poll.start()

    def stop(self) -> None:
        self._poll.stop()
        if self.process is None or self.process.poll() is not None:
            return
        log.info("Stopping the demo portal")
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

    def _check(self) -> None:
        if self.process is not None and self.process.poll() is not None:
            self._poll.stop()
            self.failed.emit(self._log_tail())
        elif port_open(self.port):
            self._poll.stop()
            log.info("The demo portal is up at %s", self.url)
            self.ready.emit(self.url)
        elif time.monotonic() > self._deadline:
            self.stop()
            self.failed.emit(self._log_tail())

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-1500:]
        except OSError:
            return ""


def _child_env() -> dict[str, str]:
    """Let `python -m portal` find the package next to ours (source tree or site-packages alike)."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return env


def _no_console() -> int:
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
