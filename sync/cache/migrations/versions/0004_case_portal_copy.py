"""The portal's own state, resolved time and e-mail choice of each case, beside what the screen shows (which may
carry our waiting requests): a refused or discarded request is taken back by playing the rest again over the
portal's copy (`sync.cases.requests`).

Filled for the cases that carry no request of ours; the others learn it with their next pull.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("portal_state", sa.String, nullable=True))
        batch.add_column(sa.Column("portal_resolved_at", sa.String, nullable=True))
        batch.add_column(sa.Column("portal_email_updates", sa.Integer, nullable=True))
    op.execute("""
        UPDATE cases SET portal_state = state, portal_resolved_at = resolved_at, portal_email_updates = email_updates
        WHERE sync_status = 'synced' AND NOT EXISTS (
            SELECT 1 FROM outbox WHERE outbox.group_key = 'case:' || cases.id
            AND outbox.state IN ('queued', 'sending', 'rejected'))
    """)


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("portal_email_updates")
        batch.drop_column("portal_resolved_at")
        batch.drop_column("portal_state")
