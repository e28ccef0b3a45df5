"""The ops lead's numbers: `GET /api/v1/metrics` (a window of stored history),
`GET /api/v1/metrics/series` (the same per time bucket, for charts),
`GET /api/v1/metrics/live` (the board now), `GET /api/v1/metrics/staffing` (Erlang C per
queue and language) and `POST /api/v1/metrics/staffing/draft` (the same for a draft ruleset
next to the active one), and `GET /metrics` for Prometheus (live gauges; see `prometheus` for
who may scrape)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.concurrency import run_in_threadpool

from core.db import read_only, utcnow
from core.openapi import errors
from core.text import Text
from escalation.metrics import draft, live, planning, service
from escalation.metrics.compute import MAX_BUCKETS, resolve_window
from escalation.metrics.prometheus import check_scrape_access, render
from escalation.metrics.schemas import (
    Filters,
    GroupBy,
    LiveOut,
    MetricsOut,
    SeriesOut,
    StaffingOut,
)
from escalation.rules.document import parse_document
from escalation.users.auth import CurrentOps

router = APIRouter(tags=["metrics"])

From = Annotated[
    datetime | None,
    Query(
        alias="from",
        description="start of the window, included (ISO 8601 with a time zone); "
        "default: 24 hours before `to` (1 hour for staffing)",
    ),
]
To = Annotated[
    datetime | None,
    Query(description="end of the window, excluded (ISO 8601 with a time zone); default: now"),
]

QueueFilter = Annotated[Text | None, Query(min_length=1, max_length=64)]
LanguageFilter = Annotated[Text | None, Query(min_length=1, max_length=16)]
ReasonFilter = Annotated[
    Text | None, Query(min_length=1, max_length=100, description="an escalation rule id")
]


@router.get("/api/v1/metrics", responses=errors(403))
def get_metrics(
    _: CurrentOps,
    from_: From = None,
    to: To = None,
    queue: QueueFilter = None,
    language: LanguageFilter = None,
    reason: ReasonFilter = None,
    group_by: Annotated[GroupBy | None, Query(description="also give each group apart")] = None,
) -> MetricsOut:
    """Containment, escalations, requests for a person, times to a person, SLA, CSAT, cost
    and pay for the conversations created in [from, to) (at most 366 days), from stored
    history; each field's description is its exact definition."""
    now = utcnow()
    window = resolve_window(from_, to, now)
    filters = Filters(queue=queue, language=language, reason=reason)
    with read_only() as session:
        return service.metrics(session, window, filters, group_by, now)


@router.get("/api/v1/metrics/series", responses=errors(403))
def get_series(
    _: CurrentOps,
    from_: From = None,
    to: To = None,
    bucket_s: Annotated[
        int,
        Query(
            ge=60,
            le=7 * 86400,
            description=f"bucket length in seconds; at most {MAX_BUCKETS} buckets in the window",
        ),
    ] = 3600,
    queue: QueueFilter = None,
    language: LanguageFilter = None,
    reason: ReasonFilter = None,
) -> SeriesOut:
    """The metrics of [from, to) per bucket of `bucket_s` seconds from `from` (for charts):
    each point equals `GET /api/v1/metrics` for that bucket."""
    now = utcnow()
    window = resolve_window(from_, to, now)
    filters = Filters(queue=queue, language=language, reason=reason)
    with read_only() as session:
        return service.series(session, window, bucket_s, filters, now)


@router.get("/api/v1/metrics/live", responses=errors(403))
def get_live(_: CurrentOps) -> LiveOut:
    """The board now: tickets waiting and held per queue, the longest wait, and the agents
    online per language (the JSON twin of the `/metrics` gauges)."""
    now = utcnow()
    with read_only() as session:
        return live.live_out(live.board_now(session, now), now)


@router.get("/api/v1/metrics/staffing", responses=errors(403))
def get_staffing(
    _: CurrentOps,
    from_: From = None,
    to: To = None,
    target_pct: Annotated[
        float, Query(gt=0, le=99.9, description="the share to answer within target_s, in %")
    ] = 80.0,
    target_s: Annotated[
        float | None,
        Query(ge=0, le=86400, description="answer-time target, seconds; default: each queue's SLA"),
    ] = None,
    concurrency: Annotated[
        int, Query(ge=1, le=20, description="chats one agent handles at once")
    ] = 1,
    max_occupancy: Annotated[
        float | None, Query(gt=0, le=1, description="cap on the agents' occupancy, 0..1")
    ] = None,
) -> StaffingOut:
    """Agents needed per queue and language (Erlang C) for the ticket arrivals and handle
    times of [from, to) (at least 5 minutes, at most 366 days), next to the agents online
    now."""
    now = utcnow()
    window = resolve_window(from_, to, now, default=planning.DEFAULT_WINDOW)
    plan = planning.Targets(target_pct, target_s, concurrency, max_occupancy)
    with read_only() as session:
        return planning.plan_staffing(session, window, plan, now)


@router.post("/api/v1/metrics/staffing/draft", responses=errors(403))
def post_draft_staffing(body: draft.DraftStaffingIn, _: CurrentOps) -> draft.DraftStaffingOut:
    """What a draft ruleset's escalations would need in agents at the traffic of [from, to)
    (default the last hour), per queue and language and per language, next to the active
    ruleset's needs: both replayed on the newest `limit` stored decisions, as
    `POST /api/v1/rules/simulate` does, and the change in escalated conversations applied to
    the window's conversations (see `escalation/metrics/draft.py`)."""
    document = parse_document(body.document)  # an invalid draft: 422 naming the rule
    now = utcnow()
    window = resolve_window(body.from_, body.to, now, default=planning.DEFAULT_WINDOW)
    targets = planning.Targets(body.target_pct, body.target_s, body.concurrency, body.max_occupancy)
    with read_only() as session:  # a short read; the replay runs after it closed
        observed = draft.observe(session, window, body.limit, now)
    return draft.compare(observed, document, window, targets, now)


@router.get(
    "/metrics",
    response_class=Response,
    responses={
        200: {
            "description": "Prometheus text exposition format: queue depth, longest wait, "
            "agents online per language, job backlog, decision latency histogram.",
            "content": {CONTENT_TYPE_LATEST.split(";")[0]: {"schema": {"type": "string"}}},
        },
        **errors(403),
    },
)
async def prometheus_metrics(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> Response:
    """Live gauges for Prometheus. From this machine (loopback, not forwarded) no token is
    needed; otherwise `Bearer <RELAYDESK_METRICS_TOKEN>` or an ops token."""
    host = request.client.host if request.client else None
    await run_in_threadpool(check_scrape_access, host, request.headers, authorization)
    body = await run_in_threadpool(render)
    return Response(body, media_type=CONTENT_TYPE_LATEST)
