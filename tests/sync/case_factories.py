"""Portal-side case objects (wire models) for the case sync tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from domain.wire import Case, CaseAttachment, CaseEvent, CaseMessage

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def portal_case(case_id: str = "c-1", *, state: str = "new", number: str = "CS0001234", product_id: str | None = "p-1",
                subject: str = "Paper jam in tray 2", version: int = 1, resolved_at: datetime | None = None,
                attachments: tuple[CaseAttachment, ...] = (), created_at: datetime = T0) -> Case:
    return Case(id=case_id, number=number, type="support" if product_id else "account_question",
                product_id=product_id, category="paper_jam" if product_id else "invoice",
                department="technical_support", subject=subject, description="It jams every third sheet.",
                contact_name="Kari", contact_email="kari@example.no", state=state, created_at=created_at,
                expected_response_at=created_at + timedelta(hours=8), email_updates=True,
                created_by="kari@example.no", resolved_at=resolved_at, attachments=list(attachments),
                version=version)


def message(message_id: str, case_id: str = "c-1", *, author_kind: str = "agent", body: str = "Please try tray 1.",
            minutes: int = 10) -> CaseMessage:
    return CaseMessage(id=message_id, case_id=case_id, author_kind=author_kind,
                       author_name="Siri Service" if author_kind == "agent" else "Kari", body=body,
                       created_at=T0 + timedelta(minutes=minutes))


def event(event_id: str, case_id: str = "c-1", *, from_state: str | None = "new", to_state: str = "in_progress",
          action: str = "start", actor_kind: str = "agent", minutes: int = 5) -> CaseEvent:
    return CaseEvent(id=event_id, case_id=case_id, from_state=from_state, to_state=to_state, action=action,
                     actor_kind=actor_kind, actor_name="Siri Service" if actor_kind == "agent" else "Kari",
                     created_at=T0 + timedelta(minutes=minutes))


def attachment(attachment_id: str, case_id: str = "c-1", file_name: str = "photo.png",
               size: int = 72) -> CaseAttachment:
    return CaseAttachment(id=attachment_id, case_id=case_id, file_name=file_name, content_type="image/png", size=size,
                          created_at=T0 + timedelta(minutes=1), uploaded_by="kari@example.no")
