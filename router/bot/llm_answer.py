"""Answers written by the LLM, grounded in the retrieved articles and the customer's data.

The system prompt carries the best articles; the customer's data comes through tools
(function calling) run by a `ToolExecutor` bound to the conversation's customer. The model
must reply with JSON `{"answer": ..., "citations": [...]}` (inline markers such as
`[article:refunds]` are accepted too), and every citation must name an article it was given
or a tool result it received: an answer without one is not sent. Redaction, timeouts,
retries and the breaker are `LLMClient`'s; any failure is `LLMUnavailable` and the caller
falls back to the offline answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from core.languages import language_name
from router.bot.attempts import NO_USAGE, AnswerAttempt, BotAnswer, TokenUsage
from router.bot.knowledge import Article
from router.bot.tools import TOOLS, ToolExecutor
from router.llm.client import LLMClient, LLMUnavailable

MAX_ROUNDS = 4  # model calls per answer (tool rounds included)
MAX_ANSWER_CHARS = 2000
LLM_CONFIDENCE = 0.8  # a cited LLM answer
_MARKER = re.compile(r"\[((?:article|tool):[\w.:-]{1,80})\]")
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")

SYSTEM_PROMPT = """\
You are the customer-service assistant of a buy-now-pay-later service. Answer the customer's \
last message in {language} (language code "{code}"), briefly and kindly.

Rules:
- Use only the ARTICLES below and the results of your tools. The tools return this \
customer's own orders, payments, refunds and returns; call them when the question is about \
the customer's own data. Never guess amounts, dates or statuses.
- Reply with one JSON object and nothing else: \
{{"answer": "<your reply to the customer>", "citations": ["article:<id>", "tool:<name>:<key>"]}}
- Cite every article and tool result your answer rests on, exactly as labelled \
(tool results carry their "citation").
- If the articles and tools do not answer the question, reply {{"answer": null, "citations": []}}.
- Never ask for card numbers, passwords or one-time codes.

ARTICLES:
{articles}"""


def system_prompt(articles: Sequence[Article], language: str) -> str:
    listed = "\n\n".join(f"[article:{a.id}]\n{a.body}" for a in articles) or "(none)"
    return SYSTEM_PROMPT.format(language=language_name(language), code=language, articles=listed)


def parse_reply(content: str) -> tuple[str | None, list[str]]:
    """(answer text, citations) from the model's reply: JSON, or text with markers."""
    stripped = _FENCE.sub("", content.strip())
    try:
        value: Any = json.loads(stripped)
    except ValueError:
        value = None
    if isinstance(value, dict):
        answer = value.get("answer")
        citations = value.get("citations")
        if not isinstance(citations, list) or not all(isinstance(c, str) for c in citations):
            citations = []
        return (answer.strip() if isinstance(answer, str) else None), list(citations)
    citations = _MARKER.findall(content)
    text = re.sub(r"[ \t]+([.,;:!?])", r"\1", _MARKER.sub("", content))
    return re.sub(r"[ \t]{2,}", " ", text).strip() or None, citations


def _assistant_message(text: str | None, calls: Sequence[Any]) -> dict[str, Any]:
    return {
        "role": "assistant",
        "content": text,
        "tool_calls": [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.name, "arguments": json.dumps(call.arguments)},
            }
            for call in calls
        ],
    }


def llm_answer(
    client: LLMClient,
    *,
    articles: Sequence[Article],
    tools: ToolExecutor | None,
    message_text: str,
    language: str,
    history: Sequence[tuple[str, str]] = (),
) -> AnswerAttempt:
    """One grounded answer, or no answer with the reason; the usage of every call made."""
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": system_prompt(articles, language)}
    ]
    for author, text in history:
        messages.append({"role": "user" if author == "customer" else "assistant", "content": text})
    messages.append({"role": "user", "content": message_text})
    usage: TokenUsage = NO_USAGE
    for _ in range(MAX_ROUNDS):
        try:
            result = client.chat(messages, tools=TOOLS if tools is not None else None)
        except LLMUnavailable as exc:
            return AnswerAttempt(None, f"llm unavailable: {exc.reason}", usage)
        usage = usage.add(result.usage)
        if result.tool_calls:
            if tools is None:
                return AnswerAttempt(None, "llm called a tool it was not given", usage)
            messages.append(_assistant_message(result.text, result.tool_calls))
            for call in result.tool_calls:
                output = tools.run(call.name, call.arguments)
                messages.append({"role": "tool", "tool_call_id": call.id, "content": output})
            continue
        return _checked(result.text or "", articles, tools, language, usage)
    return AnswerAttempt(None, f"llm still calling tools after {MAX_ROUNDS} rounds", usage)


def _checked(
    content: str,
    articles: Sequence[Article],
    tools: ToolExecutor | None,
    language: str,
    usage: TokenUsage,
) -> AnswerAttempt:
    text, citations = parse_reply(content)
    if text is None:
        return AnswerAttempt(None, "llm found no answer in its sources", usage)
    if len(text) > MAX_ANSWER_CHARS:
        return AnswerAttempt(None, "llm answer too long", usage)
    valid = {f"article:{a.id}" for a in articles} | set(tools.citations if tools else ())
    cited = list(dict.fromkeys(citations))
    if not cited:
        return AnswerAttempt(None, "llm answer cites no source", usage)
    unknown = [c for c in cited if c not in valid]
    if unknown:
        return AnswerAttempt(None, f"llm answer cites unknown sources: {unknown[:3]}", usage)
    article = next((c.split(":", 1)[1] for c in cited if c.startswith("article:")), None)
    answer = BotAnswer(
        text=text,
        confidence=LLM_CONFIDENCE,
        sources=tuple(cited),
        article=article,
        language=language,
        via="llm",
    )
    return AnswerAttempt(answer, None, usage)
