"""The customer's rating after resolution, over HTTP with the conversation token: once
per conversation, 1 to 5, and nobody rates a conversation that is not theirs."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from escalation.ratings.models import Rating
from tests.support.helpers import client, make_agent, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")


def _resolved(c: Any, agent: dict[str, str]) -> Any:
    t = waiting_ticket()
    assert c.post(f"/api/v1/tickets/{t.id}/claim", headers=agent).status_code == 200
    reply = {"text": "Let me fix that for you."}  # only a person who helped can be rated
    assert c.post(f"/api/v1/tickets/{t.id}/messages", json=reply, headers=agent).status_code == 201
    r = c.post(f"/api/v1/tickets/{t.id}/resolve", json={"resolution_code": "done"}, headers=agent)
    assert r.status_code == 200
    return t


def _rate(c: Any, conversation_id: str, headers: dict[str, str], **body: Any) -> Any:
    return c.post(f"/api/v1/conversations/{conversation_id}/rating", json=body, headers=headers)


def _count() -> int:
    with unit_of_work() as s:
        return int(s.scalar(select(func.count()).select_from(Rating)) or 0)


def test_the_customer_rates_once_and_it_counts_for_the_agent() -> None:
    c = client()
    anna_id, anna = make_agent("anna")
    t = _resolved(c, anna)
    r = _rate(c, t.conversation_id, t.customer, score=4, comment="  Quick and kind  ")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["score"] == 4 and body["comment"] == "Quick and kind"
    assert body["conversation_id"] == t.conversation_id
    again = _rate(c, t.conversation_id, t.customer, score=1)
    assert again.status_code == 409
    assert again.json() == {
        "error": "Conflict",
        "detail": "this conversation has already been rated",
    }
    other = _resolved(c, anna)
    assert _rate(c, other.conversation_id, other.customer, score=2).status_code == 201
    with unit_of_work() as s:
        assert {r.agent_id for r in s.scalars(select(Rating))} == {anna_id}
    stats = c.get("/api/v1/agents/me/stats", headers=anna).json()
    assert stats["rating"] == {"count": 2, "average": 3.0}


def test_nothing_to_rate_before_a_person_resolved_it() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    r = _rate(c, t.conversation_id, t.customer, score=5)
    assert r.status_code == 409 and "nothing to rate yet" in r.json()["detail"]
    c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna)
    assert _rate(c, t.conversation_id, t.customer, score=5).status_code == 409
    assert _count() == 0


@pytest.mark.parametrize(
    "body",
    [
        {"score": 0},
        {"score": 6},
        {"score": -1},
        {"score": "5"},
        {"score": 4.5},
        {"score": True},
        {"score": None},
        {},
        {"comment": "no score"},
        {"score": 5, "agent_id": 1},
        {"score": 5, "comment": "x" * 1001},
        {"score": 5, "comment": "nul \x00 byte"},
        {"score": 5, "comment": 42},
    ],
)
def test_bad_ratings_are_rejected_and_store_nothing(body: dict[str, Any]) -> None:
    c = client()
    _, anna = make_agent("anna")
    t = _resolved(c, anna)
    r = _rate(c, t.conversation_id, t.customer, **body)
    assert r.status_code == 422, (body, r.text)
    assert r.json()["error"] == "ValidationFailed"
    assert _count() == 0
    assert _rate(c, t.conversation_id, t.customer, score=5).status_code == 201  # still open


def test_oversized_bodies_and_comments() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = _resolved(c, anna)
    r = _rate(c, t.conversation_id, t.customer, score=5, comment="x" * 70_000)
    assert r.status_code == 413 and r.json()["error"] == "PayloadTooLarge"
    r = _rate(c, t.conversation_id, t.customer, score=5, comment="é" * 1001)
    assert r.status_code == 422
    assert r.json()["detail"] == "comment is longer than 1000 characters (1001)"
    hostile = "<script>alert(1)</script> '; DROP TABLE conversation_ratings; --"
    r = _rate(c, t.conversation_id, t.customer, score=3, comment=hostile)
    assert r.status_code == 201 and r.json()["comment"] == hostile
    assert _count() == 1


def test_nobody_rates_a_conversation_that_is_not_theirs() -> None:
    c = client()
    _, anna = make_agent("anna")
    mine, theirs = _resolved(c, anna), _resolved(c, anna)
    r = _rate(c, theirs.conversation_id, mine.customer, score=1)
    assert r.status_code == 403
    assert r.json()["detail"] == "this token belongs to another conversation"
    for headers in ({}, {"Authorization": "Bearer forged.token.here"}, anna):
        r = _rate(c, theirs.conversation_id, headers, score=1)
        assert r.status_code == 401, (headers, r.text)
    r = c.post("/api/v1/conversations/not-an-id/rating", json={"score": 3}, headers=mine.customer)
    assert r.status_code == 422
    assert _count() == 0
