"""Who reads a ticket over HTTP: the agent holding it (everything), an agent who may claim
it (the masked card), an ops lead (everything, read-only, the preview as of the claim),
nobody else; and the preview other people see stays as it was at the claim."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update

from core.db import unit_of_work, utcnow
from escalation.tickets.models import Ticket, TicketEvent
from tests.support.helpers import client, make_agent, say, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

FIRST = "My parcel never arrived, call me on 070-123 45 67"
FIRST_SHOWN = "My parcel never arrived, call me on [phone]"
CONFIDED = "my mother died, call me on +46 (0)70-123 45 67"


def _get(c: Any, ticket_id: str, headers: dict[str, str], path: str = "") -> Any:
    return c.get(f"/api/v1/tickets/{ticket_id}{path}", headers=headers)


def _event_count(ticket_id: str) -> int:
    with unit_of_work() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(TicketEvent)
                .where(TicketEvent.ticket_id == ticket_id)
            )
            or 0
        )


def test_an_agent_who_cannot_claim_the_ticket_reads_nothing_of_it() -> None:
    c = client()
    _, sven = make_agent("sven", languages=["sv"])  # not the ticket's language
    _, ben = make_agent("ben", languages=["de"])  # the language, not the skill
    _, dora = make_agent("dora", languages=["de"], skills=["fraud"])
    t = waiting_ticket(FIRST, language="de", queue="fraud", skills=["fraud"])
    events = _event_count(t.id)
    for who in (sven, ben):
        for path in ("", "/messages"):
            r = _get(c, t.id, who, path)
            assert r.status_code == 403, path
            assert r.json() == {
                "error": "Forbidden",
                "detail": "you may read only the tickets you hold or may claim",
            }
            assert "0" not in r.text  # no digit of the phone number, no card
        assert c.get("/api/v1/tickets", headers=who).json()["tickets"] == []
    # The agent who may claim it sees the masked card, not the transcript.
    r = _get(c, t.id, dora)
    assert r.status_code == 200
    card = r.json()
    assert card["preview"] == FIRST_SHOWN and card["yours"] is False
    assert card["messages"] is None and card["customer"] is None and card["handoff"] is None
    assert card["claimed_at"] is None
    assert [b["id"] for b in c.get("/api/v1/tickets", headers=dora).json()["tickets"]] == [t.id]
    r = _get(c, t.id, dora, "/messages")
    assert r.status_code == 403
    assert r.json()["detail"] == "only the agent who claimed this ticket sees its transcript"
    # Reading changes nothing; an unknown ticket is a 404, a malformed id a 422.
    assert _event_count(t.id) == events
    assert _get(c, "0" * 32, dora).status_code == 404
    assert _get(c, "0" * 32, dora, "/messages").status_code == 404
    assert _get(c, "../" + t.id, dora).status_code in (404, 422)
    assert _get(c, t.id.upper(), dora).status_code == 422


def test_a_held_ticket_is_read_only_by_its_agent_and_ops() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    _, olga = make_agent("olga", role="ops", presence=None)
    t = waiting_ticket(FIRST)
    assert c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna).status_code == 200
    for path in ("", "/messages"):
        r = _get(c, t.id, ben, path)
        assert r.status_code == 403
        assert r.json()["detail"] == "this ticket is held by another agent"
        assert "070" not in r.text
    mine = _get(c, t.id, anna).json()
    assert mine["yours"] is True and mine["messages"][0]["text"] == FIRST
    ops = _get(c, t.id, olga)
    assert ops.status_code == 200
    body = ops.json()
    assert body["yours"] is False and body["messages"][0]["text"] == FIRST
    assert body["claimed_at"] == mine["claimed_at"] and body["handoff"] is not None
    assert len(_get(c, t.id, olga, "/messages").json()) == len(mine["messages"])
    # Ops leads read tickets; the board (claiming) stays the agents'.
    assert c.get("/api/v1/tickets", headers=olga).status_code == 403
    assert c.post(f"/api/v1/tickets/{t.id}/claim", headers=olga).status_code == 403


def test_the_preview_others_see_is_frozen_at_the_claim() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    _, olga = make_agent("olga", role="ops", presence=None)
    t = waiting_ticket(FIRST)
    assert _get(c, t.id, ben).json()["preview"] == FIRST_SHOWN
    assert c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna).status_code == 200
    say(c, t.conversation_id, t.customer, CONFIDED)
    # Ops (who may read the ticket) see the preview as it was at the claim ...
    assert _get(c, t.id, olga).json()["preview"] == FIRST_SHOWN
    assert any(m["text"] == CONFIDED for m in _get(c, t.id, olga, "/messages").json())
    # ... the agent holding it the customer's latest message, masked all the same.
    assert _get(c, t.id, anna).json()["preview"] == "[bereavement: message not shown]"
    mine = c.get("/api/v1/tickets/mine", headers=anna).json()
    assert [m["preview"] for m in mine] == ["[bereavement: message not shown]"]
    # Back on the board, what was written to anna stays hers.
    assert c.post(f"/api/v1/tickets/{t.id}/release", headers=anna).status_code == 200
    for who in (ben, anna, olga):
        assert _get(c, t.id, who).json()["preview"] == FIRST_SHOWN
    board = c.get("/api/v1/tickets", headers=ben).json()["tickets"]
    assert [(b["id"], b["preview"]) for b in board] == [(t.id, FIRST_SHOWN)]
    # What the customer writes while it waits on the board is the board's again.
    say(c, t.conversation_id, t.customer, "Hello? Anyone there? 0049 30 1234567")
    assert _get(c, t.id, ben).json()["preview"] == "Hello? Anyone there? [phone]"
    assert c.post(f"/api/v1/tickets/{t.id}/claim", headers=ben).status_code == 200
    say(c, t.conversation_id, t.customer, "Write to me at anna.b@example.com")
    assert _get(c, t.id, olga).json()["preview"] == "Hello? Anyone there? [phone]"
    assert _get(c, t.id, ben).json()["preview"] == "Write to me at [email]"


def test_a_ticket_offered_to_one_agent_is_theirs_to_read_until_the_offer_ends() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    _, carl = make_agent("carl")
    t = waiting_ticket(FIRST)
    assert c.post(f"/api/v1/tickets/{t.id}/claim", headers=anna).status_code == 200
    r = c.post(f"/api/v1/tickets/{t.id}/transfer", json={"agent": "ben"}, headers=anna)
    assert r.status_code == 200, r.text
    assert _get(c, t.id, ben).status_code == 200
    for who in (carl, anna):  # anna gave it away
        assert _get(c, t.id, who).status_code == 403
        assert _get(c, t.id, who, "/messages").status_code == 403
    with unit_of_work() as s:
        s.execute(
            update(Ticket).where(Ticket.id == t.id).values(offered_until=utcnow() - timedelta(1))
        )
    for who in (carl, anna, ben):
        assert _get(c, t.id, who).json()["preview"] == FIRST_SHOWN
