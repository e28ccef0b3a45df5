"""The queues that exist: where tickets can be escalated and transferred to.

A queue exists when something declares it: a rule of the active ruleset escalates to it,
the system escalates to it on its own (`general`: the guardrail for a request for a person,
no grounded answer, a message that could not be processed), the pay table or the SLA
settings (`RELAYDESK_SLA_S`) name it, or a live ticket is in it. A transfer names one of
these; any other name is refused, so a typo never opens a queue nobody watches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.errors import ValidationFailed
from core.settings import get_settings
from escalation.rules.document import RulesetDocument
from escalation.rules.service import active_ruleset
from escalation.tickets.models import ACTIVE_STATUSES, Ticket
from escalation.tickets.pay import BASE_PAY_CENTS, SLA_S
from escalation.tickets.states import BOARD_STATUSES, HELD_STATUSES

BUILT_IN_QUEUE = "general"  # where escalation.rules.engine and the pipeline's give_up send
QUEUE_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")  # the same as a ruleset's queue slug
NAMED_IN_ERROR = 20  # at most this many known queues are listed in a refusal


@dataclass
class Queue:
    name: str
    sources: list[str] = field(default_factory=list)
    waiting: int = 0
    held: int = 0


def ruleset_queues(document: RulesetDocument) -> set[str]:
    """The queues the ruleset's rules send tickets to (enabled or not)."""
    return {rule.then.queue for rule in document.rules if rule.then.queue}


def declared_queues(
    document: RulesetDocument, sla_overrides: Mapping[str, int]
) -> dict[str, list[str]]:
    """Every declared queue with where it is declared (pure: no live tickets)."""
    sources: dict[str, list[str]] = {}

    def add(names: Iterable[str], source: str) -> None:
        for name in names:
            if QUEUE_NAME.match(name):
                sources.setdefault(name, []).append(source)

    add(sorted(ruleset_queues(document)), "ruleset")
    add([BUILT_IN_QUEUE], "built-in")
    add(BASE_PAY_CENTS, "pay")
    add(sorted({*SLA_S, *sla_overrides}), "sla")
    return sources


def queue_catalogue(session: Session) -> list[Queue]:
    """Every queue that exists now, by name, with its tickets waiting and held."""
    declared = declared_queues(active_ruleset(session).document, get_settings().sla_s)
    queues = {name: Queue(name, list(sources)) for name, sources in declared.items()}
    rows = session.execute(
        select(Ticket.queue, Ticket.status, func.count())
        .where(Ticket.status.in_(ACTIVE_STATUSES))
        .group_by(Ticket.queue, Ticket.status)
    ).all()
    for name, status, count in rows:
        queue = queues.setdefault(name, Queue(name))
        if "tickets" not in queue.sources:
            queue.sources.append("tickets")
        if status in BOARD_STATUSES:
            queue.waiting += count
        elif status in HELD_STATUSES:
            queue.held += count
    return sorted(queues.values(), key=lambda q: q.name)


def unknown_queue_problem(name: str, known: Iterable[str]) -> str | None:
    """Why `name` cannot be a transfer's queue, or None when it exists."""
    names = sorted(set(known))
    if name in names:
        return None
    shown = ", ".join(names[:NAMED_IN_ERROR]) + (", …" if len(names) > NAMED_IN_ERROR else "")
    return f"queue: there is no queue named {name!r}; choose one of: {shown}"


def check_queue(session: Session, name: str) -> None:
    """Raise ValidationFailed (422) unless the queue exists."""
    if name in declared_queues(active_ruleset(session).document, get_settings().sla_s):
        return
    live = session.scalar(
        select(Ticket.id).where(Ticket.queue == name, Ticket.status.in_(ACTIVE_STATUSES)).limit(1)
    )
    if live is not None:
        return
    problem = unknown_queue_problem(name, (q.name for q in queue_catalogue(session)))
    if problem is not None:
        raise ValidationFailed(problem)
