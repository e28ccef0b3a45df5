"""Internal notes on a ticket, over HTTP on SQLite and PostgreSQL: the agents who hold or
held the ticket and ops leads read and write them, nobody else does, the customer never
sees them, and they stay with the ticket through a transfer."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from core.db import unit_of_work
from escalation.notes import service
from escalation.notes.models import TicketNote
from tests.support.helpers import client, conversation, make_agent, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> &amp; \'; DROP TABLE x; --'


def _notes(c: TestClient, ticket_id: str, headers: dict[str, str]) -> Any:
    return c.get(f"/api/v1/tickets/{ticket_id}/notes", headers=headers)


def _add(c: TestClient, ticket_id: str, headers: dict[str, str], body: Any) -> Any:
    return c.post(f"/api/v1/tickets/{ticket_id}/notes", json=body, headers=headers)


def _count() -> int:
    with unit_of_work() as s:
        return int(s.scalar(select(func.count()).select_from(TicketNote)) or 0)


def test_notes_stay_with_the_ticket_for_the_next_agent_and_never_reach_the_customer() -> None:
    c = client()
    anna_id, anna = make_agent("anna")
    sven_id, sven = make_agent("sven")
    _, carl = make_agent("carl")  # could claim it, never held it
    _, olivia = make_agent("olivia", role="ops", presence=None)
    t = waiting_ticket()
    assert c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna).status_code == 200
    assert _notes(c, t.id, anna).json() == []

    r = _add(c, t.id, anna, {"text": HOSTILE})
    assert r.status_code == 201, r.text
    first = r.json()
    assert first["text"] == HOSTILE  # stored as written: the page shows it as text
    assert (first["author_id"], first["author_name"], first["author_role"]) == (
        anna_id,
        "Anna",
        "agent",
    )
    assert first["ticket_id"] == t.id and first["created_at"]
    for outsider in (sven, carl):  # a candidate sees the masked card, not the notes
        assert _notes(c, t.id, outsider).status_code == 403
        r = _add(c, t.id, outsider, {"text": "let me in"})
        assert r.status_code == 403 and r.json()["error"] == "Forbidden"

    r = c.post(f"/api/v1/tickets/{t.id}/transfer", json={"agent": "sven"}, headers=anna)
    assert r.status_code == 200, r.text
    assert c.post(f"/api/v1/tickets/{t.id}/claim", headers=sven).status_code == 200
    assert [n["text"] for n in _notes(c, t.id, sven).json()] == [HOSTILE]
    assert _add(c, t.id, sven, {"text": "Called the shop: refund on its way."}).status_code == 201
    # Anna held it before: she still reads the notes and may add one.
    assert _add(c, t.id, anna, {"text": "Customer prefers English."}).status_code == 201
    r = _add(c, t.id, olivia, {"text": "Ops: watch this one."})
    assert r.status_code == 201 and r.json()["author_role"] == "ops"

    for reader in (anna, sven, olivia):
        notes = _notes(c, t.id, reader).json()
        assert [(n["author_id"], n["author_name"]) for n in notes[:3]] == [
            (anna_id, "Anna"),
            (sven_id, "Sven"),
            (anna_id, "Anna"),
        ]
        assert [n["text"] for n in notes][-1] == "Ops: watch this one."  # newest last
        assert [n["id"] for n in notes] == sorted(n["id"] for n in notes)
    assert _notes(c, t.id, carl).status_code == 403

    # The customer's view, the transcript and the customer's token know nothing of them.
    seen = conversation(c, t.conversation_id, t.customer)
    transcript = c.get(f"/api/v1/tickets/{t.id}/messages", headers=sven).json()
    for texts in ([m["text"] for m in seen["messages"]], [m["text"] for m in transcript]):
        assert not any("refund on its way" in x or "onerror" in x for x in texts)
    assert _notes(c, t.id, t.customer).status_code == 401
    assert _add(c, t.id, t.customer, {"text": "customer"}).status_code == 401
    assert _notes(c, t.id, {}).status_code == 401
    assert _count() == 4


def test_an_agent_who_could_never_see_the_ticket_is_refused() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, greta = make_agent("greta", languages=("de",))
    _, olivia = make_agent("olivia", role="ops", presence=None)
    t = waiting_ticket()
    c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna)
    assert _add(c, t.id, anna, {"text": "first"}).status_code == 201
    r = _notes(c, t.id, greta)
    assert r.status_code == 403
    assert (
        r.json()["detail"] == "only the agents who held this ticket, and ops leads, see its notes"
    )
    # After the ticket is resolved, whoever held it still reads it; nobody else does.
    c.post(f"/api/v1/tickets/{t.id}/messages", json={"text": "Done."}, headers=anna)
    assert (
        c.post(
            f"/api/v1/tickets/{t.id}/resolve", json={"resolution_code": "solved"}, headers=anna
        ).status_code
        == 200
    )
    assert [n["text"] for n in _notes(c, t.id, anna).json()] == ["first"]
    assert _add(c, t.id, anna, {"text": "follow-up: refund arrived"}).status_code == 201
    assert _notes(c, t.id, greta).status_code == 403
    assert len(_notes(c, t.id, olivia).json()) == 2


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": ""},
        {"text": "  \n\t "},
        {"text": None},
        {"text": 42},
        {"text": ["a"]},
        {"text": "x" * 2001},
        {"text": "nul \x00 byte"},
        {"text": "ok", "author_id": 1},
        ["text"],
        "text",
    ],
)
def test_bad_notes_are_refused_and_store_nothing(body: Any) -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna)
    r = _add(c, t.id, anna, body)
    assert r.status_code == 422, (body, r.text)
    assert r.json()["error"] == "ValidationFailed"
    assert _count() == 0


def test_limits_unknown_ids_and_malformed_requests() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, olivia = make_agent("olivia", role="ops", presence=None)
    t = waiting_ticket()
    c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna)
    r = _add(c, t.id, anna, {"text": "é" * 2001})
    assert r.status_code == 422
    assert r.json()["detail"] == "text is longer than 2000 characters (2001)"
    r = _add(c, t.id, anna, {"text": "x" * 70_000})
    assert r.status_code == 413 and r.json()["error"] == "PayloadTooLarge"
    r = c.post(
        f"/api/v1/tickets/{t.id}/notes",
        content=b'{"text": "unfinished',
        headers={**anna, "Content-Type": "application/json"},
    )
    assert r.status_code == 422
    longest = "é" * 2000
    r = _add(c, t.id, anna, {"text": f"  {longest}\n "})
    assert r.status_code == 201 and r.json()["text"] == longest  # trimmed, not cut
    unknown = "0" * 32
    for headers in (anna, olivia):
        assert _notes(c, unknown, headers).status_code == 404
        r = _add(c, unknown, headers, {"text": "hello"})
        assert r.status_code == 404 and r.json()["error"] == "NotFound"
    assert _notes(c, "not-a-ticket", anna).status_code == 422
    assert _add(c, "ABC", anna, {"text": "hello"}).status_code == 422
    assert _count() == 1


def test_a_ticket_holds_a_bounded_number_of_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "MAX_NOTES_PER_TICKET", 3)
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna)
    for n in range(3):
        assert _add(c, t.id, anna, {"text": f"note {n}"}).status_code == 201
    r = _add(c, t.id, anna, {"text": "one too many"})
    assert r.status_code == 409
    assert r.json()["detail"] == "this ticket has 3 notes, the most it may have"
    assert [n["text"] for n in _notes(c, t.id, anna).json()] == ["note 0", "note 1", "note 2"]
