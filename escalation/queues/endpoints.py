"""The queues that exist, for agents choosing where to transfer a ticket and for ops leads:
`GET /api/v1/queues`. What makes a queue exist is in `escalation.tickets.queues`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header

from core.db import read_only
from core.openapi import errors
from escalation.tickets.queues import queue_catalogue
from escalation.tickets.schemas import QueueOut, QueuesOut
from escalation.users.auth import Principal, authenticate
from escalation.users.models import Role

router = APIRouter(prefix="/api/v1/queues", tags=["queues"], responses=errors(403))


def _agent_or_ops(authorization: Annotated[str | None, Header()] = None) -> Principal:
    return authenticate(authorization, frozenset({Role.AGENT, Role.OPS}))


@router.get("")
def list_queues(_reader: Annotated[Principal, Depends(_agent_or_ops)]) -> QueuesOut:
    """Every queue a ticket can be transferred to, by name: declared by the active ruleset,
    by the system's own escalations, by the pay table or the SLA settings, or in use by a
    live ticket; with the tickets waiting on its board and held by agents now."""
    with read_only() as session:
        return QueuesOut(
            queues=[
                QueueOut(name=q.name, waiting=q.waiting, held=q.held, sources=q.sources)
                for q in queue_catalogue(session)
            ]
        )
