"""Why a conversation came to a person, in plain words, and the queues that exist: pure
functions, no database."""

from __future__ import annotations

from typing import Any

import pytest

from escalation.rules.document import parse_document
from escalation.rules.engine import default_ruleset
from escalation.tickets.explain import (
    handed_on_note,
    plain_notes,
    plain_reason,
    sentence,
)
from escalation.tickets.queues import declared_queues, unknown_queue_problem


@pytest.mark.parametrize(
    ("rule", "reason", "signals", "expected"),
    [
        (
            "explicit_human_request",
            "customer asked for a person, 1st request, German",
            {"language": "de", "human_requests": 1},
            "The customer asked for a person, 1st request, German.",
        ),
        (
            "guardrail_human_request",
            "customer asked for a person, 2nd request, Swedish",
            {"language": "sv", "human_requests": 2},
            "The customer asked for a person (2nd request), Swedish.",
        ),
        (
            "risk_topic",
            "risk topic: fraud, stolen_card",
            {"risk_topics": ["fraud", "stolen_card"]},
            "Risk topic: fraud, stolen card.",
        ),
        (
            "loop",
            "loop: same answer 2 times (card_delivery)",
            {},
            "Loop: same answer 2 times (card delivery).",
        ),
        (
            "no_grounded_answer",
            "bot could not answer (fi)",
            {"language": "fi"},
            "The bot had no answer it could back up (Finnish).",
        ),
        (
            "processing_failed",
            "message could not be processed: TimeoutError('db')",
            {},
            "The bot could not process the customer's message, so a person takes over "
            "(the technical reason is in the details for ops).",
        ),
        (
            "bot_could_not_answer",
            "bot could not answer (English)",
            {"language": "en"},
            "The bot could not answer (English).",
        ),
        ("vip", "  VIP   customer!  ", {}, "VIP customer!"),
    ],
)
def test_the_reason_reads_as_a_sentence_without_rule_ids_or_slugs(
    rule: str, reason: str, signals: dict[str, Any], expected: str
) -> None:
    text = plain_reason(rule, reason, signals)
    assert text == expected
    assert rule not in text or rule == "loop"  # "Loop: ..." is the ops lead's own word


def test_a_missing_reason_falls_back_to_the_ticket_and_never_to_nothing() -> None:
    assert plain_reason(None, None, {}, fallback="bot could not answer") == (
        "The bot could not answer."
    )
    assert plain_reason("x", "   ", {}, fallback="") == "The conversation was handed over."
    # The guardrail without a count (old or partial signals) still says the first request.
    assert plain_reason("guardrail_human_request", None, {}) == (
        "The customer asked for a person (1st request)."
    )


def test_sentence_keeps_text_as_text() -> None:
    hostile = '<img src=x onerror="alert(1)"> customer_ref'
    assert sentence(hostile) == '<img src=x onerror="alert(1)"> customer ref.'
    assert sentence("") == ""
    assert sentence("why?") == "Why?"


def test_notes_say_what_the_signals_say_in_plain_words() -> None:
    notes = plain_notes(
        {
            "human_requests": 2,
            "risk_topics": ["stolen_card"],
            "frustration": 0.82,
            "loop_count": 1,
            "misses": 3,
            "bot_serves_language": False,
            "language": "is",
            "repeat_contact": True,
            "human_offered": True,
            "pii_present": True,
        }
    )
    assert notes == [
        "Asked for a person twice",
        "Sensitive topic: stolen card",
        "Sounds very frustrated",
        "Came back to the same question once",
        "The bot had no answer 3 times in a row",
        "The bot does not speak Icelandic",
        "Contacted us about the same topic recently",
        "The bot had already offered a person",
        "Shared personal data (masked on the board)",
    ]
    assert plain_notes({"frustration": 0.5}) == ["Sounds annoyed"]
    assert plain_notes({}) == []


def test_notes_ignore_malformed_signals() -> None:
    """Signals are stored JSON: a value of the wrong type says nothing rather than failing."""
    odd = {
        "human_requests": "3", "risk_topics": "fraud", "frustration": True, "loop_count": None,
        "misses": 2.5, "bot_serves_language": 0, "repeat_contact": "yes", "language": 7,
    }  # fmt: skip
    assert plain_notes(odd) == []
    assert plain_reason("guardrail_human_request", None, odd) == (
        "The customer asked for a person (1st request)."
    )


def test_how_the_ticket_came_back_to_the_board() -> None:
    assert (
        handed_on_note(
            "transferred",
            "agent:anna",
            {"from_queue": "general", "to_queue": "payments", "why": "needs the payments team"},
        )
        == "Transferred by anna from the general queue: “needs the payments team”"
    )
    assert (
        handed_on_note(
            "transferred",
            "agent:anna",
            {"from_queue": "general", "to_queue": "general", "to_agent": "ben"},
        )
        == "Transferred by anna to ben"
    )
    assert handed_on_note("released", "agent:ben", {}) == "Released by ben"
    assert handed_on_note("released", "agent:ben", {"why": "  "}) == "Released by ben"
    assert handed_on_note("first_reply_timeout", "timer", {}) == (
        "Back on the board: the agent before you did not reply in time"
    )
    assert handed_on_note("agent_offline", "system", {"presence": "offline"}) == (
        "Back on the board: the agent before you went offline"
    )
    assert handed_on_note("claimed", "agent:ben", {}) is None
    assert handed_on_note("created", "system", {}) is None


def test_declared_queues_and_where_they_come_from() -> None:
    queues = declared_queues(default_ruleset(), {"vip": 60, "Not A Queue": 10})
    assert queues["general"] == ["ruleset", "built-in", "pay"]
    assert queues["risk"] == ["ruleset"] and queues["care"] == ["ruleset"]
    assert queues["fraud"] == ["pay", "sla"] and queues["refunds"] == ["pay"]
    assert queues["vip"] == ["sla"]
    assert "Not A Queue" not in queues  # a setting's bad key never becomes a queue
    custom = parse_document(
        "name: t\nrules:\n"
        "  - {id: a, enabled: false, when: {human_requests_gte: 1},"
        " then: {action: escalate, queue: old-desk, reason: r}}\n"
        "  - {id: b, then: {action: answer}}\n"
    )
    assert declared_queues(custom, {})["old-desk"] == ["ruleset"]  # disabled rules count


def test_an_unknown_queue_is_named_with_the_known_ones() -> None:
    assert unknown_queue_problem("general", ["general", "risk"]) is None
    assert unknown_queue_problem("generl", ["risk", "general"]) == (
        "queue: there is no queue named 'generl'; choose one of: general, risk"
    )
    many = [f"q{i:02d}" for i in range(30)]
    problem = unknown_queue_problem("x", many)
    assert problem is not None and problem.endswith("q19, …") and "q20" not in problem
