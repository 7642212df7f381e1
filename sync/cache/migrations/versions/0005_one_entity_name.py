"""One name per thing: an outbox item's entity and a notice's entity are the entity names of the feed and of the
app's broadcast ("meter_reading", "case", "case_message", "case_attachment"), no longer cache table names. The row
handler of an item is chosen by its kind, so a case's creation, actions and settings all name the entity "case".

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

RENAMES = {"readings": "meter_reading", "cases": "case", "case_actions": "case", "case_settings": "case",
           "case_messages": "case_message", "case_attachments": "case_attachment"}


def upgrade() -> None:
    for old, new in RENAMES.items():
        op.execute(f"UPDATE outbox SET entity = '{new}' WHERE entity = '{old}'")
    op.execute("UPDATE notices SET entity = 'case' WHERE entity = 'cases'")


def downgrade() -> None:
    for new, old in (("meter_reading", "readings"), ("case_message", "case_messages"),
                     ("case_attachment", "case_attachments")):
        op.execute(f"UPDATE outbox SET entity = '{old}' WHERE entity = '{new}'")
    op.execute("UPDATE outbox SET entity = 'cases' WHERE entity = 'case' AND kind = 'case.create'")
    op.execute("UPDATE outbox SET entity = 'case_actions' WHERE entity = 'case' AND kind = 'case.action'")
    op.execute("UPDATE outbox SET entity = 'case_settings' WHERE entity = 'case' AND kind = 'case.patch'")
    op.execute("UPDATE notices SET entity = 'cases' WHERE entity = 'case'")
