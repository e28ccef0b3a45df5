"""The periods an agent's earnings are added up over (today, this week, the last 30 days),
in the agent's time zone, and the cursor of the list of resolved tickets. Pure functions:
no database, no clock of their own."""

from __future__ import annotations

import functools
import re
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo

from core.errors import ValidationFailed

DEFAULT_ZONE = "UTC"
MAX_ZONE_CHARS = 64
RECENT_DAYS = 30  # "the last 30 days": today and the 29 days before it


@dataclass(frozen=True)
class PeriodStarts:
    """Where each period starts, as UTC instants."""

    zone: str
    today: datetime  # local midnight today
    week: datetime  # local midnight of this week's Monday
    last_30_days: datetime  # local midnight 29 days before today


@functools.cache
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def time_zone(name: str | None) -> tzinfo:
    """The IANA time zone called `name` (`Europe/Berlin`), UTC when None; ValidationFailed
    for a name the server's time zone database does not know."""
    if name is None or name in (DEFAULT_ZONE, "Etc/UTC"):
        return UTC
    if len(name) > MAX_ZONE_CHARS or name not in _known_zones():
        shown = name[:MAX_ZONE_CHARS] + ("…" if len(name) > MAX_ZONE_CHARS else "")
        raise ValidationFailed(
            f"tz: unknown time zone {shown!r}; use an IANA name such as Europe/Berlin"
        )
    return zoneinfo.ZoneInfo(name)


def zone_name(zone: tzinfo) -> str:
    """The IANA name of a zone from `time_zone`."""
    return zone.key if isinstance(zone, zoneinfo.ZoneInfo) else DEFAULT_ZONE


def _local_midnight(day: datetime, zone: tzinfo) -> datetime:
    return datetime.combine(day.date(), time(0), tzinfo=zone).astimezone(UTC)


def period_starts(now: datetime, zone: tzinfo = UTC) -> PeriodStarts:
    """The starts of today, this week (Monday) and the last 30 days at `now` in `zone`
    (a day of 23 or 25 hours where the clocks change is still one day)."""
    local = now.astimezone(zone)
    monday = local - timedelta(days=local.weekday())
    first = local - timedelta(days=RECENT_DAYS - 1)
    return PeriodStarts(
        zone=zone_name(zone),
        today=_local_midnight(local, zone),
        week=_local_midnight(monday, zone),
        last_30_days=_local_midnight(first, zone),
    )


# --- the cursor of the resolved tickets' list (newest first) --------------------------------

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_CURSOR = re.compile(r"(\d{1,18})-([0-9a-f]{32})")


def encode_cursor(resolved_at: datetime, ticket_id: str) -> str:
    """Where the next page starts: after this ticket (resolution time, then id)."""
    micros = (resolved_at - _EPOCH) // timedelta(microseconds=1)
    return f"{micros}-{ticket_id}"


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    """`(resolved_at, ticket_id)` of a cursor from `encode_cursor`; ValidationFailed for
    anything else."""
    match = _CURSOR.fullmatch(cursor)
    problem = "before: not a cursor this list gave (use `next_before` as it is)"
    if match is None:
        raise ValidationFailed(problem)
    try:
        at = _EPOCH + timedelta(microseconds=int(match.group(1)))
    except OverflowError:
        raise ValidationFailed(problem) from None
    return at, match.group(2)
