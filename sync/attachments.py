"""Case attachments on disk: our own copies (made when queuing) and downloads of the portal's files, all under
<data_dir>/attachments/<case_id>/, recorded in case_attachments.local_path (relative to the data folder).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sync.workspace import Workspace


def fetch_attachment(workspace: "Workspace", case_id: str, attachment_id: str) -> Path:
    """The absolute path of a local copy: ours if we have it, else downloaded once from the portal.

    Network: call it off the UI thread. Raises sync.api errors (PortalUnreachable, Rejected, ...) when it can't."""
    raise NotImplementedError
