"""The portal's own expected answer time of each case, beside the one the screen shows: a reply or reopen of ours
still waiting in the queue counts the deadline anew from itself (`domain.cases.expected_after_move`), and when it is
refused or discarded the portal's deadline is put back by playing the rest again over the portal's copy
(`sync.cases.requests`).

Filled for the cases that carry no request of ours; the others learn it with their next pull.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("portal_expected_response_at", sa.String, nullable=True))
    op.execute("""
        UPDATE cases SET portal_expected_response_at = expected_response_at
        WHERE sync_status = 'synced' AND NOT EXISTS (
            SELECT 1 FROM outbox WHERE outbox.group_key = 'case:' || cases.id
            AND outbox.state IN ('queued', 'sending', 'rejected'))
    """)


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("portal_expected_response_at")
