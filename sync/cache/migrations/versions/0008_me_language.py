"""The language the portal's service desk writes to the signed-in user in (`/v1/me`'s `language`: "nb" or "en"), so
the app can tell the portal when the user reads the app in another one. Empty in a cache made before: the app then
tells the portal once.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("me") as batch:
        batch.add_column(sa.Column("language", sa.String, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("me") as batch:
        batch.drop_column("language")
