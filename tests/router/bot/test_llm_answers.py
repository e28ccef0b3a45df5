"""LLM answers against a real HTTP server speaking the OpenAI API: tools, citations and
every way the LLM can fail (the customer then gets the offline answer)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from escalation.rules.signals import Signals
from router.bot.answers import Asking, try_answer
from router.bot.attempts import AnswerAttempt
from router.bot.llm_answer import parse_reply
from tests.support import fake_openai
from tests.support.fake_openai import FakeOpenAI

SHOWCASE = "demo-customer-0"
CARD = "4111 1111 1111 1111"


@pytest.fixture
def fake(fake_llm: FakeOpenAI, today: date) -> FakeOpenAI:
    return fake_llm  # after `today`: the demo customers are seeded first


def _ask(
    text: str, language: str = "en", customer_ref: str | None = SHOWCASE, **kw: Any
) -> AnswerAttempt:
    return try_answer(Asking(customer_ref), text, language, **kw)


def _reply(answer: str | None, citations: list[str]) -> fake_openai.Behaviour:
    return fake_openai.json_content(
        {"answer": answer, "citations": citations}, prompt_tokens=200, completion_tokens=40
    )


def test_tool_calls_are_run_for_this_customer_and_a_cited_answer_is_sent(
    fake: FakeOpenAI,
) -> None:
    fake.script(
        fake_openai.tool_call(
            "get_refunds", {"order_number": "1042"}, prompt_tokens=150, completion_tokens=10
        ),
        _reply("Your refund of €59.95 is on its way.", ["tool:get_refunds:1042"]),
    )
    attempt = _ask("Where is my refund for order 1042?")
    assert attempt.answer is not None and attempt.answer.via == "llm"
    assert attempt.answer.text == "Your refund of €59.95 is on its way."
    assert attempt.answer.sources == ("tool:get_refunds:1042",)
    assert attempt.answer.article == "refund_status"  # what the rules and loop detection see
    assert attempt.usage.total_tokens == 400 and attempt.usage.calls == 2
    assert attempt.usage.cost_usd > 0
    first, second = fake.completion_requests
    assert {t["function"]["name"] for t in first.body["tools"]} >= {"get_refunds", "get_payments"}
    assert "[article:refund_status]" in first.messages[0]["content"]
    tool_message = second.messages[-1]
    assert tool_message["role"] == "tool"
    result = json.loads(tool_message["content"])
    assert result["citation"] == "tool:get_refunds:1042"
    assert result["refunds"][0]["amount"] == "59.95 EUR"
    assert result["refunds"][0]["status"] == "processing"
    assert second.messages[-2]["tool_calls"][0]["function"]["name"] == "get_refunds"


def test_a_tool_call_for_another_customers_order_finds_nothing(fake: FakeOpenAI) -> None:
    fake.script(
        fake_openai.tool_call("get_refunds", {"order_number": "1042", "customer_ref": SHOWCASE}),
        _reply("I can't find order 1042.", ["tool:get_refunds:1042"]),
    )
    attempt = _ask("Where is my refund for order 1042?", customer_ref="demo-customer-1")
    assert attempt.answer is not None
    result = json.loads(fake.completion_requests[1].messages[-1]["content"])
    assert result["found"] is False
    assert b"59.95" not in fake.raw_traffic()


def test_an_answer_citing_an_article_is_accepted(fake: FakeOpenAI) -> None:
    fake.script(fake_openai.text("Open the purchase in the app [article:return_item]."))
    attempt = _ask("How do I return an item?", customer_ref=None)
    assert attempt.answer is not None and attempt.answer.via == "llm"
    assert attempt.answer.text == "Open the purchase in the app."
    assert attempt.answer.article == "return_item"
    assert "tools" not in fake.completion_requests[0].body  # no customer: no tools


@pytest.mark.parametrize(
    "reply",
    [
        _reply("Your refund arrives tomorrow.", []),
        _reply("Your refund arrives tomorrow.", ["tool:get_refunds:1042"]),  # never called
        _reply("Your refund arrives tomorrow.", ["article:refund_status", "article:made-up"]),
        _reply(None, []),
        fake_openai.text("Your refund arrives tomorrow."),
    ],
    ids=["no-citation", "uncalled-tool", "unknown-article", "no-answer", "plain-text"],
)
def test_an_uncited_answer_is_not_sent(fake: FakeOpenAI, reply: fake_openai.Behaviour) -> None:
    fake.script(reply)
    attempt = _ask("Where is my refund for order 1042?")
    assert attempt.answer is not None and attempt.answer.via == "offline"
    assert attempt.answer.text.startswith("Your refund of €59.95 for order 1042 is on its way")
    assert attempt.reason and "offline answer used" in attempt.reason
    assert attempt.usage.calls == 1


@pytest.mark.parametrize(
    "behaviour",
    [
        fake_openai.slow(3.0, _reply("too late", ["article:refund_status"])),
        fake_openai.error(500),
        fake_openai.malformed_body(),
        fake_openai.tool_call("get_refunds", "{not json"),
    ],
    ids=["slow", "500", "malformed-body", "malformed-tool-arguments"],
)
def test_a_failing_llm_gives_the_offline_answer(
    fake: FakeOpenAI, behaviour: fake_openai.Behaviour
) -> None:
    fake.default = behaviour
    attempt = _ask("Wann ist meine nächste Rate fällig?", "de")
    assert attempt.answer is not None and attempt.answer.via == "offline"
    assert attempt.answer.text.startswith("Deine nächste Rate über 49,90 €")
    assert attempt.reason and attempt.reason.startswith("llm unavailable")
    assert fake.request_count >= 1


def test_a_failing_llm_and_no_offline_answer_means_a_person(fake: FakeOpenAI) -> None:
    fake.default = fake_openai.error(500)
    attempt = _ask("xq zvbn wqpl")
    assert attempt.answer is None and attempt.reason


def test_endless_tool_calls_fall_back(fake: FakeOpenAI) -> None:
    fake.default = fake_openai.tool_call("list_orders", {})
    attempt = _ask("Where is my refund for order 1042?")
    assert attempt.answer is not None and attempt.answer.via == "offline"
    assert attempt.reason and "still calling tools" in attempt.reason
    assert attempt.usage.calls == 4


def test_a_card_number_never_reaches_the_llm(fake: FakeOpenAI) -> None:
    fake.script(_reply("Refunds go back to the card you paid with.", ["article:refund_status"]))
    attempt = _ask(f"Where is my refund for order 1042? I paid with {CARD}")
    assert attempt.answer is not None and attempt.answer.via == "llm"
    traffic = fake.raw_traffic()
    assert CARD.encode() not in traffic and CARD.replace(" ", "").encode() not in traffic
    assert b"[card number]" in traffic and b"1042" in traffic


def test_no_llm_call_when_the_message_goes_to_a_person(fake: FakeOpenAI) -> None:
    signals = Signals(
        language="en",
        language_confidence=1.0,
        human_request=True,
        human_request_phrase="human",
        human_requests=1,
        bot_turns=0,
        answer_article=None,
        answer_confidence=0.0,
        bot_serves_language=True,
        conversation_status="bot",
    )
    _ask("I want a human about my refund", signals=signals)
    assert fake.request_count == 0


def test_parse_reply() -> None:
    assert parse_reply('```json\n{"answer": "Hi", "citations": ["article:a"]}\n```') == (
        "Hi",
        ["article:a"],
    )
    assert parse_reply("Paid on 3 May [tool:get_payments:1017].") == (
        "Paid on 3 May.",
        ["tool:get_payments:1017"],
    )
    assert parse_reply('{"answer": 5, "citations": "x"}') == (None, [])
