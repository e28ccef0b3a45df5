"""Migration 0004 (pay, SLA and reply timer columns on tickets; earnings, ratings and
webhooks) keeps every stored ticket and event, up and down, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from core.db import get_engine
from core.migrate import migrate
from tests.support.migrations import (
    OPEN_TICKET_ROWS,
    TICKETS_WITH_EVENTS,
    execute_all,
    stored,
    stored_value,
)

pytestmark = pytest.mark.usefixtures("backend")

NEW_TABLES = {"agent_earnings", "conversation_ratings", "webhook_endpoints", "webhook_deliveries"}


def test_0004_goes_up_and_down_and_keeps_the_data() -> None:
    migrate("downgrade", "0003")
    execute_all(OPEN_TICKET_ROWS)
    migrate("upgrade", "0004")
    tables = inspect(get_engine())
    assert set(tables.get_table_names()) >= NEW_TABLES
    columns = {c["name"] for c in tables.get_columns("tickets")}
    assert {
        "pay_cents",
        "surge_pct",
        "pay_bonus_cents",
        "sla_raised_at",
        "offered_to",
        "customer_waiting_since",
        "customer_active_at",
        "offered_until",
    } <= columns
    assert stored(TICKETS_WITH_EVENTS) == [("t1", "open", "created")]
    # the old row got the server default
    assert stored_value("SELECT pay_bonus_cents FROM tickets") == 0
    migrate("downgrade", "0003")
    tables = inspect(get_engine())
    assert not NEW_TABLES & set(tables.get_table_names())
    assert "pay_cents" not in {c["name"] for c in tables.get_columns("tickets")}
    assert stored(TICKETS_WITH_EVENTS) == [("t1", "open", "created")]
    migrate("upgrade", "head")
    assert stored(TICKETS_WITH_EVENTS) == [("t1", "open", "created")]
