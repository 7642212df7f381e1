"""The account feature as the sync machinery sees it: the user's own preferences (`me.patch`), an administrator's
edit of the account (`account.edit`, through `sync.edits`), and the feed's account and `me` (the feed's users are
the users feature's, `sync.users`)."""

from domain.wire import Account, Me
from sync.account.account_edits import ACCOUNT_EDIT
from sync.account.apply import (
    delete_account,
    reset_account,
    upsert_account,
    upsert_me,
)
from sync.account.preferences import ME_PATCH_KIND
from sync.account.rows import MeRows
from sync.feature_spec import Feature, FeedEntity, RequestKind


def _no_delete(_conn, _entity_id):
    """The signed-in user's own row is replaced, never deleted, by the feed."""
    return {}


ACCOUNT = Feature(
    name="account",
    kinds=(RequestKind(ME_PATCH_KIND, MeRows(), answer=Me),),
    feed=(FeedEntity("account", lambda conn, data, _page: upsert_account(conn, Account.model_validate(data)),
                     delete_account),
          FeedEntity("me", lambda conn, data, _page: upsert_me(conn, Me.model_validate(data)), _no_delete)),
    reset=reset_account,
    editable=(ACCOUNT_EDIT,),
)
