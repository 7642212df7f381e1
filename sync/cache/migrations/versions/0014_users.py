"""Users as an administrator manages them: whether each is active, invited and not signed in yet, the version their
edits are based on (If-Match), and which products are assigned to whom (`user_products`, filtered in SQL by the
assignment picker). Empty in a cache made before: the refresh at the next sync fills them.

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("active", sa.Integer, nullable=False, server_default="1"))
        batch.add_column(sa.Column("invitation_pending", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.create_table(
        "user_products",
        sa.Column("user_id", sa.String, primary_key=True),
        sa.Column("product_id", sa.String, primary_key=True),
    )
    op.create_index("ix_user_products_product", "user_products", ["product_id", "user_id"])


def downgrade() -> None:
    op.drop_index("ix_user_products_product", table_name="user_products")
    op.drop_table("user_products")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("version")
        batch.drop_column("invitation_pending")
        batch.drop_column("active")
