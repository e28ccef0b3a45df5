"""Helpers shared by the tests: an API client and running queued jobs for real."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from rq import SimpleWorker

from core.jobs import queue
from core.redis import get_redis
from router.app import create_app


def client() -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False)


def run_jobs() -> None:
    """Run every queued job in this process with a real RQ worker, then return."""
    SimpleWorker([queue()], connection=get_redis()).work(burst=True, logging_level="WARNING")


def start_conversation(c: TestClient, **body: Any) -> tuple[str, dict[str, str]]:
    response = c.post("/api/v1/conversations", json=body)
    assert response.status_code == 201, response.text
    data = response.json()
    return data["id"], {"Authorization": f"Bearer {data['token']}"}


def say(
    c: TestClient, conversation_id: str, headers: dict[str, str], text: str, **extra: Any
) -> dict[str, Any]:
    response = c.post(
        f"/api/v1/conversations/{conversation_id}/messages",
        json={"text": text, **extra},
        headers=headers,
    )
    assert response.status_code == 202, response.text
    result: dict[str, Any] = response.json()
    return result


def conversation(c: TestClient, conversation_id: str, headers: dict[str, str]) -> dict[str, Any]:
    response = c.get(f"/api/v1/conversations/{conversation_id}", headers=headers)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result
