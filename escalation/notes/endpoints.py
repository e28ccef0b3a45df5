"""The agents' tools of the trade (agent or ops access token): internal notes on a ticket,
`/api/v1/tickets/{id}/notes`, and saved replies, `/api/v1/saved-replies`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Response

from core.db import unit_of_work, utcnow
from core.openapi import errors
from escalation.notes import service
from escalation.notes.schemas import (
    NoteCreate,
    NoteOut,
    SavedReplyCreate,
    SavedReplyOut,
    SavedReplyUpdate,
)
from escalation.users.auth import Principal, authenticate
from escalation.users.models import Role

router = APIRouter(prefix="/api/v1", responses=errors(403))

TicketId = Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")]
ReplyId = Annotated[int, Path(ge=1, le=2**62)]


def _agent_or_ops(authorization: Annotated[str | None, Header()] = None) -> Principal:
    return authenticate(authorization, frozenset({Role.AGENT, Role.OPS}))


CurrentUser = Annotated[Principal, Depends(_agent_or_ops)]


@router.get("/tickets/{ticket_id}/notes", tags=["notes"], responses=errors(404))
def list_notes(ticket_id: TicketId, user: CurrentUser) -> list[NoteOut]:
    """The ticket's internal notes, oldest first, for the agents who hold or held it and
    for ops leads (403 for any other agent). The customer never sees them."""
    with unit_of_work() as session:
        return service.list_notes(session, ticket_id, user)


@router.post(
    "/tickets/{ticket_id}/notes", status_code=201, tags=["notes"], responses=errors(404, 409)
)
def add_note(ticket_id: TicketId, body: NoteCreate, user: CurrentUser) -> NoteOut:
    """Add a note (up to 2000 characters, stored as written) for whoever handles the
    ticket next; 409 once the ticket has 200."""
    with unit_of_work() as session:
        return service.add_note(session, ticket_id, user, body.text, utcnow())


@router.get("/saved-replies", tags=["saved replies"])
def list_saved_replies(
    user: CurrentUser,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2}$")] = None,
) -> list[SavedReplyOut]:
    """Your own saved replies, then the team's, each by title; with `language`, those
    written in it or for any language."""
    with unit_of_work() as session:
        return service.list_replies(session, user, language)


@router.post("/saved-replies", status_code=201, tags=["saved replies"], responses=errors(409))
def create_saved_reply(body: SavedReplyCreate, user: CurrentUser) -> SavedReplyOut:
    """A reply of your own (up to 200), or with `scope: team` (ops leads only; up to 500)
    one every agent can use. 409 when the title is taken for that language."""
    with unit_of_work() as session:
        return service.create_reply(session, user, body, body.scope, utcnow())


@router.put("/saved-replies/{reply_id}", tags=["saved replies"], responses=errors(404, 409))
def update_saved_reply(
    reply_id: ReplyId, body: SavedReplyUpdate, user: CurrentUser
) -> SavedReplyOut:
    """Replace a reply's title, text and language: your own, or a team reply as an ops
    lead (403 for agents). Another user's own replies are 404."""
    with unit_of_work() as session:
        return service.update_reply(session, reply_id, user, body, utcnow())


@router.delete(
    "/saved-replies/{reply_id}", status_code=204, tags=["saved replies"], responses=errors(404)
)
def delete_saved_reply(reply_id: ReplyId, user: CurrentUser) -> Response:
    """Delete your own reply, or a team reply as an ops lead (403 for agents)."""
    with unit_of_work() as session:
        service.delete_reply(session, reply_id, user)
    return Response(status_code=204)
