"""The guides offered after "This did not help", on the portal's real guide set: about the same fault (the case's
category or the failed guide's), for the same kind of machine, best matches of the failed guide's symptom first;
never the failed guide or one given up before, and nothing at all rather than something unrelated."""

from __future__ import annotations

import pytest

from portal.guide_data import SOURCES
from portal.guide_data.tree import LARGE_FORMAT, MONO_PRINTER, to_guides
from sync.cache.db import open_cache, writer
from sync.guides.pull import upsert_guides
from sync.guides.related import related_guides

FAMILIES = {source.id: set(source.families) for source in SOURCES}
CATEGORIES = {source.id: source.category for source in SOURCES}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = open_cache(tmp_path_factory.mktemp("guides") / "cache.sqlite")
    with writer(engine).begin() as conn:
        upsert_guides(conn, [g for source in SOURCES for g in to_guides(source)])
    yield engine
    engine.dispose()


def ids(hits) -> list[str]:
    return [hit.id for hit in hits]


def fits(guide_id: str, families: set[str]) -> bool:
    return not FAMILIES[guide_id] or not families or bool(FAMILIES[guide_id] & families)


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("failed", sorted(FAMILIES))
def test_every_guide_offers_only_guides_of_its_fault_and_machines_and_never_itself(engine, failed, language):
    hits = related_guides(engine, failed, language=language)
    assert failed not in ids(hits)
    assert all(hit.category == CATEGORIES[failed] and hit.language == language for hit in hits)
    assert all(fits(hit.id, FAMILIES[failed]) for hit in hits), ids(hits)


def test_a_paper_jam_in_tray_1_offers_the_other_office_paper_jams_best_match_first(engine):
    hits = ids(related_guides(engine, "paper-jam-tray-1", language="nb"))
    assert set(hits) == {"paper-jam-tray-2-3", "paper-jam-bypass", "paper-jam-document-feeder"}
    assert hits[0] == "paper-jam-tray-2-3"  # "skuff", "papirskuff": the closest symptom
    assert "large-format-roll-jam" not in hits  # another kind of machine


def test_a_guide_for_a_machine_no_other_guide_is_for_offers_nothing(engine):
    assert related_guides(engine, "large-format-roll-jam", language="nb") == []
    assert related_guides(engine, "large-format-roll-jam", language="nb", family=LARGE_FORMAT) == []


def test_the_only_guide_of_its_category_offers_nothing_rather_than_something_unrelated(engine):
    assert related_guides(engine, "error-code-on-display", language="nb", category="error_code") == []


def test_the_category_the_case_goes_to_comes_first_then_the_guides_own(engine):
    hits = related_guides(engine, "faded-print", language="en", category="supplies")
    categories = [hit.category for hit in hits]
    assert categories == sorted(categories, key=lambda c: c != "supplies") and {"supplies", "print_quality"} == set(
        categories)
    assert "faded-print" not in ids(hits)
    jams = related_guides(engine, "error-code-on-display", language="nb", category="paper_jam")
    assert jams and {hit.category for hit in jams} == {"paper_jam"}


def test_the_chosen_machine_decides_which_guides_fit(engine):
    hits = related_guides(engine, "streaks-on-prints", language="nb", family=MONO_PRINTER)
    assert hits and all(fits(hit.id, {MONO_PRINTER}) for hit in hits)
    scan = related_guides(engine, "scan-to-email-fails", language="nb", family=MONO_PRINTER)
    assert scan == []  # a printer without a scanner: the other scan guides are not for it


def test_guides_given_up_before_stay_out_and_an_unknown_guide_offers_nothing(engine):
    first = ids(related_guides(engine, "paper-jam-tray-1", language="nb"))
    again = ids(related_guides(engine, "paper-jam-tray-2-3", language="nb", exclude={"paper-jam-tray-1"}))
    assert "paper-jam-tray-1" not in again and "paper-jam-tray-2-3" not in again and again
    assert set(again) < set(first) | {"paper-jam-tray-1"}
    assert related_guides(engine, "no-such-guide", language="nb") == []
    assert len(related_guides(engine, "paper-jam-tray-1", language="nb", limit=1)) == 1
