"""Local classification of one message: the per-message signals, without history."""

from __future__ import annotations

from dataclasses import dataclass

from router.classification.human_request import detect_human_request
from router.classification.intent_store import ready_intent_model
from router.classification.language import detect_language
from router.classification.pii import find_pii
from router.classification.risk import detect_risk
from router.classification.sentiment import detect_sentiment

# The shipped intent model is trained on English data; on other languages its guesses are
# noise, so they get no intent locally (the topic model reads every language the knowledge
# base has examples in, and the LLM, when configured, reads the intent of any language).
# While the model is still being trained (the demo's first start), messages have no intent.
INTENT_LANGUAGES = frozenset({"en"})


@dataclass(frozen=True)
class MessageClassification:
    language: str
    language_confidence: float
    human_request: bool
    human_request_confidence: float
    human_request_phrase: str | None
    intent: str | None  # None: out of scope
    intent_confidence: float
    sentiment: float
    frustration: float
    frustration_cues: tuple[str, ...]
    risk_topics: tuple[str, ...]
    pii_kinds: tuple[str, ...]


def classify_message(text: str, conversation_language: str | None = None) -> MessageClassification:
    guess = detect_language(text, hint=conversation_language)
    request = detect_human_request(text, language=guess.code)
    intent, confidence = None, 0.0
    model = ready_intent_model() if guess.code in INTENT_LANGUAGES else None
    if model is not None:
        prediction = model.predict(text)
        intent = None if prediction.out_of_scope else prediction.intent
        confidence = prediction.confidence
    mood = detect_sentiment(text, guess.code)
    risk = detect_risk(text, guess.code, intent)
    return MessageClassification(
        language=guess.code,
        language_confidence=guess.confidence,
        human_request=request.is_request,
        human_request_confidence=request.confidence,
        human_request_phrase=request.matched,
        intent=intent,
        intent_confidence=round(confidence, 3),
        sentiment=round(mood.sentiment, 3),
        frustration=round(mood.frustration, 3),
        frustration_cues=mood.cues,
        risk_topics=risk.topics,
        pii_kinds=find_pii(text).kinds,
    )
