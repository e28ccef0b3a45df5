"""The message job's short read and its re-check: what the slow work needs, read at once.

The message job runs in three steps (see `workers.tasks.process_message`):

1. `read_turn`: a short read of the next undecided customer message and everything its
   assessment needs (the conversation's state, the previous turn, the transcript, the
   customer's recent topics), as plain values;
2. the slow work (LLM, the customer-data backend) with no transaction open;
3. a short write that locks the conversation and checks with `still_current` that nothing the
   assessment read has changed; if something did, the job reads and assesses again.

So no LLM call or customer-data look-up ever runs while a row lock (on SQLite: the
database's write lock) is held, and a slow LLM delays only the message that needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from escalation.rules.models import Decision
from router.conversations.models import Author, Conversation, Message
from router.pipeline.history import PreviousTurn, previous_turn

TRANSCRIPT_TURNS = 12  # what the LLM classifier reads
HISTORY_TURNS = 6  # what the LLM answer reads before the message
RECENT_TOPICS = 200  # the customer's latest decisions elsewhere (repeat contact)


@dataclass(frozen=True)
class ConversationState:
    """What an assessment reads of the conversation; the write checks it is unchanged."""

    id: str
    customer_ref: str | None
    language: str | None
    status: str
    human_requests: int
    bot_turns: int
    human_offered: bool

    @classmethod
    def of(cls, conversation: Conversation) -> ConversationState:
        return cls(
            id=conversation.id,
            customer_ref=conversation.customer_ref,
            language=conversation.language,
            status=conversation.status,
            human_requests=conversation.human_requests,
            bot_turns=conversation.bot_turns,
            human_offered=conversation.human_offered,
        )


@dataclass(frozen=True)
class PendingTurn:
    """One undecided customer message and what its assessment needs."""

    conversation: ConversationState
    message_id: int
    attempt: int  # the message's processing attempt (its jobs are named after it)
    text: str
    created_at: datetime
    later_pending: bool  # the customer has written again since: answer this one quickly
    previous: PreviousTurn | None
    last_decision_id: int | None  # the conversation's newest decision when read
    transcript: tuple[tuple[str, str], ...]  # (author, text) up to this message
    history: tuple[tuple[str, str], ...]  # the turns before this message
    recent_topics: tuple[tuple[str | None, str | None], ...]  # (intent, article) elsewhere


def _pending(session: Session, conversation_id: str) -> list[Message]:
    return list(
        session.scalars(
            select(Message)
            .where(
                Message.conversation_id == conversation_id,
                Message.author == Author.CUSTOMER,
                Message.processed_at.is_(None),
            )
            .order_by(Message.id)
            .limit(2)
            .execution_options(populate_existing=True)
        )
    )


def _last_messages(
    session: Session, conversation_id: str, upto: int, limit: int
) -> list[tuple[str, str]]:
    rows = session.execute(
        select(Message.author, Message.text)
        .where(Message.conversation_id == conversation_id, Message.id <= upto)
        .order_by(Message.id.desc())
        .limit(limit)
    ).all()
    return [(str(author), str(text)) for author, text in reversed(rows)]


def _recent_topics(
    session: Session, conversation: Conversation, now: datetime, days: int
) -> tuple[tuple[str | None, str | None], ...]:
    """The intents and articles of this customer's other conversations in the last `days`."""
    if not conversation.customer_ref:
        return ()
    signals = session.scalars(
        select(Decision.signals)
        .join(Conversation, Conversation.id == Decision.conversation_id)
        .where(
            Conversation.customer_ref == conversation.customer_ref,
            Conversation.id != conversation.id,
            Decision.created_at >= now - timedelta(days=days),
        )
        .order_by(Decision.id.desc())
        .limit(RECENT_TOPICS)
    )
    return tuple((s.get("intent"), s.get("answer_article")) for s in signals if isinstance(s, dict))


def _last_decision_id(session: Session, conversation_id: str) -> int | None:
    return session.scalar(
        select(func.max(Decision.id)).where(Decision.conversation_id == conversation_id)
    )


def read_turn(session: Session, message_id: int, repeat_contact_days: int) -> PendingTurn | None:
    """The oldest undecided customer message of the conversation `message_id` belongs to, if
    it is not after `message_id` (later ones have their own jobs); None when there is none."""
    owner = session.scalar(select(Message.conversation_id).where(Message.id == message_id))
    if owner is None:
        return None
    conversation = session.get(Conversation, owner, populate_existing=True)
    if conversation is None:
        return None
    pending = _pending(session, owner)
    if not pending or pending[0].id > message_id:
        return None
    message = pending[0]
    transcript = _last_messages(session, owner, message.id, TRANSCRIPT_TURNS)
    history = transcript[:-1][-HISTORY_TURNS:]  # the message itself goes last, on its own
    return PendingTurn(
        conversation=ConversationState.of(conversation),
        message_id=message.id,
        attempt=message.attempts,
        text=message.text,
        created_at=message.created_at,
        later_pending=len(pending) > 1,
        previous=previous_turn(session, owner, message.id),
        last_decision_id=_last_decision_id(session, owner),
        transcript=tuple(transcript),
        history=tuple(history),
        recent_topics=_recent_topics(
            session, conversation, message.created_at, repeat_contact_days
        ),
    )


def still_current(session: Session, turn: PendingTurn) -> Conversation | None:
    """Lock the turn's conversation and return it if nothing the assessment read has changed
    (the message is still undecided, no decision was written since, the state is the same);
    None if the turn must be read and assessed again."""
    conversation = session.get(
        Conversation, turn.conversation.id, with_for_update=True, populate_existing=True
    )
    if conversation is None or ConversationState.of(conversation) != turn.conversation:
        return None
    processed = session.scalar(select(Message.processed_at).where(Message.id == turn.message_id))
    if processed is not None:
        return None
    if _last_decision_id(session, conversation.id) != turn.last_decision_id:
        return None
    return conversation
