"""What the metrics API answers. Every field says exactly what it counts: these descriptions
are the metrics' definitions (they appear in the OpenAPI document).

All metrics of one answer describe the same conversations: those created in the window
[from, to) in which the customer wrote at least one message, followed up to the moment of
the query (a ticket claimed after `to` still counts for a conversation created before it).
A conversation's `queue` is the queue of its first ticket (after any transfer; null when it
never had one), its `language` the conversation's language (null when not known), and its
`reason` the rule of its first escalation decision (null when it never escalated)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field


class GroupBy(StrEnum):
    QUEUE = "queue"
    LANGUAGE = "language"
    REASON = "reason"


class WindowOut(BaseModel):
    from_: datetime = Field(alias="from", description="start of the window (included), UTC")
    to: datetime = Field(description="end of the window (excluded), UTC")

    model_config = {"populate_by_name": True}


class Filters(BaseModel):
    queue: str | None = Field(default=None, description="only conversations of this queue")
    language: str | None = Field(default=None, description="only conversations in this language")
    reason: str | None = Field(
        default=None, description="only conversations whose first escalation had this rule"
    )


class Durations(BaseModel):
    """A distribution of durations in seconds. Percentiles are nearest-rank: the smallest
    value such that at least that share of the values are at most it. All null when
    `count` is 0."""

    count: int = Field(description="how many durations were measured")
    mean_s: float | None = Field(description="arithmetic mean, seconds")
    p50_s: float | None = Field(description="median (nearest rank), seconds")
    p90_s: float | None = Field(description="90th percentile (nearest rank), seconds")
    p99_s: float | None = Field(description="99th percentile (nearest rank), seconds")


class ConversationCounts(BaseModel):
    total: int = Field(
        description="conversations created in the window in which the customer wrote at "
        "least one message (after the filters)"
    )
    bot: int = Field(description="of these, the bot has them now (status `bot`)")
    waiting_for_human: int = Field(description="of these, waiting on the board now")
    with_human: int = Field(description="of these, with an agent now")
    closed: int = Field(description="of these, closed (resolved, abandoned or expired)")


class MessageCounts(BaseModel):
    total: int = Field(description="messages in these conversations, whoever wrote them")
    customer: int = Field(description="messages the customers wrote")
    bot: int = Field(description="messages the bot wrote")
    agent: int = Field(description="messages agents wrote")
    system: int = Field(description="system notices (handoff, agent joined, ...)")
    customer_per_conversation: float | None = Field(description="customer messages / conversations")


class Containment(BaseModel):
    contained: int = Field(
        description="conversations that never reached a person: no ticket of theirs was ever "
        "claimed (escalated ones whose customer left or whose ticket expired unclaimed count "
        "here too; see `escalated_not_reached`)"
    )
    rate: float | None = Field(description="contained / conversations")
    durably_contained: int = Field(
        description="contained conversations the bot finished for good: never escalated, "
        "the customer never asked for a person, the bot's last decision answered them "
        "(action `answer`), and the same "
        "customer (same `customer_ref`) started no other conversation within "
        "`recontact_window_s` after this one's last message (anonymous conversations cannot "
        "be followed and count as not re-contacted; a recent conversation counts as long as "
        "no re-contact is known)"
    )
    durable_rate: float | None = Field(description="durably_contained / conversations")
    escalated: int = Field(
        description="conversations with at least one escalation decision (action `escalate`)"
    )
    escalation_rate: float | None = Field(description="escalated / conversations")
    reached_person: int = Field(description="conversations in which an agent claimed a ticket")
    escalated_not_reached: int = Field(
        description="escalated conversations that never reached a person (the customer left, "
        "the ticket expired, or it is still waiting)"
    )


class ReasonCount(BaseModel):
    conversations: int = Field(description="conversations whose first escalation had this rule")
    rate: float | None = Field(description="those conversations / all conversations")


class HumanRequests(BaseModel):
    requested: int = Field(
        description="conversations in which the customer asked for a person at least once "
        "(a decision with the signal `human_request`)"
    )
    honoured: int = Field(
        description="of these, conversations that escalated (a person was called for; "
        "whether one came is `time_to_person`)"
    )
    honoured_rate: float | None = Field(description="honoured / requested")
    first_time: int = Field(
        description="honoured conversations whose first escalation came at or before the "
        "customer's first request (signal `human_requests` <= 1 on that decision): the target"
    )
    first_time_rate: float | None = Field(
        description="first_time / requested: how often one request was enough"
    )
    not_honoured: int = Field(description="requested but never escalated")
    requests_mean: float | None = Field(
        description="mean number of requests the customer had made when the conversation "
        "first escalated (signal `human_requests` of that decision), over honoured "
        "conversations; 1 is the target, 0 means it escalated before they asked"
    )
    requests_max: int | None = Field(description="the most requests one honoured conversation took")
    by_requests: dict[str, int] = Field(
        description="honoured conversations by the number of requests made when they "
        'first escalated, e.g. {"1": 40, "2": 3}'
    )


class TicketCounts(BaseModel):
    total: int = Field(description="tickets of these conversations")
    claimed: int = Field(description="tickets an agent claimed at least once")
    resolved: int = Field(description="tickets an agent resolved (hand-backs included)")
    handed_back: int = Field(description="resolved tickets handed back to the bot")
    abandoned: int = Field(description="tickets closed because the customer left")
    expired: int = Field(description="tickets closed unclaimed past the age limit")
    waiting: int = Field(description="tickets on the board now (open, released, transferred)")
    held: int = Field(description="tickets an agent holds now (claimed, with_agent)")


class Returns(BaseModel):
    """From the tickets' event log (`ticket_events`)."""

    claims: int = Field(description="claims (events `claimed`), every claim of every ticket")
    first_reply_timeouts: int = Field(
        description="claims returned to the board because the agent sent no first reply in "
        "time (events `first_reply_timeout`)"
    )
    reply_timeouts: int = Field(
        description="returned because a later customer message went unanswered too long "
        "(events `reply_timeout`)"
    )
    releases: int = Field(description="handed back to the board by the agent (events `released`)")
    offline_returns: int = Field(
        description="returned because the agent went offline (events `agent_offline`)"
    )
    transfers: int = Field(
        description="transferred to another queue or agent (events `transferred`)"
    )
    transfer_offers_expired: int = Field(
        description="transfers to a named agent who did not claim in time "
        "(events `transfer_offer_expired`)"
    )
    sla_breaches: int = Field(
        description="tickets raised for waiting past their queue's SLA (events `sla_breached`)"
    )
    timeouts_per_claim: float | None = Field(
        description="(first_reply_timeouts + reply_timeouts) / claims"
    )
    returns_per_claim: float | None = Field(
        description="(timeouts + releases + offline_returns + transfers) / claims"
    )


class Sla(BaseModel):
    met: int = Field(
        description="tickets first claimed within their queue's SLA (`RELAYDESK_SLA_S`, "
        "built-in per-queue defaults, else `RELAYDESK_DEFAULT_SLA_S`) of their creation"
    )
    missed: int = Field(
        description="tickets first claimed after their SLA, or unclaimed when it ran out "
        "(still waiting, or closed after it); unclaimed tickets closed before it and tickets "
        "still within it are neither"
    )
    attainment: float | None = Field(description="met / (met + missed)")


class RatingSummary(BaseModel):
    count: int = Field(description="ratings (1 to 5)")
    average: float | None = Field(description="mean score")
    csat: float | None = Field(description="share of ratings of 4 or 5 (satisfied)")


class Csat(BaseModel):
    bot: RatingSummary = Field(description="ratings of conversations that never reached a person")
    people: RatingSummary = Field(description="ratings of conversations that reached a person")


class RepeatContacts(BaseModel):
    conversations: int = Field(
        description="conversations with a decision carrying the signal `repeat_contact` (the "
        "same customer wrote about the same topic within `RELAYDESK_REPEAT_CONTACT_DAYS`)"
    )
    rate: float | None = Field(description="repeat-contact conversations / conversations")


class LlmUsage(BaseModel):
    tokens: int = Field(description="LLM tokens spent on these conversations (prompt + answer)")
    cost_usd: float = Field(description="their cost in US dollars (`RELAYDESK_LLM_PRICES`)")
    conversations_using_llm: int = Field(description="conversations that spent any tokens")
    tokens_per_conversation: float | None = Field(description="tokens / conversations")
    cost_per_conversation_usd: float | None = Field(description="cost_usd / conversations")


class PayStats(BaseModel):
    currency: str
    resolved_tickets: int = Field(description="tickets whose resolution booked pay")
    total_cents: int = Field(description="pay booked in the agents' ledger for these tickets")
    base_cents: int = Field(description="of it, the queues' base pay")
    surge_cents: int = Field(description="of it, what surge added")
    bonus_cents: int = Field(description="of it, SLA bonuses")
    per_resolved_ticket_cents: float | None = Field(description="total_cents / resolved_tickets")


class MetricsSet(BaseModel):
    conversations: ConversationCounts
    messages: MessageCounts
    containment: Containment
    escalation_by_reason: dict[str, ReasonCount] = Field(
        description="escalated conversations by the rule of their first escalation decision"
    )
    human_requests: HumanRequests
    time_to_person: Durations = Field(
        description="from the customer's message that first asked for a person or first "
        "escalated (whichever came first) to the first claim of one of the conversation's "
        "tickets (the agent joined), for conversations that reached a person"
    )
    wait_until_claim: Durations = Field(
        description="from a ticket's creation to its first claim, tickets that were claimed"
    )
    first_response: Durations = Field(
        description="from a ticket's creation to the first reply an agent wrote on it (event "
        "`first_reply`), tickets that got one"
    )
    handle_time: Durations = Field(
        description="from the claim by the agent who resolved a ticket to its resolution, "
        "resolved tickets"
    )
    tickets: TicketCounts
    returns: Returns
    sla: Sla
    csat: Csat
    repeat_contacts: RepeatContacts
    llm: LlmUsage
    pay: list[PayStats] = Field(description="the agents' pay for these tickets, per currency")


class GroupMetrics(BaseModel):
    key: str | None = Field(
        description="the group's queue, language or reason; null for conversations without "
        "one (never escalated, language unknown)"
    )
    metrics: MetricsSet


class MetricsOut(BaseModel):
    window: WindowOut
    filters: Filters
    group_by: GroupBy | None
    recontact_window_s: int = Field(
        description="durable containment's re-contact window (`RELAYDESK_METRICS_RECONTACT_S`)"
    )
    generated_at: datetime
    total: MetricsSet = Field(description="all conversations of the window after the filters")
    groups: list[GroupMetrics] = Field(
        description="the same per group (`group_by`), largest first; empty without group_by"
    )


# --- staffing -------------------------------------------------------------------------


class StaffingRow(BaseModel):
    queue: str | None = Field(description="the tickets' queue; null for a row per language")
    language: str | None = Field(description="the language the tickets need; null for any")
    tickets: int = Field(description="tickets created in the window")
    arrivals_per_hour: float = Field(description="tickets / window length, per hour")
    handle_time_s: float = Field(
        description="mean handle time (claim to resolution) of the resolved tickets among "
        "them, or `RELAYDESK_DEFAULT_HANDLE_TIME_S` when none was resolved"
    )
    handle_time_measured: bool = Field(description="false when the default was used")
    target_s: float = Field(description="answer-time target: `target_s`, else the queue's SLA")
    traffic_erlangs: float = Field(
        description="offered load: arrivals per second x handle time (chats in progress on average)"
    )
    slots_needed: int = Field(
        description="Erlang C: the fewest simultaneous chats (servers) that reach the target "
        "(and stay within `max_occupancy`)"
    )
    agents_needed: int = Field(description="slots_needed / concurrency, rounded up")
    agents_online: int = Field(
        description="agents online now who speak the language (any online agent when the "
        "tickets need no language)"
    )
    shortfall: int = Field(description="max(0, agents_needed - agents_online)")
    service_level: float = Field(
        description="with slots_needed: the expected share answered within target_s"
    )
    probability_wait: float = Field(
        description="with slots_needed: Erlang C probability that a ticket waits at all"
    )
    average_speed_of_answer_s: float = Field(
        description="with slots_needed: expected mean wait, seconds"
    )
    occupancy: float = Field(description="traffic_erlangs / slots_needed")


class StaffingOut(BaseModel):
    window: WindowOut
    generated_at: datetime
    target_pct: float = Field(description="service-level target: this % answered within target_s")
    concurrency: int = Field(description="chats one agent handles at once")
    max_occupancy: float | None = Field(description="occupancy cap, if any")
    by_queue_language: list[StaffingRow] = Field(
        description="one row per queue and language the window had tickets in"
    )
    by_language: list[StaffingRow] = Field(
        description="one row per language, its queues pooled (agents serve every queue of "
        "their language): arrivals summed, handle time weighted by arrivals (so the offered "
        "load is the sum of the queues'), target the smallest of its queues' targets"
    )


# --- over time and now ----------------------------------------------------------------


class SeriesPoint(BaseModel):
    from_: datetime = Field(alias="from", description="start of the bucket (included), UTC")
    to: datetime = Field(description="end of the bucket (excluded), UTC")
    metrics: MetricsSet = Field(
        description="exactly what `GET /api/v1/metrics?from=<from>&to=<to>` (same filters) "
        "answers as `total`"
    )

    model_config = {"populate_by_name": True}


class SeriesOut(BaseModel):
    window: WindowOut
    filters: Filters
    bucket_s: int = Field(
        description="bucket length; the last bucket ends at `to` (may be shorter)"
    )
    recontact_window_s: int
    generated_at: datetime
    points: list[SeriesPoint] = Field(description="one per bucket, oldest first")


class LiveQueue(BaseModel):
    queue: str
    waiting: int = Field(description="tickets on the board now (open, released, transferred)")
    held: int = Field(description="tickets agents hold now (claimed, with_agent)")
    longest_wait_s: float = Field(description="age of the oldest waiting ticket; 0 when none")


class LiveOut(BaseModel):
    generated_at: datetime
    queues: list[LiveQueue] = Field(description="every known queue, by name")
    waiting: int = Field(description="tickets waiting in all queues")
    longest_wait_s: float = Field(description="the oldest waiting ticket's age, any queue")
    agents_online: dict[str, int] = Field(
        description="agents online now per language they speak (one agent counts in each of "
        "their languages); every language a waiting ticket needs appears, 0 when none"
    )
