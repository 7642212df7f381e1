"""The desktop's one list of what each feature adds to the shell's shared pages: how Pending changes describes and
edits each kind of queued request. `tests/desktop/test_features.py` keeps it complete against `sync.features`."""

from __future__ import annotations

from desktop.views.account.pending_kinds import KINDS as ACCOUNT_KINDS
from desktop.views.cases.pending_kinds import KINDS as CASE_KINDS
from desktop.views.orders.pending_kinds import KINDS as ORDER_KINDS
from desktop.views.pending.kinds import PendingKind
from desktop.views.readings.pending_kinds import KINDS as READING_KINDS
from desktop.views.requests.pending_kinds import KINDS as REQUEST_KINDS
from desktop.views.users.pending_kinds import KINDS as USER_KINDS

PENDING_KINDS: dict[str, PendingKind] = {kind.name: kind for kind in (*READING_KINDS, *CASE_KINDS, *REQUEST_KINDS,
                                                                      *ACCOUNT_KINDS, *ORDER_KINDS, *USER_KINDS)}
