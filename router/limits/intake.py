"""Limits on what customers send: messages per conversation, new conversations and
messages per client address, and a budget for all clients together.

Over a hard limit the request is refused with 429 and `Retry-After`; a client past its soft
budget for messages (`RELAYDESK_CLIENT_MESSAGES_SOFT`) is still served, but its messages wait
in the low-priority queue, so every other customer's message is answered first.
"""

from __future__ import annotations

from core.jobs import Lane
from core.settings import get_settings
from router.limits import counters
from router.limits.counters import Limit

CLIENT_MESSAGES = "client-messages"


def check_new_conversation(address: str) -> None:
    """Count a new conversation from `address`; RateLimited over a limit."""
    s = get_settings()
    counters.enforce(
        Limit(
            "client-conversations",
            address,
            s.client_conversations,
            s.client_window_s,
            "new conversations from your address",
        ),
        Limit(
            "all-conversations",
            "all",
            s.global_conversations,
            s.global_window_s,
            "new conversations from all customers together",
        ),
    )


def check_new_message(conversation_id: str, address: str) -> Lane:
    """Count a message to `conversation_id` from `address`; RateLimited over a limit, else the
    queue its processing waits in."""
    s = get_settings()
    verdict = counters.enforce(
        Limit(
            "conversation-messages",
            conversation_id,
            s.rate_limit_messages,
            s.rate_limit_window_s,
            "messages in this conversation",
        ),
        Limit(
            CLIENT_MESSAGES,
            address,
            s.client_messages,
            s.client_window_s,
            "messages from your address",
        ),
        Limit(
            "all-messages",
            "all",
            s.global_messages,
            s.global_window_s,
            "messages from all customers together",
        ),
    )
    soft = s.client_messages_soft
    return Lane.MESSAGES_LOW if soft and verdict.count(CLIENT_MESSAGES) > soft else Lane.MESSAGES
