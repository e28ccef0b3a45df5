"""Staffing for a draft ruleset: what its escalations would mean in agents, per queue and
language, next to what the active ruleset needs (`POST /api/v1/metrics/staffing/draft`).

The draft and the active ruleset are replayed on the stored decisions, as the rules
editor's simulation does (`escalation.rules.simulation`); each replayed conversation counts
once per ruleset, at its first escalation, by the ticket's queue and language. The
difference, as a share of the replayed conversations, is applied to today's traffic:

    draft rate (q, l) = max(0, tickets (q, l) / window
                               + conversations / window x (after (q, l) - before (q, l)) / replayed)

where the tickets are those created in the window and the conversations those the bot
decided on in it. The active ruleset's rates are the observed ones, so its column equals
`GET /api/v1/metrics/staffing`; both go through the same Erlang C (`planning`, `staffing`)
with each queue's observed handle time (the default where none was resolved).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import ValidationFailed
from core.settings import get_settings
from core.text import Text
from escalation.metrics import planning
from escalation.metrics.compute import Window
from escalation.metrics.planning import Arrivals, Targets
from escalation.metrics.schemas import StaffingRow, WindowOut
from escalation.rules import simulation
from escalation.rules.document import RulesetDocument
from escalation.rules.models import Decision
from escalation.rules.service import active_ruleset
from escalation.rules.signals import Action, Signals
from escalation.tickets.pay import sla_seconds

# --- the API's bodies ---------------------------------------------------------------------


class DraftStaffingIn(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    document: dict[str, Any] | Text = Field(
        description="the draft ruleset, as a JSON object or as YAML/JSON text"
    )
    limit: int = Field(default=5000, ge=1, le=100_000, description="decisions to replay")
    from_: datetime | None = Field(
        default=None, alias="from", description="start of the traffic window; default 1 h before"
    )
    to: datetime | None = Field(default=None, description="end of the traffic window; default now")
    target_pct: float = Field(default=80.0, gt=0, le=99.9)
    target_s: float | None = Field(
        default=None, ge=0, le=86400, description="default: each queue's SLA"
    )
    concurrency: int = Field(default=1, ge=1, le=20, description="chats one agent handles at once")
    max_occupancy: float | None = Field(default=None, gt=0, le=1)


class DraftStaffingRow(BaseModel):
    queue: str | None = Field(description="null for a row per language (its queues pooled)")
    language: str | None
    escalated_before: int = Field(
        description="replayed conversations the active ruleset escalates here"
    )
    escalated_after: int = Field(description="replayed conversations the draft escalates here")
    active: StaffingRow = Field(description="with the arrivals observed in the window")
    draft: StaffingRow = Field(
        description="with the arrivals the draft would give (`tickets` stays the observed count)"
    )
    agents_change: int = Field(description="draft.agents_needed - active.agents_needed")


class DraftStaffingOut(BaseModel):
    window: WindowOut
    generated_at: datetime
    target_pct: float
    concurrency: int
    max_occupancy: float | None
    active_version: int
    decisions: int = Field(description="stored decisions replayed")
    conversations: int = Field(description="conversations those decisions belong to")
    escalated_before: int = Field(description="of them, escalated by the active ruleset")
    escalated_after: int = Field(description="of them, escalated by the draft")
    window_conversations: int = Field(
        description="conversations the bot decided on in the window: today's traffic"
    )
    conversations_per_hour: float
    by_queue_language: list[DraftStaffingRow]
    by_language: list[DraftStaffingRow]


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Observed:
    """What the comparison needs, read in one short unit of work."""

    active_version: int
    active: RulesetDocument
    history: list[tuple[int, str, int, Signals]]
    arrivals: list[Arrivals]
    window_conversations: int
    online: Counter[str]
    online_total: int


def decided_conversations(session: Session, window: Window) -> int:
    """Conversations the bot made a decision on in the window (a person's turns excluded)."""
    return int(
        session.scalar(
            select(func.count(func.distinct(Decision.conversation_id))).where(
                Decision.created_at >= window.start,
                Decision.created_at < window.end,
                Decision.action != Action.HOLD,
            )
        )
        or 0
    )


def observe(session: Session, window: Window, limit: int, now: datetime) -> Observed:
    if window.end - window.start < planning.SHORTEST_WINDOW:
        raise ValidationFailed(
            f"the window is shorter than {planning.SHORTEST_WINDOW.seconds // 60} minutes: "
            "too little to estimate an arrival rate"
        )
    active = active_ruleset(session)
    online, online_total = planning.online_by_language(session, now)
    return Observed(
        active.version,
        active.document,
        simulation.load_history(session, limit),
        planning.arrivals(session, window),
        decided_conversations(session, window),
        online,
        online_total,
    )


# --- comparing (pure) ---------------------------------------------------------------------


def draft_rates(
    found: list[Arrivals], mix: simulation.EscalationMix, window_s: float, conversations: int
) -> tuple[list[Arrivals], planning.RateOf]:
    """Every (queue, language) with tickets or escalations (a queue only the draft uses
    gets an empty `Arrivals`), and the draft's arrival rate per second for each."""
    known = {(a.queue, a.language) for a in found}
    new = sorted({key for key in mix.after if key not in known}, key=lambda k: (k[0], k[1] or ""))
    every = found + [Arrivals(queue, language, 0, 0, 0.0) for queue, language in new]
    per_conversation_s = conversations / window_s / mix.conversations if mix.conversations else 0

    def rate_of(a: Arrivals) -> float:
        key = (a.queue, a.language)
        change = (mix.after[key] - mix.before[key]) * per_conversation_s
        return max(0.0, a.tickets / window_s + change)

    return every, rate_of


def compare(
    observed: Observed,
    draft: RulesetDocument,
    window: Window,
    targets: Targets,
    now: datetime,
) -> DraftStaffingOut:
    mix = simulation.escalation_mix(observed.active, draft, observed.history)
    every, rate_of = draft_rates(
        observed.arrivals, mix, window.seconds, observed.window_conversations
    )
    settings = get_settings()
    sla_of = {
        a.queue: float(sla_seconds(a.queue, settings.sla_s, settings.default_sla_s)) for a in every
    }
    common = (
        every,
        window.seconds,
        targets,
        observed.online,
        observed.online_total,
        float(settings.default_handle_time_s),
        sla_of,
    )
    before_rows, before_languages = planning.staffing_plan(*common)
    after_rows, after_languages = planning.staffing_plan(*common, rate_of=rate_of)

    def pair(before: StaffingRow, after: StaffingRow) -> DraftStaffingRow:
        keys = [k for k in set(mix.before) | set(mix.after) if k[1] == before.language]
        if before.queue is not None:
            keys = [k for k in keys if k[0] == before.queue]
        return DraftStaffingRow(
            queue=before.queue,
            language=before.language,
            escalated_before=sum(mix.before[k] for k in keys),
            escalated_after=sum(mix.after[k] for k in keys),
            active=before,
            draft=after,
            agents_change=after.agents_needed - before.agents_needed,
        )

    return DraftStaffingOut(
        window=WindowOut(from_=window.start, to=window.end),
        generated_at=now,
        target_pct=targets.target_pct,
        concurrency=targets.concurrency,
        max_occupancy=targets.max_occupancy,
        active_version=observed.active_version,
        decisions=len(observed.history),
        conversations=mix.conversations,
        escalated_before=sum(mix.before.values()),
        escalated_after=sum(mix.after.values()),
        window_conversations=observed.window_conversations,
        conversations_per_hour=round(observed.window_conversations / window.seconds * 3600, 3),
        by_queue_language=[pair(b, a) for b, a in zip(before_rows, after_rows, strict=True)],
        by_language=[pair(b, a) for b, a in zip(before_languages, after_languages, strict=True)],
    )
