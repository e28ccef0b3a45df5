"""The marketplace's pure logic, without HTTP or a database: the state machine, masking,
pay, eligibility, timers and presence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from core.errors import Conflict
from escalation.agents.models import PresenceStatus
from escalation.agents.presence import effective_status
from escalation.tickets.masking import luhn_valid, mask_personal_data, preview
from escalation.tickets.matching import ReturnReason, capacity_problem, mismatch, overdue_reason
from escalation.tickets.models import TicketStatus as S
from escalation.tickets.pay import DEFAULT_BASE_PAY_CENTS, ticket_pay
from escalation.tickets.states import (
    BOARD_STATUSES,
    FINAL_STATUSES,
    HELD_STATUSES,
    TRANSITIONS,
    allowed,
    check_transition,
)

T0 = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

LEGAL = {
    (S.OPEN, S.CLAIMED), (S.OPEN, S.EXPIRED), (S.OPEN, S.ABANDONED),
    (S.RELEASED, S.CLAIMED), (S.RELEASED, S.EXPIRED), (S.RELEASED, S.ABANDONED),
    (S.TRANSFERRED, S.CLAIMED), (S.TRANSFERRED, S.EXPIRED), (S.TRANSFERRED, S.ABANDONED),
    (S.CLAIMED, S.WITH_AGENT), (S.CLAIMED, S.RELEASED), (S.CLAIMED, S.TRANSFERRED),
    (S.CLAIMED, S.RESOLVED), (S.CLAIMED, S.ABANDONED),
    (S.WITH_AGENT, S.RELEASED), (S.WITH_AGENT, S.TRANSFERRED), (S.WITH_AGENT, S.RESOLVED),
    (S.WITH_AGENT, S.ABANDONED),
}  # fmt: skip
ALL_PAIRS = [(a, b) for a in S for b in S]


def test_every_status_has_a_row_and_the_groups_partition_them() -> None:
    assert set(TRANSITIONS) == set(S)
    assert set(S) == BOARD_STATUSES | HELD_STATUSES | FINAL_STATUSES
    assert not (BOARD_STATUSES & HELD_STATUSES or HELD_STATUSES & FINAL_STATUSES)
    assert all(not TRANSITIONS[s] for s in FINAL_STATUSES)


@pytest.mark.parametrize(("current", "target"), sorted(LEGAL))
def test_legal_transitions_pass(current: S, target: S) -> None:
    assert allowed(current, target)
    check_transition(current, target)


@pytest.mark.parametrize(
    ("current", "target"), [p for p in ALL_PAIRS if p not in LEGAL], ids=lambda s: str(s)
)
def test_illegal_transitions_are_conflicts_naming_both_states(current: S, target: S) -> None:
    assert not allowed(current, target)
    with pytest.raises(Conflict) as err:
        check_transition(current, target)
    assert err.value.status_code == 409
    assert err.value.detail == f"a ticket cannot go from {current} to {target}"


def test_unknown_status_allows_nothing() -> None:
    with pytest.raises(Conflict):
        check_transition("bogus", S.CLAIMED)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("my card is 4111 1111 1111 1111, thanks", "my card is [card], thanks"),
        ("card 4111-1111-1111-1112 (typo)", "card [card] (typo)"),
        ("Amex 378282246310005", "Amex [card]"),
        ("IBAN DE89 3704 0044 0532 0130 00 please", "IBAN [iban] please"),
        ("send to gb29nwbk60161331926819", "send to [iban]"),
        ("write to Anna.B+shop@example.co.uk now", "write to [email] now"),
        ("call +49 151 23456789 or 0151 2345678", "call [phone] or [phone]"),
        ("(030) 1234567 / 555-123-4567 / 0049 30 1234567", "[phone] / [phone] / [phone]"),
        ("order 12345678 from 2024-01-15, 15.01.2024, 01.02.2024, 1200 EUR", None),
        ("Hi12 this is fine", None),
    ],
)
def test_personal_data_is_masked_and_ordinary_numbers_are_not(
    text: str, masked: str | None
) -> None:
    assert mask_personal_data(text) == (masked if masked is not None else text)


def test_luhn() -> None:
    assert luhn_valid("4111 1111 1111 1111")
    assert not luhn_valid("4111 1111 1111 1112")
    assert not luhn_valid("")


def test_preview_masks_before_cutting_and_is_one_line() -> None:
    text = "Hello\n\n" + "x" * 150 + " card 4111111111111111"
    assert preview(text, limit=40) == "Hello " + "x" * 33 + "…"
    assert "4111" not in preview("a" * 130 + " 4111 1111 1111 1111")
    assert preview(None) == "" and preview("short") == "short"
    assert len(preview("y" * 1000)) == 100


def test_pay_is_a_base_per_queue() -> None:
    assert ticket_pay("fraud").amount_cents > ticket_pay("general").amount_cents
    assert ticket_pay("no-such-queue").amount_cents == DEFAULT_BASE_PAY_CENTS
    assert ticket_pay("general").currency == "EUR"


def test_eligibility_language_skills_capacity() -> None:
    assert mismatch(["de", "en"], ["fraud"], "de", ["fraud"]) is None
    assert mismatch(["en"], [], None, []) is None  # no language needed
    assert mismatch(["en"], [], "de", []) == (
        "the ticket needs language de, which is not among yours"
    )
    assert mismatch(["de"], ["refunds"], "de", ["fraud", "refunds", "aml"]) == (
        "the ticket needs skill(s) you do not have: aml, fraud"
    )
    assert capacity_problem(1, 2) is None
    assert capacity_problem(2, 2) == "you are at capacity (2 of 2 tickets); finish one first"


def test_overdue_reason() -> None:
    due = T0 + timedelta(seconds=120)
    online = PresenceStatus.ONLINE
    assert overdue_reason(S.CLAIMED, due, None, online, T0 + timedelta(seconds=119)) is None
    assert overdue_reason(S.CLAIMED, due, None, online, due) == ReturnReason.FIRST_REPLY_TIMEOUT
    replied = T0 + timedelta(seconds=30)
    late = T0 + timedelta(hours=1)
    assert overdue_reason(S.WITH_AGENT, due, replied, online, late) is None
    assert overdue_reason(S.WITH_AGENT, due, replied, PresenceStatus.AWAY, late) is None
    assert (
        overdue_reason(S.WITH_AGENT, due, replied, PresenceStatus.OFFLINE, T0)
        == ReturnReason.AGENT_OFFLINE
    )
    for status in (*BOARD_STATUSES, *FINAL_STATUSES):
        assert overdue_reason(status, due, None, PresenceStatus.OFFLINE, late) is None


def test_presence_times_out_to_offline() -> None:
    assert effective_status(None, None, T0, 60) == PresenceStatus.OFFLINE
    assert effective_status("online", T0, T0 + timedelta(seconds=60), 60) == PresenceStatus.ONLINE
    assert effective_status("away", T0, T0 + timedelta(seconds=61), 60) == PresenceStatus.OFFLINE
    assert effective_status("away", T0, T0 + timedelta(seconds=5), 60) == PresenceStatus.AWAY
