"""Supplies: the catalogue (articles and the models each fits), orders with their lines, and the two contract facts
an order needs from its product (the per-line limit, whether the machine is still active).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("products") as batch:
        batch.add_column(sa.Column("order_line_limit", sa.Integer, nullable=False, server_default="10"))
        batch.add_column(sa.Column("active", sa.Integer, nullable=False, server_default="1"))
    op.create_table(
        "articles",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("name_nb", sa.String, nullable=False),
        sa.Column("name_en", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("colour", sa.String, nullable=True),
        sa.Column("page_yield", sa.Integer, nullable=True),
        sa.Column("sort_key", sa.String, nullable=False),
    )
    op.create_table(
        "article_models",
        sa.Column("article_id", sa.String, primary_key=True),
        sa.Column("model", sa.String, primary_key=True),
    )
    op.create_index("ix_article_models_model", "article_models", ["model", "article_id"])
    op.create_table(
        "orders",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("number", sa.String, nullable=True),
        sa.Column("product_id", sa.String, nullable=False),
        sa.Column("state", sa.String, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("created_by", sa.String, nullable=False, server_default=""),
        sa.Column("confirmed_at", sa.String, nullable=True),
        sa.Column("shipped_at", sa.String, nullable=True),
        sa.Column("delivered_at", sa.String, nullable=True),
        sa.Column("cancelled_at", sa.String, nullable=True),
        sa.Column("carrier", sa.String, nullable=True),
        sa.Column("tracking_ref", sa.String, nullable=True),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("delivery_json", sa.Text, nullable=False, server_default="{}"),
        sa.Column("version", sa.Integer, nullable=False, server_default="0"),
        sa.Column("sync_status", sa.String, nullable=False, server_default="synced"),
        sa.Column("portal_state", sa.String, nullable=True),
        sa.Column("search_text", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_orders_created", "orders", ["created_at", "id"])
    op.create_index("ix_orders_state_created", "orders", ["state", "created_at", "id"])
    op.create_index("ix_orders_product", "orders", ["product_id", "created_at"])
    op.create_table(
        "order_lines",
        sa.Column("order_id", sa.String, primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.String, nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    for table in ("order_lines", "orders", "article_models", "articles"):
        op.drop_table(table)
    with op.batch_alter_table("products") as batch:
        batch.drop_column("active")
        batch.drop_column("order_line_limit")
