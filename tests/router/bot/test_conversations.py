"""Whole conversations through the API and a real RQ worker: the bot's conversation skills
in the twelve languages it serves (answers, small talk, clarifying, follow-ups, misses, offers
of a person that a "yes" accepts, never the same text twice in a row)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from core.db import unit_of_work
from escalation.rules.models import Decision
from router.conversations.models import Conversation
from tests.support.helpers import client, conversation, run_jobs, say, signed, start_conversation

pytestmark = pytest.mark.usefixtures("backend")


@dataclass(frozen=True)
class Turn:
    action: str
    rule: str
    move: str | None
    article: str | None
    replies: list[str]


def chat(*texts: str, customer: str | None = None) -> list[Turn]:
    """Each text as a customer message, processed by the worker before the next one."""
    c = client()
    body = signed(customer) if customer else {}
    cid, headers = start_conversation(c, **body)
    turns = []
    seen = 0
    for text in texts:
        say(c, cid, headers, text)
        run_jobs()
        messages = conversation(c, cid, headers)["messages"]
        replies = [m["text"] for m in messages[seen:] if m["author"] in ("bot", "system")]
        seen = len(messages)
        with unit_of_work() as s:
            d = s.scalars(
                select(Decision).where(Decision.conversation_id == cid).order_by(Decision.id.desc())
            ).first()
            assert d is not None
            signals = d.signals or {}
            turns.append(
                Turn(
                    d.action,
                    d.rule,
                    signals.get("bot_move"),
                    signals.get("answer_article"),
                    replies,
                )
            )
    return turns


def status(*texts: str) -> str:
    c = client()
    cid, headers = start_conversation(c)
    for text in texts:
        say(c, cid, headers, text)
        run_jobs()
    with unit_of_work() as s:
        conv = s.get(Conversation, cid)
        assert conv is not None
        return str(conv.status)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("how long does delivery take?", "delivery_time"),
        ("how do returns work?", "return_item"),
        ("wann muss ich zahlen?", "payment_due"),
        ("Kann ich das Zahlungsdatum verschieben?", "move_due_date"),
        ("hur länge har jag på mig att returnera något?", "return_window"),
        ("hvordan lukker jeg min konto", "close_account"),
        (
            "Comment puis-je payer ma facture ? Vous acceptez quels moyens de paiement ?",
            "payment_methods",
        ),
        ("¿cuánto tarda en llegar el reembolso?", "refund_status"),
        ("ik kan niet inloggen, de code komt niet aan", "login_problem"),
        ("dlaczego mój zakup został odrzucony?", "purchase_declined"),
        ("posso pagar antecipadamente tudo de uma vez?", "pay_early"),
    ],
)
def test_plain_questions_are_answered_in_the_customers_language(text: str, topic: str) -> None:
    (turn,) = chat(text)
    assert (turn.action, turn.article) == ("answer", topic), turn
    assert turn.replies and turn.replies[0].strip()


@pytest.mark.parametrize(
    "text",
    [
        "hi",
        "Hallo!",
        "thanks!",
        "Danke!",
        "are you a bot?",
        "Tu es un robot ?",
        "what can you do?",
        "ok",
        "hej hej",
        "dzięki",
        "bye",
    ],
)
def test_small_talk_is_answered_and_never_escalated(text: str) -> None:
    (turn,) = chat(text)
    assert turn.action == "answer" and turn.move == "smalltalk", (text, turn)


def test_the_customers_own_data_comes_first_and_thanks_closes_politely(today: date) -> None:
    due, thanks = chat(
        "Wann ist meine nächste Rate fällig?", "Danke dir!", customer="demo-customer-0"
    )
    assert due.article == "payment_due" and "Bestellung 1017" in due.replies[0]
    assert thanks.move == "smalltalk" and thanks.article == "thanks"
    assert "?" not in thanks.replies[0]  # a polite close, not another question


def test_a_follow_up_is_understood_from_the_previous_turn() -> None:
    first, follow = chat("when is my next payment due?", "and can I move that date?")
    assert first.article == "payment_due"
    assert follow.action == "answer" and follow.article == "move_due_date"


def test_a_miss_asks_to_rephrase_then_offers_a_person_and_yes_gets_one() -> None:
    first, second, yes = chat(
        "can you recommend a good pizza recipe?",
        "what's the weather in Berlin tomorrow?",
        "yes please",
    )
    assert (first.action, first.rule) == ("rephrase", "first_miss")
    assert (second.action, second.rule) == ("offer_human", "second_miss")
    assert first.replies != second.replies  # never the same paragraph twice in a row
    assert yes.action == "escalate" and yes.rule == "explicit_human_request"


def test_no_thanks_after_an_offer_keeps_the_bot() -> None:
    *_, no = chat("recommend me a pizza recipe", "and the weather in Paris?", "no thanks")
    assert no.action == "answer" and no.move == "decline_offer"
    assert status("recommend me a pizza recipe", "and the weather in Paris?", "no thanks") == "bot"


def test_the_same_answer_is_never_sent_twice_in_a_row() -> None:
    first, again, third, fourth = chat(
        "how do I close my account?",
        "how do I close my account??",
        "how do i close my account",
        "yes",
    )
    assert first.article == "close_account"
    assert (again.action, again.move, again.article) == ("answer", "repeat", "close_account")
    assert first.replies[0] not in again.replies  # a short pointer back, not the same text
    assert third.action == "offer_human" and third.rule == "answer_did_not_help"
    assert first.replies[0] not in third.replies
    assert fourth.action == "escalate"


def test_saying_the_answer_missed_offers_a_person_and_the_third_time_one_comes() -> None:
    first, missed, third = chat(
        "How can I close my account?",
        "That's not what I asked. How do I close my account?",
        "how do I close my account???",
    )
    assert first.article == "close_account"
    assert missed.action == "offer_human" and missed.rule == "answer_did_not_help"
    assert first.replies[0] not in missed.replies
    assert third.action == "escalate" and third.rule == "loop"


def test_a_clear_request_for_a_person_is_honoured_at_once() -> None:
    for text in (
        "Mitarbeiter",
        "agent",
        "I want to talk to a human",
        "Jag vill prata med en människa",
    ):
        (turn,) = chat(text)
        assert turn.action == "escalate", text


def test_two_close_topics_make_the_bot_ask_and_the_answer_picks_one() -> None:
    asked, picked = chat("zwrot", "ten drugi")
    assert (asked.action, asked.move) == ("answer", "clarify")
    with unit_of_work() as s:
        options = s.scalars(select(Decision.signals).order_by(Decision.id.desc()).limit(2)).all()[
            1
        ]["clarify_options"]
    assert len(options) == 2 and "?" in asked.replies[0]
    assert picked.action == "answer" and picked.article == options[1]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("my card isn't stolen, I just got a new one. How do I change it?", "update_card"),
        (
            "Keine Sorge, meine Karte wurde nicht gestohlen, ich will nur eine neue hinterlegen",
            "update_card",
        ),
        ("are you a bot?", "bot_identity"),
    ],
)
def test_hard_negatives_are_answered_not_escalated(text: str, topic: str) -> None:
    (turn,) = chat(text)
    assert (turn.action, turn.article) == ("answer", topic), turn


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Jemand hat mit meiner Karte bezahlt, das war ich nicht!", "risk_topic"),
        ("Someone made purchases on my account that I never made", "risk_topic"),
        ("Was ist das für ein Saftladen, ihr seid echt unverschämt!", "frustrated"),
        ("Sois unos inútiles, es una vergüenza", "frustrated"),
    ],
)
def test_risk_and_anger_reach_a_person_at_once(text: str, rule: str) -> None:
    (turn,) = chat(text)
    assert (turn.action, turn.rule) == ("escalate", rule), turn


def test_the_handoff_notice_is_in_the_customers_language_beyond_the_twelve() -> None:
    (turn,) = chat("Dobrý den, chci mluvit s operátorem, prosím")
    assert turn.action == "escalate"
    english = "I'm connecting you with a person"
    assert turn.replies and not any(r.startswith(english) for r in turn.replies)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hvornår skal jeg betale næste rate?", "da"),
        ("Når må jeg betale neste avdrag?", "no"),
        ("När ska jag betala nästa delbetalning?", "sv"),
    ],
)
def test_danish_norwegian_and_swedish_are_told_apart(text: str, language: str) -> None:
    (turn,) = chat(text)
    with unit_of_work() as s:
        decision = s.scalars(select(Decision).order_by(Decision.id.desc())).first()
        assert decision is not None
        assert decision.signals["language"] == language
    assert turn.action == "answer" and turn.article == "payment_due"
