"""Case attachments on disk: our own copies (made when queuing) and downloads of the portal's files, all under
<data_dir>/attachments/<case_id>/, recorded in case_attachments.local_path (relative to the data folder).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select, update

from sync.cache.db import writer
from sync.cache.schema import case_attachments
from sync.cases.operations import attachment_folder, local_file_name

if TYPE_CHECKING:
    from sync.api.client import PortalClient


class UnknownAttachment(LookupError):
    """The attachment is not in the cache (not synced yet, or gone): `code` says which, `file_name` names it when
    known. The desktop words these; `str()` is English for the log."""

    NOT_IN_CACHE = "attachment.not_in_cache"
    COPY_GONE = "attachment.copy_gone"  # our own copy is gone, and the portal does not have the file yet

    def __init__(self, message: str, *, code: str, file_name: str = "") -> None:
        super().__init__(message)
        self.code, self.file_name = code, file_name


def fetch_attachment(engine: Engine, data_dir: Path, client: "PortalClient", case_id: str,
                     attachment_id: str) -> Path:
    """The absolute path of a local copy: ours if we have it, else downloaded once from the portal.

    Network: call it off the UI thread. Raises sync.api errors (PortalUnreachable, Rejected, ...) when it can't,
    UnknownAttachment when the cache does not know it (and the attachment is not ours to read back either)."""
    data_dir = Path(data_dir)
    with engine.connect() as conn:
        row = conn.execute(select(case_attachments).where(case_attachments.c.id == attachment_id,
                                                          case_attachments.c.case_id == case_id)).first()
    if row is None:
        raise UnknownAttachment(f"Attachment {attachment_id} of case {case_id} is not in the local data.",
                                code=UnknownAttachment.NOT_IN_CACHE)
    if row.local_path and (data_dir / row.local_path).is_file():
        return data_dir / row.local_path
    if row.sync_status != "synced":
        raise UnknownAttachment(f"The copy of {row.file_name} is gone and the portal does not have it yet.",
                                code=UnknownAttachment.COPY_GONE, file_name=row.file_name)
    folder = attachment_folder(data_dir, case_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / local_file_name(attachment_id, row.file_name)
    client.download(f"/cases/{case_id}/attachments/{attachment_id}", target)
    with writer(engine).begin() as conn:
        conn.execute(update(case_attachments).where(case_attachments.c.id == attachment_id)
                     .values(local_path=target.relative_to(data_dir).as_posix()))
    return target
