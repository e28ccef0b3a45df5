"""The default rules as a pure function: no HTTP, no database."""

from __future__ import annotations

from dataclasses import replace

from escalation.rules.engine import decide
from escalation.rules.schemas import Action, Signals

BASE = Signals(
    language="de",
    language_confidence=0.9,
    human_request=False,
    human_request_phrase=None,
    human_requests=0,
    bot_turns=0,
    answer_article="refunds",
    answer_confidence=1.0,
    bot_serves_language=True,
    conversation_status="bot",
)


def test_grounded_answer() -> None:
    outcome = decide(BASE)
    assert outcome.action == Action.ANSWER and outcome.rule == "knowledge_base_answer"


def test_human_request_wins_over_a_good_answer_and_names_the_request() -> None:
    outcome = decide(replace(BASE, human_request=True, human_requests=1))
    assert outcome.action == Action.ESCALATE
    assert outcome.reason == "customer asked for a person, 1st request, German"
    assert outcome.language == "de" and outcome.priority == 1
    second = decide(replace(BASE, human_request=True, human_requests=2, language="sv"))
    assert second.reason == "customer asked for a person, 2nd request, Swedish"


def test_low_confidence_and_no_article_escalate() -> None:
    assert decide(replace(BASE, answer_confidence=0.3)).rule == "bot_could_not_answer"
    assert decide(replace(BASE, answer_article=None, answer_confidence=0.0)).rule == (
        "bot_could_not_answer"
    )


def test_language_the_bot_does_not_speak() -> None:
    outcome = decide(replace(BASE, language="pl", bot_serves_language=False))
    assert outcome.rule == "language_not_served"
    assert outcome.reason == "the bot does not speak Polish"


def test_bot_is_silent_while_a_person_owns_the_conversation() -> None:
    for status in ("waiting_for_human", "with_human"):
        outcome = decide(replace(BASE, conversation_status=status, human_request=True))
        assert outcome.action == Action.HOLD
