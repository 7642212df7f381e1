"""The signed-in user's e-mail updates default (new cases start with it), as the portal's `/v1/me` tells it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("me") as batch:
        batch.add_column(sa.Column("email_updates_default", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("me") as batch:
        batch.drop_column("email_updates_default")
