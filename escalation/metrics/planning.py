"""Staffing from stored history: the tickets that arrived per queue and language in a
window and their handle times, through Erlang C (`staffing`), next to the agents online now.
Reads only."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import ValidationFailed
from core.settings import get_settings
from escalation.metrics import staffing
from escalation.metrics.compute import Window
from escalation.metrics.schemas import StaffingOut, StaffingRow, WindowOut
from escalation.metrics.sql import seconds_between
from escalation.tickets.board import online_agents
from escalation.tickets.models import Ticket, TicketStatus
from escalation.tickets.pay import sla_seconds

DEFAULT_WINDOW = timedelta(hours=1)
SHORTEST_WINDOW = timedelta(minutes=5)
MIN_HANDLE_TIME_S = 1.0  # a ticket resolved the instant it was claimed still took an agent


@dataclass(frozen=True)
class Targets:
    target_pct: float  # answered within target_s, in %
    target_s: float | None  # None: each queue's SLA
    concurrency: int  # chats per agent at once
    max_occupancy: float | None


@dataclass(frozen=True)
class Arrivals:
    """What the window saw for one queue and language."""

    queue: str
    language: str | None
    tickets: int
    resolved: int
    handle_s_total: float


def arrivals(session: Session, window: Window) -> list[Arrivals]:
    """Tickets created in the window per (queue, language), and the handle time (claim to
    resolution) of the resolved ones: one grouped query."""
    dialect = session.get_bind().dialect.name
    resolved = Ticket.status == TicketStatus.RESOLVED
    handle = seconds_between(Ticket.claimed_at, Ticket.closed_at, dialect)
    rows = session.execute(
        select(
            Ticket.queue,
            Ticket.language,
            func.count(),
            func.count(Ticket.closed_at).filter(resolved, Ticket.claimed_at.is_not(None)),
            func.coalesce(func.sum(handle).filter(resolved), 0.0),
        )
        .where(Ticket.created_at >= window.start, Ticket.created_at < window.end)
        .group_by(Ticket.queue, Ticket.language)
    ).all()
    return [
        Arrivals(queue, language, int(n), int(done), max(0.0, float(total or 0.0)))
        for queue, language, n, done, total in rows
    ]


def online_by_language(session: Session, now: datetime) -> tuple[Counter[str], int]:
    """Agents online now per language they speak, and all agents online."""
    agents = online_agents(session, now)
    counts: Counter[str] = Counter()
    for agent in agents:
        counts.update(set(agent.languages))
    return counts, len(agents)


def _row(
    queue: str | None,
    language: str | None,
    tickets: int,
    rate_per_s: float,
    handle_s: float,
    measured: bool,
    target_s: float,
    targets: Targets,
    online: int,
) -> StaffingRow:
    try:
        plan = staffing.required(
            rate_per_s, handle_s, targets.target_pct / 100, target_s, targets.max_occupancy
        )
    except ValueError as exc:
        raise ValidationFailed(f"staffing for {queue or language or 'all'}: {exc}") from None
    needed = staffing.agents_for(plan.servers, targets.concurrency)
    return StaffingRow(
        queue=queue,
        language=language,
        tickets=tickets,
        arrivals_per_hour=round(rate_per_s * 3600, 3),
        handle_time_s=round(handle_s, 3),
        handle_time_measured=measured,
        target_s=target_s,
        traffic_erlangs=round(plan.traffic_erlangs, 4),
        slots_needed=plan.servers,
        agents_needed=needed,
        agents_online=online,
        shortfall=max(0, needed - online),
        service_level=round(plan.service_level, 4),
        probability_wait=round(plan.probability_wait, 4),
        average_speed_of_answer_s=round(plan.average_speed_of_answer_s, 3),
        occupancy=round(plan.occupancy, 4),
    )


RateOf = Callable[[Arrivals], float]


def staffing_plan(
    found: list[Arrivals],
    window_s: float,
    targets: Targets,
    online: Counter[str],
    online_total: int,
    default_handle_s: float,
    sla_of: dict[str, float],
    rate_of: RateOf | None = None,
) -> tuple[list[StaffingRow], list[StaffingRow]]:
    """Pure: the rows per queue and language, and per language with its queues pooled.
    The arrival rate of each is its tickets over the window, or what `rate_of` says (a
    draft ruleset's, `escalation.metrics.draft`)."""

    def handle_of(a: Arrivals) -> tuple[float, bool]:
        if a.resolved == 0:
            return max(MIN_HANDLE_TIME_S, default_handle_s), False
        return max(MIN_HANDLE_TIME_S, a.handle_s_total / a.resolved), True

    def online_for(language: str | None) -> int:
        return online_total if language is None else online.get(language, 0)

    def target_of(queue: str) -> float:
        return targets.target_s if targets.target_s is not None else sla_of[queue]

    def rate(a: Arrivals) -> float:
        return rate_of(a) if rate_of is not None else a.tickets / window_s

    rows = []
    pooled: dict[str | None, list[Arrivals]] = defaultdict(list)
    for a in sorted(found, key=lambda a: (a.queue, a.language or "")):
        handle_s, measured = handle_of(a)
        rows.append(
            _row(
                a.queue,
                a.language,
                a.tickets,
                rate(a),
                handle_s,
                measured,
                target_of(a.queue),
                targets,
                online_for(a.language),
            )
        )
        pooled[a.language].append(a)
    by_language = []
    for language, group in sorted(pooled.items(), key=lambda kv: kv[0] or ""):
        tickets = sum(a.tickets for a in group)
        pooled_rate = sum(rate(a) for a in group)
        # Weighted by arrivals: the pooled load is the sum of the queues' loads.
        weights = [float(a.tickets) if rate_of is None else rate_of(a) for a in group]
        if not sum(weights):
            weights = [1.0] * len(group)
        handle_s = sum(handle_of(a)[0] * w for a, w in zip(group, weights, strict=True))
        handle_s /= sum(weights)
        measured = all(handle_of(a)[1] for a in group)
        target_s = min(target_of(a.queue) for a in group)
        by_language.append(
            _row(
                None,
                language,
                tickets,
                pooled_rate,
                handle_s,
                measured,
                target_s,
                targets,
                online_for(language),
            )
        )
    return rows, by_language


def plan_staffing(session: Session, window: Window, targets: Targets, now: datetime) -> StaffingOut:
    if window.end - window.start < SHORTEST_WINDOW:
        raise ValidationFailed(
            f"the window is shorter than {SHORTEST_WINDOW.seconds // 60} minutes: too little "
            "to estimate an arrival rate"
        )
    settings = get_settings()
    found = arrivals(session, window)
    online, online_total = online_by_language(session, now)
    sla_of = {
        a.queue: float(sla_seconds(a.queue, settings.sla_s, settings.default_sla_s)) for a in found
    }
    rows, by_language = staffing_plan(
        found,
        window.seconds,
        targets,
        online,
        online_total,
        float(settings.default_handle_time_s),
        sla_of,
    )
    return StaffingOut(
        window=WindowOut(from_=window.start, to=window.end),
        generated_at=now,
        target_pct=targets.target_pct,
        concurrency=targets.concurrency,
        max_occupancy=targets.max_occupancy,
        by_queue_language=rows,
        by_language=by_language,
    )
