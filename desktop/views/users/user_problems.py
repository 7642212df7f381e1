"""The desktop's words for the users' problem codes (`domain.users`, `sync.users`, the portal's refusals of a user's
create, change or assignments). Codes shared with other forms (an e-mail address, a line break in a name) are worded
by the cases' catalogue, so they read the same everywhere."""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain import problems as codes
from domain.problems import Problem

CONTEXT = "UserProblems"

TEXTS: dict[str, str] = {
    codes.USER_NAME_MISSING: QT_TRANSLATE_NOOP("UserProblems", "Write the user's name."),
    codes.USER_NAME_TOO_LONG: QT_TRANSLATE_NOOP("UserProblems", "The name is too long (at most {max} characters)."),
    codes.USER_EMAIL_TAKEN: QT_TRANSLATE_NOOP("UserProblems", "This e-mail address already belongs to a user."),
    codes.USER_PRODUCT_UNKNOWN: QT_TRANSLATE_NOOP(
        "UserProblems", "A machine is not in the local data any more; synchronise and choose again."),
    codes.USER_SITE_UNKNOWN: QT_TRANSLATE_NOOP("UserProblems", "The account has no such site."),
    codes.USER_LAST_ADMIN: QT_TRANSLATE_NOOP(
        "UserProblems", "The account's last active administrator stays one. Make another user an administrator "
                        "first."),
    codes.USER_UNKNOWN: QT_TRANSLATE_NOOP(
        "UserProblems", "This user is not in the local data any more; synchronise and try again."),
    codes.INVITATION_UNKNOWN: QT_TRANSLATE_NOOP("UserProblems", "This invitation link is not valid."),
    codes.INVITATION_EXPIRED: QT_TRANSLATE_NOOP("UserProblems", "This invitation link has expired."),
    codes.INVITATION_USED: QT_TRANSLATE_NOOP("UserProblems", "This invitation link was used already."),
    codes.PASSWORD_TOO_SHORT: QT_TRANSLATE_NOOP("UserProblems", "A password has at least {min} characters."),
    codes.PASSWORD_TOO_LONG: QT_TRANSLATE_NOOP("UserProblems", "A password has at most {max} characters."),
}

HEADLINES: dict[str, str] = {
    codes.USER_NAME_TOO_LONG: QT_TRANSLATE_NOOP("UserProblems", "The name is too long."),
    codes.PASSWORD_TOO_SHORT: QT_TRANSLATE_NOOP("UserProblems", "The password is too short."),
    codes.PASSWORD_TOO_LONG: QT_TRANSLATE_NOOP("UserProblems", "The password is too long."),
    codes.FORBIDDEN: QT_TRANSLATE_NOOP("UserProblems", "Only an administrator of the account manages its users."),
    codes.CONFLICT_ETAG: QT_TRANSLATE_NOOP(
        "UserProblems", "Someone else changed this user meanwhile. Look at the user again and make the change anew."),
}
"""A portal's refusal brings no params: a code whose text needs some has a headline without them."""


def user_problem_text(problem: Problem) -> str:
    """A problem's words, with its params filled in."""
    template = TEXTS.get(problem.code)
    if template is None:
        from desktop.views.cases.case_problems import problem_text  # noqa: PLC0415 - the shared codes' words
        return problem_text(problem)
    return QCoreApplication.translate(CONTEXT, template).format_map(_Params(problem.params))


def user_refusal_text(problem: Mapping[str, object]) -> str:
    """The portal's refusal of a user's write, in our words from its codes only: the headline, then each field's."""
    code = str(problem.get("code") or "")
    lines = [_headline(code)]
    for error in problem.get("errors") or ():
        field_code = str(error.get("code") or "") if isinstance(error, Mapping) else ""
        text = _headline(field_code) if field_code and field_code != code else ""
        if text and text not in lines:
            lines.append(text)
    return "\n".join(lines)


def user_headline(code: str) -> str:
    """Our words for a users' code a refusal names without params (`case_problems.headline_text` asks); "" for a
    code that is not the users' own."""
    if code not in TEXTS:
        return ""
    return QCoreApplication.translate(CONTEXT, HEADLINES.get(code, TEXTS[code]))


def _headline(code: str) -> str:
    if code in HEADLINES:
        return QCoreApplication.translate(CONTEXT, HEADLINES[code])
    if code in TEXTS:
        return QCoreApplication.translate(CONTEXT, TEXTS[code])
    from desktop.views.cases.case_problems import rejection_text  # noqa: PLC0415 - the shared codes' words
    return rejection_text({"code": code})


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return ""
