"""Assembling the signals of one customer message in its conversation.

Local classifiers first (language, person requested, intent, sentiment, risk, personal
data), then the conversation's history (loops, repeat contact, frustration that lingers),
then, when an LLM is configured and the case is hard, the LLM's reading of the whole
conversation, which can only add to what the local classifiers found.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from escalation.rules.signals import Action, Signals
from router.bot.answers import Asking, try_answer
from router.bot.attempts import AnswerAttempt, BotAnswer
from router.bot.dialogue import MoveKind, Turn, decide_move
from router.bot.knowledge import KnowledgeBase
from router.bot.texts import text as bot_text
from router.bot.topics import TopicScore, rank_topics, topic_model
from router.classification.llm_classifier import (
    LLMClassification,
    LocalClassification,
    classify_with_llm,
    should_ask_llm,
)
from router.classification.message import MessageClassification, classify_message
from router.conversations.models import ConversationStatus
from router.llm.client import LLMClient
from router.pipeline.history import (
    PreviousTurn,
    is_repeat_contact,
)
from router.pipeline.turns import PendingTurn

FRUSTRATION_CARRY = 0.7  # how much of the last message's frustration carries over
COMPLAINT = 0.3  # frustration that says the last answer missed ('that did not help')


@dataclass(frozen=True)
class Assessment:
    signals: Signals
    llm: LLMClassification | None  # the LLM's reading, when it was asked and answered
    answer: AnswerAttempt  # what the bot would say (grounded), or why it cannot


def _last_frustration(prev: PreviousTurn | None) -> float:
    value = prev.signals.get("frustration", 0.0) if prev is not None else 0.0
    return float(value) if isinstance(value, int | float) else 0.0


def _ask_llm(
    client: LLMClient | None, turn: PendingTurn, local: MessageClassification
) -> LLMClassification | None:
    if client is None:
        return None
    brief = LocalClassification(
        language=local.language,
        intent=local.intent,
        confidence=local.intent_confidence,
        human_request=local.human_request,
    )
    if not should_ask_llm(brief, turn.transcript):
        return None
    return classify_with_llm(client, turn.transcript, brief)


def _dialogue_turn(prev: PreviousTurn | None, kb: KnowledgeBase) -> Turn:
    if prev is None:
        return Turn()
    options = tuple(str(o) for o in prev.signals.get("clarify_options") or ())
    return Turn(
        move=prev.signals.get("bot_move"),
        topic=prev.signals.get("answer_article") or None,
        options=options,
        offered=prev.action == Action.OFFER_HUMAN,
        customer_text=prev.customer_text,
        option_titles=tuple(tuple(a.title for a in kb.articles if a.id == o) for o in options),
    )


def _probability(score: TopicScore | None) -> float:
    return score.probability if score is not None else 0.0


def _misses(answer: BotAnswer | None, prev: PreviousTurn | None) -> int:
    """Messages in a row without an answer, this one included (0: this one has one)."""
    if answer is not None:
        return 0
    return (_count(prev.signals, "misses") if prev is not None else 0) + 1


def _repeats(answer: BotAnswer | None, prev: PreviousTurn | None) -> bool:
    """The bot would send the answer it just sent (or just pointed back to)."""
    if answer is None or answer.kind != "article" or prev is None:
        return False
    if prev.signals.get("answer_article") != answer.article:
        return False
    return (
        prev.bot_reply == answer.text
        or prev.signals.get("bot_move") == "repeat"
        or (_count(prev.signals, "loop_count") >= 1)
    )


def _count(signals: dict[str, object], name: str) -> int:
    value = signals.get(name, 0)
    return value if isinstance(value, int) else 0


def _avoid_repeat(
    attempt: AnswerAttempt, prev: PreviousTurn | None, complaint: bool, kb: KnowledgeBase
) -> tuple[AnswerAttempt, int, bool]:
    """Never the same text twice in a row: `(attempt, loop_count, pointed)`. A customer who
    says the answer missed, or asks a third time, gets no answer but a loop count (the rules
    offer a person, then escalate); otherwise the bot points back to its answer, briefly."""
    answer = attempt.answer
    if answer is None or not _repeats(answer, prev):
        return attempt, 0, False
    assert prev is not None
    before = _count(prev.signals, "loop_count")
    if complaint or before >= 1 or prev.signals.get("bot_move") == "repeat":
        return attempt, before + 1, False
    article = kb.find(answer.article or "", answer.language)
    title = article.title if article else answer.article or ""
    pointer = bot_text("dialogue", "repeat_pointer", answer.language, title=title)
    short = replace(answer, text=pointer, kind="repeat")
    return replace(attempt, answer=short), 0, True


def uses_llm(turn: PendingTurn) -> bool:
    """Whether this turn's assessment may call the LLM: not when the customer has written
    again since (the quick offline reading answers this one; the LLM may read the next)."""
    return not turn.later_pending


def wants_llm(turn: PendingTurn) -> bool:
    """Whether the LLM would be asked about this turn: not for a clear request for a person
    or a risk the local classifiers see (the rules hand those over at once), nor for a
    message the customer has already followed up."""
    if not uses_llm(turn):
        return False
    local = classify_message(turn.text, turn.conversation.language)
    return not (local.human_request or local.risk_topics)


def assess(turn: PendingTurn, kb: KnowledgeBase, *, llm: LLMClient | None) -> Assessment:
    """The signals of one customer message and the bot's answer to it. Runs with no
    transaction open: it may call the LLM (`llm`) and the customer-data backend."""
    state = turn.conversation
    local = classify_message(turn.text, state.language)
    llm = llm if uses_llm(turn) else None
    found = _ask_llm(llm, turn, local)
    intent = local.intent
    intent_confidence = local.intent_confidence
    human_request = local.human_request
    phrase = local.human_request_phrase
    prev = turn.previous
    frustration = max(local.frustration, FRUSTRATION_CARRY * _last_frustration(prev))
    risk = local.risk_topics
    if found is not None:
        if found.intent is not None and (intent is None or found.confidence > intent_confidence):
            intent, intent_confidence = found.intent, round(found.confidence, 3)
        human_request = human_request or found.human_request
        frustration = max(frustration, found.frustration)
        risk = tuple(dict.fromkeys((*risk, *found.risk_topics)))
    model = topic_model(kb)
    kinds = kb.kinds

    def rank(text: str) -> list[TopicScore]:
        return rank_topics(model, text, limit=len(model.labels))

    move = decide_move(turn.text, rank(turn.text), kinds, _dialogue_turn(prev, kb), rank)
    if move.kind == MoveKind.ACCEPT_OFFER and not human_request:
        human_request, phrase = True, "accepted the offer of a person"
    best = move.ranked[0] if move.ranked else None
    topic = move.topic or (best.topic if best and kinds.get(best.topic) == "answer" else None)
    signals = Signals(
        language=local.language,
        language_confidence=local.language_confidence,
        human_request=human_request,
        human_request_phrase=phrase,
        human_requests=state.human_requests + (1 if human_request else 0),
        bot_turns=state.bot_turns,
        answer_article=None,
        answer_confidence=0.0,
        bot_serves_language=local.language in kb.languages,
        conversation_status=state.status,
        intent=intent,
        intent_confidence=intent_confidence,
        out_of_scope=intent is None,
        sentiment=local.sentiment,
        frustration=round(frustration, 3),
        loop_count=0,
        repeat_contact=is_repeat_contact(turn.recent_topics, intent, topic),
        risk_topics=risk,
        pii_present=bool(local.pii_kinds),
        human_offered=state.human_offered,
        at=turn.created_at.isoformat(),
        topic=topic,
        topic_confidence=round(move.confidence if move.topic else _probability(best), 3),
        bot_move=move.kind.value,
        clarify_options=move.options,
    )
    if state.status != ConversationStatus.BOT:
        return Assessment(signals, found, AnswerAttempt(None, "a person owns the conversation"))
    # The bot's grounded answer (knowledge base + the customer's own data, or the LLM with
    # citations); its confidence, not the raw topic probability, is what the rules judge.
    asking = Asking(state.customer_ref, state.status, turn.history)
    attempt = try_answer(asking, turn.text, local.language, signals, move=move, kb=kb, llm=llm)
    complaint = local.frustration >= COMPLAINT
    attempt, loops, pointed = _avoid_repeat(attempt, prev, complaint, kb)
    bot = attempt.answer
    signals = replace(
        signals,
        answer_article=bot.article if bot else None,
        answer_confidence=round(bot.confidence, 3) if bot else 0.0,
        loop_count=loops,
        misses=_misses(bot, prev),
        bot_move="repeat" if pointed else signals.bot_move,
    )
    return Assessment(signals, found, attempt)
