"""Case attachments: what may be uploaded and under which name. Stored as blobs in the portal's database.

What may be attached is `domain.attachments`' rule, the very one the app checks a file with before it queues it: a
file is refused (422, never 500, with that rule's code) when it is empty, larger than `MAX_BYTES`, not on the
allow-list, or when its content does not match its extension (a PNG must start like a PNG); also when its base64 does
not decode. The name is cut down to its last path part, loses control and Windows-reserved characters, and keeps its
extension.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import Connection, insert, select

from domain import attachments as rules
from domain import problems
from domain.problems import Problem
from domain.wire import AttachmentIn, CaseAttachment, FieldError
from portal.case_entities import attachment_from_row
from portal.db import case_attachments
from portal.problems import ProblemError

MAX_BYTES = rules.MAX_BYTES
MAX_NAME_CHARS = 120
_RESERVED_CHARS = re.compile(r'[<>:"|?*]')
_WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
FALLBACK_NAME = "vedlegg"


def sanitise_file_name(name: str) -> str:
    """A safe file name from what the client sent: no folders, no control characters, nothing Windows refuses."""
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp"))
    name = _RESERVED_CHARS.sub("_", unicodedata.normalize("NFC", name)).strip(" .")
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    if stem.lower() in _WINDOWS_DEVICES or not stem:
        stem = f"_{stem}" if stem else FALLBACK_NAME
    suffix = f".{extension}" if extension else ""
    return stem[:max(1, MAX_NAME_CHARS - len(suffix))] + suffix


def decode(upload: AttachmentIn) -> bytes:
    if len(upload.data_base64) > (MAX_BYTES * 4) // 3 + 8:
        raise _too_large()
    try:
        data = base64.b64decode(_padded(upload.data_base64), validate=True)
    except (binascii.Error, ValueError):
        raise ProblemError(422, problems.VALIDATION_FAILED, "The attachment's data is not valid base64.",
                           errors=[FieldError(field="data_base64", code=problems.VALIDATION_FAILED,
                                              message="Not valid base64")]) from None
    if len(data) > MAX_BYTES:
        raise _too_large()
    return data


def check_type(file_name: str, data: bytes) -> str:
    """The content type to store for a file `domain.attachments` allows, else its refusal as a 422."""
    problem = rules.content_problem(file_name, data)
    if problem is not None:
        raise _refused(problem)
    return rules.CONTENT_TYPES[rules.extension_of(file_name)]


def store(conn: Connection, case_id: str, upload: AttachmentIn, *, uploaded_by: str,
          now: datetime) -> tuple[CaseAttachment, bool]:
    """Store the upload (checked); returns it and whether it is new (an identical earlier upload is returned as is)."""
    data = decode(upload)
    file_name = sanitise_file_name(upload.file_name)
    content_type = check_type(file_name, data)
    digest = hashlib.sha256(data).hexdigest()
    existing = conn.execute(select(case_attachments).where(case_attachments.c.id == upload.id)).first()
    if existing is not None:
        if existing.case_id != case_id or existing.sha256 != digest or existing.file_name != file_name:
            raise ProblemError(422, problems.VALIDATION_FAILED, "A different attachment already has this id.",
                               errors=[FieldError(field="id", code=problems.VALIDATION_FAILED,
                                                  message="This id belongs to a different attachment.")])
        return attachment_from_row(existing), False
    row = {"id": upload.id, "case_id": case_id, "file_name": file_name, "content_type": content_type,
           "size": len(data), "sha256": digest, "data": data, "created_at": now.isoformat(), "uploaded_by": uploaded_by}
    conn.execute(insert(case_attachments).values(**row))
    return attachment_from_row(SimpleNamespace(**row)), True


def read(conn: Connection, case_id: str, attachment_id: str):
    return conn.execute(select(case_attachments).where(case_attachments.c.case_id == case_id,
                                                       case_attachments.c.id == attachment_id)).first()


def _padded(text: str) -> str:
    text = "".join(text.split())
    return text + "=" * (-len(text) % 4)


def _too_large() -> ProblemError:
    return _refused(rules.too_large(""))


_DETAILS = {
    problems.CASE_ATTACHMENT_EMPTY: "The file is empty.",
    problems.CASE_ATTACHMENT_TOO_LARGE: "An attachment can be at most {max_mb} MB.",
    problems.CASE_ATTACHMENT_TYPE_NOT_ALLOWED: "Files of type '{type}' cannot be attached. Allowed: {allowed}.",
    problems.CASE_ATTACHMENT_NO_EXTENSION: "A file without an extension cannot be attached. Allowed: {allowed}.",
    problems.CASE_ATTACHMENT_CONTENT_MISMATCH: "The file is not a real .{type} file.",
    problems.CASE_ATTACHMENT_BINARY_TEXT: "A text file cannot contain binary data.",
}
_NAME_CODES = {problems.CASE_ATTACHMENT_TYPE_NOT_ALLOWED, problems.CASE_ATTACHMENT_NO_EXTENSION}


def _refused(problem: Problem) -> ProblemError:
    detail = _DETAILS.get(problem.code, "This file cannot be attached.").format_map(problem.params)
    field = "file_name" if problem.code in _NAME_CODES else "data_base64"
    return ProblemError(422, problem.code, detail, errors=[FieldError(field=field, code=problem.code, message=detail)])
