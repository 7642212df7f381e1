"""The local SQLite cache: schema (SQLAlchemy Core), Alembic migrations and the engine that opens it."""
