"""Guide search over the FTS5 index: user text is only ever searched for (never FTS syntax), prefix matching,
bm25 order, language/family/category filters; one guide with its steps parsed."""

import pytest

from sync.guides.search import fts_query, guide, product_families, search_guides
from tests.desktop.case_fixtures import case_engine  # noqa: F401


def ids(hits):
    return [h.id for h in hits]


def test_prefix_terms_find_a_guide(case_engine):
    assert ids(search_guides(case_engine, "pap ja", language="en")) == ["paper-jam-tray-2"]
    assert ids(search_guides(case_engine, "papirstopp skuff 2", language="nb")) == ["paper-jam-tray-2"]


def test_error_code_with_a_hyphen_finds_its_guide(case_engine):
    assert ids(search_guides(case_engine, "C-2801", language="en")) == ["error-c2801"]
    assert ids(search_guides(case_engine, "c2801", language="en")) == []  # another token: no false match either


def test_bm25_puts_the_title_match_first(case_engine):
    hits = search_guides(case_engine, "tray", language="en")
    assert ids(hits)[0] == "paper-jam-tray-2"


@pytest.mark.parametrize("nasty", ['"', "AND", "*", "-", "(", ")", "NEAR(", "OR", "NOT", "'", '" OR "',
                                   "title:jam", "jam AND", "^jam", "a\"b", "{title}: jam", "-jam", "jam*", "((("])
def test_user_text_is_never_fts_syntax(case_engine, nasty):
    """None of these may raise; any hit must be a real text match, not an operator's effect."""
    hits = search_guides(case_engine, nasty, language="en")
    for hit in hits:
        assert hit.language == "en"


def test_operators_are_searched_as_words(case_engine):
    assert ids(search_guides(case_engine, "jam OR streaks", language="en")) == []  # "or" is a word no guide has
    assert ids(search_guides(case_engine, "jam -tray", language="en")) == ["paper-jam-tray-2"]  # not a NOT


def test_fts_query_quotes_every_word():
    assert fts_query('papirstopp skuff 2') == '"papirstopp"* "skuff"* "2"*'
    assert fts_query('say "hi" AND (x)') == '"say"* """hi"""* "AND"* "(x)"*'
    assert fts_query('" * - (') == ""
    assert fts_query("paper jams in tray 2", match_all=False) == '"paper"* OR "jams"* OR "tray"*'


def test_only_punctuation_finds_nothing(case_engine):
    assert search_guides(case_engine, '" * -', language="en") == []


def test_empty_text_lists_by_title_with_filters(case_engine):
    assert ids(search_guides(case_engine, "", language="en")) == ["error-c2801", "paper-jam-tray-2", "streaks"]
    assert ids(search_guides(case_engine, "  ", language="en", category="paper_jam")) == ["paper-jam-tray-2"]


def test_family_filter_keeps_guides_for_every_family(case_engine):
    assert ids(search_guides(case_engine, "", language="en", family="A3 MFP")) == ["error-c2801", "paper-jam-tray-2"]
    assert ids(search_guides(case_engine, "", language="en", family="Large format")) == ["paper-jam-tray-2",
                                                                                        "streaks"]
    assert ids(search_guides(case_engine, "streak", language="en", family="A3 MFP")) == []


def test_language_filter(case_engine):
    hits = search_guides(case_engine, "skuff", language="nb")
    assert [(h.id, h.language, h.title) for h in hits] == [("paper-jam-tray-2", "nb", "Papirstopp i skuff 2")]
    assert search_guides(case_engine, "skuff", language="en") == []


def test_any_word_mode_for_case_subjects(case_engine):
    hits = search_guides(case_engine, "The printer jams in tray 2 again", language="en", match_all=False)
    assert ids(hits)[:1] == ["paper-jam-tray-2"]
    assert ids(search_guides(case_engine, "The printer jams in tray 2 again", language="en")) == []


def test_limit(case_engine):
    assert len(search_guides(case_engine, "", language="en", limit=2)) == 2


def test_guide_with_steps(case_engine):
    record = guide(case_engine, "paper-jam-tray-2", "en")
    assert record.title == "Paper jam in tray 2" and record.start_step == "open" and record.category == "paper_jam"
    first = record.step("open")
    assert first.text.startswith("Open the front door")
    assert [(a.label, a.outcome, a.next_step, a.category) for a in first.answers] == [
        ("Yes, I removed it", "next", "test", None), ("No paper visible", "open_case", None, "paper_jam")]
    assert record.step("missing") is None
    assert guide(case_engine, "paper-jam-tray-2", "de") is None and guide(case_engine, "x", "en") is None


def test_product_families(case_engine):
    assert product_families(case_engine) == ["A3 MFP"]


@pytest.fixture
def real_guides(case_engine):
    """The portal's own guides, written the way a sync writes them (`sync.guides.pull.upsert_guides`)."""
    from portal.guide_data import SOURCES
    from portal.guide_data.tree import to_guides
    from sync.cache.db import writer
    from sync.guides.pull import upsert_guides
    items = [guide for source in SOURCES for guide in to_guides(source)]
    with writer(case_engine).begin() as conn:
        upsert_guides(conn, items)
    return items


def test_the_portals_guides_are_found_in_both_languages(case_engine, real_guides):
    for language in ("nb", "en"):
        every = search_guides(case_engine, "", language=language, limit=100)
        assert len(every) == sum(1 for g in real_guides if g.language == language)
        for hit in every:
            record = guide(case_engine, hit.id, language)
            assert record.step(record.start_step) is not None
            for step in record.steps:
                for answer in step.answers:
                    assert answer.outcome != "next" or record.step(answer.next_step) is not None
    assert search_guides(case_engine, "papirstopp", language="nb")
    assert search_guides(case_engine, "paper jam", language="en")
    jam = search_guides(case_engine, "paper jam", language="en")[0]
    assert jam.category == "paper_jam"
