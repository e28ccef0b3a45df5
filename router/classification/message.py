"""Local classification of one message: the signals the pipeline needs per message."""

from __future__ import annotations

from dataclasses import dataclass

from router.classification.human_request import detect_human_request
from router.classification.language import detect_language


@dataclass(frozen=True)
class MessageClassification:
    language: str
    language_confidence: float
    human_request: bool
    human_request_confidence: float
    human_request_phrase: str | None


def classify_message(text: str, conversation_language: str | None = None) -> MessageClassification:
    guess = detect_language(text, hint=conversation_language)
    request = detect_human_request(text, language=guess.code)
    return MessageClassification(
        language=guess.code,
        language_confidence=guess.confidence,
        human_request=request.is_request,
        human_request_confidence=request.confidence,
        human_request_phrase=request.matched,
    )
