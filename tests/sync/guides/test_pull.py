"""Self-help guides into the cache: `guides` and its FTS5 index kept in step, the ETag making the next sync a 304, and
a portal without guides not failing the sync."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from domain.wire import Guide, GuideAnswer, GuideStep
from sync.cache.db import writer
from sync.cache.schema import guides
from sync.cache.state import get_state
from sync.guides.pull import ETAG_KEY, pull_guides, upsert_guides
from tests.sync.e2e import fast_engine, signed_in

TEXTS = {"nb": ("Åpne skuff 1 og fjern arket som sitter fast.", "Det hjalp", "Fortsatt stopp"),
         "en": ("Open tray 1 and remove the stuck sheet.", "That helped", "Still jammed"),
         "toner": ("Ta ut tonerkassetten og sett den inn igjen.", "Det hjalp", "Fortsatt feil")}


def _guide(guide_id="paper-jam-tray-1", language="nb", title="Papirstopp i skuff 1", keywords=("J-101",)) -> Guide:
    step, solved, not_solved = TEXTS["toner" if guide_id == "toner" else language]
    steps = [GuideStep(id="s1", text=step,
                       answers=[GuideAnswer(label=solved, outcome="solved"),
                                GuideAnswer(label=not_solved, outcome="open_case", category="paper_jam")])]
    return Guide(id=guide_id, language=language, title=title, summary="Når maskinen melder stopp i skuff 1.",
                 category="paper_jam", families=["A3 colour MFP"], keywords=list(keywords), start_step="s1",
                 steps=steps, version=1)


def _match(engine, query: str) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT guide_id, language FROM guides_fts WHERE guides_fts "
                                                    "MATCH :q ORDER BY guide_id, language"), {"q": query})]


def test_upsert_guides_replaces_rows_and_index_together(cache):
    with writer(cache).begin() as conn:
        assert upsert_guides(conn, [_guide(), _guide(language="en", title="Paper jam in tray 1"),
                                    _guide("toner", title="Toner gjenkjennes ikke", keywords=())]) == {"guide": None}
    assert _match(cache, "papir*") == [("paper-jam-tray-1", "nb")]
    assert _match(cache, "arket") == [("paper-jam-tray-1", "nb")]                      # in a step's text
    assert _match(cache, '"J-101"') == [("paper-jam-tray-1", "en"), ("paper-jam-tray-1", "nb")]  # a keyword
    assert _match(cache, "jammed") == [("paper-jam-tray-1", "en")]                     # an answer label
    assert _match(cache, "apne") == [("paper-jam-tray-1", "nb")]                       # diacritics folded
    with cache.connect() as conn:
        row = conn.execute(select(guides).where(guides.c.id == "paper-jam-tray-1", guides.c.language == "nb")).one()
    assert json.loads(row.steps_json)[0]["answers"][1]["category"] == "paper_jam"
    assert json.loads(row.families_json) == ["A3 colour MFP"]

    with writer(cache).begin() as conn:
        upsert_guides(conn, [_guide("toner", title="Toner gjenkjennes ikke", keywords=())])
    assert _match(cache, "papir*") == [] and _match(cache, "toner") == [("toner", "nb")]
    with cache.connect() as conn:
        assert conn.execute(select(func.count()).select_from(guides)).scalar_one() == 1


class _NoGuidesClient:
    def guides(self, etag):
        from domain.wire import Problem
        from sync.api import Rejected
        raise Rejected(Problem(title="Not found", status=404, code="not_found"))


class _BrokenGuidesClient:
    def guides(self, etag):
        from domain.wire import Problem
        from sync.api import Rejected
        raise Rejected(Problem(title="Forbidden", status=403, code="forbidden"))


def test_a_portal_without_guides_is_no_error_but_other_refusals_are(cache):
    assert pull_guides(cache, _NoGuidesClient()) == {}
    from sync.api import Rejected
    with pytest.raises(Rejected):
        pull_guides(cache, _BrokenGuidesClient())


@pytest.mark.e2e
def test_guides_arrive_with_a_sync_are_searchable_and_the_next_sync_gets_304(portal, data_dir):
    with signed_in(data_dir, portal) as ws, fast_engine(ws) as engine:
        first = engine.run_once()
        assert first.error is None and first.changed["guide"] is None
        etag = get_state(ws.engine, ETAG_KEY)
        assert etag and etag.startswith('"')
        with ws.engine.connect() as conn:
            counted = conn.execute(select(guides.c.language, func.count()).group_by(guides.c.language)).all()
        assert dict(counted)["nb"] >= 12 and dict(counted)["en"] >= 12
        found = _match(ws.engine, "papir*")
        assert found and {language for _, language in found} == {"nb"}
        assert _match(ws.engine, "paper*")

        answer = ws.client.guides(etag)
        assert answer == (None, etag)                     # the portal says 304
        second = engine.run_once()
        assert second.error is None and "guide" not in second.changed
        assert get_state(ws.engine, ETAG_KEY) == etag
