"""Workers' heartbeats and the LLM queue.

A killed worker's message is run again within seconds (its heartbeat stops), not after the
job timeout; a message that waits for the LLM is handed to the LLM queue while an LLM worker
is alive, so a request for a person never queues behind it.
"""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from rq.job import JobStatus
from rq.registry import StartedJobRegistry
from sqlalchemy import func, select, text

from core import db
from core.heartbeat import Heartbeat, beat, lane_served, workers_alive
from core.jobs import Lane, jobs_alive, queue
from core.redis import get_redis
from core.settings import reset_settings
from escalation.rules.models import Decision
from router.conversations.models import Author, Message
from tests.support import fake_openai
from tests.support.fake_openai import FakeOpenAI
from tests.support.helpers import client, conversation, run_jobs, say, start_conversation
from tests.support.processes import spawn, wait_for
from workers.recovery import sweep
from workers.tasks import process_message

pytestmark = pytest.mark.usefixtures("backend")


def _started_job(job_id: str, worker_name: str) -> None:
    """A job hash as RQ leaves it while `worker_name` runs the job."""
    get_redis().hset(
        f"rq:job:{job_id}",
        mapping={
            "status": JobStatus.STARTED.value,
            "started_at": time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime()),
            "worker_name": worker_name,
        },
    )


def test_a_started_job_is_alive_only_while_its_worker_beats() -> None:
    _started_job("job-beating", "w-beating")
    _started_job("job-silent", "w-silent")
    beat("w-beating")
    assert workers_alive(["w-beating", "w-silent"]) == [True, False]
    assert jobs_alive(["job-beating", "job-silent", "job-unknown"]) == [True, False, False]


def test_a_heartbeat_names_its_lanes_and_is_gone_when_stopped() -> None:
    assert not lane_served(Lane.LLM)
    heartbeat = Heartbeat("w-llm", [Lane.LLM], interval_s=0.05).start()
    try:
        time.sleep(0.2)
        assert lane_served(Lane.LLM) and not lane_served(Lane.BACKGROUND)
        assert workers_alive(["w-llm"]) == [True]
    finally:
        heartbeat.stop()
    assert not lane_served(Lane.LLM) and workers_alive(["w-llm"]) == [False]


def _count(conversation_id: str, author: str | None = None) -> int:
    model = Message if author else Decision
    where = [model.conversation_id == conversation_id]
    if author:
        where.append(Message.author == author)
    with db.unit_of_work() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


@pytest.mark.slow
def test_a_killed_workers_message_is_run_again_within_seconds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the default job timeout of a minute: the heartbeat, not the timeout, tells."""
    monkeypatch.setenv("RELAYDESK_STALE_AFTER_S", "1")
    reset_settings()
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Wo ist meine Rückerstattung?")
    release = threading.Event()
    locked = threading.Event()

    def hold() -> None:  # the worker blocks in the middle of the job
        with db.get_engine().connect() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(
                    text("SELECT id FROM conversations WHERE id = :id FOR UPDATE"), {"id": cid}
                )
            else:
                conn.execute(text("UPDATE conversations SET bot_turns = bot_turns"))
            locked.set()
            release.wait(60)
            conn.rollback()

    holder = threading.Thread(target=hold)
    holder.start()
    locked.wait()
    try:
        worker = spawn("worker", "--queues", "messages")
        registry = StartedJobRegistry(queue=queue())
        wait_for(lambda: registry.count > 0, 60, "the worker to start the job")
        time.sleep(0.5)  # well inside the job
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        killed = time.monotonic()
    finally:
        release.set()
        holder.join()
    requeued = 0
    while not requeued and time.monotonic() - killed < 30:
        requeued = sweep().requeued
        time.sleep(0.2)
    assert requeued == 1
    assert time.monotonic() - killed < 10  # the heartbeat's expiry plus the stale delay
    run_jobs()
    assert _count(cid) == 1 and _count(cid, Author.BOT) == 1


def _last_customer_message(conversation_id: str) -> int:
    with db.unit_of_work() as s:
        found = s.scalar(
            select(func.max(Message.id)).where(
                Message.conversation_id == conversation_id, Message.author == Author.CUSTOMER
            )
        )
        assert found is not None
        return found


def test_a_message_for_the_llm_waits_in_its_own_queue(fake_llm: FakeOpenAI) -> None:
    fake_llm.default = fake_openai.json_content(
        {"answer": None, "citations": []}, prompt_tokens=10, completion_tokens=5
    )
    c = client()
    slow_cid, slow_auth = start_conversation(c, language="en")
    say(c, slow_cid, slow_auth, "xq zvbn wqpl, mrrp flarg?")
    beat("llm-worker-elsewhere", [Lane.LLM])  # an LLM worker is alive
    outcome = process_message(_last_customer_message(slow_cid))
    assert outcome["handed_off"] == _last_customer_message(slow_cid)
    assert outcome["decided"] == [] and fake_llm.request_count == 0
    assert queue(Lane.LLM).count == 1

    # A request for a person is decided by the message worker at once, the LLM untouched.
    other_cid, other_auth = start_conversation(c, language="sv")
    say(c, other_cid, other_auth, "Jag vill prata med en människa")
    run_jobs(role="messages")
    assert conversation(c, other_cid, other_auth)["status"] == "waiting_for_human"
    assert fake_llm.request_count == 0 and queue(Lane.LLM).count == 1

    run_jobs(role="llm")  # the LLM's part: asked, then decided, once
    assert fake_llm.request_count >= 1
    assert _count(slow_cid) == 1
    assert queue(Lane.LLM).count == 0


def test_without_a_live_llm_worker_the_message_worker_asks_the_llm_itself(
    fake_llm: FakeOpenAI,
) -> None:
    fake_llm.default = fake_openai.json_content(
        {"answer": None, "citations": []}, prompt_tokens=10, completion_tokens=5
    )
    c = client()
    cid, auth = start_conversation(c, language="en")
    say(c, cid, auth, "xq zvbn wqpl, mrrp flarg?")
    outcome = process_message(_last_customer_message(cid))
    assert outcome["handed_off"] is None and len(outcome["decided"]) == 1  # type: ignore[arg-type]
    assert fake_llm.request_count >= 1 and queue(Lane.LLM).count == 0
