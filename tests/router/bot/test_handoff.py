"""The handoff package for agents and handing a conversation back to the bot."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from core.db import unit_of_work
from core.errors import Conflict, NotFound
from escalation.rules.models import Decision
from router.bot.handoff import handoff_package
from router.bot.service import hand_back_to_bot
from router.conversations.models import Author, Conversation, ConversationStatus, Message
from router.conversations.schemas import MessageCreate
from router.conversations.service import add_customer_message, add_message
from tests.router.bot.conftest import new_conversation
from tests.support.helpers import make_agent
from workers.tasks import run_message

CARD = "4111 1111 1111 1111"


def _escalated(customer_ref: str | None = "demo-customer-0") -> str:
    cid = new_conversation(customer_ref, "en", ConversationStatus.WAITING_FOR_HUMAN)
    with unit_of_work() as s:
        add_message(s, cid, Author.CUSTOMER, "Hi")
        add_message(s, cid, Author.BOT, "Hello! How can I help?")
        first = add_message(s, cid, Author.CUSTOMER, "Where is my refund for order 1042?")
        s.add(
            Decision(
                conversation_id=cid,
                message_id=first.id,
                action="answer",
                rule="answer",
                reason="answered",
                ruleset="v1",
                signals={"intent": "refund_status"},
            )
        )
        last = add_message(
            s, cid, Author.CUSTOMER, f"It is still not there! I paid with card {CARD}."
        )
        s.add(
            Decision(
                conversation_id=cid,
                message_id=last.id,
                action="escalate",
                rule="loop",
                reason="loop: same question 2 times",
                queue="general",
                ruleset="v1",
                signals={"intent": "refund_status", "loop_count": 2, "frustration": 0.6},
            )
        )
    return cid


def test_the_package_has_transcript_reason_context_and_summary(today: date) -> None:
    cid = _escalated()
    with unit_of_work() as s:
        package = handoff_package(s, cid)
    assert [line.author for line in package.transcript] == [
        "customer", "bot", "customer", "customer",
    ]  # fmt: skip
    assert package.escalation is not None
    assert package.escalation.rule == "loop" and package.escalation.signals["loop_count"] == 2
    assert package.intent == "refund_status" and package.order_numbers == ["1042"]
    assert package.summary_source == "extractive"
    assert "refund status" in package.summary and "1042" in package.summary
    assert "loop: same question 2 times" in package.summary
    assert CARD not in package.summary and "[card number]" in package.summary
    assert package.customer is not None
    assert package.customer.recent_orders[0]["number"] == "1088"
    assert package.customer.refunds[0]["order_number"] == "1042"
    assert package.customer.open_instalments[0]["order_number"] == "1017"
    assert package.model_dump_json()  # serialisable for the ticket view


def test_the_llm_summary_is_used_when_there_is_one(today: date) -> None:
    cid = _escalated(customer_ref=None)
    with unit_of_work() as s:
        conversation = s.get(Conversation, cid)
        assert conversation is not None
        conversation.summary = "Refund for 1042 missing; customer upset."
    with unit_of_work() as s:
        package = handoff_package(s, cid)
    assert package.summary == "Refund for 1042 missing; customer upset."
    assert package.summary_source == "llm" and package.customer is None


def test_an_unknown_conversation(backend: str) -> None:
    with unit_of_work() as s, pytest.raises(NotFound):
        handoff_package(s, "nope")


def test_the_agent_hands_the_conversation_back_and_the_bot_answers_again(today: date) -> None:
    make_agent("anna", languages=("de",))
    cid = new_conversation("demo-customer-0", "de", ConversationStatus.WITH_HUMAN)
    with unit_of_work() as s:
        conversation = s.get(Conversation, cid)
        assert conversation is not None
        conversation.human_requests = 2
        conversation.human_offered = True
    with unit_of_work() as s:
        message = hand_back_to_bot(s, cid, "anna")
        assert message.author == Author.SYSTEM
        assert message.text.startswith("Anna hat dich wieder an unseren Assistenten übergeben.")
    with unit_of_work() as s:
        conversation = s.get(Conversation, cid)
        assert conversation is not None
        assert conversation.status == ConversationStatus.BOT
        assert (conversation.human_requests, conversation.human_offered) == (0, False)
    # The bot is back: the next question is answered, not escalated again.
    with unit_of_work() as s:
        message_id, _ = add_customer_message(
            s, cid, MessageCreate(text="Wo ist meine Rückerstattung?"), enqueue=False
        )
    assert run_message(message_id).replies
    with unit_of_work() as s:
        last = s.scalars(
            select(Message).where(Message.conversation_id == cid).order_by(Message.id.desc())
        ).first()
        assert last is not None and last.author == Author.BOT


@pytest.mark.parametrize(
    "status",
    [ConversationStatus.BOT, ConversationStatus.WAITING_FOR_HUMAN, ConversationStatus.CLOSED],
)
def test_only_a_conversation_a_person_holds_can_be_handed_back(today: date, status: str) -> None:
    cid = new_conversation("demo-customer-0", "en", status)
    with unit_of_work() as s, pytest.raises(Conflict):
        hand_back_to_bot(s, cid, "anna")
    with unit_of_work() as s:
        conversation = s.get(Conversation, cid)
        assert conversation is not None and conversation.status == status
    with unit_of_work() as s, pytest.raises(NotFound):
        hand_back_to_bot(s, "missing", "anna")


def test_an_unknown_agent_name_is_shown_as_given(today: date) -> None:
    cid = new_conversation("demo-customer-0", None, ConversationStatus.WITH_HUMAN)
    with unit_of_work() as s:
        assert hand_back_to_bot(s, cid, "bob").text.startswith("bob has handed you back")
