"""Relocation and removal requests: what a request case asks for (`cases.request_json`, the portal's
`Case.request`), and on products the open request the portal shows (`open_request_json`) and the day a removal took
the machine away (`removed_on`). Empty in a cache made before: the next full feed fills them.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("request_json", sa.Text, nullable=True))
    with op.batch_alter_table("products") as batch:
        batch.add_column(sa.Column("open_request_json", sa.Text, nullable=True))
        batch.add_column(sa.Column("removed_on", sa.String, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("products") as batch:
        batch.drop_column("removed_on")
        batch.drop_column("open_request_json")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("request_json")
