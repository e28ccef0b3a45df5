"""Bad input gets a clear 4xx in the documented shape, and nothing stored changes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from core.db import unit_of_work
from router.conversations.models import Message
from tests.support.helpers import client, conversation, run_jobs, say, start_conversation

pytestmark = pytest.mark.usefixtures("backend")


def _messages() -> int:
    with unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(Message)) or 0


def _post(c: TestClient, cid: str, auth: dict[str, str], **kw: Any) -> Any:
    kw.setdefault("headers", auth)
    return c.post(f"/api/v1/conversations/{cid}/messages", **kw)


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"text": ""}, "text is empty"),
        ({"text": "   \n\t "}, "text is empty"),
        ({"text": "x" * 4001}, "longer than 4000"),
        ({"text": "a\x00b"}, "NUL"),
        ({}, "text: Field required"),
        ({"text": 42}, "text"),
        ({"text": ["a"]}, "text"),
        ({"text": "hi", "admin": True}, "admin"),
        ({"text": "hi", "client_msg_id": "x" * 101}, "client_msg_id"),
        ({"text": "hi", "client_msg_id": "'; DROP TABLE messages; --"}, "client_msg_id"),
    ],
)
def test_invalid_messages_are_rejected(body: dict[str, object], detail: str) -> None:
    c = client()
    cid, auth = start_conversation(c)
    r = _post(c, cid, auth, json=body)
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "ValidationFailed"
    assert detail in r.json()["detail"]
    assert _messages() == 0


def test_malformed_json_and_non_object_bodies() -> None:
    c = client()
    cid, auth = start_conversation(c)
    for raw in (b"{not json", b"[1,2]", b'"text"', b"\xff\xfe"):
        r = _post(c, cid, auth, content=raw, headers={**auth, "Content-Type": "application/json"})
        assert r.status_code == 422, (raw, r.text)
        assert r.json()["error"] == "ValidationFailed"
    assert _messages() == 0


def test_oversized_body_is_413_announced_or_streamed() -> None:
    c = client()
    cid, auth = start_conversation(c)
    big = b'{"text": "' + b"a" * 70_000 + b'"}'
    r = _post(c, cid, auth, content=big, headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"] == "PayloadTooLarge"

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(20):
            yield b"a" * 5000
        yield b'"}'

    r = _post(c, cid, auth, content=chunks(), headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert _messages() == 0


def test_sql_and_html_are_stored_as_plain_text() -> None:
    c = client()
    cid, auth = start_conversation(c)
    hostile = "<script>alert(1)</script>'); DROP TABLE messages; --"
    say(c, cid, auth, hostile)
    run_jobs()
    conv = conversation(c, cid, auth)
    assert conv["messages"][0]["text"] == hostile
    assert _messages() >= 2


def test_control_characters_are_stripped_and_unicode_kept() -> None:
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Hej\x07 där 👋 Ünïcødé")
    assert conversation(c, cid, auth)["messages"][0]["text"] == "Hej där 👋 Ünïcødé"


def test_auth_is_required_and_bound_to_the_conversation() -> None:
    c = client()
    cid, auth = start_conversation(c)
    _, other_auth = start_conversation(c)
    cases = [
        ({}, 401),
        ({"Authorization": "Basic abc"}, 401),
        ({"Authorization": "Bearer nonsense"}, 401),
        ({"Authorization": auth["Authorization"][:-3] + "abc"}, 401),
        (other_auth, 403),
    ]
    for headers, status in cases:
        assert _post(c, cid, auth, json={"text": "hi"}, headers=headers).status_code == status
        r = c.get(f"/api/v1/conversations/{cid}", headers=headers)
        assert r.status_code == status
        assert r.json()["error"] in ("Unauthorized", "Forbidden")
    assert _messages() == 0


def test_unknown_conversation_and_bad_ids() -> None:
    c = client()
    _, auth = start_conversation(c)
    missing = "0" * 32
    r = c.get(f"/api/v1/conversations/{missing}", headers=auth)
    assert r.status_code == 403  # the token names another conversation
    r = c.get("/api/v1/conversations/not-an-id", headers=auth)
    assert r.status_code == 422
    r = c.get("/api/v1/nothing-here")
    assert r.status_code == 404 and r.json()["error"] == "NotFound"


def test_create_conversation_validates_input() -> None:
    c = client()
    assert c.post("/api/v1/conversations", json={"language": "german"}).status_code == 422
    assert c.post("/api/v1/conversations", json={"customer_ref": "<b>x</b>"}).status_code == 422
    assert (
        c.post(
            "/api/v1/conversations", json={"customer_ref": "cust-42", "language": "de"}
        ).status_code
        == 201
    )
    assert c.post("/api/v1/conversations").status_code == 201  # no body at all is fine


def test_rate_limit_per_conversation(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.settings import reset_settings

    monkeypatch.setenv("RELAYDESK_RATE_LIMIT_MESSAGES", "3")
    reset_settings()
    c = client()
    cid, auth = start_conversation(c)
    other, other_auth = start_conversation(c)
    for i in range(3):
        say(c, cid, auth, f"message {i}")
    r = _post(c, cid, auth, json={"text": "one too many"})
    assert r.status_code == 429
    assert r.json()["error"] == "RateLimited"
    assert int(r.headers["Retry-After"]) > 0
    say(c, other, other_auth, "another conversation is not limited")
    assert _messages() == 4
