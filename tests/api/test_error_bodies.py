"""Error answers as the OpenAPI document describes them (`ErrorOut`): request validation
lists its problems field by field, the service's own errors do not, and a body that is not
UTF-8 is malformed JSON (422), not FastAPI's 400."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from router.conversations.models import Conversation
from tests.support.helpers import client

JSON = {"Content-Type": "application/json"}


@pytest.mark.usefixtures("backend")
def test_error_bodies_are_what_the_document_says() -> None:
    c = client()
    r = c.post("/api/v1/conversations", json={"language": "english", "admin": True})
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "ValidationFailed"
    assert {p["field"] for p in body["problems"]} == {"language", "admin"}
    assert "language: " in body["detail"] and "admin: " in body["detail"]
    # Not UTF-8, so not JSON: a 422 like any malformed JSON (FastAPI alone answers 400).
    for raw in (b"\xc3\x28", b"{not json"):
        r = c.post("/api/v1/conversations", content=raw, headers=JSON)
        assert r.status_code == 422, r.text
        assert r.json()["problems"] == [{"field": "body", "message": "the body is not valid JSON"}]
    # An error of the service's own rules: no `problems`, the detail says it all.
    r = c.post("/api/v1/conversations", json={"customer_signature": "ab" * 32})
    assert r.status_code == 422
    assert r.json() == {
        "error": "ValidationFailed",
        "detail": "customer_signature needs the customer_ref it signs",
    }
    too_big = b'{"text": "' + b"x" * 70_000 + b'"}'  # over the 64 KiB default
    r = c.post("/api/v1/conversations", content=too_big, headers=JSON)
    assert r.status_code == 413
    assert r.json()["error"] == "PayloadTooLarge" and set(r.json()) == {"error", "detail"}
    with unit_of_work() as session:  # nothing was stored for any of them
        assert session.scalar(select(func.count()).select_from(Conversation)) == 0
    r = c.get("/api/v1/tickets")
    assert r.status_code == 401 and r.headers["WWW-Authenticate"] == "Bearer"
    assert set(r.json()) == {"error", "detail"}
