"""Staffing for a draft ruleset (`POST /api/v1/metrics/staffing/draft`) against a hand-built
history whose answer is worked out below by hand (SQLite and PostgreSQL); the replay's
per-conversation counting and the rate arithmetic as pure functions."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.db import unit_of_work
from escalation.metrics.draft import draft_rates
from escalation.metrics.planning import Arrivals
from escalation.rules import service as rules
from escalation.rules.document import parse_document
from escalation.rules.models import Decision
from escalation.rules.signals import Signals
from escalation.rules.simulation import EscalationMix, escalation_mix
from escalation.tickets.models import Ticket
from escalation.users.service import access_token, create_user
from router.conversations.models import Author, Conversation
from router.conversations.service import add_message
from tests.support.helpers import client, make_agent, start_conversation

T0 = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
HOUR = {"from": "2024-03-01T10:00:00Z", "to": "2024-03-01T11:00:00Z"}

ACTIVE = """
name: active
rules:
  - id: asked_for_person
    when: {human_requests_gte: 1}
    then: {action: escalate, queue: general, reason: "asked for a person"}
  - id: answer
    then: {action: answer}
"""
# The draft sends angry customers to a new `care` queue.
DRAFT = ACTIVE.replace(
    "  - id: answer\n",
    "  - id: angry_to_care\n"
    "    when: {frustration_gte: 0.5}\n"
    '    then: {action: escalate, queue: care, reason: "angry"}\n'
    "  - id: answer\n",
)


def signals(language: str = "de", *, asked: bool = False, angry: bool = False) -> Signals:
    return Signals(
        language=language,
        language_confidence=0.99,
        human_request=asked,
        human_request_phrase="Mitarbeiter" if asked else None,
        human_requests=int(asked),
        bot_turns=0,
        answer_article="refund-status",
        answer_confidence=0.9,
        bot_serves_language=True,
        conversation_status="bot",
        frustration=0.8 if angry else 0.0,
    )


def _conversations(at: datetime, kinds: list[Signals], action: str = "answer") -> None:
    """One conversation per signals, each with one customer message decided at `at`."""
    with unit_of_work() as session:
        for s in kinds:
            conversation = Conversation(language=s.language, created_at=at, updated_at=at)
            session.add(conversation)
            session.flush()
            message = add_message(session, conversation.id, Author.CUSTOMER, "Hallo")
            session.add(
                Decision(
                    conversation_id=conversation.id,
                    message_id=message.id,
                    action=action,
                    rule="recorded",
                    reason="recorded",
                    ruleset="old",
                    signals=s.to_dict(),
                    created_at=at,
                )
            )


def _tickets(queue: str, language: str, count: int, handle_s: list[float]) -> None:
    """`count` tickets created in the hour; the first len(handle_s) resolved after those."""
    with unit_of_work() as session:
        for i in range(count):
            at = T0 + timedelta(minutes=i * 60 / count)
            conversation = Conversation(language=language, created_at=at, updated_at=at)
            session.add(conversation)
            session.flush()
            done = i < len(handle_s)
            claimed = at + timedelta(seconds=30)
            session.add(
                Ticket(
                    conversation_id=conversation.id,
                    queue=queue,
                    language=language,
                    status="resolved" if done else "open",
                    reason="r",
                    created_at=at,
                    updated_at=at,
                    claimed_at=claimed if done else None,
                    closed_at=claimed + timedelta(seconds=handle_s[i]) if done else None,
                )
            )


def _ops() -> dict[str, str]:
    with unit_of_work() as session:
        user = create_user(session, username="olivia", password="pw-long-enough", role="ops")
        rules.publish(session, parse_document(ACTIVE), "olivia", "the active ruleset")
        return {"Authorization": f"Bearer {access_token(user)}"}


def _day() -> None:
    """24 German conversations decided in the hour: 4 ask for a person, 9 are angry, 11
    are answered; the same 24 the day before (replayed, but not today's traffic); one more
    whose decision is a person's turn (`hold`: neither replayed nor counted). Tickets in the
    hour: general/de 12 (handle times 200 s and 280 s: 240 s), general/en 6 (none resolved:
    the default 240 s)."""
    mix = [signals(asked=True)] * 4 + [signals(angry=True)] * 9 + [signals()] * 11
    _conversations(T0 + timedelta(minutes=5), mix)
    _conversations(T0 - timedelta(days=1), mix)
    _conversations(T0 + timedelta(minutes=6), [signals()], action="hold")
    _tickets("general", "de", 12, [200, 280])
    _tickets("general", "en", 6, [])


def _draft(headers: dict[str, str], **body: Any) -> Any:
    payload = {"document": DRAFT, **HOUR, **body}
    return client().post("/api/v1/metrics/staffing/draft", json=payload, headers=headers)


@pytest.mark.usefixtures("backend")
def test_a_draft_that_adds_a_queue_needs_one_more_german_agent() -> None:
    ops = _ops()
    _day()
    make_agent("anna", languages=("de", "en"))
    make_agent("bernd", languages=("de",))

    r = _draft(ops)
    assert r.status_code == 200, r.text
    body = r.json()
    # Replayed: 48 conversations (today's and yesterday's), 49 minus the hold not among them.
    assert body["active_version"] == 2 and body["decisions"] == 48
    assert body["conversations"] == 48
    # Active: the 8 requests for a person; draft: those and the 18 angry ones.
    assert body["escalated_before"] == 8 and body["escalated_after"] == 26
    assert body["window_conversations"] == 24 and body["conversations_per_hour"] == 24.0

    rows = {(row["queue"], row["language"]): row for row in body["by_queue_language"]}
    assert set(rows) == {("care", "de"), ("general", "de"), ("general", "en")}

    # general/de: 8 escalated either way, so its 12 tickets an hour stay. A = 12/h x 240 s =
    # 0.8 Erlangs; 80 % within the SLA of 300 s: 1 slot gives 37.7 %, 2 slots 94.9 %.
    general = rows[("general", "de")]
    assert (general["escalated_before"], general["escalated_after"]) == (8, 8)
    for side in ("active", "draft"):
        assert general[side]["arrivals_per_hour"] == 12.0
        assert general[side]["handle_time_s"] == 240.0
        assert general[side]["agents_needed"] == 2
    assert general["agents_change"] == 0

    # care/de: only the draft sends anyone: 18 of 48 replayed conversations, at 24
    # conversations an hour = 9 tickets an hour; the default handle time 240 s: A = 0.6;
    # 1 slot gives 1 - 0.6 e^(-0.4 x 300/240) = 63.6 %, 2 slots 1 - 0.1385 e^(-1.75) = 97.6 %.
    care = rows[("care", "de")]
    assert (care["escalated_before"], care["escalated_after"]) == (0, 18)
    assert care["active"]["tickets"] == 0 and care["active"]["agents_needed"] == 0
    assert care["draft"]["arrivals_per_hour"] == 9.0
    assert care["draft"]["handle_time_measured"] is False
    assert care["draft"]["traffic_erlangs"] == 0.6
    assert care["draft"]["probability_wait"] == pytest.approx(0.1385, abs=1e-4)
    assert care["draft"]["service_level"] == pytest.approx(0.9759, abs=1e-4)
    assert care["draft"]["agents_needed"] == 2 and care["agents_change"] == 2

    # Pooled German: 12/h -> 21/h at 240 s: A = 0.8 -> 1.4 Erlangs. With 1.4, 2 slots give
    # 1 - 0.5765 e^(-0.6 x 1.25) = 72.8 % (short of 80 %), 3 slots 1 - 0.2024 e^(-2) = 97.3 %:
    # one more German agent than today's 2 (Anna and Bernd are online).
    languages = {row["language"]: row for row in body["by_language"]}
    german = languages["de"]
    assert (german["escalated_before"], german["escalated_after"]) == (8, 26)
    assert german["active"]["arrivals_per_hour"] == 12.0
    assert german["active"]["agents_needed"] == 2
    assert german["draft"]["arrivals_per_hour"] == 21.0
    assert german["draft"]["traffic_erlangs"] == 1.4
    assert german["draft"]["service_level"] == pytest.approx(0.9726, abs=1e-4)
    assert german["draft"]["agents_needed"] == 3 and german["agents_change"] == 1
    assert german["draft"]["agents_online"] == 2 and german["draft"]["shortfall"] == 1
    # English is untouched: 6/h, A = 0.4, 1 slot gives 81.1 %.
    english = languages["en"]
    assert english["active"]["agents_needed"] == english["draft"]["agents_needed"] == 1
    assert english["agents_change"] == 0

    # The active column is the staffing panel's, for the same window.
    panel = client().get("/api/v1/metrics/staffing", params=HOUR, headers=ops).json()
    for row in panel["by_queue_language"]:
        mine = rows[(row["queue"], row["language"])]["active"]
        assert mine["agents_needed"] == row["agents_needed"]
        assert mine["arrivals_per_hour"] == row["arrivals_per_hour"]
    for row in panel["by_language"]:
        assert languages[row["language"]]["active"]["agents_needed"] == row["agents_needed"]

    # Two chats at once per agent halve the agents (slots stay).
    two = _draft(ops, concurrency=2).json()
    german2 = next(r for r in two["by_language"] if r["language"] == "de")
    assert german2["draft"]["slots_needed"] == 3 and german2["draft"]["agents_needed"] == 2

    # The active ruleset as the draft: nothing changes anywhere.
    same = _draft(ops, document=ACTIVE).json()
    assert same["escalated_before"] == same["escalated_after"] == 8
    assert all(r["agents_change"] == 0 for r in same["by_queue_language"] + same["by_language"])


@pytest.mark.usefixtures("backend")
def test_draft_staffing_input_is_checked() -> None:
    ops = _ops()
    c = client()
    agent = make_agent("anna")[1]
    _, customer = start_conversation(c)
    for headers, status in (({}, 401), (customer, 401), (agent, 403)):
        r = c.post("/api/v1/metrics/staffing/draft", json={"document": DRAFT}, headers=headers)
        assert r.status_code == status
    bad_rule = DRAFT.replace("action: escalate, queue: care", "action: teleport, queue: care")
    r = _draft(ops, document=bad_rule)
    assert r.status_code == 422 and "angry_to_care" in r.json()["detail"]
    short = {"from": "2024-03-01T10:00:00Z", "to": "2024-03-01T10:04:00Z"}
    r = _draft(ops, **short)
    assert r.status_code == 422 and "shorter than 5 minutes" in r.json()["detail"]
    for extra in (
        {"from": "2024-03-01T10:00:00"},  # no time zone
        {"limit": 0},
        {"limit": 100_001},
        {"target_pct": 100},
        {"concurrency": 0},
        {"max_occupancy": 1.5},
        {"target_s": -1},
        {"surprise": 1},
        {"document": "name: x\x00"},
        {"document": "a" * 70_000},
    ):
        r = _draft(ops, **extra)
        assert r.status_code in (413, 422), (extra, r.text)
    # Nothing in the window: every rate is 0, no agents needed, and no error.
    empty = _draft(ops).json()
    assert empty["window_conversations"] == 0 and empty["by_language"] == []


def test_each_conversation_counts_once_at_its_first_escalation() -> None:
    active, draft = parse_document(ACTIVE), parse_document(DRAFT)
    history = [  # (decision id, conversation, message, signals), newest first as loaded
        (4, "c1", 4, signals(asked=True)),  # after the draft's escalation: not a second ticket
        (3, "c1", 3, signals(angry=True)),
        (2, "c2", 2, signals("en", asked=True)),
        (1, "c3", 1, signals()),
    ]
    mix = escalation_mix(active, draft, history)
    assert mix.conversations == 3
    assert mix.before == Counter({("general", "de"): 1, ("general", "en"): 1})
    assert mix.after == Counter({("care", "de"): 1, ("general", "en"): 1})


def test_draft_rates_follow_the_change_in_share() -> None:
    found = [Arrivals("general", "de", 12, 2, 480.0), Arrivals("general", "en", 2, 0, 0.0)]
    mix = EscalationMix(
        conversations=40,
        before=Counter({("general", "de"): 10, ("general", "en"): 4}),
        after=Counter({("general", "de"): 6, ("general", "en"): 0, ("care", "sv"): 4}),
    )
    every, rate_of = draft_rates(found, mix, 3600.0, conversations=20)
    assert [(a.queue, a.language, a.tickets) for a in every] == [
        ("general", "de", 12), ("general", "en", 2), ("care", "sv", 0),
    ]  # fmt: skip
    per_hour = {(a.queue, a.language): rate_of(a) * 3600 for a in every}
    # 20 conversations an hour; de loses 4 of 40 (-2/h), en loses 4 of 40 (-2/h, floored at 0
    # from its 2/h), sv gains 4 of 40 (+2/h).
    assert per_hour == pytest.approx(
        {("general", "de"): 10.0, ("general", "en"): 0.0, ("care", "sv"): 2.0}
    )
    nothing = EscalationMix(0, Counter(), Counter())
    _, unchanged = draft_rates(found, nothing, 3600.0, conversations=20)
    assert unchanged(found[0]) * 3600 == pytest.approx(12.0)
