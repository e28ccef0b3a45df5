"""Who owns the conversation: its state machine, as data, and the one function that moves it.

- `bot`: the bot answers. Every conversation starts here, and comes back here when a person
  is done with it (the ticket resolved or handed back), so the customer can always write again.
- `waiting_for_human`: escalated; its ticket waits on the board (new, released by its agent,
  or transferred).
- `with_human`: an agent holds the ticket; the bot is silent.
- `closed`: the ticket closed unclaimed (the customer left, or it waited past the limit).
  Final: the customer starts a new conversation.

Every change of `Conversation.status` goes through `move_conversation`, which checks the
table (tests/router/test_conversation_states.py checks no other module writes the status).
The caller holds the conversation's row lock (`router.conversations.service.lock_conversation`)
and commits; the ticket's own machine is `escalation.tickets.states`.
"""

from __future__ import annotations

import logging

from core.errors import Conflict
from router.conversations.models import Conversation
from router.conversations.models import ConversationStatus as S

log = logging.getLogger(__name__)

INITIAL: str = S.BOT  # the model's default: a new conversation is the bot's
FINAL_STATUSES: frozenset[str] = frozenset({S.CLOSED})

TRANSITIONS: dict[str, frozenset[str]] = {
    S.BOT: frozenset({S.WAITING_FOR_HUMAN}),  # escalated: a ticket is opened
    S.WAITING_FOR_HUMAN: frozenset({S.WITH_HUMAN, S.CLOSED}),  # claimed; closed unclaimed
    S.WITH_HUMAN: frozenset({S.WAITING_FOR_HUMAN, S.BOT}),  # back to the board; person done
    S.CLOSED: frozenset(),
}


def allowed(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())


def move_conversation(conversation: Conversation, to: S, why: str) -> None:
    """Set the conversation's status to `to` if the table allows it from the current one;
    else raise Conflict (409) naming both and `why` (nothing is changed). Flushes nothing:
    the status is written with the caller's unit of work."""
    current = conversation.status
    if not allowed(current, to):
        raise Conflict(f"a conversation cannot go from {current} to {to} ({why})")
    conversation.status = to
    log.info("conversation %s: %s -> %s (%s)", conversation.id, current, to, why)
