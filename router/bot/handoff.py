"""The handoff package: everything an agent needs so the customer never repeats themselves.

The transcript, why the conversation was escalated (the decision's rule, reason and
signals), the customer's context from the customer-data backend (recent orders, open
instalments, refunds, returns) and a short summary: the LLM's, when it wrote one, otherwise
an extractive one built here (intent, order numbers, the customer's key sentences).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import NotFound
from escalation.rules.models import Decision
from router.bot.extract import order_numbers
from router.bot.tools import rows
from router.classification.pii import redact
from router.conversations.models import Author, Conversation, Message
from router.customers.backend import CustomerDataBackend
from router.customers.service import customer_data

SUMMARY_SENTENCES = 3
SENTENCE_CHARS = 160
RECENT_ORDERS = 5
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W_]+")


class TranscriptLine(BaseModel):
    id: int
    author: str
    text: str
    created_at: datetime


class Escalation(BaseModel):
    rule: str | None
    reason: str | None
    queue: str | None
    signals: dict[str, Any]
    decided_at: datetime | None


class CustomerContext(BaseModel):
    ref: str
    recent_orders: list[dict[str, Any]]
    open_instalments: list[dict[str, Any]]
    refunds: list[dict[str, Any]]
    returns: list[dict[str, Any]]


class HandoffPackage(BaseModel):
    conversation_id: str
    customer_ref: str | None
    language: str | None
    status: str
    summary: str
    summary_source: str  # "llm" or "extractive"
    intent: str | None
    order_numbers: list[str]
    escalation: Escalation | None
    customer: CustomerContext | None
    transcript: list[TranscriptLine]


def _escalating_decision(session: Session, conversation_id: str) -> Decision | None:
    decisions = list(
        session.scalars(
            select(Decision)
            .where(Decision.conversation_id == conversation_id)
            .order_by(Decision.id.desc())
        )
    )
    return next(
        (d for d in decisions if d.action == "escalate"), decisions[0] if decisions else None
    )


def _key_sentences(texts: list[str]) -> list[str]:
    """The customer's most informative sentences, in the order they were written: long
    ones with order numbers and amounts first, greetings and one-word requests last."""
    candidates: list[tuple[float, int, str]] = []
    for index, text in enumerate(texts):
        for sentence in _SENTENCE.split(text):
            sentence = " ".join(sentence.split())
            words = _WORD.findall(sentence)
            if len(words) < 2:
                continue
            score = min(len(words), 20) + 8 * bool(re.search(r"\d", sentence)) + index * 0.5
            candidates.append((score, len(candidates), sentence))
    best = sorted(candidates, key=lambda c: -c[0])[:SUMMARY_SENTENCES]
    picked = [s for _, _, s in sorted(best, key=lambda c: c[1])]
    if not picked and texts:
        picked = [" ".join(texts[-1].split())]
    return [s if len(s) <= SENTENCE_CHARS else f"{s[: SENTENCE_CHARS - 1]}…" for s in picked]


def extractive_summary(
    customer_texts: list[str], intent: str | None, numbers: list[str], reason: str | None
) -> str:
    """A short summary for the agent, from what the customer wrote (personal data masked)."""
    parts = []
    if intent:
        parts.append(f"Topic: {intent.replace('_', ' ')}.")
    if numbers:
        parts.append(f"Orders mentioned: {', '.join(numbers)}.")
    if reason:
        parts.append(f"Handed over because: {reason}.")
    sentences = _key_sentences(customer_texts)
    if sentences:
        parts.append("Customer: " + " / ".join(f'"{s}"' for s in sentences))
    return redact(" ".join(parts)) or "No messages from the customer yet."


def _customer_context(
    session: Session, customer_ref: str | None, backend: CustomerDataBackend | None
) -> CustomerContext | None:
    data = customer_data(session, customer_ref, backend)
    if data is None:
        return None
    return CustomerContext(
        ref=data.customer_ref,
        recent_orders=rows(data.orders(limit=RECENT_ORDERS)),
        open_instalments=rows(data.instalments(open_only=True)),
        refunds=rows(data.refunds()),
        returns=rows(data.returns()),
    )


def handoff_package(
    session: Session, conversation_id: str, *, backend: CustomerDataBackend | None = None
) -> HandoffPackage:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise NotFound(f"conversation {conversation_id} not found")
    messages = list(
        session.scalars(
            select(Message).where(Message.conversation_id == conversation_id).order_by(Message.id)
        )
    )
    decision = _escalating_decision(session, conversation_id)
    signals: dict[str, Any] = dict(decision.signals or {}) if decision is not None else {}
    intent = signals.get("intent") if isinstance(signals.get("intent"), str) else None
    customer_texts = [m.text for m in messages if m.author == Author.CUSTOMER]
    numbers = list(dict.fromkeys(n for t in customer_texts for n in order_numbers(t)))
    reason = decision.reason if decision is not None else None
    if conversation.summary:
        summary, source = conversation.summary, "llm"
    else:
        summary, source = extractive_summary(customer_texts, intent, numbers, reason), "extractive"
    return HandoffPackage(
        conversation_id=conversation.id,
        customer_ref=conversation.customer_ref,
        language=conversation.language,
        status=conversation.status,
        summary=summary,
        summary_source=source,
        intent=intent,
        order_numbers=numbers,
        escalation=None
        if decision is None
        else Escalation(
            rule=decision.rule,
            reason=decision.reason,
            queue=decision.queue,
            signals=signals,
            decided_at=decision.created_at,
        ),
        customer=_customer_context(session, conversation.customer_ref, backend),
        transcript=[
            TranscriptLine(id=m.id, author=m.author, text=m.text, created_at=m.created_at)
            for m in messages
        ],
    )
