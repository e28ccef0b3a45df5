from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header, Path, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from core import tokens
from core.db import read_only, unit_of_work
from core.errors import ValidationFailed
from core.events import conversation_quota, sse_response
from core.openapi import errors, event_stream
from router.chat import views
from router.conversations import service
from router.conversations.schemas import (
    ConversationCreate,
    ConversationCreated,
    ConversationOut,
    MessageAccepted,
    MessageCreate,
)
from router.limits.clients import client_address
from router.limits.intake import check_new_conversation, check_new_message

router = APIRouter(prefix="/api/v1/conversations", tags=["conversations"])

ConversationId = Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")]
Authorization = Annotated[str | None, Header()]
_EVENT_ID = re.compile(r"[0-9]{1,18}")


def _authorize(conversation_id: str, authorization: str | None) -> None:
    service.authorize(conversation_id, tokens.bearer(authorization))


def _last_event_id(header: str | None) -> int:
    """The message id an event stream resumes after: ASCII digits that fit a 64-bit id."""
    if not header:
        return 0
    if _EVENT_ID.fullmatch(header) is None:
        raise ValidationFailed("Last-Event-ID must be the id of a message (digits only)")
    return int(header)


@router.post("", status_code=201, responses=errors(403, 429))
def create_conversation(
    request: Request, body: ConversationCreate | None = None
) -> ConversationCreated:
    check_new_conversation(client_address(request))
    with unit_of_work() as session:
        conversation = service.create_conversation(session, body or ConversationCreate())
        conversation_id, verified = conversation.id, conversation.customer_ref is not None
    return ConversationCreated(
        id=conversation_id,
        token=service.conversation_token(conversation_id),
        customer_verified=verified,
    )


@router.post("/{conversation_id}/messages", status_code=202, responses=errors(403, 404, 409, 429))
def post_message(
    conversation_id: ConversationId,
    body: MessageCreate,
    request: Request,
    authorization: Authorization = None,
) -> MessageAccepted:
    _authorize(conversation_id, authorization)
    lane = check_new_message(conversation_id, client_address(request))
    with unit_of_work() as session:
        message_id, created = service.add_customer_message(
            session, conversation_id, body, enqueue=False
        )
    if created:  # after the commit; a flooding client's message waits in the low queue
        service.enqueue_processing(message_id, 1, lane)
    return MessageAccepted(id=message_id, duplicate=not created)


@router.get("/{conversation_id}", responses=errors(403, 404))
def get_conversation(
    conversation_id: ConversationId, authorization: Authorization = None
) -> ConversationOut:
    _authorize(conversation_id, authorization)
    with read_only() as session:
        return views.conversation_view(session, conversation_id)


@router.get(
    "/{conversation_id}/events",
    response_class=StreamingResponse,
    responses=event_stream("`message`, `status` and `typing` events") | errors(403, 404, 429),
)
async def stream_events(
    conversation_id: ConversationId,
    request: Request,
    authorization: Authorization = None,
    last_event_id: Annotated[str | None, Header()] = None,
) -> StreamingResponse:
    """Server-sent events: `message` (id = message id, for `Last-Event-ID` resumption),
    `status` (status, language, queue position and wait, whether a person resolved it and it
    can be rated, why it closed) and `typing` (`{name, expires_in_s}`: the agent is writing).
    A conversation, a client address and the server each hold a limited number of streams
    open at once (429 beyond)."""
    _authorize(conversation_id, authorization)
    await run_in_threadpool(views.require_conversation, conversation_id)
    after_id = _last_event_id(last_event_id)
    chunks = views.event_stream(conversation_id, after_id)
    quota = conversation_quota(conversation_id)
    return sse_response(chunks, quota, address=client_address(request))
