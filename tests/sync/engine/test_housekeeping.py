"""Housekeeping after a sync round: old sent outbox items go, unsent ones never; attachment files nothing refers to
go after the grace period, everything still needed (by any cache of the data folder) stays, and nothing outside the
attachments folder is ever touched — not through a link, not when a cache cannot be read."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from domain.clock import utc_now
from sync.api import PortalUnreachable
from sync.api.backoff import Backoff
from sync.api.credentials import TokenStore
from sync.cache.db import open_cache, writer
from sync.cache.schema import case_attachments
from sync.cache.schema import outbox as queue
from sync.cache.stamps import to_iso
from sync.cases.operations import CaseDraft, queue_case, queue_reply
from sync.engine import replay
from sync.engine.housekeeping import (
    prune_sent,
    referenced_files,
    remove_orphan_attachments,
    run_housekeeping,
)
from sync.engine.rounds import SyncEngine
from sync.outbox import queue as outbox
from sync.session.paths import cache_path
from sync.session.workspace import Workspace
from tests.sync import factories
from tests.sync.engine.test_push import NOW, FakeClient

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
LATER = timedelta(hours=2)  # past the one-hour grace


def _draft(subject: str = "Paper jam in tray 2") -> CaseDraft:
    return CaseDraft(type="support", product_id="p-1", category="paper_jam", subject=subject,
                     description="It jams every third sheet.")


def _file(folder: Path, name: str = "photo.png") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(PNG)
    return path


def _queue_case_with_file(cache, data_dir: Path, source: Path) -> tuple[str, Path]:
    case_id = next(iter(queue_case(cache, _draft(), [source], data_dir=data_dir)["case"]))
    with cache.connect() as conn:
        local = conn.execute(select(case_attachments.c.local_path)
                             .where(case_attachments.c.case_id == case_id)).scalar_one()
    return case_id, data_dir / local


def _set_item(cache, seq: int, **values) -> None:
    with writer(cache).begin() as conn:
        conn.execute(update(queue).where(queue.c.seq == seq).values(**values))


# --- sent outbox items --------------------------------------------------------------------------------------------

def test_old_sent_items_go_young_sent_and_every_unsent_item_stays(cache, tmp_path):
    now = utc_now()
    for n in range(5):
        queue_case(cache, _draft(f"Case {n}"), data_dir=tmp_path)
    seqs = [item.seq for item in outbox.outbox_items(cache)]
    old, young, old_queued, old_rejected, old_sending = seqs
    long_ago = to_iso(now - timedelta(days=31))
    _set_item(cache, old, state="sent", sent_at=long_ago, created_at=long_ago)
    _set_item(cache, young, state="sent", sent_at=to_iso(now - timedelta(days=29)), created_at=long_ago)
    _set_item(cache, old_queued, created_at=long_ago)
    _set_item(cache, old_rejected, state="rejected", created_at=long_ago)
    _set_item(cache, old_sending, state="sending", created_at=long_ago)

    assert prune_sent(cache, now=now) == {str(old)}
    assert [item.seq for item in outbox.outbox_items(cache)] == [young, old_queued, old_rejected, old_sending]
    assert prune_sent(cache, now=now) == set()  # nothing more to do


def test_the_report_counts_and_announces_the_deleted_items(cache, tmp_path, caplog):
    queue_case(cache, _draft(), data_dir=tmp_path)
    seq = outbox.outbox_items(cache)[0].seq
    _set_item(cache, seq, state="sent", sent_at=to_iso(utc_now() - timedelta(days=40)))
    caplog.set_level("INFO", logger="sync.engine.housekeeping")
    report = run_housekeeping(cache, tmp_path)
    assert report.sent_deleted == 1 and report.changed == {"outbox": {str(seq)}}
    assert "deleted 1 sent outbox item(s) older than 30 days" in caplog.text
    assert outbox.outbox_items(cache) == []


# --- attachment files ---------------------------------------------------------------------------------------------

def test_referenced_files_stay_and_an_old_orphan_goes(cache, tmp_path):
    source = _file(tmp_path / "outside", "photo.png")
    _case_id, copy = _queue_case_with_file(cache, tmp_path, source)
    orphan = _file(tmp_path / "attachments" / "c-gone", "x-old.png")
    neighbour = _file(copy.parent, "y-orphan.png")

    files, folders = remove_orphan_attachments(cache, tmp_path, now=utc_now() + LATER)
    assert (files, folders) == (2, 1)
    assert copy.is_file() and source.is_file()
    assert not orphan.exists() and not neighbour.exists()
    assert not orphan.parent.exists()  # the empty case folder went too
    assert copy.parent.is_dir()


def test_a_file_named_only_by_an_unsent_outbox_item_stays(cache, tmp_path):
    """A discarded attachment row with its item still waiting (or rejected) must keep its copy for the resend."""
    _case_id, copy = _queue_case_with_file(cache, tmp_path, _file(tmp_path / "outside"))
    with writer(cache).begin() as conn:
        conn.execute(case_attachments.delete())
    item = next(i for i in outbox.outbox_items(cache) if i.kind == "case_attachment.create")
    for state in ("queued", "sending", "rejected"):
        _set_item(cache, item.seq, state=state)
        assert remove_orphan_attachments(cache, tmp_path, now=utc_now() + LATER) == (0, 0)
        assert copy.is_file()
    _set_item(cache, item.seq, state="sent")  # sent, and no row points at it any more: nothing needs it
    assert remove_orphan_attachments(cache, tmp_path, now=utc_now() + LATER) == (1, 1)
    assert not copy.exists()


def test_a_young_orphan_stays(cache, tmp_path):
    young = _file(tmp_path / "attachments" / "c-new", "being-copied.png")
    assert remove_orphan_attachments(cache, tmp_path, now=utc_now()) == (0, 0)
    assert remove_orphan_attachments(cache, tmp_path, now=utc_now() + timedelta(minutes=59)) == (0, 0)
    assert young.is_file()
    assert remove_orphan_attachments(cache, tmp_path, now=utc_now() + LATER) == (1, 1)
    assert not young.exists()


def test_a_discarded_cases_copies_go_after_the_grace_period(cache, tmp_path):
    source = _file(tmp_path / "outside", "photo.png")
    log = tmp_path / "outside" / "printer.log"
    log.write_text("E-2801\n")
    case_id, copy = _queue_case_with_file(cache, tmp_path, source)
    queue_reply(cache, case_id, "And the log", [log], data_dir=tmp_path)
    folder = copy.parent
    assert len(list(folder.iterdir())) == 2
    replay.discard(cache, outbox.outbox_items(cache)[0].seq)

    assert run_housekeeping(cache, tmp_path).files_deleted == 0  # still young: left alone
    assert len(list(folder.iterdir())) == 2
    report = run_housekeeping(cache, tmp_path, files_now=utc_now() + LATER)
    assert (report.files_deleted, report.folders_deleted, report.files_skipped) == (2, 1, False)
    assert not folder.exists() and (tmp_path / "attachments").is_dir()
    assert source.is_file() and log.is_file()  # the user's originals are never touched


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_pointing_outside_is_not_followed(cache, tmp_path):
    precious = _file(tmp_path / "precious", "report.png")
    precious_folder = precious.parent
    attachments = tmp_path / "attachments"
    (attachments / "c-link").mkdir(parents=True)
    os.symlink(precious, attachments / "c-link" / "a-report.png")
    os.symlink(precious_folder, attachments / "c-folder", target_is_directory=True)

    remove_orphan_attachments(cache, tmp_path, now=utc_now() + LATER)
    assert precious.is_file() and precious_folder.is_dir()
    assert (attachments / "c-link" / "a-report.png").is_symlink()  # the link itself is not ours to delete either
    assert (attachments / "c-folder").is_symlink()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_an_attachments_folder_that_is_a_link_is_left_alone(cache, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    old = _file(elsewhere / "c-1", "old.png")
    os.symlink(elsewhere, tmp_path / "attachments", target_is_directory=True)
    assert remove_orphan_attachments(cache, tmp_path, now=utc_now() + LATER) is None
    assert old.is_file()


def test_nothing_is_deleted_when_the_cache_cannot_be_read(cache, tmp_path):
    orphan = _file(tmp_path / "attachments" / "c-gone", "old.png")
    cache.dispose()
    broken = open_cache(tmp_path / "other" / "cache.sqlite")
    with writer(broken).begin() as conn:
        conn.exec_driver_sql("DROP TABLE case_attachments")
    report = run_housekeeping(broken, tmp_path, files_now=utc_now() + LATER)
    broken.dispose()
    assert report.files_skipped and report.files_deleted == 0
    assert orphan.is_file()


def test_another_users_cache_in_the_same_data_folder_keeps_its_files(cache, tmp_path):
    """Two people on one Windows login share the attachments folder; each keeps the files its own cache names."""
    other = open_cache(cache_path(tmp_path, "https://portal.example.no", "ola@example.no"))
    factories.seed(other, factories.product("p-1", "SN100"))
    _case_id, theirs = _queue_case_with_file(other, tmp_path, _file(tmp_path / "outside"))
    other.dispose()
    orphan = _file(tmp_path / "attachments" / "c-gone", "old.png")

    assert os.path.normcase(os.path.abspath(theirs)) in referenced_files(cache, tmp_path)
    assert remove_orphan_attachments(cache, tmp_path, now=utc_now() + LATER) == (1, 1)
    assert theirs.is_file() and not orphan.exists()


def test_an_unreadable_cache_of_another_user_stops_the_file_chore(cache, tmp_path):
    garbage = cache_path(tmp_path, "https://portal.example.no", "ola@example.no")
    garbage.parent.mkdir(parents=True)
    garbage.write_bytes(b"this is not a database" * 100)
    orphan = _file(tmp_path / "attachments" / "c-gone", "old.png")
    assert referenced_files(cache, tmp_path) is None
    assert remove_orphan_attachments(cache, tmp_path, now=utc_now() + LATER) is None
    assert orphan.is_file()


def test_files_outside_the_attachments_folder_are_never_looked_at(cache, tmp_path):
    logs = _file(tmp_path / "logs", "app.log")
    loose = _file(tmp_path, "profile.png")
    assert remove_orphan_attachments(cache, tmp_path, now=utc_now() + timedelta(days=365)) == (0, 0)
    assert logs.is_file() and loose.is_file()


# --- the sync engine runs it --------------------------------------------------------------------------------------

def _sync_engine(cache, data_dir: Path, client):
    ws = Workspace(data_dir, "http://portal.test", "kari@example.no", cache, client,
                   TokenStore("http://portal.test", "kari@example.no"))
    return SyncEngine(ws, client=client, backoff=Backoff(), clock=lambda: NOW)


def _old_sent_item_and_orphan(cache, data_dir: Path) -> tuple[int, Path]:
    queue_case(cache, _draft(), data_dir=data_dir)
    seq = outbox.outbox_items(cache)[0].seq
    _set_item(cache, seq, state="sent", sent_at=to_iso(NOW - timedelta(days=31)))
    orphan = _file(data_dir / "attachments" / "c-gone", "old.png")
    two_hours_ago = utc_now().timestamp() - LATER.total_seconds()
    os.utime(orphan, (two_hours_ago, two_hours_ago))
    os.utime(orphan.parent, (two_hours_ago, two_hours_ago))
    return seq, orphan


def test_a_clean_sync_round_tidies_up(cache, tmp_path):
    seq, orphan = _old_sent_item_and_orphan(cache, tmp_path)
    report = _sync_engine(cache, tmp_path, FakeClient()).run_once()
    assert report.error is None and report.online
    assert str(seq) in report.changed["outbox"]  # the pending page's "Sent" list hears of it
    assert outbox.outbox_items(cache) == [] and not orphan.exists()


def test_an_offline_round_leaves_everything_as_it_was(cache, tmp_path):
    class Offline(FakeClient):
        def changes(self, cursor, *, limit):
            raise PortalUnreachable("no network")

    seq, orphan = _old_sent_item_and_orphan(cache, tmp_path)
    report = _sync_engine(cache, tmp_path, Offline()).run_once()
    assert not report.online
    assert [i.seq for i in outbox.outbox_items(cache)] == [seq] and orphan.is_file()
