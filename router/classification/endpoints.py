from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from starlette.concurrency import run_in_threadpool

from core.openapi import errors
from escalation.users.auth import CurrentOps
from router.bot.answers import read_alone
from router.bot.knowledge import knowledge_base
from router.classification.message import classify_message
from router.conversations.service import clean_text

router = APIRouter(prefix="/api/v1", tags=["classification"], responses=errors(403))


class ClassifyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] | None = None


class ClassifyOut(BaseModel):
    language: str
    language_confidence: float
    intent: str | None
    confidence: float = Field(description="confidence of the intent, 0..1")
    out_of_scope: bool
    sentiment: float = Field(description="-1 (very negative) .. 1 (very positive)")
    frustration: float = Field(description="0 .. 1")
    frustration_cues: list[str]
    risk_topics: list[str]
    pii: list[str] = Field(description="kinds of personal data found in the text")
    human_request: bool
    human_request_confidence: float
    human_request_phrase: str | None
    answer_article: str | None = Field(
        description="the knowledge-base topic the bot would answer (its topic model), if any"
    )
    answer_confidence: float
    bot_move: str = Field(description="answer, smalltalk, clarify or miss, read on its own")


def _classify(body: ClassifyIn) -> ClassifyOut:
    text = clean_text(body.text)
    local = classify_message(text, body.language)
    kb = knowledge_base()
    move = read_alone(kb, text) if local.language in kb.languages else None
    return ClassifyOut(
        language=local.language,
        language_confidence=local.language_confidence,
        intent=local.intent,
        confidence=local.intent_confidence,
        out_of_scope=local.intent is None,
        sentiment=local.sentiment,
        frustration=local.frustration,
        frustration_cues=list(local.frustration_cues),
        risk_topics=list(local.risk_topics),
        pii=list(local.pii_kinds),
        human_request=local.human_request,
        human_request_confidence=local.human_request_confidence,
        human_request_phrase=local.human_request_phrase,
        answer_article=move.topic if move else None,
        answer_confidence=round(move.confidence, 3) if move and move.topic else 0.0,
        bot_move=move.kind.value if move else "miss",
    )


@router.post("/classify")
async def classify(body: ClassifyIn, _: CurrentOps) -> ClassifyOut:
    """The signals of one message, without history and without side effects."""
    return await run_in_threadpool(_classify, body)
