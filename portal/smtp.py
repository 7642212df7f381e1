"""Sending the outgoing mail through SMTP, when a server is configured.

Requests only ever write `outgoing_mail` rows (`portal.mail.queue`); this background thread sends the unsent ones as
plain-text mails and sets `sent_at`. A failure is logged and kept (`MailSender.failures`, by row id) and the row is
tried again later, waiting twice as long after each failed attempt up to a cap. A row that cannot become a mail at all
(`EmailMessage` refuses it), or that the mail server refused for good (5xx) `max_attempts` times, is parked:
`parked_at` and `parked_reason` are set in the table and it is never tried again, so one bad row never holds back the
rows after it, not even after a restart. A server that is down parks nothing. Header values go through
`domain.email_headers.header_text` (one line, no control characters). The thread never holds the database's
write lock while it talks to the SMTP server, so it never slows a request down. Delivery is at least once: a crash
between the server's "250" and setting `sent_at` sends that mail again.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Callable

from sqlalchemy import select, update

from domain import clock as domain_clock
from domain.email_headers import header_text
from portal.background import PollingJob
from portal.db import Store, outgoing_mail

log = logging.getLogger(__name__)

PASSWORD_ENV = "PORTAL_SMTP_PASSWORD"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    sender: str = "kundeservice@portal.example.no"
    sender_name: str = "Kundeservice"
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    starttls: bool = False
    timeout: float = 15.0


@dataclass
class Failure:
    """Why a row is not sent yet, and when it may be tried again (on the sender's monotonic clock)."""
    attempts: int
    error: str
    retry_at: float


class MailSender(PollingJob):
    """Polls for unsent mail every `poll_seconds`; `start()`/`stop()` bracket the app's life."""

    name = "portal-mail-sender"
    stop_timeout = 20.0

    def __init__(self, store: Store, settings: SmtpSettings, *,
                 clock: Callable[[], datetime] = domain_clock.utc_now, poll_seconds: float = 2.0,
                 batch: int = 50, retry_seconds: float = 30.0, max_retry_seconds: float = 1800.0,
                 max_attempts: int = 20, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self.poll_seconds = poll_seconds
        self.batch = batch
        self.retry_seconds = retry_seconds
        self.max_retry_seconds = max_retry_seconds
        self.max_attempts = max_attempts
        self.monotonic = monotonic
        self.failures: dict[int, Failure] = {}
        super().__init__()

    def run_round(self) -> int:
        return self.send_pending()

    def send_pending(self) -> int:
        """Send what is due now over one SMTP connection; returns how many were sent."""
        rows = self._due_rows()
        if not rows:
            return 0
        try:
            client = self._connect()
        except (OSError, smtplib.SMTPException) as error:
            for row in rows:
                self._failed(row.id, error)
            return 0
        sent = 0
        with client:
            for row in rows:
                try:
                    message = self._message(row)
                except Exception as error:  # noqa: BLE001 - whatever the row holds, it must not stop the others
                    self._park(row.id, f"The mail cannot be built: {type(error).__name__}: {error}")
                    continue
                try:
                    client.send_message(message)
                except smtplib.SMTPServerDisconnected as error:
                    self._failed(row.id, error)
                    break
                except (OSError, smtplib.SMTPException, ValueError) as error:  # ValueError: smtplib's own checks
                    self._failed(row.id, error)
                    _reset(client)
                    continue
                self._mark_sent(row.id)
                sent += 1
        return sent

    def _due_rows(self) -> list:
        now = self.monotonic()
        with self.store.read() as conn:
            rows = conn.execute(select(outgoing_mail).where(outgoing_mail.c.sent_at.is_(None),
                                                            outgoing_mail.c.parked_at.is_(None))
                                .order_by(outgoing_mail.c.id)).all()
        due = [row for row in rows if row.id not in self.failures or self.failures[row.id].retry_at <= now]
        return due[:self.batch]

    def _connect(self) -> smtplib.SMTP:
        settings = self.settings
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        try:
            client.ehlo()
            if settings.starttls:
                client.starttls(context=ssl.create_default_context())
                client.ehlo()
            if settings.user:
                client.login(settings.user, settings.password or "")
        except BaseException:
            client.close()
            raise
        return client

    def _message(self, row) -> EmailMessage:
        message = EmailMessage()
        message["From"] = f"{header_text(self.settings.sender_name)} <{self.settings.sender}>"
        message["To"] = row.to_address
        message["Subject"] = header_text(row.subject)
        message["Date"] = format_datetime(datetime.fromisoformat(row.created_at).astimezone(timezone.utc))
        message["Message-ID"] = make_msgid(idstring=f"mail{row.id}", domain=self.settings.sender.split("@")[-1])
        message["Auto-Submitted"] = "auto-generated"
        message.set_content(row.body)
        return message

    def _mark_sent(self, row_id: int) -> None:
        with self.store.write() as conn:
            conn.execute(update(outgoing_mail).where(outgoing_mail.c.id == row_id, outgoing_mail.c.sent_at.is_(None))
                         .values(sent_at=self.clock().astimezone(timezone.utc).isoformat(timespec="microseconds")))
        self.failures.pop(row_id, None)

    def _failed(self, row_id: int, error: BaseException) -> None:
        attempts = self.failures[row_id].attempts + 1 if row_id in self.failures else 1
        wait = min(self.max_retry_seconds, self.retry_seconds * 2 ** (attempts - 1))
        text = f"{type(error).__name__}: {error}"
        if attempts >= self.max_attempts and _refused_for_good(error):
            self._park(row_id, f"Refused {attempts} times; the last time: {text}")
            return
        self.failures[row_id] = Failure(attempts, text, self.monotonic() + wait)
        log.warning("Could not send mail %s (attempt %d, next try in %.0f s): %s", row_id, attempts, wait, text)

    def _park(self, row_id: int, reason: str) -> None:
        with self.store.write() as conn:
            conn.execute(update(outgoing_mail).where(outgoing_mail.c.id == row_id)
                         .values(parked_at=self.clock().astimezone(timezone.utc).isoformat(timespec="microseconds"),
                                 parked_reason=reason))
        self.failures.pop(row_id, None)
        log.error("Mail %s is parked and will not be tried again: %s", row_id, reason)


def _refused_for_good(error: BaseException) -> bool:
    """The server refused this very mail with a 5xx (not a connection that failed), or smtplib could not send it."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return isinstance(error, ValueError)


def _reset(client: smtplib.SMTP) -> None:
    """After a refused recipient or message, start the next one cleanly on the same connection."""
    try:
        client.rset()
    except (OSError, smtplib.SMTPException):
        pass
