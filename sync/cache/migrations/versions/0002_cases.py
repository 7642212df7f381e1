"""Support cases, their messages, state events and attachments; self-help guides with an FTS5 index; notices.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("number", sa.String, nullable=True),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("product_id", sa.String, nullable=True),
        sa.Column("category", sa.String, nullable=False),
        sa.Column("department", sa.String, nullable=False),
        sa.Column("subject", sa.String, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("contact_name", sa.String, nullable=False, server_default=""),
        sa.Column("contact_email", sa.String, nullable=False, server_default=""),
        sa.Column("state", sa.String, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("expected_response_at", sa.String, nullable=True),
        sa.Column("email_updates", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_by", sa.String, nullable=False, server_default=""),
        sa.Column("resolved_at", sa.String, nullable=True),
        sa.Column("version", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_activity_at", sa.String, nullable=False),
        sa.Column("unread", sa.Integer, nullable=False, server_default="0"),
        sa.Column("sync_status", sa.String, nullable=False, server_default="synced"),
        sa.Column("search_text", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_cases_state_activity", "cases", ["state", "last_activity_at", "id"])
    op.create_index("ix_cases_created", "cases", ["created_at", "id"])
    op.create_index("ix_cases_number", "cases", ["number"])
    op.create_index("ix_cases_activity", "cases", ["last_activity_at", "id"])
    op.create_index("ix_cases_product", "cases", ["product_id"])
    op.create_table(
        "case_messages",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("case_id", sa.String, nullable=False),
        sa.Column("author_kind", sa.String, nullable=False),
        sa.Column("author_name", sa.String, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("sync_status", sa.String, nullable=False, server_default="synced"),
    )
    op.create_index("ix_case_messages_case", "case_messages", ["case_id", "created_at", "id"])
    op.create_table(
        "case_events",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("case_id", sa.String, nullable=False),
        sa.Column("from_state", sa.String, nullable=True),
        sa.Column("to_state", sa.String, nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("actor_kind", sa.String, nullable=False),
        sa.Column("actor_name", sa.String, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
    )
    op.create_index("ix_case_events_case", "case_events", ["case_id", "created_at", "id"])
    op.create_table(
        "case_attachments",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("case_id", sa.String, nullable=False),
        sa.Column("file_name", sa.String, nullable=False),
        sa.Column("content_type", sa.String, nullable=False, server_default=""),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("uploaded_by", sa.String, nullable=False, server_default=""),
        sa.Column("local_path", sa.String, nullable=True),
        sa.Column("sync_status", sa.String, nullable=False, server_default="synced"),
    )
    op.create_index("ix_case_attachments_case", "case_attachments", ["case_id"])
    op.create_table(
        "guides",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("language", sa.String, primary_key=True),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("category", sa.String, nullable=False),
        sa.Column("families_json", sa.Text, nullable=False),
        sa.Column("keywords_json", sa.Text, nullable=False),
        sa.Column("start_step", sa.String, nullable=False),
        sa.Column("steps_json", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("entity", sa.String, nullable=False),
        sa.Column("entity_id", sa.String, nullable=False),
        sa.Column("title", sa.String, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("shown", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_notices_shown", "notices", ["shown", "id"])
    # Full-text search over the guides. remove_diacritics folds "é" to "e" but keeps æ, ø and å as letters.
    op.execute("CREATE VIRTUAL TABLE guides_fts USING fts5(guide_id UNINDEXED, language UNINDEXED, title, summary, "
               "keywords, body, tokenize = 'unicode61 remove_diacritics 2')")


def downgrade() -> None:
    op.execute("DROP TABLE guides_fts")
    for table in ("notices", "guides", "case_attachments", "case_events", "case_messages", "cases"):
        op.drop_table(table)
