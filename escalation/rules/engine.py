"""Evaluating a ruleset: pure functions of a document and the signals.

Rules are tried in order; the first whose conditions all hold decides. After the rules, the
guardrail: a clear request for a person escalates at the latest on the second request,
whatever the ruleset says.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from core.languages import language_name, ordinal
from escalation.rules.document import BusinessHours, Condition, RulesetDocument, parse_document
from escalation.rules.signals import Action, Outcome, Signals

DEFAULT_RULESET_FILE = Path(__file__).with_name("default_ruleset.yaml")
GUARDRAIL_RULE = "guardrail_human_request"


@lru_cache(maxsize=1)
def default_ruleset() -> RulesetDocument:
    return parse_document(DEFAULT_RULESET_FILE.read_text(encoding="utf-8"))


def within_hours(hours: BusinessHours, at: datetime) -> bool:
    local = at.astimezone(ZoneInfo(hours.timezone))
    return local.weekday() in hours.days and hours.start <= local.time() < hours.end


def holds(condition: Condition, s: Signals, hours: BusinessHours | None = None) -> bool:
    c = condition
    checks = (
        c.intent_in is None or s.intent in c.intent_in,
        c.intent_not_in is None or s.intent not in c.intent_not_in,
        c.human_requests_gte is None or s.human_requests >= c.human_requests_gte,
        c.bot_turns_gte is None or s.bot_turns >= c.bot_turns_gte,
        c.loop_count_gte is None or s.loop_count >= c.loop_count_gte,
        c.misses_gte is None or s.misses >= c.misses_gte,
        c.topic_in is None or s.topic in c.topic_in,
        c.sentiment_lte is None or s.sentiment <= c.sentiment_lte,
        c.frustration_gte is None or s.frustration >= c.frustration_gte,
        c.intent_confidence_lt is None or s.intent_confidence < c.intent_confidence_lt,
        c.answer_confidence_lt is None or s.answer_confidence < c.answer_confidence_lt,
        c.out_of_scope is None or s.out_of_scope == c.out_of_scope,
        c.language_in is None or s.language in c.language_in,
        c.language_not_served is None or (not s.bot_serves_language) == c.language_not_served,
        c.repeat_contact is None or s.repeat_contact == c.repeat_contact,
        c.risk_in is None or bool(set(c.risk_in) & set(s.risk_topics)),
        c.pii_present is None or s.pii_present == c.pii_present,
        c.human_offered is None or s.human_offered == c.human_offered,
        c.customer is None or all((s.customer or {}).get(k) == v for k, v in c.customer.items()),
        c.within_business_hours is None
        or (
            hours is not None
            and s.at is not None
            and within_hours(hours, datetime.fromisoformat(s.at)) == c.within_business_hours
        ),
    )
    if not all(checks):
        return False
    return c.any_of is None or any(holds(sub, s, hours) for sub in c.any_of)


def reason_text(template: str, s: Signals) -> str:
    values = {
        "language": language_name(s.language),
        "intent": s.intent or "an unknown topic",
        "human_requests": str(s.human_requests),
        "human_request_ordinal": ordinal(max(1, s.human_requests)),
        "risk": ", ".join(s.risk_topics) or "none",
        "loop_count": str(s.loop_count),
        "misses": str(s.misses),
        "topic": s.topic or "an unknown topic",
    }
    return template.format_map(values)


def evaluate(document: RulesetDocument, s: Signals) -> Outcome:
    """The decision for one message under `document`."""
    if s.conversation_status != "bot":
        return Outcome(Action.HOLD, "human_owns_conversation", "a person handles this conversation")
    outcome = _first_match(document, s)
    needed = document.guardrail.effective
    if s.human_request and s.human_requests >= needed and outcome.action != Action.ESCALATE:
        return Outcome(
            Action.ESCALATE,
            GUARDRAIL_RULE,
            reason_text(
                "customer asked for a person, {human_request_ordinal} request, {language}", s
            ),
            queue="general",
            priority=2,
            language=s.language,
        )
    return outcome


def _first_match(document: RulesetDocument, s: Signals) -> Outcome:
    for rule in document.rules:
        if not rule.enabled or not holds(rule.when, s, document.business_hours):
            continue
        then = rule.then
        if then.action == "answer" and s.answer_confidence <= 0:
            continue  # nothing grounded to say: let a later rule decide
        return Outcome(
            Action(then.action),
            rule.id,
            reason_text(then.reason, s) if then.reason else _answer_reason(s),
            queue=then.queue,
            priority=then.priority,
            language=s.language if then.action == "escalate" else None,
            skills=tuple(then.skills),
        )
    # The catch-all matched but could not answer: nothing grounded to say.
    return Outcome(
        Action.ESCALATE,
        "no_grounded_answer",
        reason_text("bot could not answer ({language})", s),
        queue="general",
        language=s.language,
    )


def _answer_reason(s: Signals) -> str:
    source = f"article '{s.answer_article}'" if s.answer_article else "the customer's data"
    return f"answered from {source} (confidence {s.answer_confidence:.2f})"
