"""Local classification of one message: the per-message signals, without history."""

from __future__ import annotations

from dataclasses import dataclass

from router.classification.human_request import detect_human_request
from router.classification.intent_store import get_intent_model
from router.classification.language import detect_language


@dataclass(frozen=True)
class MessageClassification:
    language: str
    language_confidence: float
    human_request: bool
    human_request_confidence: float
    human_request_phrase: str | None
    intent: str | None
    intent_confidence: float
    out_of_scope: bool


def classify_message(text: str, conversation_language: str | None = None) -> MessageClassification:
    guess = detect_language(text, hint=conversation_language)
    request = detect_human_request(text, language=guess.code)
    intent = get_intent_model().predict(text)
    return MessageClassification(
        language=guess.code,
        language_confidence=guess.confidence,
        human_request=request.is_request,
        human_request_confidence=request.confidence,
        human_request_phrase=request.matched,
        intent=None if intent.out_of_scope else intent.intent,
        intent_confidence=round(intent.confidence, 3),
        out_of_scope=intent.out_of_scope,
    )
