"""The reference Portal API server: FastAPI over its own SQLAlchemy store. `create_app` builds it; `python -m portal`
(the `portal-server` script) serves it. It imports `domain` only, never `sync` or `desktop`."""
