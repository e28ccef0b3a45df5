"""Migration 0002 (agent presence, ticket timers, event columns) goes up and down on
SQLite and PostgreSQL without losing the tickets and events already stored."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from core.db import get_engine
from core.migrate import migrate
from tests.support.migrations import OPEN_TICKET_ROWS, TICKETS_WITH_EVENTS, execute_all, stored

pytestmark = pytest.mark.usefixtures("backend")


def test_0002_goes_up_and_down_and_keeps_the_data() -> None:
    migrate("downgrade", "0001")
    execute_all(OPEN_TICKET_ROWS)
    migrate("upgrade", "0002")
    tables = inspect(get_engine())
    assert "agent_presence" in tables.get_table_names()
    assert {"first_reply_due_at", "first_reply_at", "resolution_code"} <= {
        c["name"] for c in tables.get_columns("tickets")
    }
    assert {"agent_id", "from_status", "to_status"} <= {
        c["name"] for c in tables.get_columns("ticket_events")
    }
    assert stored(TICKETS_WITH_EVENTS) == [("t1", "open", "created")]
    migrate("downgrade", "0001")
    tables = inspect(get_engine())
    assert "agent_presence" not in tables.get_table_names()
    assert "agent_id" not in {c["name"] for c in tables.get_columns("ticket_events")}
    assert stored(TICKETS_WITH_EVENTS) == [("t1", "open", "created")]
    migrate("upgrade", "0002")
    assert stored(TICKETS_WITH_EVENTS) == [("t1", "open", "created")]
    migrate("upgrade", "head")
