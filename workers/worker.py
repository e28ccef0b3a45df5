"""The RQ worker entry point, with the recovery sweeper beside it."""

from __future__ import annotations

import logging
import threading
import time

import redis
from rq import SimpleWorker

from core.jobs import queue
from core.redis import get_redis, reset_redis
from workers.recovery import run_sweeper

log = logging.getLogger(__name__)


def warm_up() -> None:
    """Load models and the knowledge base before the first job, not during it."""
    from router.bot.knowledge import knowledge_base
    from router.bot.topics import topic_model
    from router.classification.intent_store import ready_intent_model
    from router.classification.language import load_model
    from router.classification.message import classify_message

    topic_model(knowledge_base(), progress=lambda line: print(line, flush=True))
    load_model()
    if ready_intent_model() is None:
        print(
            "the English intent model is not trained yet (relaydesk train); the bot answers "
            "from the topic model meanwhile and picks it up when it is there",
            flush=True,
        )
    classify_message("warm-up")


def run_worker(*, burst: bool = False, sweep: bool = True) -> None:
    """Run jobs until SIGINT/SIGTERM (or, with `burst`, until the queue is empty).

    SimpleWorker runs jobs in this process: no fork per job, so a message's decision
    takes milliseconds; a job that crashes the process is recovered by the sweeper.
    """
    warm_up()
    stop = threading.Event()
    sweeper = None
    if sweep and not burst:
        sweeper = threading.Thread(target=run_sweeper, args=(stop,), name="sweeper", daemon=True)
        sweeper.start()
    try:
        while True:
            try:
                worker = SimpleWorker([queue()], connection=get_redis())
                worker.work(burst=burst, with_scheduler=False, logging_level="WARNING")
                return
            except (redis.ConnectionError, redis.TimeoutError) as exc:
                log.warning("worker lost Redis (%s); reconnecting in 1 s", exc)
                time.sleep(1)
                reset_redis()
    finally:
        stop.set()
