"""Live events: wake-ups published over Redis pub/sub, served as server-sent events.

Events are notifications, not the record: the database holds every message and status, and
streams re-read it when woken. A lost event (Redis restarted) therefore delays a live view
by at most one polling interval and loses nothing.

- `channels`: the channel names and `wake_readers`;
- `subscriber`: one shared pub/sub connection per event loop, and `wakeups` for a stream;
- `limits`: how many streams a conversation, an agent, a client address and the process
  may hold open;
- `sse`: `sse_response`, one stream to one client within those limits.
"""

from core.events.channels import BOARD_CHANNEL, conversation_channel, wake_readers
from core.events.limits import Quota, agent_quota, conversation_quota, stream_slots
from core.events.sse import EventStreamResponse, sse_response
from core.events.subscriber import SUBSCRIBE_TIMEOUT_S, shared_subscriber, wakeups

__all__ = [
    "BOARD_CHANNEL",
    "SUBSCRIBE_TIMEOUT_S",
    "EventStreamResponse",
    "Quota",
    "agent_quota",
    "conversation_channel",
    "conversation_quota",
    "shared_subscriber",
    "sse_response",
    "stream_slots",
    "wake_readers",
    "wakeups",
]
