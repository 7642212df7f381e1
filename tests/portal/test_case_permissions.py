"""Who may withdraw or revive a case, and whose e-mail choice is whose: cancel and reopen are for the case's author or
an administrator (recorded under the administrator's name); the e-mail updates are each user's own, so a customer who
shares the product cannot silence the author's mails. Each role over HTTP."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import insert, select

from domain import problems
from domain.cases import may_take
from portal.db import assignments, case_email_choices
from tests.portal.conftest import ADMIN, KARI, OLA, assert_problem
from tests.portal.test_cases import act, first_product, open_case, portal, support_case  # noqa: F401  (fixture)


@pytest.fixture
def shared(portal):  # noqa: F811
    """A case Kari opened on a machine Ola shares with her (assigned to both)."""
    product = first_product(portal.kari)
    with portal.app.state.portal.store.write() as conn:
        conn.execute(insert(assignments).values(user_id=_user_id(portal.ola), product_id=product["id"]))
    case = open_case(portal.kari, support_case(product["id"]))
    assert portal.ola.get(f"/v1/cases/{case['id']}").status_code == 200, "Ola sees it"
    return case


def _user_id(session) -> str:
    return session.get("/v1/me").json()["user"]["id"]


def patch_email(session, case_id: str, on: bool):
    return session.patch(f"/v1/cases/{case_id}", json={"email_updates": on},
                         headers={"Idempotency-Key": str(uuid.uuid4())})


def agent_says(portal, case_id: str) -> None:  # noqa: F811
    answer = portal.agent.post_idem(f"/v1/agent/cases/{case_id}/messages",
                                    json={"id": str(uuid.uuid4()), "body": "Hvilken skuff?"})
    assert answer.status_code == 201, answer.text


def test_the_rule(portal):  # noqa: F811
    assert may_take("cancel", is_author=True, is_admin=False) and may_take("reopen", is_author=False, is_admin=True)
    assert not may_take("cancel", is_author=False, is_admin=False)
    assert not may_take("reopen", is_author=False, is_admin=False)
    assert may_take("reply", is_author=False, is_admin=False), "anyone who sees the case may reply"


def test_a_customer_who_shares_the_product_cannot_cancel_or_reopen_the_authors_case(portal, shared):  # noqa: F811
    reply = portal.ola.post_idem(f"/v1/cases/{shared['id']}/messages", json={"id": str(uuid.uuid4()), "body": "Hei"})
    assert reply.status_code == 201, "a reply is for anyone who sees the case"
    body = assert_problem(act(portal.ola, shared["id"], "cancel"), 403, problems.FORBIDDEN)
    assert "administrator" in body["detail"]
    assert portal.kari.get(f"/v1/cases/{shared['id']}").json()["state"] == "new"
    act(portal.agent, shared["id"], "resolve", agent=True)
    assert_problem(act(portal.ola, shared["id"], "reopen"), 403, problems.FORBIDDEN)
    assert portal.kari.get(f"/v1/cases/{shared['id']}").json()["state"] == "resolved"


def test_the_author_cancels_and_reopens_her_own_case(portal, shared):  # noqa: F811
    act(portal.agent, shared["id"], "resolve", agent=True)
    assert act(portal.kari, shared["id"], "reopen").json()["state"] == "in_progress"
    assert act(portal.kari, shared["id"], "cancel").json()["state"] == "cancelled"


def test_an_administrator_may_cancel_and_reopen_and_it_is_recorded_under_her_name(portal, shared):  # noqa: F811
    act(portal.agent, shared["id"], "resolve", agent=True)
    assert act(portal.admin, shared["id"], "reopen").json()["state"] == "in_progress"
    assert act(portal.admin, shared["id"], "cancel").json()["state"] == "cancelled"
    events = portal.kari.get(f"/v1/cases/{shared['id']}/events").json()
    assert [(e["action"], e["actor_name"]) for e in events if e["action"] in ("reopen", "cancel")] == [
        ("reopen", "Anne Admin"), ("cancel", "Anne Admin")]


def test_another_customer_turning_mails_off_does_not_silence_the_author(portal, shared):  # noqa: F811
    off = patch_email(portal.ola, shared["id"], False)
    assert off.status_code == 200 and off.json()["email_updates"] is False
    assert portal.kari.get(f"/v1/cases/{shared['id']}").json()["email_updates"] is True, "Kari's choice stands"
    admin_off = patch_email(portal.admin, shared["id"], False)
    assert admin_off.status_code == 200 and admin_off.json()["email_updates"] is False
    assert portal.kari.get(f"/v1/cases/{shared['id']}").json()["email_updates"] is True
    agent_says(portal, shared["id"])
    assert [m.to_address for m in portal.mail()] == [KARI]


def test_each_user_gets_mails_by_their_own_choice(portal, shared):  # noqa: F811
    assert portal.ola.get(f"/v1/cases/{shared['id']}").json()["email_updates"] is False, "off until Ola says"
    assert patch_email(portal.ola, shared["id"], True).json()["email_updates"] is True
    assert patch_email(portal.kari, shared["id"], False).json()["email_updates"] is False
    assert portal.ola.get(f"/v1/cases/{shared['id']}").json()["email_updates"] is True
    agent_says(portal, shared["id"])
    assert [m.to_address for m in portal.mail()] == [OLA]
    patch_email(portal.admin, shared["id"], True)
    patch_email(portal.kari, shared["id"], True)
    act(portal.agent, shared["id"], "start", agent=True)
    assert sorted(m.to_address for m in portal.mail()[1:]) == sorted([ADMIN, KARI, OLA])
    act(portal.ola, shared["id"], "cancel")  # refused (403): no mail for a change that did not happen
    assert len(portal.mail()) == 4


def test_whoever_causes_a_change_is_not_mailed_about_it(portal, shared):  # noqa: F811
    patch_email(portal.ola, shared["id"], True)
    patch_email(portal.admin, shared["id"], True)
    act(portal.admin, shared["id"], "cancel")
    assert sorted(m.to_address for m in portal.mail()) == sorted([KARI, OLA]), "not the admin who cancelled"


def test_one_who_can_no_longer_see_the_case_is_not_mailed(portal, shared):  # noqa: F811
    patch_email(portal.ola, shared["id"], True)
    with portal.app.state.portal.store.write() as conn:
        conn.execute(assignments.delete().where(assignments.c.user_id == _user_id(portal.ola)))
        assert conn.execute(select(case_email_choices)).all(), "Ola's choice is still stored"
    assert_problem(portal.ola.get(f"/v1/cases/{shared['id']}"), 404, problems.NOT_FOUND)
    agent_says(portal, shared["id"])
    assert [m.to_address for m in portal.mail()] == [KARI]


def test_the_feed_carries_each_users_own_choice(portal, shared):  # noqa: F811
    patch_email(portal.ola, shared["id"], True)
    patch_email(portal.kari, shared["id"], False)
    for session, expected in ((portal.kari, False), (portal.ola, True), (portal.admin, False)):
        assert _feed_case(session, shared["id"])["email_updates"] is expected


def _feed_case(session, case_id: str) -> dict:
    found, page = None, {"has_more": True, "cursor": None}
    while page["has_more"]:
        params = {"limit": 1000, **({"cursor": page["cursor"]} if page["cursor"] else {})}
        page = session.get("/v1/changes", params=params).json()
        found = next((c["data"] for c in page["changes"] if c["entity"] == "case" and c["id"] == case_id), found)
    assert found is not None
    return found
