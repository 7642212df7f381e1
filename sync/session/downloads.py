"""Downloads a user asks for outside a sync round (a case's attachment opened from the case), each with an HTTP
session of its own: it runs in a worker thread, and a `requests.Session` belongs to one thread."""

from __future__ import annotations

from pathlib import Path

from sync.cases import attachment_download
from sync.session.workspace import Workspace


def fetch_attachment(workspace: Workspace, case_id: str, attachment_id: str) -> Path:
    """See `sync.cases.attachment_download.fetch_attachment`: the local copy, downloaded once if need be."""
    client = workspace.new_client()
    try:
        return attachment_download.fetch_attachment(workspace.engine, workspace.data_dir, client, case_id,
                                                    attachment_id)
    finally:
        client.close()
