"""The default escalation rules, as a pure function of the signals.

Rules are tried in order; the first that fires decides. A clear request for a person is
honoured at once: a customer never has to ask twice.
"""

from __future__ import annotations

from core.languages import language_name, ordinal
from escalation.rules.schemas import Action, Outcome, Signals

RULESET_NAME = "default-v1"
ANSWER_CONFIDENCE_BAR = 0.5
GENERAL_QUEUE = "general"


def decide(signals: Signals) -> Outcome:
    lang = language_name(signals.language)
    if signals.conversation_status != "bot":
        return Outcome(Action.HOLD, "human_owns_conversation", "a person handles this conversation")
    if signals.human_request:
        return Outcome(
            Action.ESCALATE,
            "explicit_human_request",
            f"customer asked for a person, {ordinal(signals.human_requests)} request, {lang}",
            queue=GENERAL_QUEUE,
            priority=1,
            language=signals.language,
        )
    if not signals.bot_serves_language:
        return Outcome(
            Action.ESCALATE,
            "language_not_served",
            f"the bot does not speak {lang}",
            queue=GENERAL_QUEUE,
            language=signals.language,
        )
    if signals.answer_article is None or signals.answer_confidence < ANSWER_CONFIDENCE_BAR:
        return Outcome(
            Action.ESCALATE,
            "bot_could_not_answer",
            f"bot could not answer ({lang})",
            queue=GENERAL_QUEUE,
            language=signals.language,
        )
    return Outcome(
        Action.ANSWER,
        "knowledge_base_answer",
        f"answered from article '{signals.answer_article}' "
        f"(confidence {signals.answer_confidence:.2f})",
    )
