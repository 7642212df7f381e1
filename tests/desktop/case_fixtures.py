"""Cases, conversations and guides written straight into a cache (no portal), for the case-thread and guide-search
tests and the case detail, new case and self-help widget tests.

Import the fixtures you use into the test module: `from tests.desktop.case_fixtures import case_ctx  # noqa`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import Engine, insert, text

from sync.cache.db import open_cache, writer
from sync.cache.schema import case_attachments, case_events, case_messages, cases, guides, me
from sync.cache.stamps import to_iso
from tests.desktop.pages_fixtures import fill_cache, product_id

START = datetime(2026, 11, 20, 8, 30, tzinfo=timezone.utc)

PAPER_JAM_STEPS = [
    {"id": "open", "text": "Open the front door and look inside tray 2. Is there paper stuck?",
     "answers": [{"label": "Yes, I removed it", "outcome": "next", "next_step": "test"},
                 {"label": "No paper visible", "outcome": "open_case", "category": "paper_jam"}]},
    {"id": "test", "text": "Print a test page. Does it come out?",
     "answers": [{"label": "Yes", "outcome": "solved"},
                 {"label": "No, it jams again", "outcome": "open_case", "category": "paper_jam"}]},
]
GUIDES = [
    dict(id="paper-jam-tray-2", language="en", title="Paper jam in tray 2",
         summary="Clear paper stuck in the second tray.", category="paper_jam", families=[],
         keywords=["jam", "tray"], steps=PAPER_JAM_STEPS),
    dict(id="paper-jam-tray-2", language="nb", title="Papirstopp i skuff 2",
         summary="Fjern papir som sitter fast i skuff 2.", category="paper_jam", families=[],
         keywords=["papirstopp", "skuff"],
         steps=[{"id": "open", "text": "Åpne frontdøren og se i skuff 2. Sitter det papir fast?",
                 "answers": [{"label": "Ja, jeg fjernet det", "outcome": "next", "next_step": "test"},
                             {"label": "Ser ikke noe papir", "outcome": "open_case", "category": "paper_jam"}]},
                {"id": "test", "text": "Skriv ut en testside. Kommer den ut?",
                 "answers": [{"label": "Ja", "outcome": "solved"},
                             {"label": "Nei, det stopper igjen", "outcome": "open_case",
                              "category": "paper_jam"}]}]),
    dict(id="error-c2801", language="en", title="Error code C-2801 on the display",
         summary="The fuser reports a fault.", category="error_code", families=["A3 MFP"],
         keywords=["C-2801", "fuser"],
         steps=[{"id": "s1", "text": "Switch the machine off for 30 seconds. Is the code gone?",
                 "answers": [{"label": "Yes", "outcome": "solved"},
                             {"label": "No", "outcome": "open_case", "category": "error_code"}]}]),
    dict(id="streaks", language="en", title="Streaks on copies",
         summary="Lines or <b>streaks</b> on printed pages.", category="print_quality", families=["Large format"],
         keywords=["streak", "lines"],
         steps=[{"id": "s1", "text": "Clean the scanner glass. Better?",
                 "answers": [{"label": "Yes", "outcome": "solved"},
                             {"label": "No", "outcome": "open_case"}]}]),
]


@dataclass
class CaseWorkspace:
    """What AppContext and the case widgets need of a Workspace: the engine and a data folder (no portal client)."""
    engine: Engine
    data_dir: Path

    def close(self) -> None:
        self.engine.dispose()


def add_guides(engine: Engine, rows: list[dict] = GUIDES) -> None:
    """Like `sync.guides.pull.upsert_guides`: the guide row and its FTS row (body = step texts and answer labels)."""
    with writer(engine).begin() as conn:
        for g in rows:
            conn.execute(insert(guides).values(
                id=g["id"], language=g["language"], title=g["title"], summary=g["summary"], category=g["category"],
                families_json=json.dumps(g["families"]), keywords_json=json.dumps(g["keywords"]),
                start_step=g["steps"][0]["id"], steps_json=json.dumps(g["steps"]), version=1))
            body = "\n".join([s["text"] for s in g["steps"]] + [a["label"] for s in g["steps"] for a in s["answers"]])
            conn.execute(text("INSERT INTO guides_fts (guide_id, language, title, summary, keywords, body) "
                              "VALUES (:id, :language, :title, :summary, :keywords, :body)"),
                         dict(id=g["id"], language=g["language"], title=g["title"], summary=g["summary"],
                              keywords=" ".join(g["keywords"]), body=body))


def add_case(engine: Engine, case_id: str = "case-1", *, product: int | None = 0, state: str = "in_progress",
             number: str | None = "CS0001234", subject: str = "Paper jam in tray 2", sync_status: str = "synced",
             resolved_at: datetime | None = None, expected: datetime | None = None,
             messages: int = 3, html_message: str | None = None, email_updates: bool = True,
             created_by: str = "kari@example.no") -> None:
    """One case with `messages` alternating customer/agent messages and the events of its state so far."""
    rows_m, rows_e = [], []
    rows_e.append(dict(id=f"{case_id}-e0", case_id=case_id, from_state=None, to_state="new", action="create",
                       actor_kind="customer", actor_name="Kari Nordmann", created_at=to_iso(START)))
    if state != "new":
        rows_e.append(dict(id=f"{case_id}-e1", case_id=case_id, from_state="new", to_state="in_progress",
                           action="start", actor_kind="agent", actor_name="Anne Agent",
                           created_at=to_iso(START + timedelta(minutes=5))))
    for i in range(messages):
        agent = i % 2 == 1
        rows_m.append(dict(id=f"{case_id}-m{i:04d}", case_id=case_id, author_kind="agent" if agent else "customer",
                           author_name="Anne Agent" if agent else "Kari Nordmann",
                           body=f"Message {i}: the paper still jams after page {i}.",
                           created_at=to_iso(START + timedelta(minutes=10 + i)), sync_status="synced"))
    if html_message is not None:
        rows_m.append(dict(id=f"{case_id}-html", case_id=case_id, author_kind="agent", author_name="Anne Agent",
                           body=html_message, created_at=to_iso(START + timedelta(minutes=10 + messages)),
                           sync_status="synced"))
    if state in ("resolved", "closed", "cancelled"):
        rows_e.append(dict(id=f"{case_id}-e2", case_id=case_id, from_state="in_progress", to_state=state,
                           action={"resolved": "resolve", "closed": "close", "cancelled": "cancel"}[state],
                           actor_kind="agent", actor_name="Anne Agent",
                           created_at=to_iso(START + timedelta(minutes=11 + messages))))
    with writer(engine).begin() as conn:
        conn.execute(insert(cases).values(
            id=case_id, number=number, type="support" if product is not None else "account_question",
            product_id=product_id(product) if product is not None else None,
            category="paper_jam" if product is not None else "invoice",
            department="technical_support" if product is not None else "finance", subject=subject,
            description="The printer jams on every second page.", contact_name="Kari Nordmann",
            contact_email="kari@example.no", state=state, created_at=to_iso(START),
            expected_response_at=to_iso(expected) if expected else None, email_updates=int(email_updates),
            created_by=created_by, resolved_at=to_iso(resolved_at) if resolved_at else None, version=3,
            last_activity_at=to_iso(START + timedelta(minutes=20 + messages)), unread=1, sync_status=sync_status,
            search_text=subject.lower()))
        if rows_m:
            conn.execute(insert(case_messages), rows_m)
        conn.execute(insert(case_events), rows_e)


def add_attachment(engine: Engine, case_id: str, attachment_id: str, name: str, size: int,
                   local_path: str | None = None) -> None:
    with writer(engine).begin() as conn:
        conn.execute(insert(case_attachments).values(
            id=attachment_id, case_id=case_id, file_name=name, content_type="application/pdf", size=size,
            created_at=to_iso(START + timedelta(minutes=3)), uploaded_by="kari@example.no", local_path=local_path,
            sync_status="synced"))


def sign_in_kari(engine: Engine) -> None:
    """The `me` row a cache has once Kari signed in (cases are made in her name)."""
    with writer(engine).begin() as conn:
        conn.execute(insert(me).values(id=1, user_id="u-kari", email="kari@example.no", name="Kari Nordmann",
                                       role="admin", account_id="acc-1"))


def make_case_context(engine: Engine, data_dir: Path):
    from desktop.context import AppContext
    return AppContext(CaseWorkspace(engine, data_dir))


@pytest.fixture
def case_engine(tmp_path: Path) -> Iterator[Engine]:
    """12 machines (product 0 is "SN00000", family "A3 MFP"), the guides above and Kari signed in; no cases yet."""
    engine = open_cache(tmp_path / "cache.sqlite")
    fill_cache(engine, 12, history_months=1)
    add_guides(engine)
    sign_in_kari(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def case_ctx(qapp, case_engine: Engine, tmp_path: Path) -> Iterator:
    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    ctx = make_case_context(case_engine, data_dir)
    yield ctx
    assert ctx.wait_idle(), "database writes were still running at the end of the test"


def drag_onto(widget, mime) -> bool:
    """Drag `mime` (a QMimeData) over `widget` and drop it, as a file manager does; whether the drop was taken."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()
