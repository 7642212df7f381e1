"""Alembic environment: always runs on the connection `sync.cache.db.migrate` hands over."""

from alembic import context

from sync.cache.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
