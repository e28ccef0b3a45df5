"""`GET /api/v1/agents/me/earnings` over HTTP: the time zone the days start in, bad input
refused with a clear 422 (unknown zones, broken cursors, page sizes), and only for the
agent's own token, on SQLite and PostgreSQL."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, timedelta

import pytest

from core.db import utcnow
from tests.support.helpers import client, make_agent, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

PATH = "/api/v1/agents/me/earnings"


def _local_midnight(zone: zoneinfo.ZoneInfo) -> datetime:
    local = utcnow().astimezone(zone)
    return datetime.combine(local.date(), datetime.min.time(), tzinfo=zone).astimezone(UTC)


def test_the_days_start_at_midnight_in_the_zone_asked_for() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    assert c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna).status_code == 200
    reply = {"text": "Done."}
    assert c.post(f"/api/v1/tickets/{t.id}/messages", json=reply, headers=anna).status_code == 201
    done = {"resolution_code": "done"}
    assert c.post(f"/api/v1/tickets/{t.id}/resolve", json=done, headers=anna).status_code == 200
    for name in ("Europe/Berlin", "America/New_York", "Asia/Kolkata"):
        r = c.get(PATH, params={"tz": name}, headers=anna)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["time_zone"] == name
        today = body["periods"][0]
        assert today["period"] == "today"
        since = datetime.fromisoformat(today["since"])
        assert since == _local_midnight(zoneinfo.ZoneInfo(name))
        assert since <= utcnow() < since + timedelta(hours=25)
        # Resolved a moment ago: today wherever the agent is.
        assert (body["today_cents"], today["paid_cents"], today["paid_tickets"]) == (150, 150, 1)
    body = c.get(PATH, headers=anna).json()
    assert body["time_zone"] == "UTC"
    assert datetime.fromisoformat(body["periods"][0]["since"]) == _local_midnight(
        zoneinfo.ZoneInfo("UTC")
    )
    [only] = body["resolutions"]
    assert (only["ticket_id"], only["amount_cents"], only["paid"]) == (t.id, 150, True)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"tz": "Mars/Olympus_Mons"}, "tz"),
        ({"tz": "../../etc/passwd"}, "tz"),
        ({"tz": "<script>alert(1)</script>"}, "tz"),
        ({"tz": ""}, "tz"),
        ({"tz": "Europe/Berlin\x00"}, "tz"),
        ({"tz": "E" * 65}, "tz"),
        ({"limit": 0}, "limit"),
        ({"limit": 201}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"before": "yesterday"}, "before"),
        ({"before": f"{'9' * 18}-{'a' * 32}"}, "before"),
        ({"before": "1" * 61}, "before"),
    ],
)
def test_bad_input_is_a_clear_422(params: dict[str, str | int], field: str) -> None:
    c = client()
    _, anna = make_agent("anna")
    r = c.get(PATH, params=params, headers=anna)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] == "ValidationFailed"
    problems = body.get("problems") or []
    assert body["detail"].startswith(f"{field}:") or any(
        p["field"] == f"query.{field}" for p in problems
    ), body
    assert "<script>" not in r.headers.get("content-type", "")


def test_only_the_agent_themself_reads_their_earnings() -> None:
    c = client()
    _, ops = make_agent("olga", role="ops")
    assert c.get(PATH, headers=ops).status_code == 403
    assert c.get("/api/v1/agents/me/stats", headers=ops).status_code == 403
    assert c.get(PATH).status_code == 401
    assert c.get(PATH, headers={"Authorization": "Bearer not-a-token"}).status_code == 401
    customer = waiting_ticket().customer  # a customer's conversation token is no agent's
    assert c.get(PATH, headers=customer).status_code == 401
    assert c.get("/api/v1/agents/me/stats", headers=customer).status_code == 401
