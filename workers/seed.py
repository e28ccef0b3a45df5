"""Seeded history: demo conversations run through the real pipeline, so that the rules
simulation and the dashboards have something to show on a fresh install."""

from __future__ import annotations

import random
from collections.abc import Callable

from core.db import unit_of_work
from router.conversations.identity import customer_signature
from router.conversations.schemas import ConversationCreate, MessageCreate
from router.conversations.service import add_customer_message, create_conversation
from router.customers.seed import seed_demo_customers
from workers.tasks import run_message

# (language, first message, optional follow-up): what customers of a BNPL shop write.
SCRIPTS: tuple[tuple[str, str, str | None], ...] = (
    ("de", "Wo ist meine Rückerstattung?", None),
    ("de", "Ich habe die Ware zurückgeschickt, wann bekomme ich mein Geld zurück?", None),
    ("de", "Wann ist meine nächste Rate fällig?", None),
    ("de", "Wie kann ich eine Rücksendung machen?", None),
    ("de", "Mein Paket ist nicht angekommen", "Das Paket ist immer noch nicht da!"),
    ("de", "Mitarbeiter", None),
    ("de", "Meine Karte wurde abgelehnt", None),
    ("de", "Kann ich mit einem Menschen sprechen?", None),
    ("en", "Where is my refund for order 1042?", None),
    ("en", "I returned the shoes two weeks ago and still have no refund", None),
    ("en", "When is my next payment due?", None),
    ("en", "How do I return an item?", None),
    ("en", "My card was declined at checkout", None),
    ("en", "I want to talk to a human", None),
    ("en", "How do I change my email address?", None),
    ("en", "My parcel never arrived", "It still hasn't arrived, where is it?"),
    ("en", "Can you explain how interest rates on savings accounts work?", None),
    ("en", "refund status please", "I asked about my refund, where is it"),
    ("sv", "Hur returnerar jag en vara?", None),
    ("sv", "Var är min återbetalning?", None),
    ("sv", "När förfaller min nästa betalning?", None),
    ("sv", "Mitt kort nekades", None),
    ("sv", "Jag vill prata med en människa", None),
    ("sv", "Mitt paket har inte kommit", None),
)


def seed_history(
    conversations: int, *, seed: int = 7, progress: Callable[[str], None] | None = None
) -> int:
    """Create `conversations` demo conversations and process them; return messages decided."""
    rng = random.Random(seed)
    say = progress or (lambda _line: None)
    with unit_of_work() as session:
        orders = seed_demo_customers(session)
    say(f"demo customers' orders, instalments, refunds and returns: {orders} orders")
    decided = 0
    for n in range(conversations):
        language, first, follow_up = rng.choice(SCRIPTS)
        customer = f"demo-customer-{rng.randrange(max(3, conversations // 3))}"
        texts = [first] + ([follow_up] if follow_up and rng.random() < 0.7 else [])
        with unit_of_work() as session:
            conversation = create_conversation(
                session,
                ConversationCreate(
                    customer_ref=customer,
                    customer_signature=customer_signature(customer),
                    language=language,
                ),
            )
            conversation_id = conversation.id
        for text in texts:
            with unit_of_work() as session:
                message_id, _ = add_customer_message(
                    session, conversation_id, MessageCreate(text=text), enqueue=False
                )
            decided += len(run_message(message_id).decided)
        if (n + 1) % 10 == 0 or n + 1 == conversations:
            say(f"seeded {n + 1}/{conversations} conversations")
    return decided
