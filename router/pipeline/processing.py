"""The message job's decision: the short write after the slow assessment.

`workers.tasks.run_message` reads a turn (`router.pipeline.turns.read_turn`), assesses it
with no transaction open (`router.pipeline.assessment.assess`), then calls `decide` in a
short unit of work: it locks the conversation, checks that nothing the assessment read has
changed (else the job reads and assesses again), and records the decision and the bot's
replies or the escalation. Messages of a conversation are decided one at a time and in
order; a message that already has a decision is never decided again.

Lock order, everywhere: the conversation row first, then its ticket.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from core.db import after_commit, utcnow
from core.events import conversation_channel, wake_readers
from core.settings import get_settings
from escalation.metrics.latency import observe_decision_latency
from escalation.rules.engine import evaluate
from escalation.rules.models import Decision
from escalation.rules.service import ActiveRuleset, active_ruleset
from escalation.rules.signals import Action, Outcome, Signals
from escalation.tickets.service import open_ticket
from escalation.tickets.sweeps import note_customer_message
from router.bot.attempts import BotAnswer
from router.bot.system_messages import SystemMessage, system_text
from router.bot.texts import text
from router.conversations.models import Author, Conversation, ConversationStatus, Message
from router.conversations.service import add_message, lock_conversation
from router.conversations.states import move_conversation
from router.pipeline import turns
from router.pipeline.assessment import Assessment
from router.pipeline.turns import PendingTurn

# Escalations because the bot had no grounded answer: the customer is told the bot is not
# sure. Every other escalation (a request, a risk, a loop, ...) just says a person comes.
UNSURE_RULES = frozenset({"bot_could_not_answer", "no_grounded_answer"})


@dataclass
class ProcessResult:
    decided: list[int] = field(default_factory=list)  # message ids decided in this run
    replies: int = 0  # messages the bot or the system wrote
    ticket_id: str | None = None
    handed_off: int | None = None  # the message left to the LLM queue, if any


def read_turn(session: Session, message_id: int) -> PendingTurn | None:
    """The next undecided message of `message_id`'s conversation, up to it (see `turns`)."""
    return turns.read_turn(session, message_id, get_settings().repeat_contact_days)


def decide(session: Session, turn: PendingTurn, assessment: Assessment) -> ProcessResult | None:
    """Record the decision on `turn` from its `assessment`, or None when the conversation
    changed since the turn was read (the caller reads and assesses it again)."""
    conversation = turns.still_current(session, turn)
    if conversation is None:
        return None
    message = session.get(Message, turn.message_id, populate_existing=True)
    assert message is not None  # still_current saw it undecided, under the lock
    result = ProcessResult()
    _handle(session, conversation, message, active_ruleset(session), assessment, result)
    channel = conversation_channel(conversation.id)
    after_commit(session, lambda: wake_readers(channel, {"type": "conversation.updated"}))
    return result


def _handle(
    session: Session,
    conversation: Conversation,
    message: Message,
    rules: ActiveRuleset,
    assessment: Assessment,
    result: ProcessResult,
) -> None:
    if conversation.status != ConversationStatus.BOT:  # a ticket is live: its timers
        note_customer_message(session, conversation.id, message.created_at)
    signals = assessment.signals
    if assessment.llm is not None:
        usage = assessment.llm.usage
        conversation.llm_tokens += usage.total_tokens
        conversation.llm_cost_usd += usage.cost_usd or 0.0
        conversation.summary = assessment.llm.summary
    spent = assessment.answer.usage
    conversation.llm_tokens += spent.total_tokens
    conversation.llm_cost_usd += spent.cost_usd
    outcome = evaluate(rules.document, signals)
    _record(session, conversation, message, signals, outcome, rules.version)
    result.decided.append(message.id)
    if signals.human_request:
        conversation.human_requests = signals.human_requests
    if conversation.language is None and signals.language_confidence >= 0.5:
        conversation.language = signals.language
    if outcome.action in (Action.ANSWER, Action.OFFER_HUMAN, Action.REPHRASE):
        _reply(session, conversation, outcome, signals, assessment.answer.answer, result)
    elif outcome.action == Action.ESCALATE:
        escalate(session, conversation, outcome, result, signals.language)


def _reply(
    session: Session,
    conversation: Conversation,
    outcome: Outcome,
    signals: Signals,
    answer: BotAnswer | None,
    result: ProcessResult,
) -> None:
    """What the bot writes: its answer; for an offer of a person, the answer and the offer, or
    instead of an answer that did not help (never the same text twice in a row), or after a
    second miss; for a miss, a request to say it in other words."""
    language = signals.language
    offer = outcome.action == Action.OFFER_HUMAN
    texts: list[str] = []
    if answer is not None and outcome.action != Action.REPHRASE:
        if not (offer and signals.loop_count >= 1):  # an answer that did not help is not resent
            texts.append(answer.text)
            conversation.bot_turns += 1
    elif not offer:
        texts.append(text("dialogue", "fallback", language))
    if offer:
        if answer is None:
            texts.append(text("dialogue", "fallback_offer", language))
        elif signals.loop_count >= 1:
            texts.append(text("dialogue", "not_helped_offer", language))
        else:
            texts.append(system_text(SystemMessage.OFFER_HUMAN, language))
        conversation.human_offered = True
    for written in texts:
        add_message(session, conversation.id, Author.BOT, written, flush=False)
        result.replies += 1


def escalate(
    session: Session,
    conversation: Conversation,
    outcome: Outcome,
    result: ProcessResult,
    language: str | None,
) -> None:
    ticket, _ = open_ticket(
        session,
        conversation_id=conversation.id,
        queue=outcome.queue or "general",
        reason=outcome.reason,
        priority=outcome.priority,
        language=outcome.language,
        skills=outcome.skills,
    )
    why = f"escalated to {ticket.queue} (rule {outcome.rule})"
    move_conversation(conversation, ConversationStatus.WAITING_FOR_HUMAN, why)
    key = (
        SystemMessage.HANDOFF_UNSURE
        if outcome.rule in UNSURE_RULES
        else SystemMessage.PROCESSING_FAILED
        if outcome.rule == "processing_failed"
        else SystemMessage.HANDOFF
    )
    add_message(session, conversation.id, Author.SYSTEM, system_text(key, language), flush=False)
    result.replies += 1
    result.ticket_id = ticket.id


def _record(
    session: Session,
    conversation: Conversation,
    message: Message,
    signals: Signals | None,
    outcome: Outcome,
    ruleset_version: int | None,
    ruleset: str | None = None,
) -> None:
    """The decision on `message`, with the ruleset that made it ("default" when none was
    published, or `ruleset` as given) and the signals it read."""
    if ruleset is None:
        ruleset = "default" if ruleset_version is None else f"v{ruleset_version}"
    session.add(
        Decision(
            conversation_id=conversation.id,
            message_id=message.id,
            action=outcome.action,
            queue=outcome.queue,
            rule=outcome.rule,
            reason=outcome.reason,
            ruleset=ruleset,
            ruleset_version=ruleset_version,
            signals={} if signals is None else signals.to_dict(),
        )
    )
    message.processed_at = _decided(session, message.created_at)
    # No flush here: everything is written at commit in a few batched statements; a
    # decision for the same message committed meanwhile fails there (unique message_id).


def _decided(session: Session, created_at: datetime) -> datetime:
    """Now, as a message's decision time; its latency goes to the metrics after commit."""
    now = utcnow()
    latency_s = (now - created_at).total_seconds()
    after_commit(session, lambda: observe_decision_latency(latency_s))
    return now


def give_up(session: Session, message_id: int, why: str) -> ProcessResult:
    """A message that could not be processed after all retries goes to a person: the
    customer is never left in silence."""
    result = ProcessResult()
    message = session.get(Message, message_id)
    if message is None or message.processed_at is not None:
        return result
    conversation = lock_conversation(session, message.conversation_id)
    outcome = Outcome(
        Action.ESCALATE,
        "processing_failed",
        f"message could not be processed: {why}",
        queue="general",
        priority=1,
        language=conversation.language,
    )
    _record(session, conversation, message, None, outcome, None, ruleset="none")
    result.decided.append(message.id)
    if conversation.status == ConversationStatus.BOT:
        escalate(session, conversation, outcome, result, conversation.language)
    channel = conversation_channel(conversation.id)
    after_commit(session, lambda: wake_readers(channel, {"type": "conversation.updated"}))
    return result
