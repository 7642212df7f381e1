"""Sending the outgoing mail through SMTP: plain-text mails with the right headers, `sent_at` set once sent, a failure
kept and retried later with a growing wait, and a request never waiting for the mail server. The SMTP server is a
tiny one written here (EHLO, AUTH PLAIN, MAIL, RCPT, DATA, RSET, QUIT)."""

from __future__ import annotations

import base64
import email
import socketserver
import threading
import uuid
from datetime import datetime, timezone
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import select

from portal import __main__ as cli
from portal import mail
from portal.app import create_app
from portal.db import Store, outgoing_mail, sqlite_url
from portal.smtp import MailSender, SmtpSettings
from tests.portal.conftest import KARI, sign_in
from tests.support.portal_server import serve_app
from tests.support.waiting import wait_until

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=timezone.utc)


class TinySmtp(socketserver.ThreadingTCPServer):
    """Just enough SMTP for smtplib. `refuse` holds recipients answered 550; `down` answers 421 on connect;
    `credentials` (user, password), when set, is required through AUTH PLAIN."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _SmtpHandler)
        self.received: list[tuple[str, list[str], EmailMessage]] = []
        self.refuse: set[str] = set()
        self.down = False
        self.credentials: tuple[str, str] | None = None
        self.connections = 0
        self.gate = threading.Event()
        """Cleared: every connection waits before the greeting (a slow mail server), until it is set."""
        self.gate.set()

    @property
    def port(self) -> int:
        return self.server_address[1]


class _SmtpHandler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        server: TinySmtp = self.server  # type: ignore[assignment]
        server.connections += 1
        if server.down:
            self._say("421 tiny.example Service not available")
            return
        server.gate.wait(timeout=30)
        self._say("220 tiny.example ESMTP")
        sender, recipients, signed_in = "", [], server.credentials is None
        while line := self.rfile.readline():
            command = line.decode().rstrip("\r\n")
            verb = command.split(" ", 1)[0].upper()
            if verb in ("EHLO", "HELO"):
                self._say("250-tiny.example", "250-8BITMIME", "250-AUTH PLAIN", "250 SIZE 1000000")
            elif verb == "AUTH":
                _, _, token = command.split(" ", 2)
                user, password = base64.b64decode(token).decode().split("\0")[1:]
                signed_in = (user, password) == server.credentials
                self._say("235 2.7.0 Authentication successful" if signed_in else "535 5.7.8 Bad credentials")
            elif verb == "MAIL":
                if not signed_in:
                    self._say("530 5.7.0 Authentication required")
                    continue
                sender, recipients = command[10:].strip("<>").split(">")[0], []
                self._say("250 OK")
            elif verb == "RCPT":
                address = command[8:].strip().strip("<>")
                if address in server.refuse:
                    self._say("550 5.1.1 No such user")
                else:
                    recipients.append(address)
                    self._say("250 OK")
            elif verb == "DATA":
                self._say("354 End data with <CR><LF>.<CR><LF>")
                data = b""
                while (chunk := self.rfile.readline()) != b".\r\n":
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                server.received.append((sender, recipients,
                                        email.message_from_bytes(data, policy=default_policy)))  # type: ignore[arg-type]
                self._say("250 OK queued")
            elif verb == "RSET":
                sender, recipients = "", []
                self._say("250 OK")
            elif verb == "QUIT":
                self._say("221 Bye")
                return
            else:
                self._say("502 Command not implemented")

    def _say(self, *lines: str) -> None:
        self.wfile.write("".join(f"{line}\r\n" for line in lines).encode())


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def smtp_server() -> Iterator[TinySmtp]:
    server = TinySmtp()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(sqlite_url(tmp_path / "portal.sqlite"))
    store.create_schema()
    yield store
    store.dispose()


def queue(store: Store, to: str, subject: str = "Nytt svar i sak CS0001001: Papirstopp i skuff 2",
          body: str = "Siri har svart i sak CS0001001:\n\nKan du sende et bilde? Hilsen Siri, kundeservice\n") -> None:
    with store.write() as conn:
        mail.queue(conn, to=to, subject=subject, body=body, reason="agent_reply", now=NOW, case_id="case-1")


def rows(store: Store) -> list:
    with store.read() as conn:
        return conn.execute(select(outgoing_mail).order_by(outgoing_mail.c.id)).all()


def sender_for(store: Store, server: TinySmtp, clock: FakeMonotonic | None = None, **settings) -> MailSender:
    return MailSender(store, SmtpSettings(host="127.0.0.1", port=server.port, sender="kundeservice@kopi.example",
                                          timeout=5, **settings),
                      clock=lambda: NOW, retry_seconds=30, max_retry_seconds=100, monotonic=clock or FakeMonotonic())


def test_unsent_mail_goes_out_as_plain_text_with_proper_headers_and_is_marked_sent(store, smtp_server):
    queue(store, KARI)
    queue(store, "ola@example.no", subject="Sak CS0001002 er endret: Løst", body="Saken «Skanner» er løst.\n")
    sender = sender_for(store, smtp_server)
    assert sender.send_pending() == 2
    assert [(s, r) for s, r, _ in smtp_server.received] == [("kundeservice@kopi.example", [KARI]),
                                                            ("kundeservice@kopi.example", ["ola@example.no"])]
    first, second = (message for _, _, message in smtp_server.received)
    assert first["From"] == "Kundeservice <kundeservice@kopi.example>" and first["To"] == KARI
    assert first["Subject"] == "Nytt svar i sak CS0001001: Papirstopp i skuff 2"
    assert second["Subject"] == "Sak CS0001002 er endret: Løst", "non-ASCII subjects are encoded and come back"
    assert first.get_content_type() == "text/plain" and first.get_content_charset() == "utf-8"
    assert second.get_content().replace("\r\n", "\n") == "Saken «Skanner» er løst.\n"
    assert email.utils.parsedate_to_datetime(first["Date"]) == NOW
    assert first["Message-ID"].endswith("@kopi.example>") and first["Message-ID"] != second["Message-ID"]
    assert first["Auto-Submitted"] == "auto-generated" and not first.is_multipart()
    assert all(row.sent_at == NOW.isoformat(timespec="microseconds") for row in rows(store))
    assert sender.send_pending() == 0 and len(smtp_server.received) == 2, "nothing is sent twice"
    assert smtp_server.connections == 1, "no connection when there is nothing to send"


def test_a_refused_recipient_is_kept_and_retried_with_a_growing_wait(store, smtp_server):
    clock = FakeMonotonic()
    smtp_server.refuse.add("gone@example.no")
    queue(store, "gone@example.no")
    queue(store, KARI)
    sender = sender_for(store, smtp_server, clock)
    assert sender.send_pending() == 1, "the next mail still goes out on the same connection"
    refused, sent = rows(store)
    assert refused.sent_at is None and sent.sent_at is not None
    failure = sender.failures[refused.id]
    assert failure.attempts == 1 and "550" in failure.error and failure.retry_at == clock.now + 30
    clock.now += 29
    assert sender.send_pending() == 0 and sender.failures[refused.id].attempts == 1, "not before its time"
    clock.now += 1
    assert sender.send_pending() == 0 and sender.failures[refused.id].attempts == 2
    assert sender.failures[refused.id].retry_at == clock.now + 60
    for _ in range(3):
        clock.now = sender.failures[refused.id].retry_at
        sender.send_pending()
    assert sender.failures[refused.id].retry_at == clock.now + 100, "the wait is capped"
    smtp_server.refuse.clear()
    clock.now = sender.failures[refused.id].retry_at
    assert sender.send_pending() == 1 and refused.id not in sender.failures
    assert all(row.sent_at for row in rows(store)) and len(smtp_server.received) == 2


def test_a_server_that_is_down_leaves_the_mail_for_later(store, smtp_server):
    clock = FakeMonotonic()
    queue(store, KARI)
    sender = sender_for(store, smtp_server, clock)
    smtp_server.down = True
    assert sender.send_pending() == 0
    [row] = rows(store)
    assert row.sent_at is None and "421" in sender.failures[row.id].error
    smtp_server.down = False
    clock.now += 30
    assert sender.send_pending() == 1 and rows(store)[0].sent_at is not None


def test_nobody_listening_is_a_failure_not_a_crash(store):
    closed = TinySmtp()
    closed.server_close()
    queue(store, KARI)
    sender = sender_for(store, closed)
    assert sender.send_pending() == 0
    assert "ConnectionRefusedError" in sender.failures[rows(store)[0].id].error


def test_sign_in_with_the_configured_user(store, smtp_server):
    smtp_server.credentials = ("portal", "s3cret")
    queue(store, KARI)
    wrong = sender_for(store, smtp_server, user="portal", password="wrong")
    assert wrong.send_pending() == 0 and "535" in next(iter(wrong.failures.values())).error
    right = sender_for(store, smtp_server, user="portal", password="s3cret")
    assert right.send_pending() == 1 and len(smtp_server.received) == 1


def test_starttls_that_the_server_does_not_offer_is_refused_not_sent_in_clear(store, smtp_server):
    queue(store, KARI)
    sender = sender_for(store, smtp_server, starttls=True)
    assert sender.send_pending() == 0 and smtp_server.received == []
    assert "STARTTLS" in next(iter(sender.failures.values())).error


def test_the_running_portal_sends_an_agent_reply_in_the_background(tmp_path, smtp_server):
    settings = SmtpSettings(host="127.0.0.1", port=smtp_server.port, sender="kundeservice@kopi.example", timeout=5)
    app = create_app(sqlite_url(tmp_path / "portal.sqlite"), demo=True, smtp=settings)
    with serve_app(app) as url:
        kari, agent = sign_in(url, KARI), sign_in(url, "agent@vendor.example")
        product = kari.get("/v1/products").json()[0]
        case_id = str(uuid.uuid4())
        kari.post_idem("/v1/cases", json={"id": case_id, "type": "support", "product_id": product["id"],
                                          "category": "paper_jam", "subject": "Papirstopp", "description": "Stopp."})
        smtp_server.gate.clear()  # the mail server is slow: the reply must not wait for it
        answer = agent.post_idem(f"/v1/agent/cases/{case_id}/messages",
                                 json={"id": str(uuid.uuid4()), "body": "Hei Kari! Hvilken skuff?"})
        assert answer.status_code == 201 and smtp_server.received == []
        smtp_server.gate.set()
        wait_until(lambda: smtp_server.received, timeout=15, what="the mail to be sent")
        _, recipients, message = smtp_server.received[0]
        assert recipients == [KARI] and "Hvilken skuff?" in message.get_content()
    assert not [t for t in threading.enumerate() if t.name == "portal-mail-sender"], "stopped with the app"


def test_the_command_line_takes_the_password_only_from_the_environment(monkeypatch):
    args = cli.parse_args(["--smtp-host", "mail.example", "--smtp-user", "portal", "--smtp-starttls"])
    settings = cli.smtp_settings(args, {"PORTAL_SMTP_PASSWORD": "s3cret"})
    assert settings == SmtpSettings(host="mail.example", port=587, user="portal", password="s3cret", starttls=True)
    assert "s3cret" not in repr(settings)
    with pytest.raises(SystemExit):
        cli.smtp_settings(args, {})
    assert cli.smtp_settings(cli.parse_args([]), {"PORTAL_SMTP_PASSWORD": "x"}) is None
    plain = cli.smtp_settings(cli.parse_args(["--smtp-host", "m", "--smtp-port", "25", "--smtp-from", "a@b.no"]), {})
    assert plain == SmtpSettings(host="m", port=25, sender="a@b.no")


@pytest.mark.parametrize("argv", [["--smtp-port", "25"], ["--smtp-user", "u"], ["--smtp-host", "m", "--smtp-port", "0"],
                                  ["--smtp-host", "m", "--smtp-port", "x"], ["--agent-delay", "-1"],
                                  ["--agent-delay", "soon"]])
def test_bad_options_are_refused(argv, capsys):
    with pytest.raises(SystemExit):
        cli.parse_args(argv)
    assert "error" in capsys.readouterr().err


def test_agent_delay_defaults_to_20_seconds_only_with_demo():
    assert cli.agent_delay(cli.parse_args(["--demo"])) == 20
    assert cli.agent_delay(cli.parse_args([])) == 0
    assert cli.agent_delay(cli.parse_args(["--demo", "--agent-delay", "0.5"])) == 0.5
    assert cli.agent_delay(cli.parse_args(["--demo", "--agent-delay", "0"])) == 0


@pytest.mark.parametrize("char", ["\r\n", "\n", "\r", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c"],
                         ids=lambda c: "+".join(f"U+{ord(x):04X}" for x in c))
def test_a_subject_with_a_line_break_is_sent_on_one_line(store, smtp_server, char):
    queue(store, KARI, subject=f"Nytt svar i sak CS0001001: Papirstopp{char}Bcc: alle@example.no")
    assert sender_for(store, smtp_server).send_pending() == 1
    [(_, recipients, message)] = smtp_server.received
    assert recipients == [KARI] and message["Bcc"] is None
    assert message["Subject"] == "Nytt svar i sak CS0001001: Papirstopp Bcc: alle@example.no"


def test_a_mail_that_cannot_be_built_is_parked_and_the_mails_after_it_go_out(tmp_path, smtp_server):
    db = tmp_path / "portal.sqlite"
    store = Store(sqlite_url(db))
    store.create_schema()
    queue(store, "kari@example.no\r\nBcc: alle@example.no")  # the oldest row: an address no mail can carry
    queue(store, KARI)
    queue(store, "ola@example.no")
    sender = sender_for(store, smtp_server)
    assert sender.send_pending() == 2
    poisoned, *good = rows(store)
    assert all(row.sent_at for row in good) and [r for _, r, _ in smtp_server.received] == [[KARI], ["ola@example.no"]]
    assert poisoned.sent_at is None and poisoned.parked_at == NOW.isoformat(timespec="microseconds")
    assert "cannot be built" in poisoned.parked_reason and "ValueError" in poisoned.parked_reason
    store.dispose()

    restarted = Store(sqlite_url(db))  # a new process: nothing in memory about the parked row
    restarted.create_schema()
    queue(restarted, "ola@example.no", subject="Sak CS0001003 er endret: Løst")
    fresh = sender_for(restarted, smtp_server)
    assert fresh.send_pending() == 1 and len(smtp_server.received) == 3
    assert fresh.failures == {}, "the parked row is not tried again"
    restarted.dispose()


def test_a_recipient_refused_for_good_is_parked_after_max_attempts_but_a_server_that_is_down_parks_nothing(
        store, smtp_server):
    clock = FakeMonotonic()
    smtp_server.refuse.add("gone@example.no")
    queue(store, "gone@example.no")
    sender = MailSender(store, SmtpSettings(host="127.0.0.1", port=smtp_server.port, timeout=5), clock=lambda: NOW,
                        retry_seconds=1, max_retry_seconds=1, max_attempts=3, monotonic=clock)
    smtp_server.down = True
    for _ in range(5):
        sender.send_pending()
        clock.now += 1
    assert rows(store)[0].parked_at is None and sender.failures[rows(store)[0].id].attempts == 5
    sender.failures.clear()
    smtp_server.down = False
    for _ in range(3):
        sender.send_pending()
        clock.now += 1
    [row] = rows(store)
    assert row.parked_at is not None and "550" in row.parked_reason and "3 times" in row.parked_reason
    assert sender.send_pending() == 0 and smtp_server.connections == 5 + 3, "a parked row opens no connection"


def test_a_database_from_before_parking_gets_the_columns(tmp_path):
    import sqlite3

    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as old:
        old.execute("CREATE TABLE outgoing_mail (id INTEGER PRIMARY KEY AUTOINCREMENT, case_id VARCHAR, "
                    "to_address VARCHAR NOT NULL, subject VARCHAR NOT NULL, body TEXT NOT NULL, reason VARCHAR NOT "
                    "NULL, created_at VARCHAR NOT NULL, sent_at VARCHAR)")
        old.execute("INSERT INTO outgoing_mail (to_address, subject, body, reason, created_at) "
                    "VALUES ('kari@example.no', 's', 'b', 'agent_reply', '2026-11-24T09:30:00+00:00')")
    store = Store(sqlite_url(db))
    store.create_schema()
    [row] = rows(store)
    assert row.parked_at is None and row.parked_reason is None
    store.dispose()
