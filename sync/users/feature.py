"""The users feature as the sync machinery sees it: an administrator's three writes and the feed's entity "user",
with the refresh of the signed-in user's role (and, for an administrator, the user list) after each feed."""

from domain.wire import User
from sync.feature_spec import Feature, FeedEntity, RequestKind
from sync.users.apply import (
    ASSIGN_KIND,
    CREATE_KIND,
    UPDATE_KIND,
    delete_user,
    reset_users,
    upsert_user_entity,
)
from sync.users.refresh import refresh_users
from sync.users.rows import AssignRows, CreateRows, UpdateRows

USERS = Feature(
    name="users",
    kinds=(RequestKind(CREATE_KIND, CreateRows(), answer=User), RequestKind(UPDATE_KIND, UpdateRows(), answer=User),
           RequestKind(ASSIGN_KIND, AssignRows(), answer=User)),
    feed=(FeedEntity("user", upsert_user_entity, delete_user),),
    reset=reset_users,
    pull=refresh_users,
)
