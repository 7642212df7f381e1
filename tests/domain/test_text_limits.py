"""The text limits: every wire field that takes a person's text declares the limit from `domain.text_limits`, so the
OpenAPI contract, the portal's refusal and the client's offline check name one number."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from domain import text_limits as limits
from domain.wire import AttachmentIn, CaseIn, CaseMessageIn, LogoutRequest, MeterReadingIn, ProductPatch, TokenRequest

FIELDS = [
    (CaseIn, "subject", limits.MAX_SUBJECT),
    (CaseIn, "description", limits.MAX_TEXT),
    (CaseIn, "contact_name", limits.MAX_CONTACT_NAME),
    (CaseIn, "contact_email", limits.MAX_EMAIL),
    (CaseIn, "id", limits.MAX_ID),
    (CaseIn, "product_id", limits.MAX_ID),
    (CaseMessageIn, "body", limits.MAX_TEXT),
    (CaseMessageIn, "id", limits.MAX_ID),
    (ProductPatch, "building", limits.MAX_LOCATION_PART),
    (ProductPatch, "floor", limits.MAX_LOCATION_PART),
    (ProductPatch, "room", limits.MAX_LOCATION_PART),
    (ProductPatch, "cost_centre", limits.MAX_COST_CENTRE),
    (ProductPatch, "internal_name", limits.MAX_INTERNAL_NAME),
    (ProductPatch, "contact_name", limits.MAX_CONTACT_NAME),
    (ProductPatch, "contact_email", limits.MAX_EMAIL),
    (TokenRequest, "email", limits.MAX_EMAIL),
    (TokenRequest, "password", limits.MAX_PASSWORD),
    (LogoutRequest, "refresh_token", limits.MAX_TOKEN),
    (MeterReadingIn, "id", limits.MAX_ID),
    (AttachmentIn, "file_name", limits.MAX_FILE_NAME),
    (AttachmentIn, "id", limits.MAX_ID),
]


def _max_length(model: type[BaseModel], field: str) -> int:
    schema = model.model_json_schema()["properties"][field]
    found = [part["maxLength"] for part in schema.get("anyOf", [schema]) if "maxLength" in part]
    assert len(found) == 1, schema
    return found[0]


@pytest.mark.parametrize(("model", "field", "limit"), FIELDS, ids=[f"{m.__name__}.{f}" for m, f, _ in FIELDS])
def test_the_contract_declares_the_shared_limit(model, field, limit):
    assert _max_length(model, field) == limit


GOOD_CASE = {"id": "c-1", "type": "support", "product_id": "p-1", "category": "paper_jam", "subject": "Jam",
             "description": "It jams.", "contact_name": "Kari", "contact_email": "kari@example.no"}


@pytest.mark.parametrize(("field", "limit"), [("subject", limits.MAX_SUBJECT), ("description", limits.MAX_TEXT),
                                              ("contact_name", limits.MAX_CONTACT_NAME),
                                              ("contact_email", limits.MAX_EMAIL)])
def test_a_case_text_at_the_limit_passes_the_wire_and_one_more_character_does_not(field, limit):
    assert getattr(CaseIn(**GOOD_CASE | {field: "x" * limit}), field) == "x" * limit
    with pytest.raises(ValidationError) as refused:
        CaseIn(**GOOD_CASE | {field: "x" * (limit + 1)})
    assert [e["loc"] for e in refused.value.errors()] == [(field,)]
    assert refused.value.errors()[0]["type"] == "string_too_long"


def test_the_limits_are_the_ones_the_portal_has_always_had():
    assert (limits.MAX_SUBJECT, limits.MAX_TEXT, limits.MAX_CONTACT_NAME, limits.MAX_EMAIL, limits.MAX_LOCATION,
            limits.MAX_ID) == (200, 20_000, 120, 254, 200, 64)
