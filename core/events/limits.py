"""How many live event streams may be open at once, counted in this API process.

Each stream takes a slot under several quotas: its owner's (a conversation, an agent
account), its client address's (customers' streams) and the process total. A request over
any of them is refused with 429 before the stream starts; the slot is given back when the
stream ends, however it ends (see `core.events.sse`).

Counts are per process, like the file descriptors and connections they protect: behind a
load balancer each API process applies its own limits.
"""

from __future__ import annotations

import resource
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from core.errors import RateLimited
from core.settings import get_settings

RETRY_AFTER_S = 5
# File descriptors kept for everything else (database and Redis connections, other requests).
FD_RESERVE = 256


@dataclass(frozen=True)
class Quota:
    key: str  # what is counted: "conversation:<id>", "agent:<id>", "address:<client>", "total"
    limit: int
    refusal: str  # the 429 detail


class Slot:
    """One open stream's place under its quotas; `release` is idempotent."""

    def __init__(self, slots: StreamSlots, keys: tuple[str, ...]) -> None:
        self._slots = slots
        self._keys: tuple[str, ...] | None = keys

    def release(self) -> None:
        keys, self._keys = self._keys, None
        if keys is not None:
            self._slots.give_back(keys)


class StreamSlots:
    """Counts of open streams per quota key; safe across threads (each event loop of the
    process serves streams)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}

    def take(self, quotas: Sequence[Quota]) -> Slot:
        """A slot under every quota, or `RateLimited` naming the first one that is full."""
        with self._lock:
            for quota in quotas:
                if self._counts.get(quota.key, 0) >= quota.limit:
                    raise RateLimited(quota.refusal, retry_after_s=RETRY_AFTER_S)
            for quota in quotas:
                self._counts[quota.key] = self._counts.get(quota.key, 0) + 1
        return Slot(self, tuple(quota.key for quota in quotas))

    def give_back(self, keys: Sequence[str]) -> None:
        with self._lock:
            for key in keys:
                left = self._counts.get(key, 0) - 1
                if left > 0:
                    self._counts[key] = left
                else:
                    self._counts.pop(key, None)

    def count(self, key: str) -> int:
        with self._lock:
            return self._counts.get(key, 0)


stream_slots = StreamSlots()


def total_limit(configured: int, fd_soft_limit: int | None) -> int:
    """The process total: as configured, but below the file descriptors the process may
    open (each stream holds its client's socket)."""
    if fd_soft_limit is None or fd_soft_limit == resource.RLIM_INFINITY:
        return configured
    return max(1, min(configured, fd_soft_limit - FD_RESERVE))


def _fd_soft_limit() -> int | None:
    try:
        return resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (OSError, ValueError):
        return None


def conversation_quota(conversation_id: str) -> Quota:
    limit = get_settings().max_streams_per_conversation
    return Quota(
        f"conversation:{conversation_id}",
        limit,
        f"this conversation already has {limit} live event streams open; close one first",
    )


def agent_quota(agent_id: int) -> Quota:
    limit = get_settings().max_streams_per_agent
    return Quota(
        f"agent:{agent_id}",
        limit,
        f"your account already has {limit} live event streams open; close one first",
    )


def address_quota(address: str) -> Quota:
    """`address`: the client as the other per-client limits count it
    (`router.limits.clients.client_address`: IPv4 address, IPv6 /64 network)."""
    limit = get_settings().max_streams_per_address
    return Quota(
        f"address:{address}",
        limit,
        f"your address already has {limit} live event streams open; close one first",
    )


def total_quota() -> Quota:
    limit = total_limit(get_settings().max_streams_total, _fd_soft_limit())
    return Quota(
        "total",
        limit,
        f"the server has {limit} live event streams open, its limit; try again shortly",
    )
