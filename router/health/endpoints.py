from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from core.db import ping_database
from core.errors import ServiceUnavailable
from core.openapi import errors
from core.redis import get_redis

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """Liveness: answered on the event loop, never queued behind the thread pool (which
    the live streams' database reads and every sync route share)."""
    return {"status": "ok"}


@router.get("/readyz", responses=errors(503))
async def readyz() -> dict[str, str]:
    problems = []
    try:
        await run_in_threadpool(ping_database)
    except Exception as exc:
        problems.append(f"database: {exc.__class__.__name__}")
    try:
        await run_in_threadpool(get_redis().ping)
    except Exception as exc:
        problems.append(f"redis: {exc.__class__.__name__}")
    if problems:
        raise ServiceUnavailable("not ready: " + "; ".join(problems))
    return {"status": "ready", "database": "ok", "redis": "ok"}
