"""The customer rates the help they got: `POST /api/v1/conversations/{id}/rating` with
the conversation token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Path

from core import tokens
from core.db import unit_of_work, utcnow
from core.openapi import errors
from escalation.ratings import service
from escalation.ratings.schemas import RatingCreate, RatingOut
from router.conversations.service import authorize

router = APIRouter(prefix="/api/v1/conversations", tags=["conversations"])

ConversationId = Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")]


@router.post("/{conversation_id}/rating", status_code=201, responses=errors(403, 404, 409))
def rate_conversation(
    conversation_id: ConversationId,
    body: RatingCreate,
    authorization: Annotated[str | None, Header()] = None,
) -> RatingOut:
    """Once a person has resolved the conversation: a score from 1 to 5 and an optional
    comment (up to 1000 characters). Once per conversation: 409 on a second rating."""
    authorize(conversation_id, tokens.bearer(authorization))
    with unit_of_work() as session:
        rating = service.rate(session, conversation_id, body.score, body.comment, utcnow())
        return RatingOut.model_validate(rating)
