"""The live numbers behind `/metrics`, read when Prometheus scrapes: the board per queue,
the agents online per language, and the job queues' backlog (the decision latency is in
`latency`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

import redis
from rq import Queue
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.settings import get_settings
from escalation.metrics.schemas import LiveOut, LiveQueue
from escalation.tickets.board import online_agents
from escalation.tickets.models import Ticket
from escalation.tickets.pay import BASE_PAY_CENTS, SLA_S
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES


@dataclass
class QueueNow:
    waiting: int = 0
    held: int = 0
    oldest_waiting_at: datetime | None = None


@dataclass
class BoardNow:
    queues: dict[str, QueueNow] = field(default_factory=dict)
    agents_online: dict[str, int] = field(default_factory=dict)


def board_now(session: Session, now: datetime) -> BoardNow:
    """Tickets waiting and held per queue, the oldest waiting one, and the agents online
    per language: two grouped reads and the (few) online agents. Every known queue and
    every language a waiting ticket needs appear, with 0 when nothing is there."""
    settings = get_settings()
    live = BoardNow(queues={q: QueueNow() for q in {*BASE_PAY_CENTS, *SLA_S, *settings.sla_s}})
    languages: set[str] = set()
    rows = session.execute(
        select(
            Ticket.queue, Ticket.status, Ticket.language, func.count(), func.min(Ticket.created_at)
        )
        .where(Ticket.status.in_([*BOARD_STATUSES, *HELD_STATUSES]))
        .group_by(Ticket.queue, Ticket.status, Ticket.language)
    ).all()
    for queue, status, language, count, oldest in rows:
        entry = live.queues.setdefault(queue, QueueNow())
        if status in HELD_STATUSES:
            entry.held += count
            continue
        entry.waiting += count
        if language:
            languages.add(language)
        if entry.oldest_waiting_at is None or oldest < entry.oldest_waiting_at:
            entry.oldest_waiting_at = oldest
    counts: Counter[str] = Counter()
    for agent in online_agents(session, now):
        counts.update(set(agent.languages))
    live.agents_online = {lang: counts.get(lang, 0) for lang in sorted({*languages, *counts})}
    return live


def live_out(live: BoardNow, now: datetime) -> LiveOut:
    """`board_now` as the JSON API answers it (`GET /api/v1/metrics/live`)."""

    def age(at: datetime | None) -> float:
        return 0.0 if at is None else round(max(0.0, (now - at).total_seconds()), 1)

    queues = [
        LiveQueue(
            queue=name, waiting=q.waiting, held=q.held, longest_wait_s=age(q.oldest_waiting_at)
        )
        for name, q in sorted(live.queues.items())
    ]
    return LiveOut(
        generated_at=now,
        queues=queues,
        waiting=sum(q.waiting for q in queues),
        longest_wait_s=max((q.longest_wait_s for q in queues), default=0.0),
        agents_online=live.agents_online,
    )


def job_queues(conn: redis.Redis) -> dict[str, tuple[int, int]]:
    """Per RQ queue: (jobs waiting to run, jobs failed and kept)."""
    queues = {q.name: q for q in Queue.all(connection=conn)}
    name = get_settings().queue_name
    queues.setdefault(name, Queue(name, connection=conn))
    return {
        name: (queue.count, queue.failed_job_registry.count)
        for name, queue in sorted(queues.items())
    }
