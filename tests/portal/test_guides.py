"""Guided self-help: every guide is a sound tree in both languages, and GET /v1/guides serves them with an ETag."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import requests

from domain import problems
from domain.cases import CATEGORIES
from domain.wire import Guide
from portal import guides
from portal.seed_data import MODELS
from tests.portal.conftest import assert_problem, sign_in

ALL = guides.all_guides()
FAMILIES = {model.family for model in MODELS}
MARKUP = re.compile(r"[<>]|&[#\w]+;")


def _by_language(language: str) -> dict[str, Guide]:
    return {guide.id: guide for guide in ALL if guide.language == language}


def _texts(guide: Guide) -> list[str]:
    return [guide.title, guide.summary, *guide.keywords,
            *(text for s in guide.steps for text in (s.text, *(a.label for a in s.answers)))]


def _shape(guide: Guide) -> list:
    return [guide.category, guide.families, guide.start_step, guide.version,
            [(s.id, [(a.outcome, a.next_step, a.category) for a in s.answers]) for s in guide.steps]]


def test_there_are_at_least_14_guides_each_in_bokmal_and_english():
    nb, en = _by_language("nb"), _by_language("en")
    assert len(nb) >= 14 and set(nb) == set(en)
    assert Counter((g.id, g.language) for g in ALL).most_common(1)[0][1] == 1
    assert len(ALL) == 2 * len(nb)


@pytest.mark.parametrize("guide_id", sorted(_by_language("nb")))
def test_bokmal_and_english_have_the_same_tree(guide_id):
    nb, en = _by_language("nb")[guide_id], _by_language("en")[guide_id]
    assert _shape(nb) == _shape(en)
    assert nb.title != en.title and all(a.text != b.text for a, b in zip(nb.steps, en.steps))


@pytest.mark.parametrize("guide", ALL, ids=lambda g: f"{g.id}-{g.language}")
def test_every_guide_is_a_sound_tree(guide):
    steps = {s.id: s for s in guide.steps}
    assert len(steps) == len(guide.steps) >= 3, "step ids are unique and a guide has at least 3 steps"
    assert guide.start_step in steps
    for s in guide.steps:
        assert s.answers, s.id
        for answer in s.answers:
            if answer.outcome == "next":
                assert answer.next_step in steps and answer.next_step != s.id and answer.category is None
            elif answer.outcome == "open_case":
                assert answer.category in CATEGORIES and answer.next_step is None
            else:
                assert answer.outcome == "solved" and answer.next_step is None and answer.category is None
    assert _reachable(guide) == set(steps), "every step is reachable from the start"
    assert not _has_cycle(guide), "a guide is a tree of questions, never a loop"
    assert any(a.outcome == "open_case" for s in guide.steps for a in s.answers), "a way out to a case"
    assert any(a.outcome == "solved" for s in guide.steps for a in s.answers)


@pytest.mark.parametrize("guide", ALL, ids=lambda g: f"{g.id}-{g.language}")
def test_guide_text_is_plain_and_the_facts_fit_the_portal(guide):
    for text in _texts(guide):
        assert text.strip() == text and text, repr(text)
        assert not MARKUP.search(text), f"markup in {guide.id}: {text!r}"
    assert guide.category in CATEGORIES
    assert set(guide.families) <= FAMILIES
    assert guide.keywords and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", guide.id)


def test_the_guides_cover_what_a_copier_user_meets():
    ids = set(_by_language("en"))
    assert {"paper-jam-tray-1", "paper-jam-tray-2-3", "paper-jam-bypass", "paper-jam-document-feeder",
            "streaks-on-prints", "faded-print", "toner-not-recognised", "scan-to-email-fails", "scan-to-folder-fails",
            "machine-offline", "error-code-on-display", "print-queue-stuck", "fax-not-sending", "waste-toner-full",
            "wrinkled-curled-paper"} <= ids
    error_code = _by_language("en")["error-code-on-display"]
    assert {"C-2801", "SC542", "J-0011"} <= set(error_code.keywords)


def test_get_guides_serves_all_of_them_with_an_etag(kari):
    answer = kari.get("/v1/guides")
    assert answer.status_code == 200 and answer.headers["Content-Type"] == "application/json"
    served = [Guide.model_validate(item) for item in answer.json()]
    assert served == list(ALL)
    assert re.fullmatch(r'"[0-9a-f]{32}"', answer.headers["ETag"])


def test_if_none_match_with_the_current_etag_is_304_without_a_body(kari, admin):
    etag = kari.get("/v1/guides").headers["ETag"]
    for header in (etag, f"W/{etag}", f'"stale", {etag}', "*"):
        again = admin.get("/v1/guides", headers={"If-None-Match": header})
        assert again.status_code == 304 and again.content == b"", header
        assert again.headers["ETag"] == etag


def test_a_stale_or_malformed_etag_gets_the_whole_list(kari):
    for header in ('"0123"', "nonsense", ""):
        answer = kari.get("/v1/guides", headers={"If-None-Match": header})
        assert answer.status_code == 200 and len(answer.json()) == len(ALL), header


def test_guides_need_a_sign_in_but_any_role_may_read_them(demo_url):
    assert_problem(requests.get(f"{demo_url}/v1/guides", timeout=10), 401, problems.AUTH_TOKEN_INVALID)
    agent = sign_in(demo_url, "agent@vendor.example")
    assert agent.get("/v1/guides").status_code == 200


def _reachable(guide: Guide) -> set[str]:
    steps = {s.id: s for s in guide.steps}
    seen, todo = set(), [guide.start_step]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(a.next_step for a in steps[current].answers if a.outcome == "next")
    return seen


def _has_cycle(guide: Guide) -> bool:
    steps = {s.id: s for s in guide.steps}

    def visit(step_id: str, path: frozenset[str]) -> bool:
        if step_id in path:
            return True
        nexts = [a.next_step for a in steps[step_id].answers if a.outcome == "next"]
        return any(visit(n, path | {step_id}) for n in nexts)

    return visit(guide.start_step, frozenset())


def test_the_contract_documents_the_guides_and_their_etag(demo_url):
    operation = requests.get(f"{demo_url}/openapi.json", timeout=10).json()["paths"]["/v1/guides"]["get"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["type"] == "array" and schema["items"] == {"$ref": "#/components/schemas/Guide"}
    assert "ETag" in operation["responses"]["200"]["headers"] and "304" in operation["responses"]
    assert any(p["name"].lower() == "if-none-match" and p["in"] == "header" for p in operation["parameters"])
