"""Bad input that used to give 500s gets a clear 4xx and changes nothing (issue 12, item 8):
odd Last-Event-ID headers, NUL characters in sign-in names and webhook secrets, rule version
numbers past the database's integer range. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from escalation.rules.models import RulesAudit
from escalation.webhooks.models import WebhookEndpoint
from tests.support.helpers import client, make_agent, start_conversation

pytestmark = pytest.mark.usefixtures("backend")


@pytest.mark.parametrize("header", ["²", "1" * 26, "-1", "12abc", "٣"])
def test_a_bad_last_event_id_is_a_clear_error(header: str) -> None:
    c = client()
    cid, auth = start_conversation(c)
    raw = header.encode()  # a header's bytes, as a hostile client sends them
    headers = {k.encode(): v.encode() for k, v in auth.items()} | {b"Last-Event-ID": raw}
    response = c.get(f"/api/v1/conversations/{cid}/events", headers=headers)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "ValidationFailed"
    assert "Last-Event-ID" in response.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [
        {"username": "anna\x00", "password": "whatever-pass"},
        {"username": "anna", "password": "pass\x00word"},
    ],
)
def test_a_nul_in_a_sign_in_is_a_clear_error(body: dict[str, str]) -> None:
    make_agent("anna")
    response = client().post("/api/v1/auth/token", json=body)
    assert response.status_code == 422, response.text
    assert response.json()["error"] == "ValidationFailed"


def test_a_nul_in_a_webhook_secret_or_note_is_a_clear_error() -> None:
    _, ops = make_agent("olga", role="ops")
    c = client()
    bad_secret = {
        "url": "https://example.com/hook",
        "events": ["ticket.created"],
        "secret": "0123456789abcdef\x00",
    }
    assert c.post("/api/v1/webhooks", json=bad_secret, headers=ops).status_code == 422
    bad_url = {"url": "https://example.com/\x00", "events": ["ticket.created"]}
    assert c.post("/api/v1/webhooks", json=bad_url, headers=ops).status_code == 422
    rollback = c.post("/api/v1/rules/rollback", json={"note": "a\x00b"}, headers=ops)
    assert rollback.status_code == 422
    with unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(WebhookEndpoint)) == 0
        assert s.scalar(select(func.count()).select_from(RulesAudit)) == 0


@pytest.mark.parametrize("version", ["99999999999999999999", "2147483648", "0", "-3"])
def test_rule_versions_past_the_integer_range_are_a_clear_error(version: str) -> None:
    _, ops = make_agent("olga", role="ops")
    c = client()
    response = c.get(f"/api/v1/rules/versions/{version}", headers=ops)
    assert response.status_code == 422, response.text
    rollback = c.post("/api/v1/rules/rollback", json={"version": int(version)}, headers=ops)
    assert rollback.status_code == 422, rollback.text
    assert c.get("/api/v1/rules/versions/2147483647", headers=ops).status_code == 404
