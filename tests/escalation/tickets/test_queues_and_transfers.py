"""The queues that exist (`GET /api/v1/queues`) and transfers that must name one, on SQLite
and PostgreSQL: an unknown queue, a queue name with odd characters, an unknown, disabled or
non-agent target, a transfer to oneself and the wrong role are refused with a clear 4xx, and
nothing about the ticket changes."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from core.db import unit_of_work
from escalation.tickets.models import Ticket, TicketEvent
from escalation.users.models import User
from router.app import create_app
from tests.support.helpers import client, make_agent, start_conversation, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

DEFAULT_QUEUES = {"care", "disputes", "fraud", "general", "payments", "refunds", "risk"}


def _post(c: Any, path: str, headers: dict[str, str], **body: Any) -> Any:
    return c.post(f"/api/v1/tickets/{path}", json=body or None, headers=headers)


def _state(ticket_id: str) -> tuple[str, str, int | None, int | None, int]:
    """What a refused transfer must leave alone: status, queue, holder, offer, event count."""
    with unit_of_work() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None
        events = s.scalars(select(TicketEvent.id).where(TicketEvent.ticket_id == ticket_id))
        return ticket.status, ticket.queue, ticket.claimed_by, ticket.offered_to, len(events.all())


def _queues(c: Any, headers: dict[str, str]) -> dict[str, dict[str, Any]]:
    r = c.get("/api/v1/queues", headers=headers)
    assert r.status_code == 200, r.text
    return {q["name"]: q for q in r.json()["queues"]}


def test_the_queues_are_the_declared_ones_and_those_in_use() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, olga = make_agent("olga", role="ops")
    held = waiting_ticket()
    waiting_ticket()
    waiting_ticket(queue="legacy_desk")  # a queue only a live ticket names
    _post(c, f"{held.id}/claim", anna)
    queues = _queues(c, anna)
    assert set(queues) == DEFAULT_QUEUES | {"legacy_desk"}
    assert list(queues) == sorted(queues)
    assert queues["general"] == {
        "name": "general", "waiting": 1, "held": 1, "sources": ["ruleset", "built-in", "pay",
                                                                 "tickets"],
    }  # fmt: skip
    assert queues["risk"] == {"name": "risk", "waiting": 0, "held": 0, "sources": ["ruleset"]}
    assert queues["legacy_desk"]["sources"] == ["tickets"]
    assert queues["legacy_desk"]["waiting"] == 1
    assert _queues(c, olga) == queues  # ops read the same list

    # A queue a newly published ruleset declares exists at once.
    document = c.get("/api/v1/rules/active", headers=olga).json()["document"]
    document["rules"].insert(0, {
        "id": "vip", "when": {"customer": {"tier": "vip"}},
        "then": {"action": "escalate", "queue": "vip-desk", "reason": "a VIP customer"},
    })  # fmt: skip
    r = c.post("/api/v1/rules/publish", json={"document": document}, headers=olga)
    assert r.status_code == 201, r.text
    assert _queues(c, anna)["vip-desk"]["sources"] == ["ruleset"]


def test_only_agents_and_ops_list_the_queues() -> None:
    c = client()
    _, customer = start_conversation(c)
    disabled_id, disabled = make_agent("dave")
    with unit_of_work() as s:
        user = s.get(User, disabled_id)
        assert user is not None
        user.active = False
    assert c.get("/api/v1/queues").status_code == 401
    assert c.get("/api/v1/queues", headers=customer).status_code == 401  # a conversation token
    r = c.get("/api/v1/queues", headers=disabled)
    assert r.status_code == 403 and r.json()["detail"] == "this account is disabled"
    assert c.post("/api/v1/queues", json={"name": "x"}, headers=disabled).status_code == 405


def test_an_unknown_queue_is_refused_and_a_known_one_taken() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = waiting_ticket()
    waiting_ticket(queue="legacy_desk")
    _post(c, f"{t.id}/claim", anna)
    before = _state(t.id)
    r = _post(c, f"{t.id}/transfer", anna, queue="vip")
    assert r.status_code == 422
    assert r.json() == {
        "error": "ValidationFailed",
        "detail": "queue: there is no queue named 'vip'; choose one of: care, disputes, "
        "fraud, general, legacy_desk, payments, refunds, risk",
    }
    # Named with an agent, an unknown queue is refused too, and nobody is offered it.
    assert _post(c, f"{t.id}/transfer", anna, queue="vip", agent="ben").status_code == 422
    assert _state(t.id) == before
    assert [x["id"] for x in c.get("/api/v1/tickets", headers=ben).json()["tickets"]] != [t.id]
    # Another agent's unknown queue is a 403 first: who may act is checked before what.
    assert _post(c, f"{t.id}/transfer", ben, queue="vip").status_code == 403
    assert _state(t.id) == before

    r = _post(c, f"{t.id}/transfer", anna, queue="legacy_desk")  # in use by a live ticket
    assert r.status_code == 200 and r.json()["queue"] == "legacy_desk"
    assert _post(c, f"{t.id}/claim", ben).status_code == 200
    assert _post(c, f"{t.id}/transfer", ben, queue="care").status_code == 200  # the ruleset's


@pytest.mark.parametrize(
    "queue",
    [
        "Not A Queue",
        "<script>alert(1)</script>",
        "../general",
        "general;drop table tickets",
        "général",
        "q" * 65,
        "",
        " general",
        "GENERAL",
        "general\x00",
        7,
        ["general"],
        None,
    ],
)
def test_odd_queue_names_are_refused_by_the_schema(queue: Any) -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    before = _state(t.id)
    r = c.post(f"/api/v1/tickets/{t.id}/transfer", json={"queue": queue}, headers=anna)
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "ValidationFailed"
    if queue is None:
        assert "name a queue, an agent, or both" in r.json()["detail"]
    else:
        assert [p["field"] for p in r.json()["problems"]] == ["queue"]
    assert _state(t.id) == before


def test_bad_targets_and_the_wrong_role_change_nothing() -> None:
    c = client()
    _, anna = make_agent("anna")
    disabled_id, _ = make_agent("dave")
    _, olga = make_agent("olga", role="ops")
    with unit_of_work() as s:
        user = s.get(User, disabled_id)
        assert user is not None
        user.active = False
    t = waiting_ticket()
    _post(c, f"{t.id}/claim", anna)
    before = _state(t.id)
    cases: list[tuple[dict[str, Any], int, str | None]] = [
        ({"agent": "nobody"}, 404, "no active agent named nobody"),
        ({"agent": "dave"}, 404, "no active agent named dave"),
        ({"agent": "olga"}, 404, "no active agent named olga"),
        ({"agent": "anna"}, 422, "agent: you cannot transfer a ticket to yourself"),
        ({"agent": "ANNA", "queue": "care"}, 422,
         "agent: you cannot transfer a ticket to yourself"),
        ({"agent": "<b>x</b>"}, 422, None),
        ({"queue": "care", "reason": "x" * 301}, 422, None),
        ({"queue": "care", "reason": "fine\x00"}, 422, None),
        ({"queue": "care", "surprise": True}, 422, None),
    ]  # fmt: skip
    for body, status, detail in cases:
        r = _post(c, f"{t.id}/transfer", anna, **body)
        assert r.status_code == status, (body, r.text)
        if detail is not None:
            assert r.json()["detail"] == detail
        assert _state(t.id) == before, body
    # The wrong role: an ops lead may read the ticket but not move it.
    r = _post(c, f"{t.id}/transfer", olga, queue="care")
    assert r.status_code == 403 and "role agent" in r.json()["detail"]
    assert _state(t.id) == before
    # An unknown ticket.
    assert _post(c, f"{'0' * 32}/transfer", anna, queue="care").status_code == 404


def test_the_openapi_document_declares_the_answers() -> None:
    paths = create_app().openapi()["paths"]
    queues = paths["/api/v1/queues"]["get"]
    assert {"200", "401", "403"} <= set(queues["responses"])
    assert queues["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/QueuesOut"
    }
    transfer = paths["/api/v1/tickets/{ticket_id}/transfer"]["post"]
    assert {"200", "401", "403", "404", "409", "422"} <= set(transfer["responses"])
    assert "GET /api/v1/queues" in transfer["description"]
    detail = create_app().openapi()["components"]["schemas"]["TicketDetail"]["properties"]
    assert {"why", "customer_panel", "reply_due_at"} <= set(detail)
