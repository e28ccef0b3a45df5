"""Migration 0009 adds the notes and saved replies tables and takes them away again, on
SQLite and PostgreSQL, leaving the tickets they point at as they were."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from core.db import get_engine
from core.migrate import migrate
from tests.support.migrations import OPEN_TICKET_ROWS, TICKETS_WITH_EVENTS, execute_all, stored

pytestmark = pytest.mark.usefixtures("backend")

TABLES = {"ticket_notes", "saved_replies"}


def _tables() -> set[str]:
    return set(inspect(get_engine()).get_table_names())


def test_0009_adds_and_removes_its_tables_only() -> None:
    migrate("downgrade", "0008")
    assert not TABLES & _tables()
    execute_all(OPEN_TICKET_ROWS)
    migrate("upgrade", "0009")
    assert _tables() >= TABLES
    execute_all(
        [
            "INSERT INTO users (id, username, password_hash, role, display_name, languages,"
            " skills, max_concurrent, active, created_at) VALUES (7, 'anna', 'x', 'agent',"
            " 'Anna', '[]', '[]', 2, true, '2026-01-01')",
            "INSERT INTO ticket_notes (ticket_id, author_id, text, created_at)"
            " VALUES ('t1', 7, '<b>note</b>', '2026-01-02')",
            "INSERT INTO saved_replies (owner_id, title, title_key, text, updated_by,"
            " created_at, updated_at) VALUES (NULL, 'Hi', 'en-hi', 'Hello', 'olivia',"
            " '2026-01-02', '2026-01-02')",
        ]
    )
    assert stored("SELECT text FROM ticket_notes") == [("<b>note</b>",)]
    migrate("downgrade", "0008")
    assert not TABLES & _tables()
    assert stored(TICKETS_WITH_EVENTS) == [("t1", "open", "created")]
    migrate("upgrade", "head")
    assert stored("SELECT count(*) FROM saved_replies") == [(0,)]
