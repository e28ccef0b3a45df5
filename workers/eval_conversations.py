"""`relaydesk eval conversations`: play a set of conversations through the real pipeline.

Each conversation is created like a customer's (a signed-in demo customer of its own when the
conversation says `customer: true`), each turn stored as a customer message and processed by
the same function the worker runs (`workers.tasks.run_message`), on a
fresh SQLite database in a temporary folder: nothing is written to the configured database.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import db
from core.db import unit_of_work
from core.migrate import upgrade_to_head
from core.redis import reset_redis, stop_embedded_redis
from core.settings import reset_settings
from escalation.rules.models import Decision
from escalation.rules.signals import Action
from router.bot.evaluation import Played, TurnResult, load_set, report_lines
from router.bot.knowledge import knowledge_base
from router.bot.topics import ensure_topic_model
from router.classification.intent_store import get_intent_model
from router.conversations.identity import customer_signature
from router.conversations.models import Author, Message
from router.conversations.schemas import ConversationCreate, MessageCreate
from router.conversations.service import add_customer_message, create_conversation
from router.customers.seed import seed_demo_customers
from workers.tasks import run_message

Print = Callable[[str], None]


def _outcome(session: Session, message_id: int) -> tuple[str, str | None, str]:
    decision = session.scalars(select(Decision).where(Decision.message_id == message_id)).one()
    replies = session.scalars(
        select(Message.text)
        .where(
            Message.conversation_id == decision.conversation_id,
            Message.id > message_id,
            Message.author.in_((Author.BOT, Author.SYSTEM)),
        )
        .order_by(Message.id)
    ).all()
    reply = " / ".join(replies)
    signals = decision.signals or {}
    action = decision.action
    if action in (Action.ESCALATE, Action.HOLD):
        return "person", decision.queue, reply
    if action == Action.OFFER_HUMAN:
        return "offer", None, reply
    if action == Action.REPHRASE:
        return "fallback", None, reply
    move = signals.get("bot_move")
    if move in ("smalltalk", "clarify"):
        return str(move), None, reply
    if move == "decline_offer":
        return "decline", None, reply
    return str(signals.get("answer_article") or "none"), None, reply


def play_set(folder: Path, progress: Print, *, limit: int | None = None) -> list[Played]:
    """Play every conversation of the set, on the configured database."""
    kb = knowledge_base()
    specs = load_set(folder, {a.id for a in kb.articles})[:limit]
    get_intent_model(progress)
    ensure_topic_model(kb, progress)  # evaluation may train; serving never does
    upgrade_to_head()
    with unit_of_work() as session:
        seed_demo_customers(session, customers=max(21, len(specs)))
    played: list[Played] = []
    started = time.perf_counter()
    for n, spec in enumerate(specs):
        customer = f"demo-customer-{n}" if spec.customer else None
        with unit_of_work() as session:
            proof = customer_signature(customer) if customer else None
            conversation = create_conversation(
                session, ConversationCreate(customer_ref=customer, customer_signature=proof)
            )
            conversation_id = conversation.id
        record = Played(spec)
        for turn in spec.turns:
            with unit_of_work() as session:
                message_id, _ = add_customer_message(
                    session, conversation_id, MessageCreate(text=turn.text), enqueue=False
                )
            run_message(message_id)
            with unit_of_work() as session:
                outcome, queue, reply = _outcome(session, message_id)
            record.results.append(TurnResult(outcome, queue, reply))
            if outcome == "person":
                break
        played.append(record)
        if (n + 1) % 25 == 0 or n + 1 == len(specs):
            progress(
                f"played {n + 1}/{len(specs)} conversations ({time.perf_counter() - started:.0f} s)"
            )
    return played


def run(folder: Path, out: Print, *, limit: int | None = None, failures: int = 40) -> int:
    """Play the set on a throw-away database and print the report; 0 when it ran."""
    configured = os.environ.get("DATABASE_URL")
    with tempfile.TemporaryDirectory(prefix="relaydesk-eval-") as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'eval.sqlite3'}"
        reset_settings()
        db.reset_engine()
        try:
            for line in report_lines(play_set(folder, out, limit=limit), failures=failures):
                out(line)
        finally:
            if configured is None:
                os.environ.pop("DATABASE_URL", None)
            else:
                os.environ["DATABASE_URL"] = configured
            reset_settings()
            db.reset_engine()
            reset_redis()
            stop_embedded_redis()  # started by the events the pipeline publishes, if at all
    return 0
