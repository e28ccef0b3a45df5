"""The metrics of a window, read from what is stored (conversations, messages, decisions,
tickets and their events, ratings, the earnings ledger): nothing is kept in memory, so a
restart loses nothing. Reads only.

The rows of `population` (built set-wise) are computed once into two temporary tables of
the request's transaction; every metric is then aggregated in the database from them,
grouped by (queue, language, reason) and at most one more small key, and `compute.Tallies`
adds the groups up. Durations and their percentiles come from one window-function query.
Six statements per request, whatever the window holds."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    Float,
    Integer,
    Select,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import TableClause

from core.settings import get_settings
from escalation.earnings.models import Earning, EarningKind
from escalation.metrics import compute, population
from escalation.metrics.compute import DIMENSIONS, PERCENTILES, Tallies, Window
from escalation.metrics.population import AUTHORS, COUNTED_EVENTS
from escalation.metrics.schemas import (
    Durations,
    Filters,
    GroupBy,
    GroupMetrics,
    MetricsOut,
    SeriesOut,
    SeriesPoint,
    WindowOut,
)
from escalation.metrics.sql import (
    epoch_seconds,
    percentile_query,
    seconds_between,
    temporary_table,
    text_literal,
)
from escalation.rules.signals import Action
from escalation.tickets.claims import HANDED_BACK
from escalation.tickets.models import TicketStatus
from escalation.tickets.pay import SLA_S
from router.conversations.models import Conversation


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _sum(column: Any) -> ColumnElement[Any]:
    return func.coalesce(func.sum(column), 0)


def _keys(source: TableClause) -> tuple[Any, Any, Any]:
    return (source.c.queue, source.c.language, source.c.reason)


def _conversations(session: Session, p: TableClause, tallies: Tallies, recontact_s: int) -> None:
    """Per (queue, language, reason, requests taken): counts, statuses, containment,
    requests, repeat contacts, LLM use, messages and ratings."""
    dialect = _dialect(session)
    reached = p.c.first_claim_at.is_not(None)
    escalated = p.c.reason.is_not(None)
    requested = p.c.requested == 1
    later = aliased(Conversation)
    recontacted = exists().where(
        later.customer_ref == p.c.customer_ref,
        later.created_at > p.c.created_at,
        epoch_seconds(later.created_at, dialect)
        <= epoch_seconds(p.c.last_message_at, dialect) + recontact_s,
    )
    durable = and_(~escalated, ~reached, ~requested, p.c.last_action == Action.ANSWER, ~recontacted)
    taken = case(
        (and_(requested, escalated), func.coalesce(p.c.escalation_requests, 0)), else_=-1
    ).label("taken")
    statuses = ("bot", "waiting_for_human", "with_human", "closed")
    rated = p.c.score.is_not(None)
    ratings = []
    for who, condition in (("people", reached), ("bot", ~reached)):
        ratings += [
            _count_if(and_(rated, condition)).label(f"ratings:{who}:count"),
            _sum(case((condition, p.c.score), else_=0)).label(f"ratings:{who}:score"),
            _count_if(and_(condition, p.c.score >= compute.SATISFIED_SCORE)).label(
                f"ratings:{who}:satisfied"
            ),
        ]
    query = select(
        *_keys(p),
        taken,
        func.count().label("conversations"),
        *(_count_if(p.c.status == s).label(f"status:{s}") for s in statuses),
        _count_if(reached).label("reached"),
        _count_if(and_(escalated, ~reached)).label("escalated_not_reached"),
        _count_if(durable).label("durable"),
        _count_if(requested).label("requested"),
        _count_if(p.c.repeat == 1).label("repeat"),
        _sum(p.c.llm_tokens).label("llm:tokens"),
        func.coalesce(func.sum(p.c.llm_cost_usd), 0.0).label("llm:cost_usd"),
        _count_if(p.c.llm_tokens > 0).label("llm:conversations"),
        *(_sum(p.c[f"messages_{a}"]).label(f"messages:{a}") for a in AUTHORS),
        *ratings,
    ).group_by(*_keys(p), taken)
    for row in session.execute(query).mappings():
        values = {k: v for k, v in row.items() if k not in (*DIMENSIONS, "taken")}
        n = row["conversations"]
        if row["reason"] is not None:
            values["escalated"] = n
            values[f"reason:{row['reason']}"] = n
        if row["taken"] >= 0:
            values[f"taken:{row['taken']}"] = n
        tallies.add((row["queue"], row["language"], row["reason"]), values)


def _tickets(session: Session, t: TableClause, tallies: Tallies, now: datetime) -> None:
    """Per (queue, language, reason, status): tickets, claimed, hand-backs, SLA met and
    missed, and the counted events."""
    dialect = _dialect(session)
    settings = get_settings()
    overrides = {**SLA_S, **settings.sla_s}
    sla: Any = (
        case(overrides, value=t.c.ticket_queue, else_=settings.default_sla_s)
        if overrides
        else literal(settings.default_sla_s)
    )
    claimed = t.c.first_claim_at.is_not(None)
    wait = seconds_between(t.c.created_at, t.c.first_claim_at, dialect)
    now_s = cast(literal(now.timestamp()), Float)
    ended = func.coalesce(epoch_seconds(t.c.closed_at, dialect), now_s)
    waited_unclaimed = ended - epoch_seconds(t.c.created_at, dialect)
    query = select(
        *_keys(t),
        t.c.status,
        func.count().label("tickets"),
        _count_if(claimed).label("tickets:claimed"),
        _count_if(t.c.resolution_code == HANDED_BACK).label("tickets:handed_back"),
        _count_if(and_(claimed, wait <= sla)).label("sla:met"),
        _count_if(or_(and_(claimed, wait > sla), and_(~claimed, waited_unclaimed >= sla))).label(
            "sla:missed"
        ),
        *(_sum(t.c[f"events_{kind}"]).label(f"events:{kind}") for kind in COUNTED_EVENTS),
    ).group_by(*_keys(t), t.c.status)
    for row in session.execute(query).mappings():
        values = {k: v for k, v in row.items() if k not in (*DIMENSIONS, "status")}
        values[f"tickets_status:{row['status']}"] = row["tickets"]
        tallies.add((row["queue"], row["language"], row["reason"]), values)


def _pay(session: Session, t: TableClause, tallies: Tallies) -> None:
    def part(kind: EarningKind) -> Any:
        return _sum(case((Earning.kind == kind, Earning.amount_cents), else_=0))

    query = (
        select(
            *_keys(t),
            Earning.currency,
            _sum(Earning.amount_cents).label("total"),
            part(EarningKind.BASE).label("base"),
            part(EarningKind.SURGE).label("surge"),
            part(EarningKind.BONUS).label("bonus"),
            func.count(Earning.ticket_id.distinct()).label("tickets"),
        )
        .select_from(t)
        .join(Earning, Earning.ticket_id == t.c.ticket_id)
        .group_by(*_keys(t), Earning.currency)
    )
    for row in session.execute(query).mappings():
        prefix = f"pay:{row['currency']}:"
        values = {prefix + k: row[k] for k in ("total", "base", "surge", "bonus", "tickets")}
        tallies.add((row["queue"], row["language"], row["reason"]), values)


def _durations(
    session: Session, p: TableClause, t: TableClause, group_by: GroupBy | None
) -> dict[tuple[int, str | None], dict[str, Durations]]:
    """Count, mean and percentiles of each duration metric, in total and per group."""
    dialect = _dialect(session)

    def since_created(end: Any) -> ColumnElement[float]:
        return seconds_between(t.c.created_at, end, dialect)

    def metric(name: str, source: Any, value: Any, *where: Any) -> Select[Any]:
        return select(
            text_literal(name).label("metric"),
            source.c.queue,
            source.c.language,
            source.c.reason,
            value.label("v"),
        ).where(*where)

    values = union_all(
        metric(
            compute.TIME_TO_PERSON,
            p,
            seconds_between(p.c.start_at, p.c.first_claim_at, dialect),
            p.c.first_claim_at >= p.c.start_at,
        ),
        metric(compute.WAIT_UNTIL_CLAIM, t, since_created(t.c.first_claim_at)),
        metric(compute.FIRST_RESPONSE, t, since_created(t.c.first_reply_at)),
        metric(
            compute.HANDLE_TIME,
            t,
            seconds_between(t.c.claimed_at, t.c.closed_at, dialect),
            t.c.status == TicketStatus.RESOLVED,
        ),
    ).subquery("measured")
    scopes = [
        select(
            values.c.metric,
            cast(literal(0), Integer).label("scope"),
            cast(null(), values.c.queue.type).label("key"),
            values.c.v,
        )
    ]
    if group_by is not None:
        scopes.append(
            select(
                values.c.metric,
                cast(literal(1), Integer).label("scope"),
                values.c[group_by.value].label("key"),
                values.c.v,
            )
        )
    scoped = (union_all(*scopes) if len(scopes) > 1 else scopes[0]).subquery("scoped")
    rows = session.execute(percentile_query(scoped)).all()
    return compute.durations_by_scope(
        (r.metric, r.scope, r.key, r.n, r.mean, [getattr(r, f"p{q}") for q in PERCENTILES])
        for r in rows
    )


def metrics(
    session: Session,
    window: Window,
    filters: Filters,
    group_by: GroupBy | None,
    now: datetime,
) -> MetricsOut:
    """Every metric for the conversations of `window`, in total and per `group_by`."""
    recontact_s = get_settings().metrics_recontact_s
    people = population.conversations(window, filters, _dialect(session))
    tallies = Tallies(group_by.value if group_by else None)
    with (
        temporary_table(session, "metrics_conversations", people) as p,
        temporary_table(session, "metrics_tickets", population.tickets(p)) as t,
    ):
        _conversations(session, p, tallies, recontact_s)
        _tickets(session, t, tallies, now)
        _pay(session, t, tallies)
        measured = _durations(session, p, t, group_by)
    return MetricsOut(
        window=WindowOut(from_=window.start, to=window.end),
        filters=filters,
        group_by=group_by,
        recontact_window_s=recontact_s,
        generated_at=now,
        total=compute.metrics_set(tallies.total, measured.get((0, None), {})),
        groups=[
            GroupMetrics(
                key=key,
                metrics=compute.metrics_set(tallies.groups[key], measured.get((1, key), {})),
            )
            for key in compute.group_order(tallies)
        ],
    )


def series(
    session: Session, window: Window, bucket_s: int, filters: Filters, now: datetime
) -> SeriesOut:
    """The metrics of each bucket of `window` (`compute.buckets`), oldest first: each point
    is what `metrics` answers for that bucket alone, read in one transaction."""
    points = [
        SeriesPoint(from_=b.start, to=b.end, metrics=metrics(session, b, filters, None, now).total)
        for b in compute.buckets(window, bucket_s)
    ]
    return SeriesOut(
        window=WindowOut(from_=window.start, to=window.end),
        filters=filters,
        bucket_s=bucket_s,
        recontact_window_s=get_settings().metrics_recontact_s,
        generated_at=now,
        points=points,
    )
