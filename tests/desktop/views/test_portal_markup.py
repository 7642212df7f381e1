"""Markup from the portal is shown as text, never rendered. A real reference portal is given markup in every field it
sends (product, site, account and user names, a case and its messages, the self-help guides), the app syncs it, every
view is opened (products + detail, cases + detail + conversation, self-help guide, the window's account line), and
each value is found literally: a label's text equals the raw string and its format is plain (or the rendered text
holds no image or link), a cell's hover shows the raw string, the conversation's document has no image or anchor."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QTextEdit, QWidget
from sqlalchemy import create_engine, update

from desktop import i18n
from desktop.context import AppContext
from desktop.models.products import ProductsModel
from desktop.shell.main_window import MainWindow
from desktop.shell.sync_worker import SyncController
from desktop.views.widgets.tables import select_row
from tests.desktop.conftest import ADMIN, signed_in_workspace
from tests.desktop.views.widgets.test_cells import hover
from tests.support.portal_api import AGENT, portal_post, portal_session
from tests.support.portal_server import running_portal

WAIT_MS = 60_000  # a busy machine: generous, and every wait is on a condition
SIGNATURE = "SYSTEMFEIL"


def markup(field: str) -> str:
    """A value no view may render: a heading, a local image and a link, named after its field (short enough for
    the portal's 120-character names)."""
    return f"<h1>{SIGNATURE} {field}</h1><img src=file:///etc/passwd><a href='https://evil.example'>{field}</a>"


FIELDS = {name: markup(name) for name in (
    "model", "location", "contact_name", "site", "account", "admin_name", "agent_name", "subject", "description",
    "case_contact", "agent_reply", "guide_title", "guide_summary", "guide_step", "guide_answer")}


def poison_portal(db_path: Path, url: str) -> dict[str, str]:
    """Put markup in the portal's rows (before the app's first sync, so the feed carries them) and open a case with
    markup in its fields and an agent's reply. Returns the ids the test looks for."""
    from portal.db import accounts, case_messages, products, sites, users

    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        conn.execute(update(accounts).values(name=FIELDS["account"]))
        conn.execute(update(sites).values(name=FIELDS["site"]))
        conn.execute(update(users).where(users.c.email == ADMIN).values(name=FIELDS["admin_name"]))
        conn.execute(update(users).where(users.c.email == AGENT).values(name=FIELDS["agent_name"]))
        first = conn.execute(products.select().order_by(products.c.serial).limit(1)).first()
        conn.execute(update(products).where(products.c.id == first.id).values(
            model=FIELDS["model"], location=FIELDS["location"], contact_name=FIELDS["contact_name"]))
    engine.dispose()
    admin, agent = portal_session(url, ADMIN), portal_session(url, AGENT)
    case = portal_post(admin, url, "/cases", {
        "id": str(uuid.uuid4()), "type": "support", "product_id": first.id, "category": "print_quality",
        "subject": FIELDS["subject"], "description": FIELDS["description"], "contact_name": FIELDS["case_contact"]})
    portal_post(agent, url, f"/agent/cases/{case['id']}/messages", {"id": str(uuid.uuid4()),
                                                                     "body": FIELDS["agent_reply"]})
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:  # the agent signs as the service desk: give that name markup too
        conn.execute(update(case_messages).where(case_messages.c.author_kind == "agent")
                     .values(author_name=FIELDS["agent_name"]))
    engine.dispose()
    return {"product": first.id, "case": case["id"]}


@pytest.fixture
def poisoned_guides(monkeypatch):
    """The portal's guides with markup in their title, summary, first step and its first answer (both languages)."""
    from portal import guides

    real = guides.all_guides()

    def poisoned():
        out = []
        for guide in real:
            steps = [step.model_copy(update={
                "text": FIELDS["guide_step"],
                "answers": [step.answers[0].model_copy(update={"label": FIELDS["guide_answer"]}), *step.answers[1:]],
            }) if step.id == guide.start_step else step for step in guide.steps]
            out.append(guide.model_copy(update={"title": FIELDS["guide_title"], "summary": FIELDS["guide_summary"],
                                                "steps": steps}))
        return tuple(out)

    guides.guides_json.cache_clear()
    monkeypatch.setattr(guides, "all_guides", poisoned)
    yield real[0].id
    guides.guides_json.cache_clear()


@pytest.fixture
def english(qapp):
    previous = QLocale()
    i18n.install_language("en")
    yield
    i18n.reset()
    QLocale.setDefault(previous)


@pytest.fixture
def window(qtbot, tmp_path, data_dir, english, poisoned_guides):
    with running_portal(tmp_path / "poisoned.sqlite", demo=True) as url:
        ids = poison_portal(tmp_path / "poisoned.sqlite", url)
        workspace = signed_in_workspace(data_dir, url)
        ctx = AppContext(workspace)
        win = MainWindow(ctx, SyncController(workspace, interval_minutes=15))
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win, timeout=WAIT_MS)
        yield win, ids, poisoned_guides
        win.sync.stop()
        assert ctx.wait_idle()
        workspace.close()


def shown_as_markup(root: QWidget) -> list[str]:
    """Every widget under `root` that would render portal markup: a label not in plain text (or whose rich text
    still holds the raw tags), a tooltip Qt would take for rich text, a document with an image or a link."""
    bad = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if SIGNATURE not in text:
            continue
        plain = label.textFormat() == Qt.TextFormat.PlainText
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
        if not plain and (rich and ("<img" in text or "<a " in text or "<h1" in text)):
            bad.append(f"label {label.objectName() or label.accessibleName()!r}: {text!r}")
    for widget in root.findChildren(QWidget):
        tip = widget.toolTip()
        if SIGNATURE in tip and GuiQt.mightBeRichText(tip) and ("<img" in tip or "<a " in tip):
            bad.append(f"tooltip of {type(widget).__name__}: {tip!r}")
    for editor in root.findChildren(QTextEdit):
        bad += [f"document of {type(editor).__name__}: {problem}" for problem in document_problems(editor.document())]
    return bad


def document_problems(document: QTextDocument) -> list[str]:
    problems = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            form = fragment.charFormat()
            if form.isImageFormat():
                problems.append(f"image {form.toImageFormat().name()!r}")
            if form.isAnchor() and form.anchorHref():
                problems.append(f"link {form.anchorHref()!r}")
            iterator += 1
        block = block.next()
    return problems


def assert_literal(label: QLabel, raw: str) -> None:
    assert label.text() == raw
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_portal_markup_is_shown_literally_in_every_view(qtbot, window):
    win, ids, guide_id = window

    # the window's account line: the user's and the organisation's names, in the title (plain by nature)
    assert FIELDS["admin_name"] in win.windowTitle() and FIELDS["account"] in win.windowTitle()

    # products: the list's cells and the detail
    products = win.show_page("products")
    qtbot.waitUntil(lambda: products.model.row_of(ids["product"]) is not None, timeout=WAIT_MS)
    row = products.model.row_of(ids["product"])
    assert products.model.data(products.model.index(row, ProductsModel.Col.MODEL)) == FIELDS["model"]
    select_row(products.table, row)
    qtbot.waitUntil(lambda: products.detail.product is not None and products.detail.isVisible(), timeout=WAIT_MS)
    detail = products.detail
    assert_literal(detail.heading, FIELDS["model"])
    assert_literal(detail._values["location"], FIELDS["location"])
    assert_literal(detail._values["site"], FIELDS["site"])
    assert FIELDS["contact_name"] in detail.fact("contact")
    assert detail._values["contact"].textFormat() == Qt.TextFormat.PlainText
    products.table.scrollTo(products.model.index(row, ProductsModel.Col.LOCATION))
    assert FIELDS["location"] in hover(qtbot, products.table, row, ProductsModel.Col.LOCATION) or \
        products.table.columnWidth(ProductsModel.Col.LOCATION) >= products.table.fontMetrics().horizontalAdvance(
            FIELDS["location"])
    assert shown_as_markup(products) == []

    # cases: the list, the detail and the conversation
    cases = win.show_page("cases")
    qtbot.waitUntil(lambda: cases.show_case(ids["case"]), timeout=WAIT_MS)
    case_detail = cases.detail
    qtbot.waitUntil(lambda: case_detail.title_label.text().endswith(" · " + FIELDS["subject"]), timeout=WAIT_MS)
    assert case_detail.title_label.textFormat() == Qt.TextFormat.PlainText
    assert FIELDS["model"] in case_detail.product_label.text() and FIELDS["site"] in case_detail.product_label.text()
    assert case_detail.product_label.textFormat() == Qt.TextFormat.PlainText
    conversation = case_detail.conversation
    qtbot.waitUntil(lambda: FIELDS["agent_reply"] in conversation.toPlainText(), timeout=WAIT_MS)
    shown = conversation.toPlainText()
    assert FIELDS["description"] in shown and FIELDS["agent_name"] in shown
    assert document_problems(conversation.document()) == []
    assert shown_as_markup(cases) == []

    # self-help: the guide list and the runner
    self_help = win.show_page("self_help")
    qtbot.waitUntil(lambda: self_help.show_guide(guide_id), timeout=WAIT_MS)
    runner = self_help.runner
    assert_literal(runner.title_label, FIELDS["guide_title"])
    assert_literal(runner.summary_label, FIELDS["guide_summary"])
    assert_literal(runner.step_label, FIELDS["guide_step"])
    answers = [button.text().replace("&&", "&") for button in runner.answer_buttons]
    assert FIELDS["guide_answer"] in answers  # a button's text is never rich text
    assert shown_as_markup(self_help) == []

    assert shown_as_markup(win) == []
