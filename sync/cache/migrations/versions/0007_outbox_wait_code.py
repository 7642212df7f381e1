"""Why a queued item waits, as a code and its parameters (`portal.unreachable`, `portal.server_error` {status}…)
instead of only the English sentence of the failure, which carried the request's URL with ids: the app words the
code in the user's language, and the sync round knows which items wait only because the portal was unreachable
(they go again as soon as it answers).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("wait_code", sa.String, nullable=True))
        batch.add_column(sa.Column("wait_params_json", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("wait_params_json")
        batch.drop_column("wait_code")
