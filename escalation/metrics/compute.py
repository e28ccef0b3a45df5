"""The metrics' arithmetic, as pure functions: the window, rates, nearest-rank percentiles,
and turning the database's sums into the answer. No database, no clock of their own.

The service reads sums per (queue, language, reason) and a few more keys; `Tallies` adds
them up per group and in total, and `metrics_set` derives every rate from one tally."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from core.errors import ValidationFailed
from escalation.metrics.schemas import (
    Containment,
    ConversationCounts,
    Csat,
    Durations,
    HumanRequests,
    LlmUsage,
    MessageCounts,
    MetricsSet,
    PayStats,
    RatingSummary,
    ReasonCount,
    RepeatContacts,
    Returns,
    Sla,
    TicketCounts,
)

PERCENTILES = (50, 90, 99)
DEFAULT_WINDOW = timedelta(days=1)
MAX_WINDOW = timedelta(days=366)
EARLIEST_YEAR, LATEST_YEAR = 1970, 2100
DIMENSIONS = ("queue", "language", "reason")
SATISFIED_SCORE = 4  # CSAT: the share of ratings at or above this

Dims = tuple[str | None, str | None, str | None]  # queue, language, reason
Totals = dict[str, float]

# The duration metrics, as named in the percentile query and in `MetricsSet`.
TIME_TO_PERSON = "time_to_person"
WAIT_UNTIL_CLAIM = "wait_until_claim"
FIRST_RESPONSE = "first_response"
HANDLE_TIME = "handle_time"
DURATION_METRICS = (TIME_TO_PERSON, WAIT_UNTIL_CLAIM, FIRST_RESPONSE, HANDLE_TIME)


@dataclass(frozen=True)
class Window:
    """[start, end) in UTC."""

    start: datetime
    end: datetime

    @property
    def seconds(self) -> float:
        return (self.end - self.start).total_seconds()


def resolve_window(
    start: datetime | None,
    end: datetime | None,
    now: datetime,
    *,
    default: timedelta = DEFAULT_WINDOW,
    longest: timedelta = MAX_WINDOW,
) -> Window:
    """The window asked for: `to` defaults to now, `from` to `default` before `to`. Times
    must carry a time zone; ValidationFailed (422) says what is wrong."""
    for name, value in (("from", start), ("to", end)):
        if value is None:
            continue
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValidationFailed(f"{name}: give a time zone, e.g. 2024-05-01T00:00:00Z")
        if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
            raise ValidationFailed(f"{name}: must be between {EARLIEST_YEAR} and {LATEST_YEAR}")
    end_utc = end.astimezone(UTC) if end is not None else now
    start_utc = start.astimezone(UTC) if start is not None else end_utc - default
    if start_utc >= end_utc:
        raise ValidationFailed("from: must be before to")
    if end_utc - start_utc > longest:
        raise ValidationFailed(f"the window is longer than {longest.days} days; ask for less")
    return Window(start_utc, end_utc)


MAX_BUCKETS = 96


def buckets(window: Window, bucket_s: int, most: int = MAX_BUCKETS) -> list[Window]:
    """`window` cut into consecutive buckets of `bucket_s` seconds from its start, the last
    one ending at the window's end (shorter when the length does not divide); at most `most`
    buckets, else ValidationFailed (422) says how to ask."""
    if bucket_s <= 0:
        raise ValidationFailed("bucket_s: must be at least 1")
    count = max(1, math.ceil(window.seconds / bucket_s))
    if count > most:
        raise ValidationFailed(
            f"bucket_s: {count} buckets of {bucket_s} s in this window; at most {most}: "
            "ask for longer buckets or a shorter window"
        )
    step = timedelta(seconds=bucket_s)
    starts = [window.start + step * n for n in range(count)]
    return [Window(start, min(start + step, window.end)) for start in starts if start < window.end]


def rate(part: float, whole: float) -> float | None:
    """part / whole, rounded to 4 places; None when there is nothing to divide by."""
    return None if whole <= 0 else round(part / whole, 4)


def nearest_rank(n: int, pct: int) -> int:
    """The 1-based rank of the `pct` percentile of `n` sorted values: ceil(pct * n / 100),
    at least 1 (the SQL in `sql.percentile_query` uses the same integer formula)."""
    return max(1, (n * pct + 99) // 100)


def percentile(values: Sequence[float], pct: int) -> float | None:
    """Nearest-rank percentile: the smallest value such that at least `pct` % of the values
    are at most it. None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[nearest_rank(len(ordered), pct) - 1]


def durations(values: Sequence[float]) -> Durations:
    """The distribution of `values` (the reference for what the database computes)."""
    if not values:
        return Durations(count=0, mean_s=None, p50_s=None, p90_s=None, p99_s=None)
    return Durations(
        count=len(values),
        mean_s=_seconds(sum(values) / len(values)),
        p50_s=_seconds(percentile(values, 50)),
        p90_s=_seconds(percentile(values, 90)),
        p99_s=_seconds(percentile(values, 99)),
    )


def _seconds(value: float | None) -> float | None:
    return None if value is None else round(float(value), 3)


EMPTY_DURATIONS = Durations(count=0, mean_s=None, p50_s=None, p90_s=None, p99_s=None)


@dataclass
class Tallies:
    """Sums per group (`group_by`: one of DIMENSIONS, or None) and in total."""

    group_by: str | None
    total: Totals = field(default_factory=lambda: defaultdict(float))
    groups: dict[str | None, Totals] = field(default_factory=dict)

    def add(self, dims: Dims, values: Mapping[str, float]) -> None:
        targets = [self.total]
        if self.group_by is not None:
            key = dims[DIMENSIONS.index(self.group_by)]
            targets.append(self.groups.setdefault(key, defaultdict(float)))
        for target in targets:
            for name, value in values.items():
                target[name] += float(value or 0)


def group_order(tallies: Tallies) -> list[str | None]:
    """Group keys, the largest group (by conversations) first, then by name."""
    return sorted(
        tallies.groups,
        key=lambda k: (-tallies.groups[k].get("conversations", 0.0), k is None, k or ""),
    )


def _n(tally: Totals, name: str) -> int:
    return round(tally.get(name, 0.0))


def _prefixed(tally: Totals, prefix: str) -> dict[str, float]:
    return {k[len(prefix) :]: v for k, v in tally.items() if k.startswith(prefix) and v}


def _ratings(tally: Totals, who: str) -> RatingSummary:
    count = _n(tally, f"ratings:{who}:count")
    score = tally.get(f"ratings:{who}:score", 0.0)
    average = None if count == 0 else round(score / count, 2)
    return RatingSummary(
        count=count, average=average, csat=rate(tally.get(f"ratings:{who}:satisfied", 0), count)
    )


def _requests(tally: Totals, requested: int) -> HumanRequests:
    taken = {int(k): round(v) for k, v in _prefixed(tally, "taken:").items()}
    honoured = sum(taken.values())
    first_time = sum(n for k, n in taken.items() if k <= 1)
    mean = None if honoured == 0 else round(sum(k * n for k, n in taken.items()) / honoured, 3)
    return HumanRequests(
        requested=requested,
        honoured=honoured,
        honoured_rate=rate(honoured, requested),
        first_time=first_time,
        first_time_rate=rate(first_time, requested),
        not_honoured=max(0, requested - honoured),
        requests_mean=mean,
        requests_max=max(taken) if taken else None,
        by_requests={str(k): taken[k] for k in sorted(taken)},
    )


def _returns(tally: Totals) -> Returns:
    def ev(kind: str) -> int:
        return _n(tally, f"events:{kind}")

    claims = ev("claimed")
    timeouts = ev("first_reply_timeout") + ev("reply_timeout")
    returned = timeouts + ev("released") + ev("agent_offline") + ev("transferred")
    return Returns(
        claims=claims,
        first_reply_timeouts=ev("first_reply_timeout"),
        reply_timeouts=ev("reply_timeout"),
        releases=ev("released"),
        offline_returns=ev("agent_offline"),
        transfers=ev("transferred"),
        transfer_offers_expired=ev("transfer_offer_expired"),
        sla_breaches=ev("sla_breached"),
        timeouts_per_claim=rate(timeouts, claims),
        returns_per_claim=rate(returned, claims),
    )


def _pay(tally: Totals) -> list[PayStats]:
    currencies = sorted({k.split(":")[1] for k in tally if k.startswith("pay:")})
    stats = []
    for currency in currencies:

        def part(name: str, currency: str = currency) -> int:
            return _n(tally, f"pay:{currency}:{name}")

        total, tickets = part("total"), part("tickets")
        stats.append(
            PayStats(
                currency=currency,
                resolved_tickets=tickets,
                total_cents=total,
                base_cents=part("base"),
                surge_cents=part("surge"),
                bonus_cents=part("bonus"),
                per_resolved_ticket_cents=None if tickets == 0 else round(total / tickets, 2),
            )
        )
    return stats


def metrics_set(tally: Totals, measured: Mapping[str, Durations]) -> MetricsSet:
    """Every metric of one group (or of all) from its sums and its duration statistics."""
    conversations = _n(tally, "conversations")
    escalated, reached = _n(tally, "escalated"), _n(tally, "reached")
    messages = {a: _n(tally, f"messages:{a}") for a in ("customer", "bot", "agent", "system")}
    tokens, cost = _n(tally, "llm:tokens"), tally.get("llm:cost_usd", 0.0)
    met, missed = _n(tally, "sla:met"), _n(tally, "sla:missed")
    repeat = _n(tally, "repeat")

    def status(name: str) -> int:
        return _n(tally, f"tickets_status:{name}")

    return MetricsSet(
        conversations=ConversationCounts(
            total=conversations,
            bot=_n(tally, "status:bot"),
            waiting_for_human=_n(tally, "status:waiting_for_human"),
            with_human=_n(tally, "status:with_human"),
            closed=_n(tally, "status:closed"),
        ),
        messages=MessageCounts(
            total=sum(messages.values()),
            **messages,
            customer_per_conversation=rate(messages["customer"], conversations),
        ),
        containment=Containment(
            contained=conversations - reached,
            rate=rate(conversations - reached, conversations),
            durably_contained=_n(tally, "durable"),
            durable_rate=rate(_n(tally, "durable"), conversations),
            escalated=escalated,
            escalation_rate=rate(escalated, conversations),
            reached_person=reached,
            escalated_not_reached=_n(tally, "escalated_not_reached"),
        ),
        escalation_by_reason={
            reason: ReasonCount(conversations=round(n), rate=rate(n, conversations))
            for reason, n in sorted(_prefixed(tally, "reason:").items(), key=lambda kv: -kv[1])
        },
        human_requests=_requests(tally, _n(tally, "requested")),
        time_to_person=measured.get(TIME_TO_PERSON, EMPTY_DURATIONS),
        wait_until_claim=measured.get(WAIT_UNTIL_CLAIM, EMPTY_DURATIONS),
        first_response=measured.get(FIRST_RESPONSE, EMPTY_DURATIONS),
        handle_time=measured.get(HANDLE_TIME, EMPTY_DURATIONS),
        tickets=TicketCounts(
            total=_n(tally, "tickets"),
            claimed=_n(tally, "tickets:claimed"),
            resolved=status("resolved"),
            handed_back=_n(tally, "tickets:handed_back"),
            abandoned=status("abandoned"),
            expired=status("expired"),
            waiting=status("open") + status("released") + status("transferred"),
            held=status("claimed") + status("with_agent"),
        ),
        returns=_returns(tally),
        sla=Sla(met=met, missed=missed, attainment=rate(met, met + missed)),
        csat=Csat(bot=_ratings(tally, "bot"), people=_ratings(tally, "people")),
        repeat_contacts=RepeatContacts(conversations=repeat, rate=rate(repeat, conversations)),
        llm=LlmUsage(
            tokens=tokens,
            cost_usd=round(cost, 6),
            conversations_using_llm=_n(tally, "llm:conversations"),
            tokens_per_conversation=rate(tokens, conversations),
            cost_per_conversation_usd=(
                None if conversations == 0 else round(cost / conversations, 6)
            ),
        ),
        pay=_pay(tally),
    )


def durations_by_scope(
    rows: Iterable[tuple[str, int, str | None, int, float | None, Sequence[float | None]]],
) -> dict[tuple[int, str | None], dict[str, Durations]]:
    """The percentile query's rows `(metric, scope, key, n, mean, [p50, p90, p99])` as
    {(scope, key): {metric: Durations}}; scope 0 is the total (key None), 1 a group."""
    found: dict[tuple[int, str | None], dict[str, Durations]] = {}
    for metric, scope, key, n, mean, pcts in rows:
        p50, p90, p99 = (_seconds(p) for p in pcts)
        found.setdefault((scope, key if scope else None), {})[metric] = Durations(
            count=int(n), mean_s=_seconds(mean), p50_s=p50, p90_s=p90, p99_s=p99
        )
    return found
