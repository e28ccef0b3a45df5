"""The customer's wait estimate and "when people are usually here", as pure functions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from escalation.tickets.board import MIN_RECENT_CLAIMS, WaitEstimate, estimate_wait, usual_hours

HANDLE_S = 240


def test_nobody_online_is_said_plainly_with_only_a_guess() -> None:
    est = estimate_wait(1, [30.0] * 10, agents_online=0, free_slots=0, capacity=0, handle_s=240)
    assert est == WaitEstimate(240, "no_agents_online")  # recent waits do not count then


def test_recent_claim_waits_give_the_estimate_once_there_are_enough() -> None:
    few = [10.0] * (MIN_RECENT_CLAIMS - 1)
    assert estimate_wait(1, few, 2, 4, 4, HANDLE_S) == WaitEstimate(60, "handle_time")
    waits = [30.0, 600.0, 60.0, 45.0, 90.0]  # median 60
    assert estimate_wait(1, waits, 2, 4, 4, HANDLE_S) == WaitEstimate(60, "recent_claims")
    # Each place ahead adds the typical wait again, shared by the free slots.
    assert estimate_wait(3, waits, 2, 4, 4, HANDLE_S).seconds == 60 + 2 * 60 / 4
    # No free slot now: the places ahead count in full.
    assert estimate_wait(3, waits, 2, 0, 4, HANDLE_S).seconds == 180


@pytest.mark.parametrize(
    ("position", "waits", "expected"),
    [
        (0, [], WaitEstimate(120, "handle_time")),  # a bad position counts as first
        (-5, [5.0, 5.0, 5.0], WaitEstimate(5, "recent_claims")),
        (1, [0.0, 0.0, 0.0], WaitEstimate(1, "recent_claims")),  # never "0 s"
        (1, [-30.0, -30.0, -30.0], WaitEstimate(1, "recent_claims")),  # clock skew
    ],
)
def test_odd_input_gives_a_sane_estimate(
    position: int, waits: list[float], expected: WaitEstimate
) -> None:
    assert estimate_wait(position, waits, 1, 2, 2, HANDLE_S) == expected


def test_usual_hours_are_hours_with_claims_on_several_days() -> None:
    day = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
    claims = [
        day, day + timedelta(days=1, minutes=30),  # 09:xx on two days
        day + timedelta(hours=6), day + timedelta(hours=6, minutes=5),  # 15:xx twice, one day
        # 10:20 in Berlin is 09:20 UTC: times are read in UTC
        datetime(2026, 11, 27, 10, 20, tzinfo=timezone(timedelta(hours=1))),
        datetime(2026, 11, 26, 22, 0),  # naive: taken as UTC
        datetime(2026, 11, 25, 22, 59),
    ]  # fmt: skip
    assert usual_hours(claims) == [9, 22]
    assert usual_hours(claims, min_days=1) == [9, 15, 22]
    assert usual_hours([]) == []
