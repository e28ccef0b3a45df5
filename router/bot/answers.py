"""The bot's answer to one customer message: grounded in the knowledge base and the
customer's own data, in the customer's language, with a confidence.

The dialogue (``router.bot.dialogue``) chooses the move: the topic to answer, small talk, a
question which of two topics is meant. Offline (the default) the topic's article is combined
with sentences about the customer's orders, payments, refunds or returns. With an LLM
configured, the LLM writes the answer from the same articles and tools and must cite them;
when it fails or cites nothing valid, the offline answer is used. A miss has no answer, and
the rules decide what follows (ask to rephrase, offer a person, escalate): a grounded "I
don't know" rather than a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from escalation.rules.signals import Signals
from router.bot.attempts import AnswerAttempt, BotAnswer
from router.bot.dialogue import Move, MoveKind, Turn, decide_move
from router.bot.extract import amounts, order_numbers
from router.bot.facts import TOPICS, Ask, Facts
from router.bot.knowledge import KnowledgeBase, knowledge_base
from router.bot.llm_answer import llm_answer
from router.bot.texts import text
from router.bot.tools import ToolExecutor
from router.bot.topics import rank_topics, topic_model
from router.conversations.models import ConversationStatus
from router.customers.backend import CustomerData, CustomerDataBackend
from router.customers.service import customer_data
from router.llm.client import LLMClient, llm_client

ANSWER_BAR = 0.5  # the default ruleset treats an answer below this as a miss
DATA_BONUS = 0.15  # the answer states the customer's own data
CHOSEN = 0.5  # the floor of a reply the dialogue chose on purpose (small talk, a choice)
HISTORY_TURNS = 6
LLM_ARTICLES = 3


class Configured:
    """Marker: use the process's configured LLM (`llm_client()`)."""


CONFIGURED: Final = Configured()


def read_alone(kb: KnowledgeBase, message_text: str) -> Move:
    """The move for a message without a conversation around it."""
    model = topic_model(kb)
    ranked = rank_topics(model, message_text, limit=len(model.labels))
    return decide_move(message_text, ranked, kb.kinds, Turn())


def offline_answer(
    kb: KnowledgeBase,
    data: CustomerData | None,
    message_text: str,
    language: str,
    move: Move,
    *,
    today: date | None = None,
) -> AnswerAttempt:
    """The bot's reply for `move`: an article plus the customer's own data for its topic, a
    small-talk reply, or a question which of two topics is meant; None for a miss."""
    if move.kind == MoveKind.CLARIFY:
        titles = [kb.find(t, language) for t in move.options[:2]]
        if all(titles):
            first, second = (t.title for t in titles if t is not None)
            question = text("dialogue", "clarify", language, first=first, second=second)
            answer = BotAnswer(question, CHOSEN, (), None, language, kind="clarify")
            return AnswerAttempt(answer, None)
        return AnswerAttempt(None, "the topics to choose from have no article")
    if move.kind == MoveKind.DECLINE_OFFER:
        reply = text("dialogue", "offer_declined", language)
        return AnswerAttempt(BotAnswer(reply, CHOSEN, (), None, language, kind="decline"), None)
    if move.kind not in (MoveKind.ANSWER, MoveKind.SMALLTALK) or move.topic is None:
        return AnswerAttempt(None, f"no knowledge-base topic fits the message ({language})")
    article = kb.find(move.topic, language)
    if article is None or not article.answerable:
        return AnswerAttempt(None, f"no article '{move.topic}' in {language}")
    confidence = move.confidence
    if move.kind == MoveKind.SMALLTALK or move.via != "message":
        confidence = CHOSEN + move.confidence / 2
    facts = Facts()
    topic = TOPICS.get(article.data or article.id)
    if data is not None and topic is not None:
        ask = Ask(
            data=data,
            numbers=order_numbers(message_text),
            amounts=amounts(message_text),
            language=language,
            today=today or date.today(),
        )
        facts = topic(ask)
    if facts.grounded:
        confidence += DATA_BONUS
    confidence = round(min(confidence, 1.0), 3)
    if confidence < ANSWER_BAR:
        return AnswerAttempt(None, f"'{article.id}' covers the question only {confidence:.2f}")
    said = " ".join(facts.sentences)
    reply = f"{said}\n\n{article.body}" if said else article.body
    if data is None and topic is not None and move.kind == MoveKind.ANSWER:
        # An anonymous conversation: the general answer, and how to get the personal one.
        reply = f"{reply}\n\n{text('dialogue', 'sign_in_needed', language)}"
    sources = (*facts.sources, f"article:{article.id}")
    kind = "smalltalk" if move.kind == MoveKind.SMALLTALK else "article"
    answer = BotAnswer(reply, confidence, sources, article.id, language, kind=kind)
    return AnswerAttempt(answer, None)


@dataclass(frozen=True)
class Asking:
    """Who asks and where, as the answer needs it: the proven customer (None: anonymous),
    the conversation's status, and the turns before the message (for the LLM)."""

    customer_ref: str | None = None
    status: str = ConversationStatus.BOT
    history: Sequence[tuple[str, str]] = ()


def _skip_llm(status: str, signals: Signals | None) -> str | None:
    if status != ConversationStatus.BOT:
        return "a person owns the conversation"
    if signals is not None and (signals.human_request or signals.risk_topics):
        return "the message goes to a person anyway"
    return None


def try_answer(
    asking: Asking,
    message_text: str,
    language: str,
    signals: Signals | None = None,
    *,
    move: Move | None = None,
    kb: KnowledgeBase | None = None,
    backend: CustomerDataBackend | None = None,
    llm: LLMClient | Configured | None = CONFIGURED,
    today: date | None = None,
) -> AnswerAttempt:
    """The answer (or why there is none) and the LLM tokens it cost. Call it with no
    transaction open: it may wait for the LLM and the customer-data backend."""
    kb = kb or knowledge_base()
    move = move or read_alone(kb, message_text)
    data = customer_data(None, asking.customer_ref, backend)
    offline = offline_answer(kb, data, message_text, language, move, today=today)
    client = llm_client() if isinstance(llm, Configured) else llm
    if client is None or _skip_llm(asking.status, signals) is not None:
        return offline
    if move.kind not in (MoveKind.ANSWER, MoveKind.MISS):
        return offline  # small talk and the bot's own questions need no LLM
    wanted = [move.topic] if move.kind == MoveKind.ANSWER else []
    wanted += [s.topic for s in move.ranked if s.topic not in wanted]
    found = (kb.find(t, language) for t in wanted if t)
    articles = [a for a in found if a is not None and a.kind == "answer"][:LLM_ARTICLES]
    if not articles and data is None:
        return offline  # nothing to ground an answer on
    attempt = llm_answer(
        client,
        articles=articles,
        tools=ToolExecutor(data) if data is not None else None,
        message_text=message_text,
        language=language,
        history=list(asking.history[-HISTORY_TURNS:]),
    )
    if attempt.answer is not None:
        if attempt.answer.article is None:  # rests on tools only: name the topic's article
            topic = offline.answer.article if offline.answer else None
            article = topic or (articles[0].id if articles else attempt.answer.sources[0])
            return replace(attempt, answer=replace(attempt.answer, article=article))
        return attempt
    why = attempt.reason or "llm gave no answer"
    fallback = "offline answer used" if offline.answer else offline.reason
    return AnswerAttempt(offline.answer, f"{why}; {fallback}", attempt.usage)


def answer(
    asking: Asking,
    message_text: str,
    language: str,
    signals: Signals | None = None,
    *,
    kb: KnowledgeBase | None = None,
    backend: CustomerDataBackend | None = None,
    llm: LLMClient | Configured | None = CONFIGURED,
    today: date | None = None,
) -> BotAnswer | None:
    """The grounded answer to a message read on its own, or None (a miss)."""
    attempt = try_answer(
        asking, message_text, language, signals, kb=kb, backend=backend, llm=llm, today=today
    )
    return attempt.answer
