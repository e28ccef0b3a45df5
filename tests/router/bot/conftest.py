"""Seeded demo customers and conversations for the bot's tests."""

from __future__ import annotations

from datetime import date

import pytest

from core.db import unit_of_work
from router.conversations.models import Conversation, ConversationStatus
from router.customers.seed import seed_demo_customers


@pytest.fixture
def today(backend: str) -> date:
    """The demo customers seeded relative to today (on the `backend` database)."""
    day = date.today()
    with unit_of_work() as s:
        seed_demo_customers(s, today=day)
    return day


def new_conversation(
    customer_ref: str | None,
    language: str | None = None,
    status: str = ConversationStatus.BOT,
) -> str:
    with unit_of_work() as s:
        conversation = Conversation(customer_ref=customer_ref, language=language, status=status)
        s.add(conversation)
        s.flush()
        return conversation.id
