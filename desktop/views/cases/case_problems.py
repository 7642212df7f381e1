"""The user's words for the problems of cases, replies and attachments: one template per problem code.

`sync.cases.operations` and `domain.attachments` report a problem as field + code + params (`domain.problems.Problem`)
and the portal refuses with the same codes; this table is the only place that turns them into sentences, through the
translation catalogue. A code this table does not know (a newer sync layer or portal) still gets a translated text.

A refusal by the portal is worded from its code alone (`HEADLINES`, and the field codes of a `validation.failed`): the
portal's `detail` is English for its log and may name ids, paths or states in its own terms, so it is never shown.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.formatting import format_date, format_datetime, format_number
from desktop.views.cases.case_labels import state_label
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
    codes.TEXT_CONTROL_CHARACTER: QT_TRANSLATE_NOOP(
        "CaseProblems", "Write this on one line, without line breaks or other control characters."),
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
    codes.LOCAL_ATTACHMENT_MISSING: QT_TRANSLATE_NOOP(
        "CaseProblems", "The copy of {name} kept for sending can no longer be read; discard this change and attach "
                        "the file again."),
    # Supplies orders: the portal's refusals are one catalogue, and the order form words its problems from it too.
    codes.ORDER_EMPTY: QT_TRANSLATE_NOOP("CaseProblems", "Add at least one article to the order."),
    codes.ORDER_TOO_MANY_LINES: QT_TRANSLATE_NOOP("CaseProblems", "An order can have at most {max} lines."),
    codes.ORDER_ARTICLE_NOT_FITTING: QT_TRANSLATE_NOOP("CaseProblems", "{article} does not fit this machine."),
    codes.ORDER_ARTICLE_REPEATED: QT_TRANSLATE_NOOP(
        "CaseProblems", "{article} is in the order twice; give it once with the whole quantity."),
    codes.ORDER_QUANTITY_INVALID: QT_TRANSLATE_NOOP("CaseProblems", "Give a whole number of 1 or more."),
    codes.ORDER_QUANTITY_OVER_LIMIT: QT_TRANSLATE_NOOP(
        "CaseProblems", "The contract allows at most {limit} of one article in an order."),
    codes.ORDER_PRODUCT_INACTIVE: QT_TRANSLATE_NOOP(
        "CaseProblems", "The machine's contract has ended; supplies cannot be ordered for it."),
    codes.ORDER_PRODUCT_UNKNOWN: QT_TRANSLATE_NOOP(
        "CaseProblems", "This machine is not in the local data; synchronise and choose it again."),
    codes.ORDER_DELIVERY_SITE_UNKNOWN: QT_TRANSLATE_NOOP(
        "CaseProblems", "The delivery address is not one of your account's sites."),
    codes.ORDER_NOTE_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The note can be at most {max} characters."),
    codes.ORDER_RECIPIENT_TOO_LONG: QT_TRANSLATE_NOOP(
        "CaseProblems", "The recipient can be at most {max} characters."),
    codes.ORDER_PHONE_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The phone number can be at most {max} characters."),
    codes.ORDER_CANCEL_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "CaseProblems", "The supplies desk has taken the order already; it can no longer be cancelled."),
    codes.ORDER_NOT_CANCELLABLE: QT_TRANSLATE_NOOP(
        "CaseProblems", "Only the person who placed the order, or an administrator, may cancel it."),
    codes.ORDER_TRANSITION_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "CaseProblems", "The order has moved on meanwhile; that is no longer possible."),
}
"""Each code's template; its placeholders are the code's params (see `domain.problems`)."""

HEADLINES: dict[str, str] = {
    codes.CASE_ATTACHMENT_TYPE_NOT_ALLOWED: QT_TRANSLATE_NOOP("CaseProblems", "This kind of file cannot be attached."),
    codes.CASE_ATTACHMENT_TOO_LARGE: QT_TRANSLATE_NOOP("CaseProblems", "The file is too large."),
    codes.CASE_ATTACHMENT_NO_EXTENSION: QT_TRANSLATE_NOOP(
        "CaseProblems", "A file without an extension cannot be attached."),
    codes.CASE_ATTACHMENT_CONTENT_MISMATCH: QT_TRANSLATE_NOOP(
        "CaseProblems", "The file's content does not match its type."),
    codes.CASE_SUBJECT_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The subject is too long."),
    codes.CASE_DESCRIPTION_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The description is too long."),
    codes.TEXT_CONTROL_CHARACTER: QT_TRANSLATE_NOOP(
        "CaseProblems", "The subject or a name holds a line break or another control character."),
    codes.CASE_CONTACT_NAME_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The contact name is too long."),
    codes.CASE_REPLY_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The reply is too long."),
    codes.EMAIL_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The e-mail address is too long."),
    codes.LOCAL_ATTACHMENT_MISSING: QT_TRANSLATE_NOOP(
        "CaseProblems", "The copy of the file kept for sending can no longer be read; discard this change and "
                        "attach the file again."),
    codes.NOT_FOUND: QT_TRANSLATE_NOOP(
        "CaseProblems", "The portal does not know this case or machine (any more), or you may no longer see it."),
    codes.FORBIDDEN: QT_TRANSLATE_NOOP("CaseProblems", "Your user may not do this for this case."),
    codes.VALIDATION_FAILED: QT_TRANSLATE_NOOP("CaseProblems", "The portal found something in it that is not valid."),
    codes.CONFLICT_ETAG: QT_TRANSLATE_NOOP(
        "CaseProblems", "Someone else changed the case meanwhile; look at it again and repeat your change."),
    codes.PRECONDITION_REQUIRED: QT_TRANSLATE_NOOP(
        "CaseProblems", "The change was sent without the version it is based on; discard it and make it again."),
    codes.IDEMPOTENCY_KEY_MISSING: QT_TRANSLATE_NOOP(
        "CaseProblems", "The request was sent without its safety key; discard it and make the change again."),
    codes.IDEMPOTENCY_KEY_REUSED: QT_TRANSLATE_NOOP(
        "CaseProblems", "The portal already has a different change under the same key; discard this one and make "
                        "it again."),
    codes.IDEMPOTENCY_IN_PROGRESS: QT_TRANSLATE_NOOP(
        "CaseProblems", "The portal is still handling this change; it is tried again shortly."),
    codes.AUTH_TOKEN_INVALID: QT_TRANSLATE_NOOP("CaseProblems", "Your sign-in has expired; sign in again."),
    codes.AUTH_INVALID_CREDENTIALS: QT_TRANSLATE_NOOP("CaseProblems", "The e-mail address or password is wrong."),
    codes.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "CaseProblems", "The portal is busy with many requests; it is tried again shortly."),
    codes.METHOD_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "CaseProblems", "The portal does not take this kind of change (a newer version of the app may)."),
    codes.HTTP_ERROR: QT_TRANSLATE_NOOP("CaseProblems", "The portal could not read the request."),
    codes.REQUEST_TOO_LARGE: QT_TRANSLATE_NOOP(
        "CaseProblems", "The change is larger than the portal takes; make it smaller (a shorter text or fewer "
                        "files) and send it again."),
    codes.INTERNAL_ERROR: QT_TRANSLATE_NOOP(
        "CaseProblems", "The portal had an internal error; it is tried again later."),
    codes.ORDER_TOO_MANY_LINES: QT_TRANSLATE_NOOP("CaseProblems", "The order has too many lines."),
    codes.ORDER_ARTICLE_NOT_FITTING: QT_TRANSLATE_NOOP(
        "CaseProblems", "An article in the order does not fit the machine (the catalogue changed meanwhile)."),
    codes.ORDER_ARTICLE_REPEATED: QT_TRANSLATE_NOOP("CaseProblems", "The same article is in the order twice."),
    codes.ORDER_QUANTITY_OVER_LIMIT: QT_TRANSLATE_NOOP(
        "CaseProblems", "A quantity is over the contract's limit for one order."),
    codes.ORDER_NOTE_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The note is too long."),
    codes.ORDER_RECIPIENT_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The recipient is too long."),
    codes.ORDER_PHONE_TOO_LONG: QT_TRANSLATE_NOOP("CaseProblems", "The phone number is too long."),
}
"""A portal's refusal brings no params of ours: a code whose template needs some has a headline without them, and
the codes only the portal sends (not about one field) have one here."""

UNKNOWN = QT_TRANSLATE_NOOP("CaseProblems", "This is not accepted (problem {code}).")
_FILE_TEXT = QT_TRANSLATE_NOOP("CaseProblems", "{name}: {problem}")
REFUSED_REPLY_STATE = QT_TRANSLATE_NOOP(
    "CaseProblems", "The case was {state} before your reply reached the service desk, so it was not delivered.")
REFUSED_CASE = QT_TRANSLATE_NOOP("CaseProblems", "The portal refused this case.")
REFUSED_REPLY = QT_TRANSLATE_NOOP("CaseProblems", "The portal refused this reply.")


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
    """Our words for a code the portal refused with (no params of ours come with it); "" for a code we do not know.
    A feature's own codes (a relocation's, the account's, a product's data, a user's) are worded by the feature:
    `desktop.features.REFUSAL_HEADLINES`."""
    from desktop.features import REFUSAL_HEADLINES  # noqa: PLC0415 - the features' own words, found at first use

    for headline in REFUSAL_HEADLINES:
        if text := headline(code):
            return text
    if code in HEADLINES:
        return QCoreApplication.translate(CONTEXT, HEADLINES[code])
    return code_text(code) if "{" not in TEXTS.get(code, "{") else ""


def rejection_text(problem: Mapping[str, object] | None, fallback_headline: str = "") -> str:
    """A refusal by the portal in our words, from its codes only: the headline of its code (or `fallback_headline`,
    or the unknown-code text), then the words of each field code it names that says more. "" for no problem."""
    if not problem:
        return ""
    code = str(problem.get("code") or "")
    params = problem.get("params")
    if isinstance(params, Mapping) and params and code in TEXTS:  # a refusal of our own (`LocalProblem`) has params
        headline = code_text(code, params)
    else:
        headline = headline_text(code) or fallback_headline or code_text(code)
    lines = [headline]
    for error in problem.get("errors") or ():
        field_code = str(error.get("code") or "") if isinstance(error, Mapping) else ""
        text = headline_text(field_code)
        if text and text not in lines:
            lines.append(text)
    return "\n".join(lines)


def refusal_text(code: str, *, kind: str, case_state: str = "") -> str:
    """Why a case ("case") or a reply ("reply") of ours was refused, for the conversation: a reply to a case that
    was closed or cancelled meanwhile says so with the case's state; else our words for the code."""
    if kind == "reply" and code == codes.CASE_TRANSITION_NOT_ALLOWED and case_state:
        return QCoreApplication.translate(CONTEXT, REFUSED_REPLY_STATE).format(state=state_label(case_state).lower())
    return headline_text(code) or QCoreApplication.translate(CONTEXT, REFUSED_REPLY if kind == "reply"
                                                              else REFUSED_CASE)


class _Params(dict):
    """Params for str.format_map: numbers and dates in the user's locale ("10 000", "25.11.2026"), and a template
    never fails on a param the problem did not bring (shown empty)."""

    def __init__(self, params: Mapping[str, object]) -> None:
        super().__init__({key: _localised(value) for key, value in params.items()})

    def __missing__(self, key: str) -> str:
        return ""


def _localised(value: object) -> object:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return format_number(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return value
