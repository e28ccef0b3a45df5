"""Only work is paid, and resolving never locks the customer out (issue 12, item 6): a
ticket whose agent never wrote to the customer is refused as a paid resolution (409 saying
what to do) or closed unpaid with a no-reply code, marked for an ops review; a resolved
conversation goes back to the bot, the customer writes again and is answered, and rates the
person who helped. On SQLite and PostgreSQL, over HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select

from core.db import get_engine, unit_of_work
from core.migrate import alembic_config, migrate
from escalation.earnings.models import Earning
from escalation.ratings.models import Rating
from escalation.tickets.models import Ticket, TicketEvent
from escalation.tickets.pay import UNREPLIED_CODES, fixed_pay, settle, unreplied_problem
from router.conversations.models import Conversation
from tests.support.helpers import (
    WaitingTicket,
    client,
    conversation,
    make_agent,
    run_jobs,
    say,
    waiting_ticket,
)
from tests.support.migrations import execute_all, stored

# --- the rule itself: pure, no database ---------------------------------------------------


def test_a_reply_is_paid_whatever_the_code_and_no_reply_pays_nothing() -> None:
    pay = fixed_pay(200, 150, 100)  # 300 with the surge, + 100 bonus
    for code in ("solved", "customer_left", "duplicate"):
        paid = settle(pay, code, replied=True)
        assert paid.paid and paid.pay == pay and paid.review_reason is None
    unpaid = settle(pay, "duplicate", replied=False)
    assert not unpaid.paid and unpaid.pay.amount_cents == 0
    assert (unpaid.pay.base_cents, unpaid.pay.bonus_cents, unpaid.pay.surge_cents) == (0, 0, 0)
    assert unpaid.review_reason == "closed as duplicate without a reply to the customer"


def test_only_the_no_reply_codes_may_close_a_ticket_nobody_answered() -> None:
    assert set(UNREPLIED_CODES) == {"customer_left", "duplicate", "spam", "no_reply_needed"}
    for code in UNREPLIED_CODES:
        assert unreplied_problem(code) is None
    for code in ("solved", "refund_issued", "other", "spam_", "Duplicate"):
        problem = unreplied_problem(code)
        assert problem is not None and f"cannot be resolved as {code}" in problem
        assert "reply to the customer first" in problem and "no_reply_needed" in problem


# --- over HTTP ----------------------------------------------------------------------------

with_db = pytest.mark.usefixtures("backend")


def _post(c: Any, path: str, headers: dict[str, str], **body: Any) -> Any:
    return c.post(f"/api/v1/tickets/{path}", json=body or None, headers=headers)


def _claimed(c: Any, agent: dict[str, str], **kwargs: Any) -> WaitingTicket:
    t = waiting_ticket(**kwargs)
    assert _post(c, f"{t.id}/claim", agent).status_code == 200
    return t


def _ticket(ticket_id: str) -> Ticket:
    with unit_of_work() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None
        return ticket


def _snapshot(t: WaitingTicket) -> tuple[Any, ...]:
    """Everything a refused resolve must leave as it was."""
    with unit_of_work() as s:
        ticket = s.get(Ticket, t.id)
        conv = s.get(Conversation, t.conversation_id)
        assert ticket is not None and conv is not None
        return (
            ticket.status,
            ticket.resolution_code,
            ticket.review_reason,
            ticket.closed_at,
            conv.status,
            s.scalar(
                select(func.count()).select_from(TicketEvent).where(TicketEvent.ticket_id == t.id)
            ),
            s.scalar(select(func.count()).select_from(Earning)),
        )


def _earned(c: Any, agent: dict[str, str]) -> tuple[int, int]:
    body = c.get("/api/v1/agents/me/earnings", headers=agent).json()
    return body["total_cents"], body["tickets"]


def _rate(c: Any, t: WaitingTicket, score: int) -> Any:
    return c.post(
        f"/api/v1/conversations/{t.conversation_id}/rating",
        json={"score": score},
        headers=t.customer,
    )


@with_db
@pytest.mark.parametrize("code", ["solved", "refund_issued", "other", "customer_left_x"])
def test_claim_then_resolve_without_a_reply_is_refused_and_changes_nothing(code: str) -> None:
    c = client()
    _, anna = make_agent("anna")
    t = _claimed(c, anna)
    before = _snapshot(t)
    r = _post(c, f"{t.id}/resolve", anna, resolution_code=code)
    assert r.status_code == 409
    assert r.json() == {
        "error": "Conflict",
        "detail": f"you have not written to the customer, so the ticket cannot be resolved as "
        f"{code}: reply to the customer first, or, if no reply was needed, resolve it as "
        f"customer_left, duplicate, spam, no_reply_needed (unpaid, and reviewed by ops)",
    }
    assert _snapshot(t) == before  # still claimed, nothing paid, no event, no message
    assert _earned(c, anna) == (0, 0)
    # What it says works: a reply, then the same code is paid.
    assert _post(c, f"{t.id}/messages", anna, text="Sorted for you.").status_code == 201
    r = _post(c, f"{t.id}/resolve", anna, resolution_code=code)
    assert r.status_code == 200 and r.json()["review_reason"] is None
    assert _earned(c, anna) == (150, 1)


@with_db
@pytest.mark.parametrize("code", UNREPLIED_CODES)
def test_a_no_reply_code_closes_unpaid_and_marked_for_review(code: str) -> None:
    c = client()
    anna_id, anna = make_agent("anna")
    t = _claimed(c, anna, queue="fraud")  # 400 cents if it were paid
    r = _post(c, f"{t.id}/resolve", anna, resolution_code=code)
    assert r.status_code == 200, r.text
    reason = f"closed as {code} without a reply to the customer"
    assert r.json()["status"] == "resolved" and r.json()["resolution_code"] == code
    assert r.json()["review_reason"] == reason
    ticket = _ticket(t.id)
    assert ticket.review_reason == reason and ticket.claimed_by == anna_id
    assert _earned(c, anna) == (0, 0)  # nothing in the ledger
    with unit_of_work() as s:
        event = s.scalars(
            select(TicketEvent).where(TicketEvent.ticket_id == t.id).order_by(TicketEvent.id.desc())
        ).first()
    assert event is not None and (event.kind, event.from_status) == ("resolved", "claimed")
    assert event.detail == {"resolution_code": code, "pay_cents": 0, "review_reason": reason}
    # Nobody helped, so there is nobody to rate; the customer still writes again.
    assert _rate(c, t, 1).status_code == 409
    assert conversation(c, t.conversation_id, t.customer)["status"] == "bot"


@with_db
def test_after_a_reply_every_code_is_paid_and_not_reviewed() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = _claimed(c, anna)
    assert _post(c, f"{t.id}/messages", anna, text="Hello? Are you still there?").status_code == 201
    r = _post(c, f"{t.id}/resolve", anna, resolution_code="customer_left")
    assert r.status_code == 200 and r.json()["review_reason"] is None
    assert _earned(c, anna) == (150, 1)
    # A second resolve is refused as before, whatever the reply rule says.
    r = _post(c, f"{t.id}/resolve", anna, resolution_code="solved")
    assert r.json()["detail"] == "a ticket cannot go from resolved to resolved"


@with_db
def test_the_next_agent_after_a_transfer_must_reply_too() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = _claimed(c, anna)
    assert _post(c, f"{t.id}/messages", anna, text="Let me pass you on.").status_code == 201
    assert _post(c, f"{t.id}/transfer", anna, queue="general").status_code == 200
    assert _post(c, f"{t.id}/claim", ben).status_code == 200
    assert _post(c, f"{t.id}/resolve", ben, resolution_code="solved").status_code == 409
    assert _post(c, f"{t.id}/messages", ben, text="Hi, Ben here: done.").status_code == 201
    assert _post(c, f"{t.id}/resolve", ben, resolution_code="solved").status_code == 200
    assert (_earned(c, anna), _earned(c, ben)) == ((0, 0), (150, 1))


@with_db
@pytest.mark.parametrize("replied", [False, True])
def test_a_hand_back_is_paid_only_after_a_reply(replied: bool) -> None:
    c = client()
    _, anna = make_agent("anna")
    t = _claimed(c, anna)
    if replied:
        assert _post(c, f"{t.id}/messages", anna, text="The bot can do this.").status_code == 201
    r = _post(c, f"{t.id}/hand-back", anna)
    assert r.status_code == 200 and r.json()["resolution_code"] == "handed_back_to_bot"
    assert conversation(c, t.conversation_id, t.customer)["status"] == "bot"
    if replied:
        assert r.json()["review_reason"] is None and _earned(c, anna) == (150, 1)
    else:
        assert r.json()["review_reason"] == (
            "closed as handed_back_to_bot without a reply to the customer"
        )
        assert _earned(c, anna) == (0, 0)


@with_db
def test_after_a_resolve_the_customer_writes_again_is_answered_and_rates() -> None:
    c = client()
    anna_id, anna = make_agent("anna")
    t = _claimed(c, anna)
    assert _post(c, f"{t.id}/messages", anna, text="Refund issued.").status_code == 201
    assert _rate(c, t, 5).status_code == 409  # not resolved yet: nothing to rate
    assert _post(c, f"{t.id}/resolve", anna, resolution_code="refund_issued").status_code == 200
    conv = conversation(c, t.conversation_id, t.customer)
    assert conv["status"] == "bot" and conv["queue"] is None
    with unit_of_work() as s:  # the old requests for a person are forgotten
        stored_conv = s.get(Conversation, t.conversation_id)
        assert stored_conv is not None
        assert (stored_conv.human_requests, stored_conv.human_offered) == (0, False)

    # The customer is not locked out: the bot answers the next question.
    say(c, t.conversation_id, t.customer, "How do I return an item?", client_msg_id="q-1")
    run_jobs()
    conv = conversation(c, t.conversation_id, t.customer)
    assert conv["status"] == "bot"
    assert [m["author"] for m in conv["messages"]][-2:] == ["customer", "bot"]
    # A retry of that message is the same message, not a second one.
    again = say(c, t.conversation_id, t.customer, "How do I return an item?", client_msg_id="q-1")
    assert again["duplicate"] is True

    # A new request for a person opens a new ticket on the board.
    say(c, t.conversation_id, t.customer, "I want to talk to a human agent please")
    run_jobs()
    conv = conversation(c, t.conversation_id, t.customer)
    assert conv["status"] == "waiting_for_human"
    with unit_of_work() as s:
        tickets = s.scalars(
            select(Ticket.status).where(Ticket.conversation_id == t.conversation_id)
        ).all()
    assert sorted(tickets) == ["open", "resolved"]

    # The rating is for the person who resolved it, once.
    r = _rate(c, t, 5)
    assert r.status_code == 201, r.text
    with unit_of_work() as s:
        rating = s.scalars(select(Rating)).one()
        assert (rating.ticket_id, rating.agent_id) == (t.id, anna_id)
    assert _rate(c, t, 4).status_code == 409


@with_db
def test_the_rating_skips_a_later_ticket_closed_without_a_reply() -> None:
    c = client()
    anna_id, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = _claimed(c, anna)
    assert _post(c, f"{t.id}/messages", anna, text="Done.").status_code == 201
    assert _post(c, f"{t.id}/resolve", anna, resolution_code="solved").status_code == 200
    # A second ticket in the same conversation, closed by ben without a word.
    say(c, t.conversation_id, t.customer, "I want to talk to a human agent please")
    run_jobs()
    with unit_of_work() as s:
        second = s.scalars(
            select(Ticket.id).where(
                Ticket.conversation_id == t.conversation_id, Ticket.status == "open"
            )
        ).one()
    assert _post(c, f"{second}/claim", ben).status_code == 200
    assert _post(c, f"{second}/resolve", ben, resolution_code="duplicate").status_code == 200
    assert _rate(c, t, 2).status_code == 201
    with unit_of_work() as s:
        assert s.scalars(select(Rating.agent_id)).one() == anna_id


@with_db
def test_the_api_and_the_workspace_offer_the_no_reply_codes() -> None:
    c = client()
    schema = c.get("/openapi.json").json()["components"]["schemas"]["ResolveRequest"]
    page = c.get(f"/agent/ticket/{'0' * 32}")
    assert page.status_code == 200
    for code in UNREPLIED_CODES:
        assert f"`{code}`" in schema["description"]
        assert f'<option value="{code}">' in page.text


# --- migration 0008 -----------------------------------------------------------------------


@with_db
def test_0007_reopens_conversations_a_person_resolved_and_keeps_the_rest() -> None:
    previous = ScriptDirectory.from_config(alembic_config()).get_revision("0007").down_revision
    assert isinstance(previous, str)
    migrate("downgrade", previous)
    conversation_row = (
        "INSERT INTO conversations (id, status, human_requests, bot_turns, created_at,"
        " updated_at) VALUES ('{id}', '{status}', 2, 0, '2026-01-01', '2026-01-01')"
    )
    ticket_row = (
        "INSERT INTO tickets (id, conversation_id, status, queue, priority, skills, reason,"
        " created_at, updated_at) VALUES ('{id}', '{conv}', '{status}', 'general', 0, '[]',"
        " 'asked', '{at}', '{at}')"
    )
    rows = {  # conversation: (its status, its tickets oldest first)
        "resolved": ("closed", ["resolved"]),
        "abandoned": ("closed", ["abandoned"]),
        "resolved_then_expired": ("closed", ["resolved", "expired"]),
        "handed_back": ("bot", ["resolved"]),
        "waiting": ("waiting_for_human", ["resolved", "open"]),
        "no_ticket": ("closed", []),
    }
    statements = []
    for cid, (status, statuses) in rows.items():
        statements.append(conversation_row.format(id=cid, status=status))
        for n, ticket_status in enumerate(statuses):
            statements.append(
                ticket_row.format(
                    id=f"{cid}-{n}", conv=cid, status=ticket_status, at=f"2026-01-0{n + 1}"
                )
            )
    execute_all(statements)
    migrate("upgrade", "0007")
    assert "review_reason" in {c["name"] for c in inspect(get_engine()).get_columns("tickets")}
    after = dict(stored("SELECT id, status FROM conversations"))
    assert after == {
        "resolved": "bot", "abandoned": "closed", "resolved_then_expired": "closed",
        "handed_back": "bot", "waiting": "waiting_for_human", "no_ticket": "closed",
    }  # fmt: skip
    assert stored("SELECT human_requests FROM conversations WHERE id = 'resolved'") == [(0,)]
    assert stored("SELECT human_requests FROM conversations WHERE id = 'abandoned'") == [(2,)]
    migrate("downgrade", previous)
    assert "review_reason" not in {c["name"] for c in inspect(get_engine()).get_columns("tickets")}
    assert len(stored("SELECT id FROM tickets")) == 7  # every ticket kept
    migrate("upgrade", "head")
