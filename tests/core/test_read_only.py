"""`read_only()`: a reading unit of work that does not hold up writers (on SQLite it takes no
write lock) and cannot write; on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from core.db import ReadOnlyViolation, read_only, unit_of_work
from router.conversations.models import Conversation

pytestmark = pytest.mark.usefixtures("backend")


def _count() -> int:
    with unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(Conversation)) or 0


def test_a_long_read_does_not_hold_up_a_writer() -> None:
    """A writer commits while a read_only unit is still open. With the write lock taken for
    the read (SQLite's BEGIN IMMEDIATE) the writer would wait until the read ends: here the
    read ends only after the writer has finished, so it would never finish in time."""
    with unit_of_work() as s:
        s.add(Conversation(language="en"))
    written = threading.Event()
    failure: list[BaseException] = []

    def write() -> None:
        try:
            with unit_of_work() as s:
                s.add(Conversation(language="de"))
            written.set()
        except BaseException as exc:  # reported by the assertion below
            failure.append(exc)

    with read_only() as s:
        before = s.scalar(select(func.count()).select_from(Conversation)) or 0
        writer = threading.Thread(target=write)
        writer.start()
        assert written.wait(10), f"the writer waited for the reader: {failure}"
        # Still usable after the writer committed (whether it sees the new row depends on
        # the backend's isolation: SQLite keeps its snapshot, PostgreSQL reads committed).
        assert s.scalar(select(func.count()).select_from(Conversation)) in (before, before + 1)
    writer.join(10)
    assert not failure
    assert _count() == 2


def test_writing_in_a_read_only_unit_is_refused_and_nothing_is_stored() -> None:
    with pytest.raises(ReadOnlyViolation), read_only() as s:
        s.add(Conversation(language="sv"))
        s.flush()
    assert _count() == 0
    with unit_of_work() as s:
        s.add(Conversation(language="sv"))
    with pytest.raises(ReadOnlyViolation), read_only() as s:
        conversation = s.scalars(select(Conversation)).one()
        conversation.language = "fi"
        s.flush()
    with unit_of_work() as s:
        assert s.scalars(select(Conversation.language)).one() == "sv"


def test_a_read_only_unit_sees_what_was_committed_before_it() -> None:
    with unit_of_work() as s:
        s.add_all([Conversation(language="en"), Conversation(language="de")])
    with read_only() as s:
        languages = sorted(str(lang) for lang in s.scalars(select(Conversation.language)))
    assert languages == ["de", "en"]


def test_the_queues_of_a_fresh_database_are_listed_without_writing() -> None:
    """GET /api/v1/queues reads with read_only(); on a database where no ruleset is stored
    yet it lists the shipped default's queues (it answered 500 when the default was
    installed from the read) and stores nothing."""
    from escalation.rules.models import RulesetVersion
    from tests.support.helpers import client, make_agent

    _, headers = make_agent("anna")
    r = client().get("/api/v1/queues", headers=headers)
    assert r.status_code == 200, r.text
    assert "general" in {q["name"] for q in r.json()["queues"]}
    with unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(RulesetVersion)) == 0
