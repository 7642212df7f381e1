"""Optimistic concurrency for every versioned resource (product, case, account, user): the ETag is the row version,
quoted, and a write sent with a stale If-Match is refused with 412 and the current ETag, so two people editing the
same thing see a conflict instead of one silently overwriting the other. Where the contract makes If-Match
mandatory, a write without it is refused with 428."""

from __future__ import annotations

from domain import problems
from portal.problems import ProblemError


def etag(version: int) -> str:
    return f'"{version}"'


def matches(if_match: str, version: int) -> bool:
    """`*`, the quoted version (weak or strong), or the bare version number."""
    tags = [tag.strip().removeprefix("W/") for tag in if_match.split(",")]
    return "*" in tags or etag(version) in tags or str(version) in tags


def check(if_match: str | None, version: int, what: str, *, required: bool) -> None:
    """Refuse the write unless `if_match` names `version` (`what` is "The product", "The account", …)."""
    if if_match is None:
        if required:
            raise ProblemError(428, problems.PRECONDITION_REQUIRED,
                               f"{what} can only be changed with If-Match: send the ETag you read it with.")
        return
    if not matches(if_match, version):
        raise ProblemError(412, problems.CONFLICT_ETAG,
                           f"{what} was changed by someone else (it is now at version {version}). "
                           "Reload it and make your change again.", headers={"ETag": etag(version)})
