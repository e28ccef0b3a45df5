"""The intake API against real SQLite/PostgreSQL and Redis, with a real RQ worker."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from escalation.rules.models import Decision
from escalation.tickets.models import Ticket
from router.conversations.models import Message
from tests.support.helpers import client, conversation, run_jobs, say, start_conversation

pytestmark = pytest.mark.usefixtures("backend")


def _count(model: type, **where: object) -> int:
    with unit_of_work() as s:
        q = select(func.count()).select_from(model)
        for key, value in where.items():
            q = q.where(getattr(model, key) == value)
        return s.scalar(q) or 0


def test_german_refund_question_gets_a_bot_answer_in_german() -> None:
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Wo ist meine Rückerstattung?")
    run_jobs()
    conv = conversation(c, cid, auth)
    assert conv["status"] == "bot"
    authors = [m["author"] for m in conv["messages"]]
    assert authors == ["customer", "bot"]
    assert "Rückerstattung" in conv["messages"][1]["text"]
    assert conv["queue"] is None


def test_mitarbeiter_escalates_at_once_with_a_ticket() -> None:
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Mitarbeiter")
    run_jobs()
    conv = conversation(c, cid, auth)
    assert conv["status"] == "waiting_for_human"
    assert conv["queue"]["position"] == 1
    assert conv["queue"]["estimated_wait_s"] > 0
    assert conv["messages"][-1]["author"] == "system"
    with unit_of_work() as s:
        ticket = s.scalars(select(Ticket).where(Ticket.conversation_id == cid)).one()
        decision = s.scalars(select(Decision).where(Decision.conversation_id == cid)).one()
    assert ticket.status == "open"
    assert ticket.language == "de"
    assert decision.rule == "explicit_human_request"
    assert decision.reason == "customer asked for a person, 1st request, German"
    assert decision.signals["human_request"] is True


def test_swedish_question_is_answered_in_swedish() -> None:
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Hur returnerar jag en vara?")
    run_jobs()
    conv = conversation(c, cid, auth)
    assert conv["status"] == "bot"
    assert "retur" in conv["messages"][-1]["text"].lower()


def test_questions_the_bot_cannot_answer_escalate_at_the_third_with_reason() -> None:
    c = client()
    cid, auth = start_conversation(c, language="en")
    for text in (
        "Can you explain the chemistry of photosynthesis in detail?",
        "Who won the football match yesterday?",
        "What is the capital of Peru?",
    ):
        say(c, cid, auth, text)
        run_jobs()
    conv = conversation(c, cid, auth)
    assert conv["status"] == "waiting_for_human"
    with unit_of_work() as s:
        rules = s.scalars(
            select(Decision.rule).where(Decision.conversation_id == cid).order_by(Decision.id)
        ).all()
    assert rules == ["first_miss", "second_miss", "bot_could_not_answer"]


def test_queue_positions_follow_arrival() -> None:
    c = client()
    convs = [start_conversation(c) for _ in range(3)]
    for cid, auth in convs:
        say(c, cid, auth, "I want to talk to a human agent")
    run_jobs()
    positions = [conversation(c, cid, auth)["queue"]["position"] for cid, auth in convs]
    assert positions == [1, 2, 3]


def test_retry_with_same_client_msg_id_is_answered_with_the_first_result() -> None:
    c = client()
    cid, auth = start_conversation(c)
    first = say(c, cid, auth, "Wo ist meine Rückerstattung?", client_msg_id="m-1")
    again = say(c, cid, auth, "Wo ist meine Rückerstattung?", client_msg_id="m-1")
    assert again["id"] == first["id"]
    assert first["duplicate"] is False and again["duplicate"] is True
    run_jobs()
    say(c, cid, auth, "Wo ist meine Rückerstattung?", client_msg_id="m-1")  # after processing
    run_jobs()
    conv = conversation(c, cid, auth)
    assert [m["author"] for m in conv["messages"]] == ["customer", "bot"]
    assert _count(Decision, conversation_id=cid) == 1


def test_reused_client_msg_id_with_other_text_is_a_conflict() -> None:
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "hello", client_msg_id="dup")
    r = c.post(
        f"/api/v1/conversations/{cid}/messages",
        json={"text": "something else", "client_msg_id": "dup"},
        headers=auth,
    )
    assert r.status_code == 409
    assert r.json()["error"] == "Conflict"
    assert _count(Message, conversation_id=cid) == 1


def test_same_client_msg_id_in_two_conversations_are_two_messages() -> None:
    c = client()
    a, auth_a = start_conversation(c)
    b, auth_b = start_conversation(c)
    assert (
        say(c, a, auth_a, "hi", client_msg_id="x")["id"]
        != say(c, b, auth_b, "hi", client_msg_id="x")["id"]
    )


def test_out_of_order_processing_still_answers_in_order() -> None:
    """The job of the second message runs first: both are decided, in order, once."""
    from workers.tasks import process_message

    c = client()
    cid, auth = start_conversation(c)
    m1 = say(c, cid, auth, "Wo ist meine Rückerstattung?")["id"]
    m2 = say(c, cid, auth, "Wann ist meine nächste Rate fällig?")["id"]
    process_message(m2)
    process_message(m1)
    run_jobs()
    messages = conversation(c, cid, auth)["messages"]
    assert [m["author"] for m in messages] == ["customer", "customer", "bot", "bot"]
    assert "Rückerstattung" in messages[2]["text"]
    assert "Rate" in messages[3]["text"]
    assert _count(Decision, conversation_id=cid) == 2


def test_the_bot_stays_silent_once_waiting_for_a_human() -> None:
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Mitarbeiter bitte")
    run_jobs()
    say(c, cid, auth, "Wo ist meine Rückerstattung?")
    run_jobs()
    conv = conversation(c, cid, auth)
    assert [m["author"] for m in conv["messages"]] == ["customer", "system", "customer"]
    assert _count(Ticket, conversation_id=cid) == 1
