"""Migration 0003 (rulesets, decision columns) keeps every stored row, up and down."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from core.db import get_engine
from core.migrate import migrate
from tests.support.migrations import execute_all, stored_value

pytestmark = pytest.mark.usefixtures("backend")

ROWS = [
    "INSERT INTO conversations (id, status, human_requests, bot_turns, created_at, updated_at)"
    " VALUES ('c1', 'bot', 0, 1, '2026-01-01', '2026-01-01')",
    "INSERT INTO messages (id, conversation_id, author, text, created_at, attempts)"
    " VALUES (1, 'c1', 'customer', 'Wo ist meine Rückerstattung?', '2026-01-01', 1)",
    "INSERT INTO decisions (conversation_id, message_id, action, rule, reason, ruleset,"
    " signals, created_at) VALUES ('c1', 1, 'answer', 'kb', 'answered', 'default-v1', '{}',"
    " '2026-01-01')",
]
COUNT = (
    "SELECT (SELECT count(*) FROM conversations) + (SELECT count(*) FROM messages)"
    " + (SELECT count(*) FROM decisions)"
)


def test_0003_up_and_down_keeps_conversations_messages_and_decisions() -> None:
    migrate("downgrade", "0002")
    execute_all(ROWS)
    migrate("upgrade", "0003")
    assert stored_value(COUNT) == 3
    columns = {c["name"] for c in inspect(get_engine()).get_columns("decisions")}
    assert {"queue", "ruleset_version"} <= columns
    assert stored_value("SELECT human_offered FROM conversations") in (False, 0)
    migrate("downgrade", "0002")
    assert stored_value(COUNT) == 3
    migrate("upgrade", "head")
    assert stored_value(COUNT) == 3
