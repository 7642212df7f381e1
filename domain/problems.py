"""Stable machine codes for RFC 9457 problem details. Clients switch on these, never on titles or HTTP texts."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from typing import Mapping

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://portal.example.no/problems/"

METER_READING_DECREASED = "meter.reading_decreased"
METER_ALREADY_SUBMITTED_TODAY = "meter.already_submitted_today"
METER_UNKNOWN_COUNTER = "meter.unknown_counter"
METER_INVALID_VALUE = "meter.invalid_value"
METER_FUTURE_DATE = "meter.future_date"
METER_MISSING_COUNTER = "meter.missing_counter"
METER_UNUSUAL_JUMP = "meter.unusual_jump"  # a warning only: never refused

AUTH_INVALID_CREDENTIALS = "auth.invalid_credentials"
AUTH_TOKEN_INVALID = "auth.token_invalid"
NOT_FOUND = "not_found"
FORBIDDEN = "forbidden"
VALIDATION_FAILED = "validation.failed"
IDEMPOTENCY_KEY_MISSING = "idempotency.key_missing"
IDEMPOTENCY_KEY_REUSED = "idempotency.key_reused"
IDEMPOTENCY_IN_PROGRESS = "idempotency.in_progress"
CONFLICT_ETAG = "conflict.etag_mismatch"
PRECONDITION_REQUIRED = "precondition.required"  # a write that must say which version it is based on (If-Match)
RATE_LIMITED = "rate_limited"
REQUEST_TOO_LARGE = "request.too_large"
METHOD_NOT_ALLOWED = "http.method_not_allowed"
HTTP_ERROR = "http.error"  # any other HTTP-level refusal the framework raises (e.g. a body that cannot be parsed)
INTERNAL_ERROR = "server.internal_error"

CASE_TRANSITION_NOT_ALLOWED = "case.transition_not_allowed"
CASE_REOPEN_WINDOW_PASSED = "case.reopen_window_passed"
CASE_PRODUCT_REQUIRED = "case.product_required"
CASE_ATTACHMENT_TOO_LARGE = "case.attachment_too_large"
CASE_ATTACHMENT_TYPE_NOT_ALLOWED = "case.attachment_type_not_allowed"

ORDER_EMPTY = "order.empty"
ORDER_TOO_MANY_LINES = "order.too_many_lines"                # max
ORDER_ARTICLE_NOT_FITTING = "order.article_not_fitting"      # article
ORDER_ARTICLE_REPEATED = "order.article_repeated"            # article
ORDER_QUANTITY_INVALID = "order.quantity_invalid"            # article
ORDER_QUANTITY_OVER_LIMIT = "order.quantity_over_limit"      # article, limit, quantity
ORDER_PRODUCT_INACTIVE = "order.product_inactive"
ORDER_DELIVERY_SITE_UNKNOWN = "order.delivery_site_unknown"
ORDER_CANCEL_NOT_ALLOWED = "order.cancel_not_allowed"
ORDER_TRANSITION_NOT_ALLOWED = "order.transition_not_allowed"
# What the client checks offline before it queues an order (`sync.orders.operations`), beside the codes above.
ORDER_PRODUCT_UNKNOWN = "order.product_unknown"              # the product is not in the local data
ORDER_NOTE_TOO_LONG = "order.note_too_long"                  # max
ORDER_RECIPIENT_TOO_LONG = "order.recipient_too_long"        # max
ORDER_PHONE_TOO_LONG = "order.phone_too_long"                # max
ORDER_NOT_CANCELLABLE = "order.not_cancellable"              # not sent yet, or not the caller's to cancel

# What the client checks offline before it queues a case, a reply or a file (`sync.cases.operations`,
# `domain.attachments`); each is a `Problem` with the params named beside it. The attachment codes the portal answers
# with (`CASE_ATTACHMENT_*` above) are used for the same rules offline.
CASE_TYPE_MISSING = "case.type_missing"
CASE_PRODUCT_UNKNOWN = "case.product_unknown"                # the product is not in the local data
CASE_PRODUCT_NOT_EXPECTED = "case.product_not_expected"      # an account question with a product
CASE_CATEGORY_MISSING = "case.category_missing"
CASE_SUBJECT_MISSING = "case.subject_missing"
CASE_SUBJECT_TOO_LONG = "case.subject_too_long"              # max
CASE_DESCRIPTION_MISSING = "case.description_missing"
CASE_DESCRIPTION_TOO_LONG = "case.description_too_long"      # max
CASE_CONTACT_NAME_TOO_LONG = "case.contact_name_too_long"    # max
CASE_ID_TAKEN = "case.id_taken"
TEXT_CONTROL_CHARACTER = "text.control_character"          # a line break or control character in a one-line text
CASE_REPLY_MISSING = "case.reply_missing"
CASE_REPLY_TOO_LONG = "case.reply_too_long"                  # max
# CASE_ATTACHMENT_TOO_LARGE: max_mb; CASE_ATTACHMENT_TYPE_NOT_ALLOWED: type (".exe"), allowed (".pdf, .png, …")
CASE_ATTACHMENT_NO_EXTENSION = "case.attachment_no_extension"        # allowed
CASE_ATTACHMENT_EMPTY = "case.attachment_empty"
CASE_ATTACHMENT_CONTENT_MISMATCH = "case.attachment_content_mismatch"  # type ("pdf")
CASE_ATTACHMENT_BINARY_TEXT = "case.attachment_binary_text"
CASE_ATTACHMENT_MISSING = "case.attachment_missing"                  # (the file's name is the problem's `name`)
CASE_ATTACHMENT_NOT_A_FILE = "case.attachment_not_a_file"
CASE_ATTACHMENT_UNREADABLE = "case.attachment_unreadable"            # reason (the system's own words)
CASE_ATTACHMENT_COPY_FAILED = "case.attachment_copy_failed"          # reason (the system's own words)

# Why the client itself refused to send a queued item (it never reached the portal: `sync.outbox.records.LocalProblem`).
LOCAL_ATTACHMENT_MISSING = "local.attachment_missing"        # name (the attachment's file name)
LOCAL_ACCESS_LOST = "local.access_lost"                      # serial, model (the machine no longer assigned to you)

# Why a typed counter is not a value (`domain.meter.parse_counter_value`).
METER_VALUE_MISSING = "meter.value_missing"
METER_VALUE_NEGATIVE = "meter.value_negative"
METER_VALUE_DECIMAL = "meter.value_decimal"
METER_VALUE_NOT_DIGITS = "meter.value_not_digits"
METER_VALUE_TOO_LARGE = "meter.value_too_large"

# Field codes of an e-mail address (`domain.email.email_problem`); a refused request carries them per field under
# `validation.failed`.
EMAIL_MISSING = "email.missing"
EMAIL_INVALID = "email.invalid"
EMAIL_TOO_LONG = "email.too_long"


# A relocation or removal request (`domain.product_requests`): field codes, checked offline and by the portal, which
# answers a request with one of them as its code (several: `validation.failed` with each under its field).
DESIRED_DATE_MISSING = "desired_date.missing"
DESIRED_DATE_TOO_SOON = "desired_date.too_soon"          # earliest (a date)
DESIRED_DATE_TOO_FAR = "desired_date.too_far"            # latest (a date)
DESIRED_DATE_WEEKEND = "desired_date.weekend"
DESIRED_DATE_HOLIDAY = "desired_date.holiday"            # holiday (its Norwegian name)
PHONE_MISSING = "phone.missing"
PHONE_INVALID = "phone.invalid"
PHONE_TOO_LONG = "phone.too_long"                        # max
RELOCATION_DESTINATION_MISSING = "relocation.destination_missing"  # neither a site nor a new address
RELOCATION_SITE_UNKNOWN = "relocation.site_unknown"      # not a site of the account
RELOCATION_ADDRESS_MISSING = "relocation.address_missing"
RELOCATION_POSTCODE_INVALID = "relocation.postcode_invalid"  # Norwegian postcodes are four digits
RELOCATION_CITY_MISSING = "relocation.city_missing"
RELOCATION_LOCATION_MISSING = "relocation.location_missing"  # none of building, floor, room
RELOCATION_SAME_PLACE = "relocation.same_place"          # where the machine already stands
RELOCATION_CONTACT_MISSING = "relocation.contact_missing"
REMOVAL_REASON_MISSING = "removal.reason_missing"
REMOVAL_REASON_NOTE_MISSING = "removal.reason_note_missing"  # "other" needs a word of why
REMOVAL_PICKUP_MISSING = "removal.pickup_address_missing"
REQUEST_TEXT_TOO_LONG = "request.text_too_long"          # max (the field says which text)
CASE_REQUEST_ALREADY_OPEN = "case.request_already_open"  # number (the open request's case), kind
CASE_PRODUCT_REMOVED = "case.product_removed"            # the machine was taken away: nothing more to ask for it

# The account's data (`domain.account`): field codes, checked offline and by the portal, which refuses a PATCH with
# `validation.failed` and each under its field. The e-mail and telephone codes above serve its e-mail and phone.
ACCOUNT_NAME_MISSING = "account.name_missing"
ACCOUNT_TEXT_TOO_LONG = "account.text_too_long"          # max
ORG_NUMBER_MISSING = "org_number.missing"
ORG_NUMBER_NOT_NINE_DIGITS = "org_number.not_nine_digits"
ORG_NUMBER_CHECK_DIGIT = "org_number.check_digit"        # nine digits, but the modulus-11 check digit is wrong
ADDRESS_STREET_MISSING = "address.street_missing"
ADDRESS_POSTCODE_INVALID = "address.postcode_invalid"    # Norwegian postcodes are four digits
ADDRESS_CITY_MISSING = "address.city_missing"

# A product's data (`domain.product_data`): field codes, checked offline and by the portal, which answers an edit with
# one of them as its code (several: `validation.failed` with each under its field).
PRODUCT_SITE_UNKNOWN = "product.site_unknown"            # not a site of the account
PRODUCT_LOCATION_MISSING = "product.location_missing"    # none of building, floor, room left
PRODUCT_TEXT_TOO_LONG = "product.text_too_long"          # max (the field says which text)

# An offline edit of a versioned entity (`sync.edits`): why the client will not queue it, or answer a conflict, as
# asked. Never on the wire.
EDIT_ENTITY_GONE = "edit.entity_gone"                    # the entity is no longer in the local data
EDIT_UNRESOLVED = "edit.unresolved"                      # an earlier edit of it is in conflict or refused
EDIT_CONFLICT_GONE = "edit.conflict_gone"                # the conflict was answered already
EDIT_THEIRS_UNKNOWN = "edit.theirs_unknown"              # the portal's version has not arrived yet

# Users and roles (`domain.users`, `portal.users`, `portal.invitations`): field codes checked offline and by the
# portal (one: the problem's code, with the field under `errors`; several: `validation.failed`), and the refusals.
USER_NAME_MISSING = "user.name_missing"
USER_NAME_TOO_LONG = "user.name_too_long"                # max
USER_EMAIL_TAKEN = "user.email_taken"                    # the address already belongs to a portal user
USER_PRODUCT_UNKNOWN = "user.product_unknown"            # a product id that is not one of the account's
USER_SITE_UNKNOWN = "user.site_unknown"                  # a site id that is not one of the account's
USER_LAST_ADMIN = "user.last_admin"                      # the account's last active administrator stays one
USER_UNKNOWN = "user.unknown"                            # the user is not in the local data (offline check)
INVITATION_UNKNOWN = "invitation.unknown"                # no such invitation (or its user was deactivated)
INVITATION_EXPIRED = "invitation.expired"
INVITATION_USED = "invitation.used"
PASSWORD_TOO_SHORT = "password.too_short"                # min
PASSWORD_TOO_LONG = "password.too_long"                  # max


@dataclass(frozen=True)
class Problem:
    """One thing wrong with what the user gave: which field, a stable code from this module, and the values its
    wording needs (`params`). No sentence: the desktop and the command line each word the code in their own way."""

    field: str
    code: str
    params: Mapping[str, object] = _field(default_factory=dict)

    def __str__(self) -> str:  # for logs only
        shown = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{self.field}: {self.code}" + (f" ({shown})" if shown else "")


TITLES: dict[str, str] = {
    METER_READING_DECREASED: "A counter is lower than its previous reading",
    METER_ALREADY_SUBMITTED_TODAY: "A reading for this product was already submitted for that day",
    METER_UNKNOWN_COUNTER: "The product has no such counter",
    METER_INVALID_VALUE: "A counter value must be a whole number of 0 or more",
    METER_FUTURE_DATE: "A reading cannot be dated in the future",
    METER_MISSING_COUNTER: "A counter of the product has no value",
    METER_UNUSUAL_JUMP: "A counter rose far more than the machine's normal volume",
    AUTH_INVALID_CREDENTIALS: "Wrong e-mail or password",
    AUTH_TOKEN_INVALID: "The access token is missing, expired or unknown",
    NOT_FOUND: "Not found",
    FORBIDDEN: "Not allowed for your role",
    VALIDATION_FAILED: "The request is not valid",
    IDEMPOTENCY_KEY_MISSING: "The Idempotency-Key header is required",
    IDEMPOTENCY_KEY_REUSED: "The Idempotency-Key was already used with a different request",
    IDEMPOTENCY_IN_PROGRESS: "A request with this Idempotency-Key is still being processed",
    CONFLICT_ETAG: "The item was changed by someone else",
    PRECONDITION_REQUIRED: "The If-Match header is required",
    RATE_LIMITED: "Too many requests",
    REQUEST_TOO_LARGE: "The request body is larger than this resource takes",
    METHOD_NOT_ALLOWED: "This method is not allowed on this resource",
    HTTP_ERROR: "The request could not be handled",
    INTERNAL_ERROR: "The portal had an internal error",
    CASE_TRANSITION_NOT_ALLOWED: "The case cannot do that in its current state",
    CASE_REOPEN_WINDOW_PASSED: "A case can only be reopened within 14 days of its resolution",
    CASE_PRODUCT_REQUIRED: "A support case needs a product; an account question has none",
    CASE_ATTACHMENT_TOO_LARGE: "The attachment is too large",
    TEXT_CONTROL_CHARACTER: "A one-line text contains a line break or another control character",
    CASE_ATTACHMENT_TYPE_NOT_ALLOWED: "This kind of file cannot be attached",
    ORDER_EMPTY: "An order needs at least one line",
    ORDER_TOO_MANY_LINES: "An order has too many lines",
    ORDER_ARTICLE_NOT_FITTING: "The article does not fit the product",
    ORDER_ARTICLE_REPEATED: "The same article is on two lines of the order",
    ORDER_QUANTITY_INVALID: "A quantity must be a whole number of 1 or more",
    ORDER_QUANTITY_OVER_LIMIT: "The quantity is over the contract's limit per line",
    ORDER_PRODUCT_INACTIVE: "Supplies cannot be ordered for an inactive product",
    ORDER_DELIVERY_SITE_UNKNOWN: "The delivery site is not one of the account's sites",
    ORDER_CANCEL_NOT_ALLOWED: "Only a submitted order can be cancelled",
    ORDER_TRANSITION_NOT_ALLOWED: "The order cannot do that in its current state",
    CASE_REQUEST_ALREADY_OPEN: "The product already has an open relocation or removal request",
    CASE_PRODUCT_REMOVED: "The product has been removed",
    DESIRED_DATE_MISSING: "A desired date is required",
    DESIRED_DATE_TOO_SOON: "The desired date is too soon",
    DESIRED_DATE_TOO_FAR: "The desired date is more than a year ahead",
    DESIRED_DATE_WEEKEND: "The desired date falls on a weekend",
    DESIRED_DATE_HOLIDAY: "The desired date is a public holiday",
    PHONE_MISSING: "A telephone number is required",
    PHONE_INVALID: "This is not a telephone number",
    PHONE_TOO_LONG: "The telephone number is too long",
    RELOCATION_DESTINATION_MISSING: "Say where the product is to be moved: a site or a new address",
    RELOCATION_SITE_UNKNOWN: "The account has no such site",
    RELOCATION_ADDRESS_MISSING: "The new address needs a street address",
    RELOCATION_POSTCODE_INVALID: "A postcode is four digits",
    RELOCATION_CITY_MISSING: "The new address needs a city",
    RELOCATION_LOCATION_MISSING: "Say the building, floor or room",
    RELOCATION_SAME_PLACE: "The product already stands there",
    RELOCATION_CONTACT_MISSING: "Name the contact person on site",
    REMOVAL_REASON_MISSING: "Say why the product is to be removed",
    REMOVAL_REASON_NOTE_MISSING: "Say in a few words why the product is to be removed",
    REMOVAL_PICKUP_MISSING: "Say where the product is to be picked up",
    REQUEST_TEXT_TOO_LONG: "A text of the request is too long",
    ACCOUNT_NAME_MISSING: "The account needs a name",
    ACCOUNT_TEXT_TOO_LONG: "A text of the account is too long",
    ORG_NUMBER_MISSING: "The organisation number is required",
    ORG_NUMBER_NOT_NINE_DIGITS: "An organisation number is nine digits",
    ORG_NUMBER_CHECK_DIGIT: "The organisation number's check digit is wrong",
    ADDRESS_STREET_MISSING: "The address needs a street address",
    ADDRESS_POSTCODE_INVALID: "A postcode is four digits",
    ADDRESS_CITY_MISSING: "The address needs a city",

    PRODUCT_SITE_UNKNOWN: "The account has no such site",
    PRODUCT_LOCATION_MISSING: "Say the building, floor or room",
    PRODUCT_TEXT_TOO_LONG: "A text of the product is too long",

    EMAIL_MISSING: "An e-mail address is required",
    EMAIL_INVALID: "This is not a valid e-mail address",
    EMAIL_TOO_LONG: "The e-mail address is too long",
    USER_NAME_MISSING: "A user needs a name",
    USER_NAME_TOO_LONG: "The name is too long",
    USER_EMAIL_TAKEN: "This e-mail address already belongs to a portal user",
    USER_PRODUCT_UNKNOWN: "The account has no such product",
    USER_SITE_UNKNOWN: "The account has no such site",
    USER_LAST_ADMIN: "The account's last active administrator cannot be demoted or deactivated",
    INVITATION_UNKNOWN: "There is no such invitation",
    INVITATION_EXPIRED: "The invitation has expired",
    INVITATION_USED: "The invitation was already used",
    PASSWORD_TOO_SHORT: "The password is too short",
    PASSWORD_TOO_LONG: "The password is too long",
}


def problem_type(code: str) -> str:
    return PROBLEM_TYPE_BASE + code.replace(".", "/")
