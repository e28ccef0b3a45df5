"""The earnings periods in the agent's time zone, the list's cursor and the first-reply
pairing: pure functions, no database."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, timedelta

import pytest

from core.errors import ValidationFailed
from escalation.agents.stats import first_reply_times
from escalation.earnings.periods import (
    decode_cursor,
    encode_cursor,
    period_starts,
    time_zone,
    zone_name,
)
from escalation.earnings.service import period_starts as utc_period_starts

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
TICKET = "0123456789abcdef0123456789abcdef"


def _utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, micro: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)


def test_periods_in_utc_by_default() -> None:
    starts = period_starts(_utc(2026, 11, 25, 15, 30))  # a Wednesday
    assert starts.zone == "UTC"
    assert starts.today == _utc(2026, 11, 25)
    assert starts.week == _utc(2026, 11, 23)
    assert starts.last_30_days == _utc(2026, 10, 27)
    # The old helper still answers the same.
    assert utc_period_starts(_utc(2026, 11, 25, 15, 30)) == (_utc(2026, 11, 25), _utc(2026, 11, 23))


def test_periods_start_at_local_midnight() -> None:
    # 23:30 UTC on Sunday is already Monday 00:30 in Berlin (UTC+1 in November).
    starts = period_starts(_utc(2026, 11, 22, 23, 30), BERLIN)
    assert starts.zone == "Europe/Berlin"
    assert starts.today == _utc(2026, 11, 22, 23) == starts.week
    assert starts.last_30_days == _utc(2026, 10, 24, 22)  # 25 October, still summer time
    utc = period_starts(_utc(2026, 11, 22, 23, 30))
    assert utc.today == _utc(2026, 11, 22) and utc.week == _utc(2026, 11, 16)
    # West of UTC: 02:00 UTC on Monday is still Sunday evening in New York.
    york = period_starts(_utc(2026, 11, 23, 2), zoneinfo.ZoneInfo("America/New_York"))
    assert york.today == _utc(2026, 11, 22, 5) and york.week == _utc(2026, 11, 16, 5)


def test_a_day_where_the_clocks_change_is_one_day() -> None:
    # 29 March 2026: Berlin moves from UTC+1 to UTC+2 at 02:00 (a 23-hour day).
    starts = period_starts(_utc(2026, 3, 29, 20), BERLIN)
    assert starts.today == _utc(2026, 3, 28, 23)
    assert starts.week == _utc(2026, 3, 22, 23)  # Monday 23 March, before the change
    after = period_starts(_utc(2026, 3, 30, 8), BERLIN)
    assert after.today == after.week == _utc(2026, 3, 29, 22)
    assert after.today - starts.today == timedelta(hours=23)


@pytest.mark.parametrize("name", [None, "UTC", "Etc/UTC"])
def test_utc_and_its_names(name: str | None) -> None:
    assert time_zone(name) is UTC
    assert zone_name(UTC) == "UTC"


def test_known_zones_are_accepted() -> None:
    zone = time_zone("Europe/Stockholm")
    assert zone == zoneinfo.ZoneInfo("Europe/Stockholm")
    assert zone_name(zone) == "Europe/Stockholm"


@pytest.mark.parametrize(
    "name",
    [
        "Mars/Olympus_Mons",
        "europe/berlin",  # names are case-sensitive
        "../../../etc/passwd",
        "/etc/localtime",
        "Europe/Berlin\x00",
        "zone1970.tab",
        "",
        "A" * 65,
        "<script>alert(1)</script>",
    ],
)
def test_unknown_zones_are_refused(name: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        time_zone(name)
    assert refused.value.detail.startswith("tz: unknown time zone")
    assert len(refused.value.detail) < 160  # an oversized name is not echoed whole


def test_the_cursor_round_trips_to_the_microsecond() -> None:
    at = _utc(2026, 11, 25, 9, 0, 0, 123456)
    cursor = encode_cursor(at, TICKET)
    assert decode_cursor(cursor) == (at, TICKET)
    assert decode_cursor(encode_cursor(_utc(1970, 1, 1), TICKET)) == (_utc(1970, 1, 1), TICKET)


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "abc",
        f"-1-{TICKET}",
        f"12-{TICKET.upper()}",
        f"12-{TICKET}x",
        f"12{TICKET}",
        f"{'9' * 18}-{TICKET}",  # past the year 9999
        f"{'1' * 19}-{TICKET}",
        f"12-{TICKET}\n",
    ],
)
def test_a_cursor_the_list_did_not_give_is_refused(cursor: str) -> None:
    with pytest.raises(ValidationFailed, match="before: not a cursor"):
        decode_cursor(cursor)


def test_first_reply_times_pair_each_claim_with_the_reply_after_it() -> None:
    t0 = _utc(2026, 11, 25, 9)

    def at(seconds: int) -> datetime:
        return t0 + timedelta(seconds=seconds)

    events = [
        ("a", "claimed", at(0)),
        ("b", "claimed", at(10)),
        ("a", "first_reply", at(90)),  # 90 s
        ("c", "first_reply", at(95)),  # no claim of ours before it: not counted
        ("b", "first_reply", at(40)),  # b: 30 s (order is by time in the query)
        ("d", "claimed", at(100)),  # claimed, timed out, claimed again, replied
        ("d", "claimed", at(400)),
        ("d", "first_reply", at(460)),  # 60 s from the latest claim
        ("e", "claimed", at(500)),  # never replied: nothing
        ("a", "first_reply", at(600)),  # a second first reply without a new claim: nothing
    ]
    assert first_reply_times(events) == [90.0, 30.0, 60.0]
    assert first_reply_times([]) == []
