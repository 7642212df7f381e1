"""Case attachments: limits, the allow-list, sanitised names and byte-exact downloads, over real HTTP."""

from __future__ import annotations

import base64
import uuid

import pytest

from domain import attachments as attachment_rules
from domain import problems
from portal.attachments import MAX_BYTES, sanitise_file_name
from tests.portal.conftest import assert_problem
from tests.portal.test_cases import first_product, open_case, portal, support_case  # noqa: F401  (fixture)

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"


def upload(session, case_id: str, name: str, data: bytes, attachment_id: str | None = None):
    return session.post_idem(f"/v1/cases/{case_id}/attachments", json={
        "id": attachment_id or str(uuid.uuid4()), "file_name": name, "data_base64": base64.b64encode(data).decode()})


@pytest.fixture
def case_id(portal):  # noqa: F811
    return open_case(portal.kari, support_case(first_product(portal.kari)["id"]))["id"]


@pytest.mark.parametrize("name, data, content_type", [
    ("skjermbilde.png", PNG, "image/png"), ("servicerapport.pdf", PDF, "application/pdf"),
    ("feillogg.log", "E202 ved oppstart\nØkt temperatur\n".encode(), "text/plain; charset=utf-8"),
    ("tellere.csv", b"total;bw\n1;2\n", "text/csv; charset=utf-8"),
    ("bilde.JPG", b"\xff\xd8\xff\xe0" + b"\x00" * 64, "image/jpeg"),
])
def test_upload_and_download_the_same_bytes(portal, case_id, name, data, content_type):  # noqa: F811
    answer = upload(portal.kari, case_id, name, data)
    assert answer.status_code == 201, answer.text
    stored = answer.json()
    assert stored["file_name"] == name and stored["size"] == len(data) and stored["content_type"] == content_type
    download = portal.kari.get(f"/v1/cases/{case_id}/attachments/{stored['id']}")
    assert download.status_code == 200 and download.content == data
    assert download.headers["Content-Type"] == content_type
    assert download.headers["Content-Disposition"].startswith("attachment; filename*=UTF-8''")
    case = portal.kari.get(f"/v1/cases/{case_id}").json()
    assert case["attachments"] == [stored] and case["version"] == 2
    assert portal.admin.get(f"/v1/cases/{case_id}/attachments/{stored['id']}").content == data


def test_a_repeat_is_stored_once(portal, case_id):  # noqa: F811
    attachment_id = str(uuid.uuid4())
    first = upload(portal.kari, case_id, "a.txt", b"hei", attachment_id)
    again = upload(portal.kari, case_id, "a.txt", b"hei", attachment_id)
    assert first.status_code == 201 and again.status_code == 200 and again.json() == first.json()
    assert_problem(upload(portal.kari, case_id, "a.txt", b"annet", attachment_id), 422, problems.VALIDATION_FAILED)
    assert len(portal.kari.get(f"/v1/cases/{case_id}").json()["attachments"]) == 1


def test_too_large(portal, case_id):  # noqa: F811
    assert_problem(upload(portal.kari, case_id, "stor.txt", b"a" * (MAX_BYTES + 1)), 422,
                   problems.CASE_ATTACHMENT_TOO_LARGE)
    huge = "A" * (MAX_BYTES * 2)
    answer = portal.kari.post_idem(f"/v1/cases/{case_id}/attachments",
                                   json={"id": str(uuid.uuid4()), "file_name": "x.txt", "data_base64": huge})
    assert_problem(answer, 413, problems.CASE_ATTACHMENT_TOO_LARGE)  # refused unread (portal.body_limit)
    assert upload(portal.kari, case_id, "akkurat.txt", b"a" * MAX_BYTES).status_code == 201


@pytest.mark.parametrize("name, data, code", [
    ("virus.exe", b"MZ\x90\x00", problems.CASE_ATTACHMENT_TYPE_NOT_ALLOWED),
    ("makro.docm", b"PK\x03\x04", problems.CASE_ATTACHMENT_TYPE_NOT_ALLOWED),
    ("skript.png.exe", PNG, problems.CASE_ATTACHMENT_TYPE_NOT_ALLOWED),
    ("uten-endelse", b"hei", problems.CASE_ATTACHMENT_NO_EXTENSION),
    ("forkledd.png", b"MZ\x90\x00 not a png", problems.CASE_ATTACHMENT_CONTENT_MISMATCH),
    ("falsk.pdf", b"<html>", problems.CASE_ATTACHMENT_CONTENT_MISMATCH),
    ("binær.txt", b"MZ\x00\x00", problems.CASE_ATTACHMENT_BINARY_TEXT),
    ("tom.txt", b"", problems.CASE_ATTACHMENT_EMPTY),
    ("tom.pdf", b"", problems.CASE_ATTACHMENT_EMPTY),
])
def test_the_portal_refuses_what_the_shared_rule_refuses_with_its_code(portal, case_id, name, data, code):  # noqa: F811
    assert attachment_rules.content_problem(name, data).code == code, "the app refuses it with the same code"
    body = assert_problem(upload(portal.kari, case_id, name, data), 422, code)
    assert body["detail"] and [e["code"] for e in body["errors"]] == [code]


def test_a_zero_byte_file_is_not_stored(portal, case_id):  # noqa: F811
    assert_problem(upload(portal.kari, case_id, "tom.log", b""), 422, problems.CASE_ATTACHMENT_EMPTY)
    assert portal.kari.get(f"/v1/cases/{case_id}").json()["attachments"] == []
    assert upload(portal.kari, case_id, "ett-tegn.log", b"x").status_code == 201, "one byte is a file"


def test_bad_base64_is_a_validation_problem(portal, case_id):  # noqa: F811
    answer = portal.kari.post_idem(f"/v1/cases/{case_id}/attachments",
                                   json={"id": str(uuid.uuid4()), "file_name": "a.txt", "data_base64": "***"})
    assert_problem(answer, 422, problems.VALIDATION_FAILED)


def test_a_dangerous_name_is_sanitised(portal, case_id):  # noqa: F811
    answer = upload(portal.kari, case_id, "..\\..\\Windows\\System32/../../etc/pass\x07wd\x1b[31m.txt", b"hei")
    assert answer.status_code == 201, answer.text
    assert answer.json()["file_name"] == "passwd[31m.txt"


def test_an_unknown_attachment_is_404(portal, case_id):  # noqa: F811
    assert_problem(portal.kari.get(f"/v1/cases/{case_id}/attachments/{uuid.uuid4()}"), 404, problems.NOT_FOUND)


@pytest.mark.parametrize("sent, kept", [
    ("rapport.pdf", "rapport.pdf"),
    ("C:\\Users\\kari\\Desktop\\rapport.pdf", "rapport.pdf"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("a\x00b\nc\u202e.txt", "abc.txt"),
    ('what?<is>"this"|*.log', "what__is__this___.log"),
    ("CON.txt", "_CON.txt"),
    ("  .hidden.txt. ", "hidden.txt"),
    ("../", "vedlegg"),
    (".txt", "txt"),  # a leading dot goes; what is left has no extension and is refused as a type
    ("æøå ÆØÅ.csv", "æøå ÆØÅ.csv"),
    ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
])
def test_sanitise_file_name(sent, kept):
    assert sanitise_file_name(sent) == kept


def test_a_cancelled_case_takes_no_attachments(portal, case_id):  # noqa: F811
    portal.kari.post_idem(f"/v1/cases/{case_id}/actions", json={"action": "cancel"})
    assert_problem(upload(portal.kari, case_id, "sent.txt", b"hei"), 422, problems.CASE_TRANSITION_NOT_ALLOWED)
