"""The RQ worker entry point, with the recovery sweeper beside it."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import redis
from rq import SimpleWorker

from core.heartbeat import Heartbeat
from core.jobs import WORKER_ROLES, Lane, lane_of, queues
from core.redis import get_redis, reset_redis
from core.settings import get_settings
from workers.recovery import run_sweeper

log = logging.getLogger(__name__)


def warm_up() -> None:
    """Load models and the knowledge base before the first job, not during it."""
    from router.bot.knowledge import knowledge_base
    from router.bot.topics import TopicModelMissing, topic_model
    from router.classification.intent_store import ready_intent_model
    from router.classification.language import load_model
    from router.classification.message import classify_message

    try:
        topic_model(knowledge_base())  # serving never trains: `relaydesk train` does
    except TopicModelMissing as exc:
        raise SystemExit(f"error: {exc}") from exc
    load_model()
    if ready_intent_model() is None:
        print(
            "the English intent model is not trained yet (relaydesk train); the bot answers "
            "from the topic model meanwhile and picks it up when it is there",
            flush=True,
        )
    classify_message("warm-up")


class BeatingWorker(SimpleWorker):
    """A SimpleWorker with a heartbeat of its own while it works (`core.heartbeat`): RQ
    writes none while a SimpleWorker runs a job, so only this tells a long job from a
    killed worker."""

    def work(self, *args: Any, **kwargs: Any) -> bool:
        heartbeat = Heartbeat(self.name, [lane_of(q.name) for q in self.queues]).start()
        try:
            return bool(super().work(*args, **kwargs))
        finally:
            heartbeat.stop()


def run_worker(*, burst: bool = False, sweep: bool = True, role: str = "all") -> None:
    """Run jobs until SIGINT/SIGTERM (or, with `burst`, until the queues are empty).

    `role` (`core.jobs.WORKER_ROLES`): `messages` (customers' messages, then the low-priority
    ones), `llm` (the part of a message that waits for the LLM), `background` (webhook
    deliveries), or `all` four in that order. A worker always takes from its first non-empty
    queue; run a `messages` and a `background` worker (and an `llm` worker with an LLM
    configured) so a slow webhook receiver or LLM never holds up a customer's answer.

    SimpleWorker runs jobs in this process: no fork per job, so a message's decision
    takes milliseconds; a job that crashes the process is recovered by the sweeper.
    """
    if role not in WORKER_ROLES:
        raise ValueError(f"worker role: one of {', '.join(WORKER_ROLES)}")
    get_settings().check_secrets()  # refuse to start with a secret anyone could guess
    if {Lane.MESSAGES, Lane.LLM} & set(WORKER_ROLES[role]):
        warm_up()  # a background worker needs no models
    stop = threading.Event()
    sweeper = None
    if sweep and not burst:
        sweeper = threading.Thread(target=run_sweeper, args=(stop,), name="sweeper", daemon=True)
        sweeper.start()
    try:
        while True:
            try:
                worker = BeatingWorker(queues(role), connection=get_redis())
                worker.work(burst=burst, with_scheduler=False, logging_level="WARNING")
                return
            except (redis.ConnectionError, redis.TimeoutError) as exc:
                log.warning("worker lost Redis (%s); reconnecting in 1 s", exc)
                time.sleep(1)
                reset_redis()
    finally:
        stop.set()
