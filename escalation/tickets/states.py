"""The ticket state machine, as data and one pure check.

- On the board (claimable): `open` (new), `released` (an agent handed it back, went
  offline, or did not reply in time), `transferred` (moved to another queue).
- Held by one agent: `claimed` (not answered yet), `with_agent` (the agent has replied).
- Final: `resolved` (by its agent), `expired` (closed by the system unclaimed),
  `abandoned` (the customer left).
"""

from __future__ import annotations

from core.errors import Conflict
from escalation.tickets.models import TicketStatus as S

BOARD_STATUSES: frozenset[str] = frozenset({S.OPEN, S.RELEASED, S.TRANSFERRED})
HELD_STATUSES: frozenset[str] = frozenset({S.CLAIMED, S.WITH_AGENT})
FINAL_STATUSES: frozenset[str] = frozenset({S.RESOLVED, S.EXPIRED, S.ABANDONED})

TRANSITIONS: dict[str, frozenset[str]] = {
    S.OPEN: frozenset({S.CLAIMED, S.EXPIRED, S.ABANDONED}),
    S.RELEASED: frozenset({S.CLAIMED, S.EXPIRED, S.ABANDONED}),
    S.TRANSFERRED: frozenset({S.CLAIMED, S.EXPIRED, S.ABANDONED}),
    S.CLAIMED: frozenset({S.WITH_AGENT, S.RELEASED, S.TRANSFERRED, S.RESOLVED, S.ABANDONED}),
    S.WITH_AGENT: frozenset({S.RELEASED, S.TRANSFERRED, S.RESOLVED, S.ABANDONED}),
    S.RESOLVED: frozenset(),
    S.EXPIRED: frozenset(),
    S.ABANDONED: frozenset(),
}


def allowed(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())


def check_transition(current: str, target: str) -> None:
    """Raise Conflict (409) naming both states unless `current -> target` is allowed."""
    if not allowed(current, target):
        raise Conflict(f"a ticket cannot go from {current} to {target}")
