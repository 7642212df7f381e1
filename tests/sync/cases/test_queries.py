"""The cases list's queries: every filter, the one-pass counts, search (wildcards typed by the user, Norwegian letters
in any case) and keyset paging that visits every case exactly once in each order, ties included."""

import random
from datetime import timedelta

import pytest

from sync.cache.db import open_cache
from sync.cases import queries as cq
from sync.cases.queries import CaseQuery
from tests.support.cache_rows import T0, case_values, insert_rows, product_values

STATES = ["new", "in_progress", "awaiting_customer", "resolved", "closed", "cancelled"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """600 cases with many ties: 40 activity moments, 15 subjects, 5 products and some account questions; the last
    30 are pending (no number yet, state new) and five synced ones were rejected."""
    engine = open_cache(tmp_path_factory.mktemp("cases") / "cache.sqlite")
    rng = random.Random(3)
    prods = [product_values(i, serial=f"SN{rng.randint(0, 99):02d}{i}") for i in range(5)]
    rows = []
    for i in range(600):
        product = rng.choice(prods + [None])
        moment = T0 + timedelta(minutes=rng.randint(0, 39))
        pending = i >= 570
        rows.append(case_values(i, product=product, state="new" if pending else rng.choice(STATES),
                                subject=rng.choice([f"Subject {k}" for k in range(15)] + ["subject 3"]),
                                activity=moment, created=T0 - timedelta(minutes=rng.randint(0, 20)),
                                unread=rng.random() < 0.2, sync_status="pending" if pending else
                                ("rejected" if i < 5 else "synced"), number=None if pending else True))
    insert_rows(engine, rows, prods)
    yield engine
    engine.dispose()


def all_pages(engine, query, limit=23):
    rows, page = [], cq.case_page(engine, query, limit=limit)
    while page:
        rows += page
        page = cq.case_page(engine, query, after=page[-1], limit=limit)
    return rows


@pytest.mark.parametrize("sort", cq.CASE_SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_paging_visits_every_case_once_in_order(engine, sort, descending):
    query = CaseQuery(filter="all", sort=sort, descending=descending)
    rows = all_pages(engine, query)
    assert len(rows) == 600 and len({r.id for r in rows}) == 600

    def key(r):
        value = cq._sort_value(r, sort)
        return (value.lower() if sort == "subject" else value), r.id
    keys = [key(r) for r in rows]
    assert keys == sorted(keys, reverse=descending)


def test_the_default_order_is_newest_activity_first(engine):
    rows = all_pages(engine, CaseQuery(filter="all"))
    moments = [r.last_activity_at for r in rows]
    assert moments == sorted(moments, reverse=True)


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("sort", cq.CASE_SORTS)
def test_paging_inside_a_filter_and_search(engine, sort, descending):
    query = CaseQuery(filter="open", text="subject", sort=sort, descending=descending)
    rows = all_pages(engine, query, limit=7)
    assert len(rows) == len({r.id for r in rows}) == cq.case_count(engine, query)
    unsearched = [r.id for r in all_pages(engine, CaseQuery(filter="open", sort=sort, descending=descending))]
    assert [r.id for r in rows] == [i for i in unsearched if i in {r.id for r in rows}]  # the same order as without


def test_filters(engine):
    every = all_pages(engine, CaseQuery(filter="all"))
    by_filter = {f: {r.id for r in all_pages(engine, CaseQuery(filter=f))} for f in cq.CASE_FILTERS}
    assert by_filter["open"] == {r.id for r in every if r.state in {"new", "in_progress", "awaiting_customer"}
                                 or r.sync_status == "pending"}
    assert by_filter["awaiting"] == {r.id for r in every if r.state == "awaiting_customer"}
    assert by_filter["resolved"] == {r.id for r in every if r.state in {"resolved", "closed", "cancelled"}}
    assert by_filter["awaiting"] < by_filter["open"] and not by_filter["open"] & by_filter["resolved"]
    assert by_filter["open"] | by_filter["resolved"] == by_filter["all"]


def test_counts_agree_with_the_filters(engine):
    counts = cq.case_counts(engine)
    for flt in cq.CASE_FILTERS:
        assert getattr(counts, flt) == cq.case_count(engine, CaseQuery(filter=flt)) == len(
            all_pages(engine, CaseQuery(filter=flt), limit=100))
    every = all_pages(engine, CaseQuery(filter="all"), limit=200)
    assert counts.all == 600
    assert counts.unread == sum(r.unread for r in every) > 0


def test_counts_of_an_empty_cache_are_zero(tmp_path):
    engine = open_cache(tmp_path / "empty.sqlite")
    assert cq.case_counts(engine) == cq.CaseCounts(open=0, awaiting=0, resolved=0, all=0, unread=0)
    assert cq.case_page(engine, CaseQuery()) == []
    engine.dispose()


def test_pending_cases_count_as_open_whatever_their_state(tmp_path):
    engine = open_cache(tmp_path / "c.sqlite")
    insert_rows(engine, [case_values(1, state="awaiting_customer", sync_status="pending", number=None),
                         case_values(2, state="resolved", sync_status="pending", number=None)])
    counts = cq.case_counts(engine)
    assert (counts.open, counts.awaiting, counts.resolved, counts.all) == (2, 0, 0, 2)
    assert {r.id for r in cq.case_page(engine, CaseQuery(filter="open"))} == {"c000001", "c000002"}
    engine.dispose()


def test_rows_carry_the_product_and_the_pending_number(engine):
    rows = {r.id: r for r in all_pages(engine, CaseQuery(filter="all"), limit=200)}
    pending = rows["c000580"]
    assert pending.number is None and pending.sync_status == "pending"
    assert rows["c000001"].sync_status == "rejected" and rows["c000001"].number == "CS0000001"
    questions = [r for r in rows.values() if r.type == "account_question"]
    support = [r for r in rows.values() if r.type == "support"]
    assert questions and all(r.product_id is None and r.serial is None and r.model is None for r in questions)
    assert support and all(r.serial and r.model == "bizhub C300i" for r in support)
    assert all(r.created_at.tzinfo is not None and r.expected_response_at for r in rows.values())


def test_the_number_sort_puts_pending_cases_after_every_number(engine):
    rows = all_pages(engine, CaseQuery(filter="all", sort="number", descending=False))
    assert [r.number is None for r in rows] == [False] * 570 + [True] * 30


def test_the_state_sort_follows_a_cases_life(engine):
    rows = all_pages(engine, CaseQuery(filter="all", sort="state", descending=False))
    seen = list(dict.fromkeys(r.state for r in rows))
    assert seen == STATES


@pytest.fixture
def text_engine(tmp_path):
    engine = open_cache(tmp_path / "t.sqlite")
    insert_rows(engine, [
        case_values(1, subject="Ærfugl på skjermen", description="Feilkode Å-123 på displayet"),
        case_values(2, subject="Toner 100% tom", description="Svart toner"),
        case_values(3, subject="scan_to_mail feiler", description="SMTP"),
        case_values(4, subject="Blå striper", description="Gjennom hele arket", product=product_values(1)),
        case_values(5, subject="Faktura", description="50 kr for mye"),
    ], [product_values(1)])
    yield engine
    engine.dispose()


def found(engine, text, flt="all"):
    return {r.id for r in cq.case_page(engine, CaseQuery(filter=flt, text=text))}


def test_search_every_word_must_match(text_engine):
    assert found(text_engine, "toner") == {"c000002"}
    assert found(text_engine, "toner svart") == {"c000002"}
    assert found(text_engine, "toner blå") == set()
    assert found(text_engine, "") == found(text_engine, "   ") == {f"c00000{i}" for i in range(1, 6)}


def test_search_finds_the_number_and_the_product(text_engine):
    assert found(text_engine, "cs0000004") == {"c000004"}
    assert found(text_engine, "SN00001") == {"c000004"}
    assert found(text_engine, "c300i") == {"c000004"}


def test_search_norwegian_letters_in_any_case(text_engine):
    assert found(text_engine, "ÆRFUGL") == found(text_engine, "ærfugl") == {"c000001"}
    assert found(text_engine, "å-123") == found(text_engine, "Å-123") == {"c000001"}
    assert found(text_engine, "BLÅ") == {"c000004"}
    assert found(text_engine, "på") == {"c000001"}


def test_like_wildcards_typed_by_the_user_are_literal(text_engine):
    assert found(text_engine, "100%") == {"c000002"}
    assert found(text_engine, "%") == {"c000002"}
    assert found(text_engine, "_") == {"c000003"}
    assert found(text_engine, "scan_to") == {"c000003"}
    assert found(text_engine, "scan%mail") == set()
    assert found(text_engine, "s_an") == set()
    assert found(text_engine, "\\") == set()


def test_search_counts_and_filters_together(text_engine):
    assert cq.case_count(text_engine, CaseQuery(filter="all", text="toner")) == 1
    assert cq.case_count(text_engine, CaseQuery(filter="resolved", text="toner")) == 0


def test_unknown_filter_or_sort_is_refused(engine):
    with pytest.raises(ValueError):
        cq.case_page(engine, CaseQuery(filter="mine"))
    with pytest.raises(ValueError):
        cq.case_count(engine, CaseQuery(sort="priority"))


def test_case_row_and_position(engine):
    assert cq.case_row(engine, "missing") is None
    query = CaseQuery(filter="all", sort="subject", descending=False)
    rows = all_pages(engine, query)
    for index in (0, 1, 57, 599):
        assert cq.case_position(engine, query, rows[index].id) == index
    awaiting = CaseQuery(filter="awaiting")
    outside = next(r for r in rows if r.state == "resolved")
    assert cq.case_position(engine, awaiting, outside.id) is None
    assert cq.case_position(engine, awaiting, "missing") is None
