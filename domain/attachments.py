"""What may be attached to a case: the allow-list of file types, the size limit and the content check.

The same rules as the portal's `portal/attachments.py` (which enforces them), so the client refuses a bad file when
the user picks it, offline, instead of hours later as a rejected upload. Pure: it looks at a name and bytes only.
"""

from __future__ import annotations

MAX_BYTES = 10 * 1024 * 1024
CONTENT_TYPES: dict[str, str] = {
    "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
    "txt": "text/plain; charset=utf-8", "log": "text/plain; charset=utf-8", "csv": "text/csv; charset=utf-8"}
ALLOWED_SUFFIXES: tuple[str, ...] = tuple(f".{e}" for e in CONTENT_TYPES)
MAGIC: dict[str, tuple[bytes, ...]] = {"pdf": (b"%PDF-",), "png": (b"\x89PNG\r\n\x1a\n",), "jpg": (b"\xff\xd8\xff",),
                                       "jpeg": (b"\xff\xd8\xff",)}


def extension_of(name: str) -> str:
    return name.rpartition(".")[2].lower() if "." in name else ""


def type_problem(file_name: str) -> str | None:
    """Why a file of this name cannot be attached (its type), or None."""
    extension = extension_of(file_name)
    if extension in CONTENT_TYPES:
        return None
    allowed = ", ".join(ALLOWED_SUFFIXES)
    if not extension:
        return f"A file without an extension cannot be attached. Allowed: {allowed}."
    return f"Files of type '.{extension}' cannot be attached. Allowed: {allowed}."


def content_problem(file_name: str, data: bytes) -> str | None:
    """Why these bytes cannot be attached under this name (size, type, content that does not match), or None."""
    if not data:
        return "The file is empty."
    if len(data) > MAX_BYTES:
        return f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB."
    problem = type_problem(file_name)
    if problem:
        return problem
    extension = extension_of(file_name)
    magic = MAGIC.get(extension)
    if magic is not None and not data.startswith(magic):
        return f"The file is not a real .{extension} file."
    if magic is None and b"\x00" in data:
        return "A text file cannot contain binary data."
    return None
