"""The desktop's one list of what each feature adds to the shell's shared pages: how Pending changes describes and
edits each kind of queued request, how the conflict dialog words each editable entity's fields, and each feature's
words for its own refusal codes.
`tests/desktop/test_features.py` keeps it complete against `sync.features`."""

from __future__ import annotations

from collections.abc import Callable

from desktop.views.account.account_labels import account_edit_fields
from desktop.views.account.account_problems import account_headline
from desktop.views.account.pending_kinds import KINDS as ACCOUNT_KINDS
from desktop.views.cases.pending_kinds import KINDS as CASE_KINDS
from desktop.views.conflicts.edit_fields import EditFields
from desktop.views.orders.pending_kinds import KINDS as ORDER_KINDS
from desktop.views.pending.kinds import PendingKind
from desktop.views.products.pending_kinds import KINDS as PRODUCT_KINDS
from desktop.views.products.product_fields import PRODUCT_FIELDS, product_headline
from desktop.views.readings.pending_kinds import KINDS as READING_KINDS
from desktop.views.requests.pending_kinds import KINDS as REQUEST_KINDS
from desktop.views.requests.request_problems import request_headline
from desktop.views.users.pending_kinds import KINDS as USER_KINDS
from desktop.views.users.user_problems import user_headline

PENDING_KINDS: dict[str, PendingKind] = {kind.name: kind for kind in (*READING_KINDS, *CASE_KINDS, *REQUEST_KINDS,
                                                                      *ACCOUNT_KINDS, *ORDER_KINDS, *PRODUCT_KINDS,
                                                                      *USER_KINDS)}
EDIT_FIELDS: dict[str, EditFields] = {"product": PRODUCT_FIELDS, "account": account_edit_fields()}
"""Each entity of `sync.features.EDITABLE` in the user's words, for the conflict dialog (`desktop.views.conflicts`)."""

REFUSAL_HEADLINES: tuple[Callable[[str], str], ...] = (request_headline, account_headline, product_headline,
                                                       user_headline)
"""Each feature's words for its own refusal codes ("" for a code not its own), asked in turn by
`desktop.views.cases.case_problems.headline_text` before the shared catalogue: what Pending changes and the case
views say about a refusal."""
