"""The Portal API's JSON shapes. The portal serves them (and FastAPI turns them into the OpenAPI contract); the client
validates every answer against them, so a garbage answer becomes a clear error instead of a KeyError deep in sync.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal, Union, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator

from domain import account as account_rules
from domain import text_limits as limits
from domain.consumables import ArticleKind, Colour, OrderState, VendorAction

Role = Literal["admin", "customer", "agent"]  # agent: the vendor's service desk, never in a customer account
ReadingStatus = Literal["accepted", "rejected", "estimated"]
EntityName = Literal["account", "user", "site", "product", "meter_reading", "case", "case_message", "case_event",
                     "me", "article", "order"]  # "me": the reader's own Me (their preferences), in their feed alone


class Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class TokenRequest(Wire):
    email: str = Field(max_length=limits.MAX_EMAIL)
    password: str = Field(max_length=limits.MAX_PASSWORD)


class RefreshRequest(Wire):
    refresh_token: str = Field(max_length=limits.MAX_TOKEN)


class LogoutRequest(Wire):
    refresh_token: str | None = Field(default=None, max_length=limits.MAX_TOKEN,
                                      description="Sign out this session; without it, every session of the caller")


class TokenPair(Wire):
    access_token: str
    refresh_token: str
    expires_in: int = Field(description="Seconds until the access token expires")
    token_type: Literal["Bearer"] = "Bearer"


class Account(Wire):
    """The customer's account as every user of it reads it (`GET /v1/account`, and inside `/v1/me`); an
    administrator changes it with `AccountPatch`. The fields after `time_zone` came later: a client that knows only
    the first four still reads it."""
    id: str
    name: str
    org_number: str = Field(description="Norwegian organisation number, 9 digits")
    time_zone: str = "Europe/Oslo"
    billing_street: str = ""
    billing_postcode: str = Field(default="", description="Four digits")
    billing_city: str = ""
    visiting_street: str = Field(default="", description="Empty, with its postcode and city, when it is the billing "
                                                         "address")
    visiting_postcode: str = ""
    visiting_city: str = ""
    phone: str = ""
    main_contact: str = Field(default="", description="The name of the account's main contact person")
    invoice_email: str = Field(default="", description="Where invoices are sent")
    version: int = Field(default=1, description="Row version; the ETag of the account resource")


def _account_field(field: str) -> Any:
    return Field(default=None, max_length=account_rules.LIMITS[field])


class AccountPatch(Wire):
    """The account fields an administrator keeps right (`domain.account`). Fields left out stay as they are; the
    account as it would be after the edit is checked as a whole."""
    name: str | None = _account_field("name")
    org_number: str | None = Field(default=None, max_length=account_rules.LIMITS["org_number"],
                                   description="Nine digits; spaces and \"NO … MVA\" around them are dropped")
    billing_street: str | None = _account_field("billing_street")
    billing_postcode: str | None = Field(default=None, max_length=10, description="Four digits")
    billing_city: str | None = _account_field("billing_city")
    visiting_street: str | None = _account_field("visiting_street")
    visiting_postcode: str | None = Field(default=None, max_length=10, description="Four digits, or empty")
    visiting_city: str | None = _account_field("visiting_city")
    phone: str | None = _account_field("phone")
    main_contact: str | None = _account_field("main_contact")
    invoice_email: str | None = _account_field("invoice_email")


class User(Wire):
    id: str
    email: str
    name: str
    role: Role
    account_id: str
    active: bool = Field(default=True, description="False once an administrator deactivated the user: they cannot "
                                                   "sign in")
    invitation_pending: bool = Field(default=False, description="Invited and has not set a password yet")
    assigned_product_ids: list[str] = Field(default_factory=list,
                                            description="The products assigned to the user (what a customer sees)")
    version: int = Field(default=1, description="Version of name, role and active; the user's ETag. Assignments "
                                                "do not change it")


UserRole = Literal["admin", "customer"]


class UserIn(Wire):
    """A new user of the caller's account: they get an invitation mail with a one-time link to set a password."""
    id: str | None = Field(default=None, max_length=limits.MAX_ID,
                           description="Client-made id (UUID) that never changes across retries; the portal makes "
                                       "one when it is left out")
    name: str = Field(description=f"One line, at most {limits.MAX_USER_NAME} characters (`user.name_missing`, "
                                  "`user.name_too_long`)")
    email: str = Field(description="Valid (`email.invalid`) and no other portal user's (`user.email_taken`)")
    role: UserRole = "customer"
    product_ids: list[str] = Field(default_factory=list, max_length=100_000,
                                   description="Products assigned to the user from the start")


class UserPatch(Wire):
    """A user's role or whether they may sign in; a field left out keeps its value, and at least one is given."""
    role: UserRole = Field(default=None)  # type: ignore[assignment]
    active: bool = Field(default=None, description="False deactivates: sign-in refused, every session ended")  # type: ignore[assignment]

    @model_validator(mode="after")
    def _something_given(self) -> "UserPatch":
        if self.role is None and self.active is None:
            raise ValueError("Give role, active or both.")
        return self


class AssignmentsIn(Wire):
    """Products to assign to a user and to take from them: one by one, a list, or every product of a site. Assigning
    what is assigned already, or un-assigning what is not, changes nothing."""
    assign: list[str] = Field(default_factory=list, max_length=100_000, description="Product ids to assign")
    unassign: list[str] = Field(default_factory=list, max_length=100_000, description="Product ids to un-assign")
    assign_sites: list[str] = Field(default_factory=list, max_length=1000,
                                    description="Site ids: assign every product of these sites")
    unassign_sites: list[str] = Field(default_factory=list, max_length=1000,
                                      description="Site ids: un-assign every product of these sites")


class PasswordSetIn(Wire):
    """The one-time token from an invitation mail and the password the new user chose."""
    token: str = Field(max_length=limits.MAX_TOKEN)
    password: str = Field(description=f"At least 8 and at most {limits.MAX_PASSWORD} characters "
                                      "(`password.too_short`, `password.too_long`)")


Language = Literal["nb", "en"]
LANGUAGES: tuple[str, ...] = get_args(Language)


class Me(Wire):
    user: User
    account: Account
    email_updates_default: bool = Field(
        default=True, description="Whether a new case of this user sends e-mail updates when it does not say")
    language: Language = Field(
        default="nb", description="The language the service desk writes to this user in: 'nb' (bokmål) or 'en'")


class MePatch(Wire):
    """The caller's own preferences; a field left out keeps its value (null is not a value), and at least one is
    given."""
    email_updates_default: bool = Field(
        default=None, description="The e-mail updates choice of new cases that leave it out")  # type: ignore[assignment]
    language: Language = Field(
        default=None,  # type: ignore[assignment]
        description="The language the service desk writes to this user in: 'nb' (bokmål) or 'en'")

    @model_validator(mode="after")
    def _something_given(self) -> "MePatch":
        if self.email_updates_default is None and self.language is None:
            raise ValueError("Give email_updates_default, language or both.")
        return self


class Site(Wire):
    id: str
    name: str
    address: str
    postcode: str
    city: str


class Counter(Wire):
    key: str = Field(description="Stable counter key used in reading values, e.g. 'total', 'bw', 'colour'")
    label: str


class Contract(Wire):
    number: str
    response_time_hours: int = Field(description="Agreed response time in business hours")
    billing_cycle: Literal["monthly", "quarterly"]
    reading_window_days: int = Field(description="Days before each invoice date in which a reading is wanted")
    order_line_limit: int = Field(default=10, description="How many of one article one supplies order may hold")


RequestKindName = Literal["relocation", "removal"]


class OpenRequest(Wire):
    """The product's relocation or removal that is not done yet (at most one: a second is refused)."""
    case_id: str
    number: str = Field(description="The request's case number, e.g. CS0001234")
    kind: RequestKindName
    desired_date: date


class Product(Wire):
    id: str
    serial: str
    model: str
    family: str = Field(description="Product family, e.g. 'A3 colour MFP'; ties guides and supplies to it")
    site: Site
    location: str = Field(description="Where it stands on one line: building, floor and room composed; for a product "
                                      "whose parts were never given, the free text it was registered with. "
                                      "Read-only: an edit changes the parts")
    building: str = ""
    floor: str = ""
    room: str = ""
    cost_centre: str = Field(default="", description="The cost centre its invoice lines are booked to")
    contact_name: str = ""
    contact_email: str = ""
    internal_name: str = Field(default="", description="The customer's own name for the machine")
    counters: list[Counter]
    contract: Contract
    normal_monthly_volume: int = Field(description="Typical monthly rise of the 'total' counter")
    assigned_user_ids: list[str] = Field(default_factory=list, description="Only filled for administrators")
    version: int = Field(description="Row version; the ETag of the product resource")
    active: bool = Field(default=True, description="False once the machine's contract has ended: no supplies orders")
    open_request: OpenRequest | None = Field(default=None,
                                             description="Its relocation or removal that is still open, if any")
    removed_on: date | None = Field(default=None, description="The day a removal took the product away: no longer "
                                                              "in the active fleet, kept for its history and reports")


class ProductPatch(Wire):
    """The product data anyone who may see the product keeps right, checked with `domain.product_data`. Fields left
    out stay as they are; an empty text clears the field (but one of building, floor and room must remain). The
    one-line `location` is composed from the parts and cannot be sent (422): unknown fields are refused here rather
    than silently ignored, so an edit never seems to succeed without doing what it said."""
    model_config = ConfigDict(extra="forbid", frozen=True)

    site_id: str | None = Field(default=None, max_length=limits.MAX_ID, description="Another site of the account")
    building: str | None = Field(default=None, max_length=limits.MAX_LOCATION_PART)
    floor: str | None = Field(default=None, max_length=limits.MAX_LOCATION_PART)
    room: str | None = Field(default=None, max_length=limits.MAX_LOCATION_PART)
    cost_centre: str | None = Field(default=None, max_length=limits.MAX_COST_CENTRE)
    contact_name: str | None = Field(default=None, max_length=limits.MAX_CONTACT_NAME)
    contact_email: str | None = Field(default=None, max_length=limits.MAX_EMAIL, description="Empty to clear")
    internal_name: str | None = Field(default=None, max_length=limits.MAX_INTERNAL_NAME)


class MeterReadingIn(Wire):
    id: str | None = Field(default=None, max_length=limits.MAX_ID,
                           description="Client-made id (UUID) that never changes across retries")
    reading_date: date
    values: dict[str, Any] = Field(description="Counter key → whole number ≥ 0")


class MeterReading(Wire):
    id: str
    product_id: str
    reading_date: date
    values: dict[str, int]
    status: ReadingStatus
    submitted_at: datetime
    submitted_by: str = Field(description="E-mail of the submitting user, or 'vendor' for imported readings")


class Change(Wire):
    entity: str = Field(description="One of: " + ", ".join(get_args(EntityName)) + ". A client skips kinds it does "
                                    "not know, so the portal may add kinds without breaking older clients")
    op: Literal["upsert", "delete"]
    id: str
    data: dict[str, Any] | None = Field(default=None, description="The entity as its GET would return it; null on delete")


class ChangePage(Wire):
    cursor: str = Field(description="Opaque; pass it back as ?cursor= to get what changed after this page")
    has_more: bool
    reset: bool = Field(default=False,
                        description="True when the client must drop everything it cached and take this feed as all")
    changes: list[Change]


class FieldError(Wire):
    field: str
    code: str
    message: str


class Problem(Wire):
    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    code: str
    errors: list[FieldError] = Field(default_factory=list)


CaseTypeName = Literal["support", "account_question", "relocation", "removal"]
CaseCategory = Literal["error_code", "print_quality", "paper_jam", "scan_send", "network", "supplies", "invoice",
                       "contract", "address", "other"]
CaseStateName = Literal["new", "in_progress", "awaiting_customer", "resolved", "closed", "cancelled"]
AuthorKind = Literal["customer", "agent", "system"]


class CaseIn(Wire):
    """A new support case (about one product) or account question (about none). Checked with `domain.cases`."""
    id: str = Field(min_length=1, max_length=limits.MAX_ID,
                    description="Client-made id (UUID) that never changes across retries")
    type: Literal["support", "account_question"] = Field(
        description="A relocation or removal is asked for with its own fields (`/v1/cases/relocations`, "
                    "`/v1/cases/removals`)")
    product_id: str | None = Field(default=None, max_length=limits.MAX_ID,
                                   description="Required for `support`, absent for `account_question`")
    category: CaseCategory
    subject: str = Field(min_length=1, max_length=limits.MAX_SUBJECT)
    description: str = Field(min_length=1, max_length=limits.MAX_TEXT, description="Plain text")
    contact_name: str = Field(default="", max_length=limits.MAX_CONTACT_NAME)
    contact_email: str = Field(default="", max_length=limits.MAX_EMAIL)
    email_updates: bool | None = Field(default=None,
                                       description="Absent or null: the user's own default (`/v1/me`)")


RemovalReasonName = Literal["lease_ended", "replaced", "not_needed", "other"]


class RelocationIn(Wire):
    """Move a product: to another site of the account (`site_id`) or to a new address (`address`, `postcode`,
    `city`), to a building, floor and room there. Checked with `domain.product_requests` (the desired date: a
    business day from the third business day after today, at most a year ahead)."""
    id: str = Field(min_length=1, max_length=limits.MAX_ID,
                    description="Client-made id (UUID) of the request's case; never changes across retries")
    product_id: str = Field(max_length=limits.MAX_ID)
    desired_date: date | None = Field(default=None, description="Required; a business day (`desired_date.*`)")
    site_id: str | None = Field(default=None, max_length=limits.MAX_ID,
                                description="A site of the account; null for a new address")
    address: str = Field(default="", max_length=limits.MAX_ADDRESS, description="A new address: the street")
    postcode: str = Field(default="", max_length=10, description="A new address: four digits")
    city: str = Field(default="", max_length=limits.MAX_CITY)
    building: str = Field(default="", max_length=limits.MAX_LOCATION)
    floor: str = Field(default="", max_length=limits.MAX_LOCATION)
    room: str = Field(default="", max_length=limits.MAX_LOCATION)
    contact_name: str = Field(default="", max_length=limits.MAX_CONTACT_NAME, description="Someone on site; required")
    contact_phone: str = Field(default="", max_length=limits.MAX_PHONE, description="Their telephone; required")
    network_change: bool = Field(default=False, description="Whether the machine's network settings change")
    note: str = Field(default="", max_length=limits.MAX_TEXT, description="Anything the technician should know")
    subject: str = Field(default="", max_length=limits.MAX_SUBJECT,
                         description="The case's subject; empty: the portal writes one in the user's language")
    email_updates: bool | None = Field(default=None, description="Absent or null: the user's own default")


class RemovalIn(Wire):
    """Take a product away. Checked with `domain.product_requests`."""
    id: str = Field(min_length=1, max_length=limits.MAX_ID,
                    description="Client-made id (UUID) of the request's case; never changes across retries")
    product_id: str = Field(max_length=limits.MAX_ID)
    desired_date: date | None = Field(default=None, description="Required; a business day (`desired_date.*`)")
    reason: RemovalReasonName | None = Field(default=None, description="Required (`removal.reason_missing`)")
    reason_note: str = Field(default="", max_length=limits.MAX_SUBJECT, description="Required for `other`")
    pickup_address: str = Field(default="", max_length=limits.MAX_ADDRESS)
    wipe_disk: bool = Field(default=False, description="Wipe the machine's disk and send a certificate of it")
    note: str = Field(default="", max_length=limits.MAX_TEXT)
    subject: str = Field(default="", max_length=limits.MAX_SUBJECT,
                         description="The case's subject; empty: the portal writes one in the user's language")
    email_updates: bool | None = Field(default=None, description="Absent or null: the user's own default")


class RelocationDetails(Wire):
    kind: Literal["relocation"] = "relocation"
    desired_date: date
    site_id: str | None = None
    address: str = ""
    postcode: str = ""
    city: str = ""
    building: str = ""
    floor: str = ""
    room: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    network_change: bool = False
    completed_on: date | None = Field(default=None, description="When the machine was moved")


class RemovalDetails(Wire):
    kind: Literal["removal"] = "removal"
    desired_date: date
    reason: RemovalReasonName
    reason_note: str = ""
    pickup_address: str = ""
    wipe_disk: bool = False
    completed_on: date | None = Field(default=None, description="When the machine was taken away")


RequestDetails = Annotated[Union[RelocationDetails, RemovalDetails], Field(discriminator="kind")]


class CaseAttachment(Wire):
    id: str
    case_id: str
    file_name: str = Field(description="Sanitised: no folders, no control characters")
    content_type: str
    size: int
    created_at: datetime
    uploaded_by: str = Field(description="E-mail of the uploader")


class Case(Wire):
    id: str
    number: str = Field(description="Human case number, e.g. CS0001234")
    type: CaseTypeName
    product_id: str | None
    category: CaseCategory | None = Field(description="What a support case or account question is about; null for "
                                                      "a relocation or removal (its type says it)")
    department: str = Field(description="Where the category routes the case, e.g. technical_support, finance; "
                                        "logistics for a relocation or removal")
    subject: str
    description: str
    contact_name: str = ""
    contact_email: str = ""
    state: CaseStateName
    created_at: datetime
    expected_response_at: datetime = Field(description="Counted in business hours from the product's contract "
                                                       "(16 business hours for account questions)")
    email_updates: bool
    created_by: str = Field(description="E-mail of the user who opened the case")
    resolved_at: datetime | None = None
    attachments: list[CaseAttachment] = Field(default_factory=list)
    request: RequestDetails | None = Field(default=None, description="What a relocation or removal asks for")
    version: int = Field(description="Bumped on every change of the case")


class CasePatch(Wire):
    email_updates: bool


class CaseActionIn(Wire):
    action: Literal["cancel", "reopen"]


class AgentCaseActionIn(Wire):
    action: Literal["start", "ask_customer", "resolve", "close"]


class CaseMessageIn(Wire):
    id: str = Field(min_length=1, max_length=limits.MAX_ID,
                    description="Client-made id (UUID) that never changes across retries")
    body: str = Field(min_length=1, max_length=limits.MAX_TEXT, description="Plain text")


class CaseMessage(Wire):
    id: str
    case_id: str
    author_kind: AuthorKind
    author_name: str
    body: str
    created_at: datetime


class CaseEvent(Wire):
    """One step in a case's state history (the first one is its creation, from `null` to `new`)."""
    id: str
    case_id: str
    from_state: CaseStateName | None
    to_state: CaseStateName
    action: str = Field(description="create, or the action taken (start, ask_customer, resolve, close, reply, "
                                    "cancel, reopen)")
    actor_kind: AuthorKind
    actor_name: str
    created_at: datetime


class AttachmentIn(Wire):
    """An attachment as JSON: the file's bytes in base64 (standard alphabet, padding optional)."""
    id: str = Field(min_length=1, max_length=limits.MAX_ID, description="Client-made id (UUID)")
    file_name: str = Field(min_length=1, max_length=limits.MAX_FILE_NAME, description="Sanitised by the portal")
    data_base64: str


GuideLanguage = Literal["nb", "en"]
GuideOutcome = Literal["next", "solved", "open_case"]


class GuideAnswer(Wire):
    """One answer the user can give at a step: go to another step, done ("solved"), or open a case."""
    label: str
    outcome: GuideOutcome
    next_step: str | None = Field(default=None, description="The step id to go to; only for outcome `next`")
    category: CaseCategory | None = Field(default=None, description="The case category to open; only for `open_case`")


class GuideStep(Wire):
    id: str
    text: str = Field(description="Plain text: an instruction or a question")
    answers: list[GuideAnswer]


class Guide(Wire):
    """A guided self-help tree in one language. Plain text throughout; the client shows it as text, never markup."""
    id: str = Field(description="Stable across languages, e.g. 'paper-jam-tray-1'")
    language: GuideLanguage
    title: str
    summary: str
    category: CaseCategory = Field(description="The case category it helps with, and opens when it does not help")
    families: list[str] = Field(default_factory=list,
                                description="Product families it applies to (as in Product.family); empty for all")
    keywords: list[str] = Field(default_factory=list, description="Extra search words, e.g. error codes")
    start_step: str
    steps: list[GuideStep]
    version: int = Field(description="Bumped whenever the guide's text changes")


class Health(Wire):
    status: Literal["ok"] = "ok"


PORTAL_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{7,63}$"


class PortalInfo(Wire):
    """Who this portal is, whatever address reached it: the client keys its cache by this, not by the URL."""
    portal_id: str = Field(pattern=PORTAL_ID_PATTERN,
                           description="A stable id made once and kept in the portal's own database: the same for "
                                       "every address, port or alias of this portal, and for a demo portal across "
                                       "runs on the same database. Lower-case letters, digits and '-'.")


class Article(Wire):
    """One supply in the vendor's catalogue, with the models it fits. `id` is the article number."""
    id: str = Field(description="The article number, e.g. 'CAN-C-EXV58-BK'")
    name_nb: str
    name_en: str
    kind: ArticleKind
    colour: Colour | None = Field(default=None, description="Toner and ink only")
    page_yield: int | None = Field(default=None, description="Pages at 5 % cover (ISO/IEC 19752), where it applies")
    models: list[str] = Field(description="The product models it fits (as in Product.model)")


class OrderLineIn(Wire):
    article: str = Field(min_length=1, max_length=limits.MAX_ID, description="An article number that fits")
    quantity: Any = Field(description="A whole number from 1 to the contract's `order_line_limit`")


class DeliveryIn(Wire):
    site_id: str | None = Field(default=None, max_length=limits.MAX_ID,
                                description="One of the account's sites; absent: the product's own site")
    recipient: str = Field(default="", max_length=limits.MAX_CONTACT_NAME,
                           description="Who takes the parcel; empty: the person who orders")
    phone: str = Field(default="", max_length=limits.MAX_PHONE)


class OrderIn(Wire):
    """A supplies order for one product. Checked with `domain.consumables`."""
    id: str = Field(min_length=1, max_length=limits.MAX_ID,
                    description="Client-made id (UUID) that never changes across retries")
    product_id: str = Field(min_length=1, max_length=limits.MAX_ID)
    lines: list[OrderLineIn] = Field(description=f"At most {limits.MAX_ORDER_LINES}, one per article")
    delivery: DeliveryIn = Field(default_factory=DeliveryIn)
    note: str = Field(default="", max_length=limits.MAX_ORDER_NOTE, description="Plain text for the supplies desk")


class OrderLine(Wire):
    article: str
    quantity: int


class Delivery(Wire):
    site_id: str
    site_name: str
    address: str
    postcode: str
    city: str
    recipient: str
    phone: str = ""


class Order(Wire):
    id: str
    number: str = Field(description="Human order number, e.g. OR0001234")
    product_id: str
    lines: list[OrderLine]
    delivery: Delivery
    note: str = ""
    state: OrderState
    created_at: datetime
    created_by: str = Field(description="E-mail of the user who ordered")
    confirmed_at: datetime | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    cancelled_at: datetime | None = None
    carrier: str | None = Field(default=None, description="Set when shipped")
    tracking_ref: str | None = Field(default=None, description="The carrier's tracking reference, set when shipped")
    version: int = Field(description="Bumped on every change of the order")


class AgentOrderActionIn(Wire):
    """The supplies desk moves an order on; `ship` needs the carrier and its tracking reference."""
    action: VendorAction
    carrier: str | None = Field(default=None, max_length=limits.MAX_CONTACT_NAME)
    tracking_ref: str | None = Field(default=None, max_length=limits.MAX_ID)
