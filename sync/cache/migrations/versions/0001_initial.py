"""The first cache schema: account, users, sites, products, readings, outbox and sync state.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("org_number", sa.String, nullable=False),
        sa.Column("time_zone", sa.String, nullable=False, server_default="Europe/Oslo"),
    )
    op.create_table(
        "me",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.String, nullable=False),
        sa.Column("email", sa.String, nullable=False),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("account_id", sa.String, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("email", sa.String, nullable=False),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("account_id", sa.String, nullable=False),
    )
    op.create_table(
        "sites",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("address", sa.String, nullable=False),
        sa.Column("postcode", sa.String, nullable=False),
        sa.Column("city", sa.String, nullable=False),
    )
    op.create_table(
        "products",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("serial", sa.String, nullable=False),
        sa.Column("model", sa.String, nullable=False),
        sa.Column("family", sa.String, nullable=False),
        sa.Column("site_id", sa.String, nullable=False),
        sa.Column("site_name", sa.String, nullable=False),
        sa.Column("location", sa.String, nullable=False),
        sa.Column("contact_name", sa.String, nullable=False, server_default=""),
        sa.Column("contact_email", sa.String, nullable=False, server_default=""),
        sa.Column("counters_json", sa.Text, nullable=False),
        sa.Column("contract_number", sa.String, nullable=False),
        sa.Column("response_time_hours", sa.Integer, nullable=False),
        sa.Column("billing_cycle", sa.String, nullable=False),
        sa.Column("reading_window_days", sa.Integer, nullable=False),
        sa.Column("normal_monthly_volume", sa.Integer, nullable=False),
        sa.Column("assigned_user_ids_json", sa.Text, nullable=False, server_default="[]"),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
    )
    op.create_index("ix_products_serial", "products", ["serial"])
    op.create_index("ix_products_model", "products", ["model", "id"])
    op.create_index("ix_products_site", "products", ["site_name", "id"])
    op.create_index("ix_products_location", "products", ["location", "id"])
    op.create_table(
        "readings",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("product_id", sa.String, nullable=False),
        sa.Column("reading_date", sa.String, nullable=False),
        sa.Column("values_json", sa.Text, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("submitted_at", sa.String, nullable=True),
        sa.Column("submitted_by", sa.String, nullable=False, server_default=""),
    )
    op.create_index("ix_readings_product_date", "readings", ["product_id", "reading_date"])
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("idempotency_key", sa.String, nullable=False, unique=True),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("method", sa.String, nullable=False),
        sa.Column("path", sa.String, nullable=False),
        sa.Column("body_json", sa.Text, nullable=False),
        sa.Column("entity", sa.String, nullable=False),
        sa.Column("entity_id", sa.String, nullable=False),
        sa.Column("group_key", sa.String, nullable=False),
        sa.Column("summary", sa.String, nullable=False),
        sa.Column("state", sa.String, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.String, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("problem_json", sa.Text, nullable=True),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("sent_at", sa.String, nullable=True),
    )
    op.create_index("ix_outbox_state_group", "outbox", ["state", "group_key", "seq"])
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=True),
    )


def downgrade() -> None:
    for table in ("sync_state", "outbox", "readings", "products", "sites", "users", "me", "account"):
        op.drop_table(table)
