"""Outgoing mail: every notification the portal would e-mail is written to `outgoing_mail` in the transaction that
causes it. Sending is a separate job: with `--smtp-host`, `portal.smtp.MailSender` sends the rows in the background
and sets `sent_at`; without it they stay in the table (tests and the demo read them there)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert

from portal.db import outgoing_mail


def queue(conn: Connection, *, to: str, subject: str, body: str, reason: str, now: datetime,
          case_id: str | None = None) -> None:
    if to:
        conn.execute(insert(outgoing_mail).values(case_id=case_id, to_address=to, subject=subject, body=body,
                                                  reason=reason, created_at=now.isoformat()))
