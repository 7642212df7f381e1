"""Readiness: answers as soon as the app can serve, with no database work, for scripts that wait for the server."""

from fastapi import APIRouter

from domain.wire import Health

router = APIRouter(prefix="/v1", tags=["health"])


@router.get("/health", response_model=Health, summary="Readiness check")
def health() -> Health:
    return Health()
