"""The user's words for the problems of cases, replies and attachments: one template per problem code.

`sync.cases.operations` and `domain.attachments` report a problem as field + code + params (`domain.problems.Problem`)
and the portal refuses with the same codes; this table is the only place that turns them into sentences, through the
translation catalogue. A code this table does not know (a newer sync layer or portal) still gets a translated text.
"""

from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain import problems as codes
from domain.problems import Problem

CONTEXT = "CaseProblems"

TEXTS: dict[str, str] = {
    codes.CASE_TYPE_MISSING: QT_TRANSLATE_NOOP(
        "CaseProblems", "Choose whether this is about a machine or an account question."),
    codes.CASE_PRODUCT_REQUIRED: QT_TRANSLATE_NOOP("CaseProblems", "Choose the machine the case is about."),
    codes.CASE_PRODUCT_UNKNOWN: QT_TRANSLATE_NOOP(
        "CaseProblems", "This machine is not in the local data; synchronise and choose it again."),
    codes.CASE_PRODUCT_NOT_EXPECTED: QT_TRANSLATE_NOOP(
        "CaseProblems", "An account question is not about a machine; leave the machine out."),
    codes.CASE_CATEGORY_MISSING: QT_TRANSLATE_NOOP("CaseProblems", "Choose a category."),
    codes.CASE_SUBJECT_MISSING: QT_TRANSLATE_NOOP("CaseProblems", "Write a short subject."),
    codes.CASE_SUBJECT_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The subject can be at most {max} characters."),
    codes.CASE_DESCRIPTION_MISSING: QT_TRANSLATE_NOOP("CaseProblems", "Describe the problem or question."),
    codes.CASE_DESCRIPTION_TOO_LONG: QT_TRANSLATE_NOOP(
        "CaseProblems", "The description can be at most {max} characters."),
    codes.CASE_CONTACT_NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "CaseProblems", "The contact name can be at most {max} characters."),
    codes.EMAIL_MISSING: QT_TRANSLATE_NOOP("CaseProblems", "Write an e-mail address."),
    codes.EMAIL_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The e-mail address can be at most {max} characters."),
    codes.EMAIL_INVALID: QT_TRANSLATE_NOOP("CaseProblems", "This is not an e-mail address (name@example.no)."),
    codes.CASE_ID_TAKEN: QT_TRANSLATE_NOOP("CaseProblems", "A case with this id exists already."),
    codes.CASE_REPLY_MISSING: QT_TRANSLATE_NOOP("CaseProblems", "Write your reply before sending it."),
    codes.CASE_REPLY_TOO_LONG: QT_TRANSLATE_NOOP(
        "CaseProblems", "The reply is too long (at most {max} characters)."),
    codes.CASE_ATTACHMENT_NO_EXTENSION: QT_TRANSLATE_NOOP(
        "CaseProblems", "A file without an extension cannot be attached. Allowed: {allowed}."),
    codes.CASE_ATTACHMENT_TYPE_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "CaseProblems", "Files of type '{type}' cannot be attached. Allowed: {allowed}."),
    codes.CASE_ATTACHMENT_NOT_A_FILE: QT_TRANSLATE_NOOP("CaseProblems", "{name} is not a file that can be read."),
    codes.CASE_ATTACHMENT_MISSING: QT_TRANSLATE_NOOP("CaseProblems", "{name} does not exist."),
    codes.CASE_ATTACHMENT_TOO_LARGE: QT_TRANSLATE_NOOP("CaseProblems", "The file is larger than {max_mb} MB."),
    codes.CASE_ATTACHMENT_UNREADABLE: QT_TRANSLATE_NOOP("CaseProblems", "{name} cannot be read: {reason}."),
    codes.CASE_ATTACHMENT_COPY_FAILED: QT_TRANSLATE_NOOP(
        "CaseProblems", "{name} could not be copied into the data folder: {reason}."),
    codes.CASE_ATTACHMENT_EMPTY: QT_TRANSLATE_NOOP("CaseProblems", "The file is empty."),
    codes.CASE_ATTACHMENT_CONTENT_MISMATCH: QT_TRANSLATE_NOOP("CaseProblems", "The file is not a real .{type} file."),
    codes.CASE_ATTACHMENT_BINARY_TEXT: QT_TRANSLATE_NOOP("CaseProblems", "A text file cannot contain binary data."),
    codes.CASE_REOPEN_WINDOW_PASSED: QT_TRANSLATE_NOOP(
        "CaseProblems", "The case was resolved more than 14 days ago; open a new case instead."),
    codes.CASE_TRANSITION_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "CaseProblems", "The case has moved on meanwhile; that is no longer possible."),
}
"""Each code's template; its placeholders are the code's params (see `domain.problems`)."""

HEADLINES: dict[str, str] = {
    codes.CASE_ATTACHMENT_TYPE_NOT_ALLOWED: QT_TRANSLATE_NOOP("CaseProblems", "This kind of file cannot be attached."),
    codes.CASE_ATTACHMENT_TOO_LARGE: QT_TRANSLATE_NOOP("CaseProblems", "The file is too large."),
}
"""A portal's refusal brings no params of ours: a code whose template needs some has a headline without them."""

UNKNOWN = QT_TRANSLATE_NOOP("CaseProblems", "This is not accepted (problem {code}).")
_FILE_TEXT = QT_TRANSLATE_NOOP("CaseProblems", "{name}: {problem}")
_REFUSED = QT_TRANSLATE_NOOP("CaseProblems", "The portal says: {reason}")


def code_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """The user's words for `code` with its `params` filled in."""
    template = TEXTS.get(code)
    if template is None:
        return QCoreApplication.translate(CONTEXT, UNKNOWN).format(code=code)
    return QCoreApplication.translate(CONTEXT, template).format_map(_Params(params or {}))


def problem_text(problem: Problem) -> str:
    """A problem's words; a file's problem names the file first unless its words already do."""
    text = code_text(problem.code, problem.params)
    name = problem.params.get("name")
    if problem.field == "attachments" and name and "{name}" not in TEXTS.get(problem.code, ""):
        return QCoreApplication.translate(CONTEXT, _FILE_TEXT).format(name=name, problem=text)
    return text


def problems_text(found: list[Problem] | tuple[Problem, ...]) -> str:
    """Several problems, one a line."""
    return "\n".join(problem_text(p) for p in found)


def headline_text(code: str) -> str:
    """Our words for a code the portal refused with (no params of ours come with it); "" for a code we do not know."""
    if code in HEADLINES:
        return QCoreApplication.translate(CONTEXT, HEADLINES[code])
    return code_text(code) if "{" not in TEXTS.get(code, "{") else ""


def rejection_text(problem: Mapping[str, object] | None, fallback_headline: str = "") -> str:
    """A refusal by the portal: our headline for its code when we know the code, then the portal's own words."""
    problem = problem or {}
    code = str(problem.get("code") or "")
    headline = headline_text(code) or fallback_headline
    reason = str(problem.get("detail") or "").strip()
    if reason and reason != headline:
        reason = QCoreApplication.translate(CONTEXT, _REFUSED).format(reason=reason)
    return "\n".join(part for part in (headline, reason) if part)


class _Params(dict):
    """Params for str.format_map: a template never fails on a param the problem did not bring (shown empty)."""

    def __missing__(self, key: str) -> str:
        return ""
