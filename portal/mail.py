"""Outgoing mail: every notification the portal would e-mail is written to `outgoing_mail` in the transaction that
causes it. Sending (SMTP) is a separate job that sets `sent_at`; the reference server has none configured."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert

from portal.db import outgoing_mail


def queue(conn: Connection, *, to: str, subject: str, body: str, reason: str, now: datetime,
          case_id: str | None = None) -> None:
    if to:
        conn.execute(insert(outgoing_mail).values(case_id=case_id, to_address=to, subject=subject, body=body,
                                                  reason=reason, created_at=now.isoformat()))
