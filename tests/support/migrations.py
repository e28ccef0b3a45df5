"""Reading and writing table rows with plain SQL, for the migration tests: the ORM models
describe the newest schema, not the one a test has migrated to."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import text

from core.db import get_engine

# A conversation with one open ticket and its "created" event, in columns every schema since
# 0001 has: the rows the migration tests store before migrating.
OPEN_TICKET_ROWS = (
    "INSERT INTO conversations (id, status, human_requests, bot_turns, created_at, updated_at)"
    " VALUES ('c1', 'waiting_for_human', 1, 0, '2026-01-01', '2026-01-01')",
    "INSERT INTO tickets (id, conversation_id, status, queue, priority, skills, reason,"
    " created_at, updated_at) VALUES ('t1', 'c1', 'open', 'general', 0, '[]', 'asked',"
    " '2026-01-01', '2026-01-01')",
    "INSERT INTO ticket_events (ticket_id, kind, actor, detail, created_at)"
    " VALUES ('t1', 'created', 'system', '{}', '2026-01-01')",
)

# Each stored ticket with each of its events: what a migration must keep.
TICKETS_WITH_EVENTS = (
    "SELECT t.id, t.status, e.kind FROM tickets t JOIN ticket_events e ON e.ticket_id = t.id"
)


def execute_all(statements: Iterable[str]) -> None:
    """Run `statements` in one transaction."""
    with get_engine().begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def stored(query: str) -> list[tuple[Any, ...]]:
    """The rows `query` reads, as plain tuples."""
    with get_engine().connect() as conn:
        return [tuple(row) for row in conn.execute(text(query))]


def stored_value(query: str) -> Any:
    """The one value `query` reads (it must read exactly one)."""
    with get_engine().connect() as conn:
        return conn.execute(text(query)).scalar_one()
