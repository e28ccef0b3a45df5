"""Working a claimed ticket over HTTP: writing to the customer, releasing, transferring,
resolving, what each agent may read, and hostile input."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from core.db import unit_of_work
from escalation.rules.models import Decision
from escalation.tickets.models import Ticket, TicketEvent
from router.conversations.models import Message
from tests.support.helpers import (
    client,
    conversation,
    make_agent,
    run_jobs,
    say,
    waiting_ticket,
)

pytestmark = pytest.mark.usefixtures("backend")


def _post(c: Any, path: str, headers: dict[str, str], **body: Any) -> Any:
    return c.post(f"/api/v1/tickets/{path}", json=body or None, headers=headers)


def _events(ticket_id: str) -> list[tuple[str, str | None, str | None]]:
    with unit_of_work() as s:
        rows = s.scalars(
            select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id)
        ).all()
        return [(e.kind, e.from_status, e.to_status) for e in rows]


def _status(ticket_id: str) -> str:
    with unit_of_work() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None
        return ticket.status


def test_the_agent_writes_to_the_customer_and_resolves() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    assert _post(c, f"{t.id}/claim", anna).status_code == 200
    r = _post(c, f"{t.id}/messages", anna, text="Hi, I'm Anna. Let me check your order.")
    assert r.status_code == 201 and isinstance(r.json()["id"], int)
    assert _status(t.id) == "with_agent"
    assert _post(c, f"{t.id}/messages", anna, text="Found it.").status_code == 201
    # The customer sees the agent's messages; the bot stays silent while a person owns it.
    say(c, t.conversation_id, t.customer, "Thanks! How do I return an item?")
    run_jobs()
    conv = conversation(c, t.conversation_id, t.customer)
    assert [m["author"] for m in conv["messages"]][-4:] == ["system", "agent", "agent", "customer"]
    with unit_of_work() as s:
        held = s.scalars(select(Decision).where(Decision.conversation_id == t.conversation_id))
        assert [d.action for d in held] == ["escalate", "hold"]
    r = _post(c, f"{t.id}/resolve", anna, resolution_code="refund_issued")
    assert r.status_code == 200
    assert r.json()["status"] == "resolved" and r.json()["resolution_code"] == "refund_issued"
    # The bot takes the conversation again: the customer is never locked out.
    conv = conversation(c, t.conversation_id, t.customer)
    assert conv["status"] == "bot"
    assert conv["messages"][-1]["text"] == (
        "Anna has marked this conversation as resolved. Thank you!"
    )
    assert _events(t.id) == [
        ("created", None, "open"), ("claimed", "open", "claimed"),
        ("first_reply", "claimed", "with_agent"), ("resolved", "with_agent", "resolved"),
    ]  # fmt: skip
    # Resolved is final: no more messages, no second resolve, no release.
    r = _post(c, f"{t.id}/messages", anna, text="one more thing")
    assert r.status_code == 409
    assert r.json()["detail"] == "the ticket is resolved now; it is no longer yours to work on"
    r = _post(c, f"{t.id}/resolve", anna, resolution_code="refund_issued")
    assert r.json() == {
        "error": "Conflict",
        "detail": "a ticket cannot go from resolved to resolved",
    }
    r = _post(c, f"{t.id}/release", anna)
    assert r.json()["detail"] == "a ticket cannot go from resolved to released"


def test_a_claimed_ticket_can_be_closed_without_a_reply_only_unpaid() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    r = _post(c, f"{t.id}/resolve", anna, resolution_code="duplicate")
    assert r.status_code == 200 and r.json()["review_reason"] is not None
    assert _events(t.id)[-1] == ("resolved", "claimed", "resolved")
    assert c.get("/api/v1/agents/me/earnings", headers=anna).json()["total_cents"] == 0


@pytest.mark.parametrize("replied", [False, True])
def test_release_returns_the_ticket_to_the_board_for_the_next_agent(replied: bool) -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    if replied:
        _post(c, f"{t.id}/messages", anna, text="Hello!")
    r = _post(c, f"{t.id}/release", anna, reason="shift ends")
    assert r.status_code == 200 and r.json()["status"] == "released"
    held = "with_agent" if replied else "claimed"
    assert _events(t.id)[-1] == ("released", held, "released")
    conv = conversation(c, t.conversation_id, t.customer)
    assert conv["status"] == "waiting_for_human" and conv["queue"]["position"] == 1
    assert conv["messages"][-1]["text"].startswith("Anna had to leave")
    # Back on the board, for anyone (the releasing agent included) to claim.
    assert [x["id"] for x in c.get("/api/v1/tickets", headers=ben).json()["tickets"]] == [t.id]
    assert _post(c, f"{t.id}/claim", ben).status_code == 200
    assert _events(t.id)[-1] == ("claimed", "released", "claimed")
    assert conversation(c, t.conversation_id, t.customer)["status"] == "with_human"


def test_transfer_moves_the_ticket_to_another_queue_board() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    r = _post(c, f"{t.id}/transfer", anna, queue="payments", reason="needs payments team")
    assert r.status_code == 200
    assert r.json()["status"] == "transferred" and r.json()["queue"] == "payments"
    card = c.get("/api/v1/tickets", headers=ben).json()["tickets"][0]
    assert card["queue"] == "payments" and card["pay"]["amount_cents"] == 200
    assert _post(c, f"{t.id}/claim", ben).status_code == 200
    assert _events(t.id)[-2:] == [
        ("transferred", "claimed", "transferred"), ("claimed", "transferred", "claimed"),
    ]  # fmt: skip
    assert _post(c, f"{t.id}/transfer", ben, queue="Not A Queue").status_code == 422


def test_nobody_works_on_someone_elses_ticket() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = waiting_ticket()
    # Not claimed yet: nobody holds it.
    r = _post(c, f"{t.id}/resolve", anna, resolution_code="done")
    assert r.status_code == 409 and r.json()["detail"] == "the ticket is open; you do not hold it"
    _post(c, f"{t.id}/claim", anna)
    for path, body in (
        ("resolve", {"resolution_code": "done"}),
        ("release", {}),
        ("messages", {"text": "I am not Anna"}),
        ("transfer", {"queue": "fraud"}),
    ):
        r = _post(c, f"{t.id}/{path}", ben, **body)
        assert r.status_code == 403, path
        assert r.json() == {
            "error": "Forbidden", "detail": "this ticket is claimed by another agent",
        }  # fmt: skip
    assert _status(t.id) == "claimed"
    assert _events(t.id)[-1] == ("claimed", "open", "claimed")


def test_only_the_claiming_agent_reads_the_transcript() -> None:
    c = client()
    anna_id, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = waiting_ticket("Charged twice; card 4111 1111 1111 1111, call me at +49 151 2345678")
    # Before the claim, any agent sees only the masked card.
    for who in (anna, ben):
        r = c.get(f"/api/v1/tickets/{t.id}", headers=who)
        assert r.status_code == 200
        body = r.json()
        assert body["yours"] is False and body["messages"] is None
        assert body["conversation_id"] is None and body["customer"] is None
        assert body["preview"] == "Charged twice; card [card], call me at [phone]"
        assert c.get(f"/api/v1/tickets/{t.id}/messages", headers=who).status_code == 403
    _post(c, f"{t.id}/claim", anna)
    mine = c.get(f"/api/v1/tickets/{t.id}", headers=anna).json()
    assert mine["yours"] is True and mine["conversation_id"] == t.conversation_id
    assert mine["customer"] == {"ref": "cust-42", "language": "en"}
    assert mine["messages"][0]["text"].endswith("+49 151 2345678")  # unmasked for its agent
    assert [m["author"] for m in mine["messages"]] == ["customer", "system", "system"]
    decision = mine["decisions"][0]
    assert decision["rule"] == "bot_could_not_answer" and decision["reason"]
    assert decision["signals"] == {"human_request": False, "language": "en"}
    assert [e["kind"] for e in mine["events"]] == ["created", "claimed"]
    assert mine["claimed_at"] is not None and mine["first_reply_due_at"] is not None
    transcript = c.get(f"/api/v1/tickets/{t.id}/messages", headers=anna)
    assert transcript.status_code == 200 and len(transcript.json()) == 3
    # Once claimed, another agent reads nothing of it, not even the card.
    for path in ("", "/messages"):
        r = c.get(f"/api/v1/tickets/{t.id}{path}", headers=ben)
        assert r.status_code == 403, path
        assert r.json() == {"error": "Forbidden", "detail": "this ticket is held by another agent"}
    assert anna_id  # the claim is anna's


def test_agent_tokens_are_required_and_customer_tokens_do_not_work() -> None:
    c = client()
    _, ops = make_agent("olga", role="ops")
    t = waiting_ticket()
    bad: list[dict[str, str]] = [
        {},
        t.customer,  # the conversation's own token
        {"Authorization": "Bearer a.forged.token"},
        {"Authorization": "Basic YW5uYTpwdw=="},
        {"Authorization": t.customer["Authorization"].replace("Bearer c.", "Bearer a.")},
    ]
    for headers in bad:
        for method, path in (
            ("GET", "/api/v1/tickets"),
            ("GET", f"/api/v1/tickets/{t.id}"),
            ("GET", f"/api/v1/tickets/{t.id}/messages"),
            ("POST", f"/api/v1/tickets/{t.id}/claim"),
            ("POST", "/api/v1/agents/me/heartbeat"),
            ("GET", "/api/v1/agents/me/events"),
        ):
            r = c.request(method, path, headers=headers)
            assert r.status_code == 401, (headers, path, r.text)
            assert r.json()["error"] == "Unauthorized"
    r = c.get("/api/v1/tickets", headers=ops)
    assert r.status_code == 403
    assert r.json() == {"error": "Forbidden", "detail": "this needs an account with role agent"}


def test_a_disabled_agent_is_locked_out_at_once() -> None:
    from escalation.users.models import User

    c = client()
    anna_id, anna = make_agent("anna")
    with unit_of_work() as s:
        user = s.get(User, anna_id)
        assert user is not None
        user.active = False
    r = c.get("/api/v1/tickets", headers=anna)
    assert r.status_code == 403 and r.json()["detail"] == "this account is disabled"


HOSTILE = [
    "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "'; DROP TABLE tickets; --",
    "Robert'); DELETE FROM messages WHERE ('1'='1",
    "{{7*7}} ${7*7} %s %(x)s \\x00",
]


def test_hostile_agent_messages_are_stored_verbatim() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    ids = []
    for text in HOSTILE:
        r = _post(c, f"{t.id}/messages", anna, text=text)
        assert r.status_code == 201, r.text
        ids.append(r.json()["id"])
    with unit_of_work() as s:
        stored = [s.get(Message, i) for i in ids]
        assert [m.text for m in stored if m] == HOSTILE
        assert {m.author for m in stored if m} == {"agent"}
        assert s.get(Ticket, t.id) is not None


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"text": "x" * 4001}, "text is longer than 4000 characters (4001)"),
        ({"text": "   \n\t "}, "text is empty"),
        ({"text": "nul \x00 byte"}, "text contains a NUL character"),
        ({"text": "hi", "author": "customer"}, None),
        ({}, None),
        ({"text": 42}, None),
    ],
)
def test_bad_agent_messages_are_rejected_and_change_nothing(
    body: dict[str, Any], detail: str | None
) -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    r = c.post(f"/api/v1/tickets/{t.id}/messages", json=body, headers=anna)
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "ValidationFailed"
    if detail:
        assert r.json()["detail"] == detail
    assert _status(t.id) == "claimed"  # a rejected message is no first reply
    assert len(conversation(c, t.conversation_id, t.customer)["messages"]) == 3


def test_oversized_bodies_and_bad_codes_are_rejected() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    r = c.post(f"/api/v1/tickets/{t.id}/messages", json={"text": "x" * 70_000}, headers=anna)
    assert r.status_code == 413 and r.json()["error"] == "PayloadTooLarge"
    for code in ("", "Refund Issued", "x" * 41, "refund'--"):
        r = _post(c, f"{t.id}/resolve", anna, resolution_code=code)
        assert r.status_code == 422, code
    assert _status(t.id) == "claimed"
