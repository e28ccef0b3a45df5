"""The LLM's second opinion, against a real HTTP server that speaks the Chat Completions API."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from router.classification.llm_classifier import (
    OUT_OF_SCOPE,
    RISK_TOPICS,
    LocalClassification,
    classify_with_llm,
    response_format,
    should_ask_llm,
)
from router.llm.breaker import CircuitBreaker
from router.llm.client import LLMClient
from tests.support import fake_openai
from tests.support.fake_openai import FakeOpenAI

LABELS = ["refund_status", "payment_due_date", "lost_or_stolen_card", "return_item"]
CARD = "4111 1111 1111 1111"
IBAN = "DE89 3704 0044 0532 0130 00"
EMAIL = "anna.schmidt@example.com"

UNSURE = LocalClassification("en", "refund_status", confidence=0.3, human_request=False)
SURE = LocalClassification("en", "refund_status", confidence=0.95, human_request=False)


def valid_output(**overrides: Any) -> dict[str, Any]:
    return {
        "intent": "lost_or_stolen_card",
        "confidence": 0.88,
        "human_request": False,
        "frustration": 0.6,
        "risk_topics": ["stolen_card"],
        "summary": "Customer's card was stolen and\nthere is an unknown charge.",
        **overrides,
    }


TRANSCRIPT = [
    ("customer", "Hi, there is a charge I don't recognise"),
    ("bot", "I can help with payments. Which order is it about?"),
    ("customer", f"It's not an order, my card {CARD} was stolen yesterday"),
]


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def client(fake: FakeOpenAI) -> Iterator[LLMClient]:
    llm = LLMClient(
        model="gpt-4o-mini",
        base_url=fake.base_url,
        api_key="test-key",
        timeout_s=0.5,
        max_retries=1,
        breaker=CircuitBreaker(failure_threshold=3, cooldown_s=60),
    )
    yield llm
    llm.close()


# When to ask.


@pytest.mark.parametrize(
    ("local", "customer_turns", "expected"),
    [
        (SURE, 1, False),
        (SURE, 2, False),
        (SURE, 3, True),  # a longer conversation: context the local models do not see
        (UNSURE, 1, True),
        (LocalClassification("en", "refund_status", 0.6, False), 1, False),
        (LocalClassification("en", "refund_status", 0.59, False), 1, True),
        (LocalClassification("en", None, 0.2, False), 1, True),  # out of scope
        (LocalClassification("en", OUT_OF_SCOPE, 0.9, False), 1, True),
        (LocalClassification("de", None, 0.2, True), 5, False),  # a person is asked for
    ],
)
def test_should_ask_llm(local: LocalClassification, customer_turns: int, expected: bool) -> None:
    transcript = []
    for i in range(customer_turns):
        transcript += [("customer", f"message {i}"), ("bot", "answer"), ("system", "note")]
    assert should_ask_llm(local, transcript) is expected


# Structured output.


def test_structured_output_round_trip(fake: FakeOpenAI, client: LLMClient) -> None:
    fake.script(fake_openai.json_content(valid_output(), prompt_tokens=800, completion_tokens=60))
    result = classify_with_llm(client, TRANSCRIPT, UNSURE, labels=LABELS)
    assert result is not None
    assert result.intent == "lost_or_stolen_card"
    assert result.confidence == pytest.approx(0.88)
    assert result.human_request is False
    assert result.frustration == pytest.approx(0.6)
    assert result.risk_topics == ("stolen_card",)
    assert result.summary == "Customer's card was stolen and there is an unknown charge."
    assert (result.usage.prompt_tokens, result.usage.completion_tokens) == (800, 60)
    assert result.usage.cost_usd == pytest.approx(800 * 0.15e-6 + 60 * 0.60e-6)

    [request] = fake.completion_requests
    fmt = request.body["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert schema["properties"]["intent"]["enum"] == [*LABELS, OUT_OF_SCOPE]
    assert schema["properties"]["risk_topics"]["items"]["enum"] == list(RISK_TOPICS)
    assert set(schema["required"]) == set(schema["properties"])
    system, user = request.messages
    assert system["role"] == "system" and "lost_or_stolen_card" in system["content"]
    assert user["role"] == "user"
    assert "charge I don't recognise" in user["content"]
    assert "was stolen yesterday" in user["content"]


def test_out_of_scope_from_the_llm_means_no_intent(fake: FakeOpenAI, client: LLMClient) -> None:
    fake.script(fake_openai.json_content(valid_output(intent=OUT_OF_SCOPE, risk_topics=[])))
    result = classify_with_llm(client, TRANSCRIPT, UNSURE, labels=LABELS)
    assert result is not None
    assert result.intent is None
    assert result.risk_topics == ()


def test_labels_default_to_the_local_intent_model(fake: FakeOpenAI, client: LLMClient) -> None:
    from router.classification.intent_store import get_intent_model

    label = get_intent_model().labels[0]
    fake.script(fake_openai.json_content(valid_output(intent=label, risk_topics=[])))
    result = classify_with_llm(client, TRANSCRIPT, UNSURE)
    assert result is not None and result.intent == label
    enum = fake.completion_requests[0].body["response_format"]["json_schema"]["schema"]
    assert label in enum["properties"]["intent"]["enum"]


def test_only_the_latest_turns_are_sent(fake: FakeOpenAI, client: LLMClient) -> None:
    fake.script(fake_openai.json_content(valid_output()))
    transcript = [("customer", f"turn number {i}") for i in range(30)]
    assert classify_with_llm(client, transcript, UNSURE, labels=LABELS) is not None
    content = fake.completion_requests[0].messages[1]["content"]
    assert "turn number 29" in content and "turn number 17" not in content


def test_empty_transcript_asks_nothing(fake: FakeOpenAI, client: LLMClient) -> None:
    assert classify_with_llm(client, [], UNSURE, labels=LABELS) is None
    assert fake.request_count == 0


# Invalid output: the local result stands.


@pytest.mark.parametrize(
    "behaviour",
    [
        fake_openai.json_content(valid_output(intent="buy_a_yacht")),  # not a label
        fake_openai.json_content(valid_output(confidence=1.5)),
        fake_openai.json_content(valid_output(frustration=-0.1)),
        fake_openai.json_content(valid_output(risk_topics=["aliens"])),
        fake_openai.json_content(valid_output(summary="   ")),
        fake_openai.json_content(valid_output(extra="field")),
        fake_openai.json_content({k: v for k, v in valid_output().items() if k != "intent"}),
        fake_openai.json_content(["not", "an", "object"]),
        fake_openai.text("Sure! The intent is lost_or_stolen_card."),  # prose, not JSON
        fake_openai.text(json.dumps(valid_output())[:-10]),  # cut off
        fake_openai.malformed_body(),
        fake_openai.tool_call("lookup_order", {"order_id": "1"}),  # no content at all
    ],
    ids=[
        "unknown-intent",
        "confidence-above-1",
        "negative-frustration",
        "unknown-risk",
        "blank-summary",
        "extra-field",
        "missing-field",
        "array",
        "prose",
        "truncated",
        "broken-body",
        "tool-call",
    ],
)
def test_invalid_output_leaves_the_local_result(
    fake: FakeOpenAI, client: LLMClient, behaviour: fake_openai.Behaviour
) -> None:
    fake.script(behaviour)
    assert classify_with_llm(client, TRANSCRIPT, UNSURE, labels=LABELS) is None
    assert fake.request_count == 1  # malformed output is not retried


def test_server_errors_leave_the_local_result(fake: FakeOpenAI, client: LLMClient) -> None:
    fake.default = fake_openai.error(500, retry_after_ms=10)
    assert classify_with_llm(client, TRANSCRIPT, UNSURE, labels=LABELS) is None
    assert fake.request_count == 2  # one retry


def test_slow_server_leaves_the_local_result_quickly(fake: FakeOpenAI) -> None:
    fake.default = fake_openai.slow(5.0, fake_openai.json_content(valid_output()))
    llm = LLMClient(model="gpt-4o-mini", base_url=fake.base_url, timeout_s=0.5, max_retries=0)
    try:
        started = time.monotonic()
        assert classify_with_llm(llm, TRANSCRIPT, UNSURE, labels=LABELS) is None
        assert time.monotonic() - started < 1.5
    finally:
        llm.close()


def test_open_breaker_answers_none_without_asking(fake: FakeOpenAI, client: LLMClient) -> None:
    fake.default = fake_openai.error(503, retry_after_ms=10)
    for _ in range(3):
        assert classify_with_llm(client, TRANSCRIPT, UNSURE, labels=LABELS) is None
    asked = fake.request_count
    assert asked == 6  # three calls, each with one retry
    fake.default = fake_openai.json_content(valid_output())
    started = time.monotonic()
    assert classify_with_llm(client, TRANSCRIPT, UNSURE, labels=LABELS) is None
    assert time.monotonic() - started < 0.05
    assert fake.request_count == asked


# Personal data.


def test_customer_personal_data_never_reaches_the_llm(fake: FakeOpenAI, client: LLMClient) -> None:
    fake.script(fake_openai.json_content(valid_output()))
    transcript = [
        *TRANSCRIPT,
        ("customer", f"Refund it to {IBAN} and write to {EMAIL}"),
        ("agent", f"Noted, card ending {CARD[-4:]}"),
    ]
    assert classify_with_llm(client, transcript, UNSURE, labels=LABELS) is not None
    traffic = fake.raw_traffic().decode()
    for secret in (CARD, CARD.replace(" ", ""), IBAN, IBAN.replace(" ", ""), EMAIL):
        assert secret not in traffic
    assert "was stolen yesterday" in traffic


def test_a_card_number_cut_by_truncation_does_not_leak(fake: FakeOpenAI, client: LLMClient) -> None:
    fake.script(fake_openai.json_content(valid_output()))
    long_text = "x" * 990 + f" {CARD}"  # the cut at 1000 characters falls inside the number
    assert classify_with_llm(client, [("customer", long_text)], UNSURE, labels=LABELS)
    assert "4111 1111" not in fake.raw_traffic().decode()


def test_response_format_lists_every_label() -> None:
    fmt = response_format(["a", "b"])
    assert fmt["json_schema"]["schema"]["properties"]["intent"]["enum"] == ["a", "b", OUT_OF_SCOPE]
    assert fmt["json_schema"]["schema"]["additionalProperties"] is False
