"""Presence as the rest of the system sees it: a pure function of the last report."""

from __future__ import annotations

from datetime import datetime, timedelta

from escalation.agents.models import PresenceStatus


def effective_status(
    reported: str | None, last_seen_at: datetime | None, now: datetime, timeout_s: float
) -> PresenceStatus:
    """The reported status, or offline when nothing was reported or the last heartbeat is
    older than `timeout_s`."""
    if reported is None or last_seen_at is None:
        return PresenceStatus.OFFLINE
    if now - last_seen_at > timedelta(seconds=timeout_s):
        return PresenceStatus.OFFLINE
    return PresenceStatus(reported)
