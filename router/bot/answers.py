"""The bot's answer to one customer message: grounded in the knowledge base and the
customer's own data, in the customer's language, with a confidence.

Offline (the default) the best article is combined with sentences about the customer's
orders, payments, refunds or returns. With an LLM configured, the LLM writes the answer
from the same articles and tools and must cite them; when it fails or cites nothing valid,
the offline answer is used. Below the confidence bar there is no answer, and the rules
escalate ("bot could not answer"): a grounded "I don't know" rather than a guess.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from escalation.rules.schemas import Signals
from router.bot.extract import amounts, order_numbers
from router.bot.facts import TOPICS, Ask, Facts
from router.bot.knowledge import KnowledgeBase, knowledge_base
from router.bot.llm_answer import llm_answer
from router.bot.schemas import AnswerAttempt, BotAnswer
from router.bot.tools import ToolExecutor
from router.conversations.models import Conversation, ConversationStatus, Message
from router.customers.backend import CustomerData, CustomerDataBackend
from router.customers.service import customer_data
from router.llm.client import LLMClient, llm_client

ANSWER_BAR = 0.5  # the default ruleset escalates below this (`answer_confidence_lt: 0.5`)
INTENT_AGREES_BONUS = 0.1  # the intent model points at the same article
DATA_BONUS = 0.15  # the answer states the customer's own data
INTENT_ONLY_WEIGHT = 0.5  # an article found by the intent alone, not by its words
HISTORY_TURNS = 6


class _Configured:
    """Marker: use the process's configured LLM (`llm_client()`)."""


CONFIGURED: Final = _Configured()


def offline_answer(
    kb: KnowledgeBase,
    data: CustomerData | None,
    message_text: str,
    language: str,
    signals: Signals | None = None,
    *,
    today: date | None = None,
) -> AnswerAttempt:
    """The best article for the message plus the customer's own data for its topic."""
    ranked = kb.rank(message_text, language, limit=3)
    best = ranked[0] if ranked else None
    intent_article = None
    if signals is not None and signals.intent_confidence >= 0.5:
        intent_article = kb.for_intent(signals.intent, language)
    if best is not None:
        article, confidence = best.article, best.confidence
        if intent_article is not None and intent_article.id == article.id:
            confidence += INTENT_AGREES_BONUS
    elif intent_article is not None and signals is not None:
        article, confidence = intent_article, INTENT_ONLY_WEIGHT * signals.intent_confidence
    else:
        return AnswerAttempt(None, f"no knowledge-base article matches ({language})")
    facts = Facts()
    topic = TOPICS.get(article.id)
    if data is not None and topic is not None:
        ask = Ask(
            data=data, numbers=order_numbers(message_text), amounts=amounts(message_text),
            language=language, today=today or date.today(),
        )  # fmt: skip
        facts = topic(ask)
    if facts.grounded:
        confidence += DATA_BONUS
    confidence = round(min(confidence, 1.0), 3)
    if confidence < ANSWER_BAR:
        return AnswerAttempt(
            None, f"best article '{article.id}' covers the question only {confidence:.2f}"
        )
    text = " ".join(facts.sentences)
    text = f"{text}\n\n{article.body}" if text else article.body
    sources = (*facts.sources, f"article:{article.id}")
    return AnswerAttempt(BotAnswer(text, confidence, sources, article.id, language), None)


def _history(session: Session, conversation_id: str, message_text: str) -> list[tuple[str, str]]:
    rows = session.execute(
        select(Message.author, Message.text)
        .where(Message.conversation_id == conversation_id)
        .order_by(Message.id.desc())
        .limit(HISTORY_TURNS + 1)
    ).all()
    turns = [(str(author), str(text)) for author, text in reversed(rows)]
    if turns and turns[-1] == ("customer", message_text):
        turns.pop()  # the message being answered goes last, on its own
    return turns[-HISTORY_TURNS:]


def _skip_llm(conversation: Conversation, signals: Signals | None) -> str | None:
    if conversation.status != ConversationStatus.BOT:
        return "a person owns the conversation"
    if signals is not None and (signals.human_request or signals.risk_topics):
        return "the message goes to a person anyway"
    return None


def try_answer(
    session: Session,
    conversation: Conversation,
    message_text: str,
    language: str,
    signals: Signals | None = None,
    *,
    kb: KnowledgeBase | None = None,
    backend: CustomerDataBackend | None = None,
    llm: LLMClient | _Configured | None = CONFIGURED,
    today: date | None = None,
) -> AnswerAttempt:
    """The answer (or why there is none) and the LLM tokens it cost."""
    kb = kb or knowledge_base()
    data = customer_data(session, conversation.customer_ref, backend)
    offline = offline_answer(kb, data, message_text, language, signals, today=today)
    client = llm_client() if isinstance(llm, _Configured) else llm
    if client is None or _skip_llm(conversation, signals) is not None:
        return offline
    articles = [m.article for m in kb.rank(message_text, language, limit=3)]
    if not articles and data is None:
        return offline  # nothing to ground an answer on
    attempt = llm_answer(
        client,
        articles=articles,
        tools=ToolExecutor(data) if data is not None else None,
        message_text=message_text,
        language=language,
        history=_history(session, conversation.id, message_text),
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
    session: Session,
    conversation: Conversation,
    message_text: str,
    language: str,
    signals: Signals | None = None,
    *,
    kb: KnowledgeBase | None = None,
    backend: CustomerDataBackend | None = None,
    llm: LLMClient | _Configured | None = CONFIGURED,
    today: date | None = None,
) -> BotAnswer | None:
    """The grounded answer, or None (then the rules escalate: "bot could not answer")."""
    attempt = try_answer(
        session, conversation, message_text, language, signals,
        kb=kb, backend=backend, llm=llm, today=today,
    )  # fmt: skip
    return attempt.answer
