"""RQ job functions: thin, they take ids and call domain services in a unit of work."""

from __future__ import annotations

import logging

from sqlalchemy.exc import IntegrityError

from core.db import unit_of_work
from core.heartbeat import lane_served
from core.jobs import Lane, jobs_alive
from router.bot.answers import CONFIGURED, Configured
from router.bot.knowledge import knowledge_base
from router.conversations.service import enqueue_llm_stage, llm_job_id
from router.llm.client import LLMClient, llm_client
from router.pipeline import processing
from router.pipeline.assessment import assess, wants_llm
from router.pipeline.processing import ProcessResult
from router.pipeline.turns import PendingTurn

log = logging.getLogger(__name__)

# Turns one job may read: each pending message of the conversation takes one, a turn whose
# conversation changed while it was assessed takes another. Past this the job fails and
# the recovery sweeper runs it again.
MAX_TURNS = 50


class ConversationBusy(RuntimeError):
    """The conversation kept changing while its messages were assessed."""


def run_message(
    message_id: int, *, llm: LLMClient | Configured | None = CONFIGURED, hand_off: bool = False
) -> ProcessResult:
    """Decide every undecided customer message of the conversation up to `message_id`, one
    turn at a time: a short read, the slow assessment with no transaction open (LLM,
    customer data), a short write that re-checks what was read (`processing.decide`).
    `llm`: the configured LLM by default; None for none. With `hand_off`, a turn that would
    ask the LLM goes to the LLM queue instead, while a worker takes from it, and the job
    ends there."""
    client = llm_client() if isinstance(llm, Configured) else llm
    kb = knowledge_base()
    result = ProcessResult()
    for _ in range(MAX_TURNS):
        with unit_of_work() as session:
            turn = processing.read_turn(session, message_id)
        if turn is None:
            return result
        if hand_off and client is not None and _handed_off(turn):
            result.handed_off = turn.message_id
            return result
        assessment = assess(turn, kb, llm=client)
        try:
            with unit_of_work() as session:
                decided = processing.decide(session, turn, assessment)
        except IntegrityError:
            # Another worker decided this message at the same moment; its answer stands.
            log.info("message %s was decided concurrently", turn.message_id)
            continue
        if decided is None:
            log.info("conversation %s changed meanwhile; reading again", turn.conversation.id)
            continue
        result.decided += decided.decided
        result.replies += decided.replies
        result.ticket_id = decided.ticket_id or result.ticket_id
    raise ConversationBusy(f"message {message_id}: still undecided after {MAX_TURNS} turns")


def _handed_off(turn: PendingTurn) -> bool:
    """Hand the turn to the LLM queue (once: a job already waiting there is enough)."""
    if not (wants_llm(turn) and lane_served(Lane.LLM)):
        return False
    if jobs_alive([llm_job_id(turn.message_id, turn.attempt)])[0]:
        return True
    return enqueue_llm_stage(turn.message_id, turn.attempt)


def process_message(message_id: int) -> dict[str, object]:
    """conversations.process_message: classify, decide, answer or escalate; a message that
    waits for the LLM is handed to the LLM queue."""
    result = run_message(message_id, hand_off=True)
    return {
        "message_id": message_id, "decided": result.decided, "ticket": result.ticket_id,
        "handed_off": result.handed_off,
    }  # fmt: skip


def process_message_with_llm(message_id: int) -> dict[str, object]:
    """conversations.process_message_with_llm: the same, waiting for the LLM."""
    result = run_message(message_id)
    return {"message_id": message_id, "decided": result.decided, "ticket": result.ticket_id}


def deliver_webhook(delivery_id: int) -> dict[str, object]:
    """webhooks.deliver: one attempt at one webhook delivery. The attempt is claimed and
    recorded in two short transactions; the HTTP call runs between them, outside any."""
    from core.db import utcnow
    from core.settings import get_settings
    from escalation.webhooks import service, transport

    with unit_of_work() as session:
        attempt = service.start_attempt(session, delivery_id, utcnow())
    if attempt is None:
        return {"delivery_id": delivery_id, "status": "skipped"}
    settings = get_settings()
    outcome = transport.send(
        attempt.url,
        attempt.secret,
        attempt.body,
        event=attempt.event,
        delivery_id=attempt.delivery_id,
        timestamp=int(utcnow().timestamp()),
        timeout_s=settings.webhook_timeout_s,
        allow_private=settings.webhook_allow_private,
    )
    with unit_of_work() as session:
        status = service.finish_attempt(session, attempt, outcome, utcnow())
    if not outcome.ok:
        log.info("webhook delivery %s attempt %s: %s", delivery_id, attempt.number, outcome.error)
    return {"delivery_id": delivery_id, "attempt": attempt.number, "status": status}
