"""The event stream over a real HTTP server, health checks, and agent/ops tokens."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from core.db import unit_of_work
from escalation.users.service import create_user
from tests.support.helpers import client, run_jobs
from tests.support.processes import free_port, read_events

pytestmark = pytest.mark.usefixtures("backend")


def test_event_stream_shows_escalation_live_and_resumes(live_api: str) -> None:
    with httpx.Client(base_url=live_api, timeout=10) as http:
        created = http.post("/api/v1/conversations", json={}).json()
        cid, auth = created["id"], {"Authorization": f"Bearer {created['token']}"}
        with http.stream("GET", f"/api/v1/conversations/{cid}/events", headers=auth) as stream:
            assert stream.status_code == 200
            assert stream.headers["content-type"].startswith("text/event-stream")
            lines = stream.iter_lines()
            first = read_events(lines, 1, 5)
            assert first[0][0] == "status" and first[0][1]["status"] == "bot"
            r = http.post(
                f"/api/v1/conversations/{cid}/messages", json={"text": "Mitarbeiter"}, headers=auth
            )
            assert r.status_code == 202
            run_jobs()
            events = read_events(lines, 3, 10)
        kinds = [
            (kind, payload.get("author") or payload.get("status")) for kind, payload, _ in events
        ]
        assert ("message", "customer") in kinds
        assert ("message", "system") in kinds
        assert ("status", "waiting_for_human") in kinds
        queue: Any = next(p for k, p, _ in events if k == "status")["queue"]
        assert queue["position"] == 1 and queue["estimated_wait_s"] > 0
        # Resume after the first message: only what came later is replayed.
        first_id = next(i for k, p, i in events if k == "message" and p["author"] == "customer")
        with http.stream(
            "GET",
            f"/api/v1/conversations/{cid}/events",
            headers={**auth, "Last-Event-ID": str(first_id)},
        ) as stream:
            replay = read_events(stream.iter_lines(), 2, 5)
        authors = [p.get("author") for k, p, _ in replay if k == "message"]
        assert authors == ["system"]


def test_event_stream_requires_the_conversation_token(live_api: str) -> None:
    with httpx.Client(base_url=live_api, timeout=5) as http:
        created = http.post("/api/v1/conversations", json={}).json()
        r = http.get(f"/api/v1/conversations/{created['id']}/events")
        assert r.status_code == 401
        assert r.json()["error"] == "Unauthorized"


def test_health_and_readiness() -> None:
    c = client()
    assert c.get("/healthz").json() == {"status": "ok"}
    ready = c.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["database"] == "ok" and ready.json()["redis"] == "ok"


def test_readiness_fails_clearly_without_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.redis import reset_redis
    from core.settings import reset_settings

    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")
    reset_settings()
    reset_redis()
    r = client().get("/readyz")
    assert r.status_code == 503
    assert r.json() == {
        "error": "ServiceUnavailable",
        "detail": "not ready: redis: ConnectionError",
    }


def test_agents_get_a_token_and_wrong_passwords_do_not() -> None:
    with unit_of_work() as s:
        create_user(s, username="anna", password="correct-horse", role="agent", languages=["de"])
    c = client()
    ok = c.post("/api/v1/auth/token", json={"username": "anna", "password": "correct-horse"})
    assert ok.status_code == 200
    assert ok.json()["role"] == "agent" and ok.json()["access_token"].startswith("a.")
    for body in (
        {"username": "anna", "password": "wrong-horse"},
        {"username": "nobody", "password": "correct-horse"},
        {"username": "anna' OR '1'='1", "password": "x' OR '1'='1"},
    ):
        bad = c.post("/api/v1/auth/token", json=body)
        assert bad.status_code == 401
        assert bad.json() == {"error": "Unauthorized", "detail": "wrong username or password"}
    assert c.post("/api/v1/auth/token", json={"username": "anna"}).status_code == 422


def test_pages_are_served() -> None:
    c = client()
    page = c.get("/chat")
    assert page.status_code == 200 and "Customer chat" in page.text
    assert c.get("/static/chat.js").status_code == 200
    assert c.get("/openapi.json").json()["info"]["title"] == "Relaydesk"
