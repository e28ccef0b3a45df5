"""The agents' job board and workspace: `/api/v1/tickets` (agent access token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path

from core.db import unit_of_work, utcnow
from core.errors import Conflict, Forbidden
from core.openapi import errors
from escalation.tickets import claims, views
from escalation.tickets import service as tickets_service
from escalation.tickets.schemas import (
    AgentMessageCreate,
    AgentMessageOut,
    BoardOut,
    HeldTicketCard,
    ReleaseRequest,
    ResolveRequest,
    TicketDetail,
    TicketState,
    TransferRequest,
)
from escalation.tickets.states import HELD_STATUSES
from escalation.users.auth import CurrentAgent, Principal, authenticate
from escalation.users.models import Role
from router.conversations.schemas import MessageOut
from router.conversations.typing import note_agent_typing

router = APIRouter(prefix="/api/v1/tickets", tags=["tickets"], responses=errors(403))

TicketId = Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")]


def _agent_or_ops(authorization: Annotated[str | None, Header()] = None) -> Principal:
    return authenticate(authorization, frozenset({Role.AGENT, Role.OPS}))


# Reads a ticket: its agent, an agent who may claim it, or an ops lead (`views.access`).
CurrentReader = Annotated[Principal, Depends(_agent_or_ops)]


@router.get("")
def list_board(agent: CurrentAgent) -> BoardOut:
    """Tickets this agent may claim now, most urgent first."""
    with unit_of_work() as session:
        return views.board(session, agent.id, utcnow())


# Before "/{ticket_id}": "mine" is a path of its own, not a ticket id.
@router.get("/mine")
def list_mine(agent: CurrentAgent) -> list[HeldTicketCard]:
    """The tickets this agent holds now (claimed or in progress), newest activity first."""
    with unit_of_work() as session:
        return views.held(session, agent.id, utcnow())


@router.get("/{ticket_id}", responses=errors(404))
def get_ticket(ticket_id: TicketId, reader: CurrentReader) -> TicketDetail:
    """The masked card for an agent who may claim it; the whole handoff package for the
    agent holding it, and read-only for ops leads; 403 for anyone else."""
    with unit_of_work() as session:
        ops = reader.role == Role.OPS
        return views.ticket_detail(session, ticket_id, reader.id, utcnow(), ops=ops)


@router.get("/{ticket_id}/messages", responses=errors(404))
def get_transcript(ticket_id: TicketId, reader: CurrentReader) -> list[MessageOut]:
    """The transcript, for the agent holding the ticket and ops leads; 403 for any other."""
    with unit_of_work() as session:
        ops = reader.role == Role.OPS
        return views.transcript(session, ticket_id, reader.id, utcnow(), ops=ops)


@router.post("/{ticket_id}/claim", responses=errors(404, 409))
def claim(ticket_id: TicketId, agent: CurrentAgent) -> TicketState:
    """200 for the one agent who gets the ticket; 409 with the reason for everyone else."""
    with unit_of_work() as session:
        ticket = claims.claim(session, ticket_id, agent.id)
        return TicketState.model_validate(ticket)


@router.post("/{ticket_id}/messages", status_code=201, responses=errors(404, 409))
def post_message(
    ticket_id: TicketId, body: AgentMessageCreate, agent: CurrentAgent
) -> AgentMessageOut:
    with unit_of_work() as session:
        message = claims.add_agent_message(session, ticket_id, agent.id, body.text)
        return AgentMessageOut(id=message.id)


@router.post("/{ticket_id}/typing", status_code=204, responses=errors(404, 409))
def report_typing(ticket_id: TicketId, agent: CurrentAgent) -> None:
    """The agent holding the ticket is writing a reply: the customer's page shows "<name> is
    typing…" for a few seconds. Best-effort: reports closer together than two seconds are
    coalesced, and nothing is stored in the database."""
    with unit_of_work() as session:
        ticket = tickets_service.get_ticket(session, ticket_id)
        if ticket.claimed_by != agent.id or ticket.status not in HELD_STATUSES:
            if ticket.status in HELD_STATUSES:
                raise Forbidden("this ticket is claimed by another agent")
            raise Conflict(f"the ticket is {ticket.status}; you do not hold it")
        conversation_id = ticket.conversation_id
        name = tickets_service.get_agent(session, agent.id).display_name
    note_agent_typing(conversation_id, name)


@router.post("/{ticket_id}/release", responses=errors(404, 409))
def release(
    ticket_id: TicketId, agent: CurrentAgent, body: ReleaseRequest | None = None
) -> TicketState:
    with unit_of_work() as session:
        reason = body.reason if body else None
        return TicketState.model_validate(claims.release(session, ticket_id, agent.id, reason))


@router.post("/{ticket_id}/transfer", responses=errors(404, 409))
def transfer(ticket_id: TicketId, body: TransferRequest, agent: CurrentAgent) -> TicketState:
    """Move the ticket to another queue's board (one of `GET /api/v1/queues`), or offer it
    to one named agent. An unknown queue or a transfer to yourself is a 422; an agent name
    that is not an active agent's is a 404; an agent who lacks the ticket's language or
    skills is a 409; nothing changes then."""
    with unit_of_work() as session:
        ticket = claims.transfer(
            session, ticket_id, agent.id, body.queue, body.reason, to_agent=body.agent
        )
        return TicketState.model_validate(ticket)


@router.post("/{ticket_id}/resolve", responses=errors(404, 409))
def resolve(ticket_id: TicketId, body: ResolveRequest, agent: CurrentAgent) -> TicketState:
    with unit_of_work() as session:
        ticket = claims.resolve(session, ticket_id, agent.id, body.resolution_code)
        return TicketState.model_validate(ticket)


@router.post("/{ticket_id}/hand-back", responses=errors(404, 409))
def hand_back(ticket_id: TicketId, agent: CurrentAgent) -> TicketState:
    """Give the conversation back to the bot and end the ticket."""
    with unit_of_work() as session:
        ticket = claims.hand_back(session, ticket_id, agent.id)
        return TicketState.model_validate(ticket)
