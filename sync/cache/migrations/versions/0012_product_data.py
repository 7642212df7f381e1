"""Product data and edit conflicts: a product's building, floor, room, cost centre and internal name (its `location`
stays, the line composed of the parts), and `entity_edits`, what an offline edit of a versioned entity was based on
and, on a conflict, the portal's newer values. The product columns are empty in a cache made before: the next full
feed fills them.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_PRODUCT_TEXTS = ("building", "floor", "room", "cost_centre", "internal_name")


def upgrade() -> None:
    with op.batch_alter_table("products") as batch:
        for name in _PRODUCT_TEXTS:
            batch.add_column(sa.Column(name, sa.String, nullable=False, server_default=""))
    op.create_table(
        "entity_edits",
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("entity", sa.String, nullable=False),
        sa.Column("entity_id", sa.String, nullable=False),
        sa.Column("base_version", sa.Integer, nullable=False),
        sa.Column("base_json", sa.Text, nullable=False),
        sa.Column("mine_json", sa.Text, nullable=False),
        sa.Column("theirs_version", sa.Integer, nullable=True),
        sa.Column("theirs_json", sa.Text, nullable=True),
        sa.Column("state", sa.String, nullable=False, server_default="pending"),
    )
    op.create_index("ix_entity_edits_entity", "entity_edits", ["entity", "entity_id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_entity_edits_entity", table_name="entity_edits")
    op.drop_table("entity_edits")
    with op.batch_alter_table("products") as batch:
        for name in reversed(_PRODUCT_TEXTS):
            batch.drop_column(name)
