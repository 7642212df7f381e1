"""What may be attached to a case: the allow-list of file types, the size limit and the content check.

The same rules as the portal's `portal/attachments.py` (which enforces them), so the client refuses a bad file when
the user picks it, offline, instead of hours later as a rejected upload. Pure: it looks at a name and bytes only.
"""

from __future__ import annotations

from domain import problems
from domain.problems import Problem

FIELD = "attachments"

MAX_BYTES = 10 * 1024 * 1024
CONTENT_TYPES: dict[str, str] = {
    "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
    "txt": "text/plain; charset=utf-8", "log": "text/plain; charset=utf-8", "csv": "text/csv; charset=utf-8"}
ALLOWED_SUFFIXES: tuple[str, ...] = tuple(f".{e}" for e in CONTENT_TYPES)
MAGIC: dict[str, tuple[bytes, ...]] = {"pdf": (b"%PDF-",), "png": (b"\x89PNG\r\n\x1a\n",), "jpg": (b"\xff\xd8\xff",),
                                       "jpeg": (b"\xff\xd8\xff",)}


def extension_of(name: str) -> str:
    return name.rpartition(".")[2].lower() if "." in name else ""


def allowed_types() -> str:
    """The allow-list as a user reads it: ".pdf, .png, …"."""
    return ", ".join(ALLOWED_SUFFIXES)


def type_problem(file_name: str) -> Problem | None:
    """Why a file of this name cannot be attached (its type), or None."""
    extension = extension_of(file_name)
    if extension in CONTENT_TYPES:
        return None
    if not extension:
        return file_problem(file_name, problems.CASE_ATTACHMENT_NO_EXTENSION, allowed=allowed_types())
    return file_problem(file_name, problems.CASE_ATTACHMENT_TYPE_NOT_ALLOWED, type=f".{extension}",
                    allowed=allowed_types())


def content_problem(file_name: str, data: bytes) -> Problem | None:
    """Why these bytes cannot be attached under this name (size, type, content that does not match), or None."""
    if not data:
        return file_problem(file_name, problems.CASE_ATTACHMENT_EMPTY)
    if len(data) > MAX_BYTES:
        return too_large(file_name)
    problem = type_problem(file_name)
    if problem:
        return problem
    extension = extension_of(file_name)
    magic = MAGIC.get(extension)
    if magic is not None and not data.startswith(magic):
        return file_problem(file_name, problems.CASE_ATTACHMENT_CONTENT_MISMATCH, type=extension)
    if magic is None and b"\x00" in data:
        return file_problem(file_name, problems.CASE_ATTACHMENT_BINARY_TEXT)
    return None


def too_large(file_name: str) -> Problem:
    return file_problem(file_name, problems.CASE_ATTACHMENT_TOO_LARGE, max_mb=MAX_BYTES // (1024 * 1024))


def file_problem(file_name: str, code: str, **params: object) -> Problem:
    """A problem with the file `file_name`: its field is "attachments", `params["name"]` the file's name."""
    return Problem(FIELD, code, {"name": file_name, **params})
