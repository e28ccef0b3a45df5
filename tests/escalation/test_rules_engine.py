"""The default ruleset and the guardrail as pure functions: no HTTP, no database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.errors import ValidationFailed
from escalation.rules.document import parse_document
from escalation.rules.engine import default_ruleset, evaluate
from escalation.rules.signals import Action, Signals

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
    intent="request_refund",
    intent_confidence=0.8,
)
RULES = default_ruleset()


def decide(s: Signals):  # type: ignore[no-untyped-def]
    return evaluate(RULES, s)


def test_grounded_answer() -> None:
    outcome = decide(BASE)
    assert outcome.action == Action.ANSWER and outcome.rule == "answer"


def test_human_request_wins_over_a_good_answer_and_names_the_request() -> None:
    outcome = decide(replace(BASE, human_request=True, human_requests=1))
    assert outcome.action == Action.ESCALATE
    assert outcome.rule == "explicit_human_request"
    assert outcome.reason == "customer asked for a person, 1st request, German"
    assert outcome.language == "de" and outcome.queue == "general"
    second = decide(replace(BASE, human_request=True, human_requests=2, language="sv"))
    assert second.reason == "customer asked for a person, 2nd request, Swedish"


def test_a_miss_asks_to_rephrase_then_offers_a_person_then_escalates() -> None:
    missed = replace(BASE, answer_article=None, answer_confidence=0.0)
    assert decide(replace(missed, misses=1)).action == Action.REPHRASE
    second = decide(replace(missed, misses=2))
    assert (second.action, second.rule) == (Action.OFFER_HUMAN, "second_miss")
    third = decide(replace(missed, misses=3))
    assert (third.action, third.rule) == (Action.ESCALATE, "bot_could_not_answer")
    assert third.queue == "general" and third.language == "de"


def test_the_same_answer_again_offers_a_person_and_a_third_time_escalates() -> None:
    again = decide(replace(BASE, loop_count=1, topic="payment_due"))
    assert (again.action, again.rule) == (Action.OFFER_HUMAN, "answer_did_not_help")
    assert again.reason == "the answer about payment_due did not help"
    assert decide(replace(BASE, loop_count=2)).rule == "loop"


def test_language_the_bot_does_not_speak() -> None:
    outcome = decide(replace(BASE, language="pl", bot_serves_language=False))
    assert outcome.rule == "language_not_served"
    assert outcome.reason == "the bot does not speak Polish"


def test_risk_loop_frustration_and_repeat_contact() -> None:
    risk = decide(replace(BASE, risk_topics=("stolen_card",)))
    assert (risk.action, risk.queue, risk.skills) == (Action.ESCALATE, "risk", ("fraud",))
    assert risk.reason == "risk topic: stolen_card"
    assert decide(replace(BASE, loop_count=2)).rule == "loop"
    assert decide(replace(BASE, frustration=0.9)).rule == "frustrated"
    assert decide(replace(BASE, repeat_contact=True)).action == Action.OFFER_HUMAN
    # A person is offered once; the second time the bot just answers.
    assert decide(replace(BASE, repeat_contact=True, human_offered=True)).action == Action.ANSWER


def test_bot_is_silent_while_a_person_owns_the_conversation() -> None:
    for status in ("waiting_for_human", "with_human"):
        outcome = decide(replace(BASE, conversation_status=status, human_request=True))
        assert outcome.action == Action.HOLD


LAX = """
name: lax
guardrail: {escalate_on_human_request: 5}
rules:
  - id: many_requests
    when: {human_requests_gte: 5}
    then: {action: escalate, queue: general, reason: "asked {human_requests} times"}
  - id: answer
    then: {action: answer}
"""


def test_guardrail_escalates_on_the_second_request_whatever_the_ruleset() -> None:
    lax = parse_document(LAX)
    first = evaluate(lax, replace(BASE, human_request=True, human_requests=1))
    assert first.action == Action.ANSWER  # this ruleset tolerates one request
    second = evaluate(lax, replace(BASE, human_request=True, human_requests=2))
    assert second.action == Action.ESCALATE and second.rule == "guardrail_human_request"
    assert second.reason == "customer asked for a person, 2nd request, German"


def test_business_hours_and_customer_attributes() -> None:
    doc = parse_document(
        """
name: hours
business_hours: {timezone: Europe/Stockholm, days: [0, 1, 2, 3, 4], start: "09:00", end: "17:00"}
rules:
  - id: vip_in_hours
    when: {customer: {tier: vip}, within_business_hours: true}
    then: {action: escalate, queue: vip, reason: "VIP customer"}
  - id: answer
    then: {action: answer}
"""
    )
    vip = replace(BASE, customer={"tier": "vip"})
    monday_noon = "2026-11-23T11:00:00+00:00"  # 12:00 in Stockholm
    sunday = "2026-11-22T11:00:00+00:00"
    assert evaluate(doc, replace(vip, at=monday_noon)).queue == "vip"
    assert evaluate(doc, replace(vip, at=sunday)).action == Action.ANSWER
    assert evaluate(doc, replace(BASE, at=monday_noon)).action == Action.ANSWER


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("rules: []", "name: Field required"),
        ("name: x\nrules: []", "rules: List should have at least 1 item"),
        (
            "name: x\nrules:\n - id: a\n   when: {bot_turns_gte: 1}\n   then: {action: answer}",
            "must be an enabled catch-all",
        ),
        (
            "name: x\nrules:\n - id: a\n   then: {action: escalate, reason: r}\n",
            "rules[0] (id 'a').then: an escalating rule needs a queue",
        ),
        (
            "name: x\nrules:\n - id: a\n   when: {confidence_below: 2}\n   then: {action: answer}",
            "rules[0] (id 'a').when.confidence_below: Extra inputs are not permitted",
        ),
        (
            "name: x\nrules:\n - id: a\n   when: {frustration_gte: 3}\n"
            " - id: b\n   then: {action: answer}",
            "rules[0] (id 'a').when.frustration_gte: Input should be less than or equal to 1",
        ),
        (
            "name: x\nrules:\n - {id: a, then: {action: answer}}\n"
            " - {id: a, then: {action: answer}}",
            "rule id 'a' is used twice",
        ),
        (
            "name: x\nrules:\n - {id: a, then: {action: offer_human, reason: '{nope}'}}",
            "unknown field(s) ['nope']",
        ),
        ("name: x\nrules: [", "not valid YAML or JSON"),
        ("- just\n- a list", "a ruleset is a mapping"),
        ("name: x\nguardrail: {escalate_on_human_request: 0}\nrules: []", "greater than or equal"),
    ],
)
def test_invalid_rulesets_point_at_the_offending_rule(document: str, message: str) -> None:
    with pytest.raises(ValidationFailed) as error:
        parse_document(document)
    assert message in error.value.detail
