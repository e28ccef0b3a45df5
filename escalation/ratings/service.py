"""The customer's rating after a person resolved their conversation: 1 to 5 with an
optional comment, once per conversation. Services flush; callers commit.

A resolved conversation goes back to the bot (the customer may write again), so what makes
it ratable is not the conversation's status but its tickets: one a person resolved after
writing to the customer. A ticket closed without a reply (unpaid, reviewed by ops) helped
nobody and is not rated."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.errors import Conflict, ValidationFailed
from escalation.ratings.models import Rating
from escalation.ratings.schemas import MAX_COMMENT_CHARS
from escalation.tickets.models import Ticket, TicketStatus
from router.conversations.service import lock_conversation

ALREADY_RATED = "this conversation has already been rated"


def clean_comment(comment: str | None) -> str | None:
    """The comment normalised, None when blank, or ValidationFailed saying what is wrong."""
    if comment is None:
        return None
    if len(comment) > MAX_COMMENT_CHARS * 4:
        raise ValidationFailed(f"comment is longer than {MAX_COMMENT_CHARS} characters")
    comment = unicodedata.normalize("NFC", comment)
    if "\x00" in comment:
        raise ValidationFailed("comment contains a NUL character")
    comment = "".join(
        ch for ch in comment if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    ).strip()
    if len(comment) > MAX_COMMENT_CHARS:
        raise ValidationFailed(
            f"comment is longer than {MAX_COMMENT_CHARS} characters ({len(comment)})"
        )
    return comment or None


def rate(
    session: Session, conversation_id: str, score: int, comment: str | None, now: datetime
) -> Rating:
    """Rate the latest ticket a person resolved after writing to the customer (and so its
    agent). 409 before a person has, and on a second rating."""
    if not 1 <= score <= 5:
        raise ValidationFailed("score: between 1 and 5")
    comment = clean_comment(comment)
    # The conversation's lock first (the lock order of `escalation.tickets.service`): the
    # rating's row then references the ticket without racing a change to it.
    lock_conversation(session, conversation_id)
    if session.scalar(select(Rating.id).where(Rating.conversation_id == conversation_id)):
        raise Conflict(ALREADY_RATED)
    ticket = session.scalars(
        select(Ticket)
        .where(
            Ticket.conversation_id == conversation_id,
            Ticket.status == TicketStatus.RESOLVED,
            Ticket.first_reply_at.is_not(None),  # a person wrote to the customer
        )
        .order_by(Ticket.closed_at.desc(), Ticket.id)
    ).first()
    if ticket is None:
        raise Conflict("there is nothing to rate yet: no person has resolved this conversation")
    rating = Rating(
        conversation_id=conversation_id,
        ticket_id=ticket.id,
        agent_id=ticket.claimed_by,
        score=score,
        comment=comment,
        created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(rating)
    except IntegrityError:  # a concurrent rating won
        raise Conflict(ALREADY_RATED) from None
    return rating
