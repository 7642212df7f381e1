"""The account's own data (addresses, phone, main contact, invoice e-mail) and its portal version, which an edit of
the account is based on (`sync.account.account_edits`, through `sync.edits`). Empty in a cache made before: the
next `/v1/me` or feed fills them.

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TEXT_COLUMNS = ("billing_street", "billing_postcode", "billing_city", "visiting_street", "visiting_postcode",
                "visiting_city", "phone", "main_contact", "invoice_email")


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        for name in TEXT_COLUMNS:
            batch.add_column(sa.Column(name, sa.String, nullable=False, server_default=""))
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_column("version")
        for name in reversed(TEXT_COLUMNS):
            batch.drop_column(name)
