"""Lost jobs: a worker killed mid-job, and Redis restarted with its queue gone.

Each message is still answered, exactly once, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from core import db
from core.db import unit_of_work
from core.redis import reset_redis
from core.settings import reset_settings
from escalation.rules.models import Decision
from router.conversations.models import Message
from tests.support.helpers import client, conversation, run_jobs, say, start_conversation
from tests.support.processes import RedisServer, spawn, stop, wait_for
from workers.recovery import sweep

pytestmark = pytest.mark.usefixtures("backend")


def _count(model: type[Decision] | type[Message], conversation_id: str, **where: str) -> int:
    with unit_of_work() as s:
        query = select(func.count()).select_from(model).filter_by(conversation_id=conversation_id)
        return s.scalar(query.filter_by(**where)) or 0


def _decisions(conversation_id: str) -> int:
    return _count(Decision, conversation_id)


def _bot_replies(conversation_id: str) -> int:
    return _count(Message, conversation_id, author="bot")


def test_sweeper_requeues_a_message_whose_job_vanished(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAYDESK_STALE_AFTER_S", "0")
    reset_settings()
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Wo ist meine Rückerstattung?")
    from core.redis import get_redis

    get_redis().flushdb()  # the job is gone, as after a Redis restart
    run_jobs()
    assert _decisions(cid) == 0
    report = sweep()
    assert report.requeued == 1
    run_jobs()
    assert _bot_replies(cid) == 1
    assert sweep().requeued == 0  # nothing left to recover
    run_jobs()
    assert _bot_replies(cid) == 1


def test_a_queued_job_is_not_duplicated_by_the_sweeper(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAYDESK_STALE_AFTER_S", "0")
    reset_settings()
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Wo ist meine Rückerstattung?")
    report = sweep()  # the job still waits in the queue: not lost
    assert (report.requeued, report.still_queued) == (0, 1)
    run_jobs()
    assert _bot_replies(cid) == 1


def test_repeatedly_failing_message_goes_to_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAYDESK_STALE_AFTER_S", "0")
    monkeypatch.setenv("RELAYDESK_MAX_ATTEMPTS", "2")
    reset_settings()
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Wo ist meine Rückerstattung?")
    from core.redis import get_redis

    get_redis().flushdb()  # the first job is lost
    assert sweep().requeued == 1  # attempt 2 of 2
    get_redis().flushdb()  # and lost again
    assert sweep().given_up == 1
    conv = conversation(c, cid, auth)
    assert conv["status"] == "waiting_for_human"
    assert conv["messages"][-1]["author"] == "system"


def _hold_conversation_lock(conversation_id: str, release: threading.Event) -> None:
    """Lock the conversation's row (PostgreSQL) or the whole database (SQLite) until
    `release` is set, so that a worker blocks in the middle of processing."""
    with db.get_engine().connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(
                text("SELECT id FROM conversations WHERE id = :id FOR UPDATE"),
                {"id": conversation_id},
            )
        else:
            conn.execute(
                text("UPDATE conversations SET bot_turns = bot_turns WHERE id = :id"),
                {"id": conversation_id},
            )
        release.wait(30)
        conn.rollback()


@pytest.mark.slow
def test_worker_killed_mid_job_message_answered_exactly_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RELAYDESK_JOB_TIMEOUT_S", "2")
    monkeypatch.setenv("RELAYDESK_STALE_AFTER_S", "1")
    monkeypatch.setenv("RELAYDESK_SWEEP_INTERVAL_S", "0.3")
    reset_settings()
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Wo ist meine Rückerstattung?")
    release = threading.Event()
    started = threading.Event()

    def locker() -> None:
        started.set()
        _hold_conversation_lock(cid, release)

    holder = threading.Thread(target=locker)
    holder.start()
    started.wait()
    try:
        worker = spawn("worker")
        from rq.registry import StartedJobRegistry

        from core.jobs import queue

        registry = StartedJobRegistry(queue=queue())
        wait_for(lambda: registry.count > 0, 30, "the worker to start the job")
        os.kill(worker.pid, signal.SIGKILL)  # killed in the middle of the job
        worker.wait()
    finally:
        release.set()
        holder.join()
    assert _decisions(cid) == 0
    replacement = spawn("worker")
    try:
        # The new worker loads its models, then its sweeper finds the orphaned job once it
        # is older than the job timeout: seconds normally, more on a loaded machine.
        wait_for(lambda: _bot_replies(cid) == 1, 90, "the message to be answered")
        # Give the new worker and its sweeper time to do anything twice, if they would.
        import time

        time.sleep(2.5)
        assert _bot_replies(cid) == 1
        assert _decisions(cid) == 1
    finally:
        stop(replacement)


@pytest.mark.slow
def test_redis_restarted_loses_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    server = RedisServer(tmp_path)
    server.start()
    monkeypatch.setenv("REDIS_URL", server.url)
    monkeypatch.setenv("RELAYDESK_STALE_AFTER_S", "1")
    monkeypatch.setenv("RELAYDESK_SWEEP_INTERVAL_S", "0.3")
    reset_settings()
    reset_redis()
    c = client()
    convs = [start_conversation(c) for _ in range(3)]
    worker = None
    try:
        say(c, *convs[0], "Wo ist meine Rückerstattung?")  # queued, then Redis dies
        server.kill()
        reset_redis()
        say(c, *convs[1], "Hur returnerar jag en vara?")  # accepted while Redis is down
        server.start()  # empty: the first job is gone
        reset_redis()
        say(c, *convs[2], "Where is my parcel? It has not arrived")
        worker = spawn("worker")
        wait_for(lambda: all(_bot_replies(cid) == 1 for cid, _ in convs), 30, "an answer in each")
        for cid, auth in convs:
            assert [m["author"] for m in conversation(c, cid, auth)["messages"]] == [
                "customer",
                "bot",
            ]
    finally:
        if worker is not None:
            stop(worker)
        server.kill()
