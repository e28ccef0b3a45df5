"""LLMClient against a real HTTP server that speaks the Chat Completions API."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from core.settings import reset_settings
from router.llm.breaker import BreakerState, CircuitBreaker
from router.llm.client import (
    LLMClient,
    LLMUnavailable,
    ModelPrice,
    estimate_cost,
    llm_client,
    reset_llm_client,
)
from tests.support import fake_openai
from tests.support.fake_openai import FakeOpenAI
from tests.support.processes import free_port

CARD = "4111 1111 1111 1111"
IBAN = "DE89 3704 0044 0532 0130 00"
EMAIL = "anna.schmidt@example.com"
PHONE = "+49 170 1234567"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


MakeClient = Callable[..., LLMClient]


def state_of(breaker: CircuitBreaker) -> BreakerState:
    return breaker.state  # a call, so mypy does not narrow the property between asserts


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def make_client(fake: FakeOpenAI) -> Iterator[MakeClient]:
    clients: list[LLMClient] = []

    def make(**kwargs: Any) -> LLMClient:
        options: dict[str, Any] = {
            "model": "gpt-4o-mini",
            "base_url": fake.base_url,
            "api_key": "test-key",
            "timeout_s": 2.0,
            "max_retries": 0,
            **kwargs,
        }
        client = LLMClient(**options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def ask(client: LLMClient, text: str = "Where is my refund?", **kwargs: Any) -> Any:
    return client.chat([{"role": "user", "content": text}], **kwargs)


# Round trips.


def test_text_answer_and_request_shape(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.script(fake_openai.text("Your refund is on its way."))
    result = ask(make_client())
    assert result.text == "Your refund is on its way."
    assert result.tool_calls == ()
    assert result.parsed is None
    assert result.finish_reason == "stop"
    [request] = fake.completion_requests
    assert request.headers["authorization"] == "Bearer test-key"
    assert request.body["model"] == "gpt-4o-mini"
    assert request.messages == [{"role": "user", "content": "Where is my refund?"}]
    assert "tools" not in request.body and "response_format" not in request.body


def test_structured_output_round_trip(fake: FakeOpenAI, make_client: MakeClient) -> None:
    answer = {"intent": "refund_status", "confidence": 0.9, "tags": ["a", "ü"]}
    fake.script(fake_openai.json_content(answer))
    response_format = {
        "type": "json_schema",
        "json_schema": {"name": "x", "strict": True, "schema": {"type": "object"}},
    }
    result = ask(make_client(), response_format=response_format)
    assert result.parsed == answer
    assert fake.completion_requests[0].body["response_format"] == response_format


def test_json_object_mode_parses_content(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.script(fake_openai.json_content([1, 2, 3]))
    result = ask(make_client(), response_format={"type": "json_object"})
    assert result.parsed == [1, 2, 3]


def test_tool_call_parsing(fake: FakeOpenAI, make_client: MakeClient) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "lookup_order",
                "description": "Look up one of the customer's orders",
                "parameters": {
                    "type": "object",
                    "properties": {"order_id": {"type": "string"}},
                    "required": ["order_id"],
                },
            },
        }
    ]
    fake.script(fake_openai.tool_call("lookup_order", {"order_id": "1042"}))
    result = ask(make_client(), "Where is order 1042?", tools=tools)
    assert result.text is None
    assert result.finish_reason == "tool_calls"
    [call] = result.tool_calls
    assert call.name == "lookup_order"
    assert call.arguments == {"order_id": "1042"}
    assert call.id.startswith("call_")
    assert fake.completion_requests[0].body["tools"] == tools


def test_tool_call_with_broken_arguments_is_unavailable(
    fake: FakeOpenAI, make_client: MakeClient
) -> None:
    fake.script(fake_openai.tool_call("lookup_order", '{"order_id": "10'))
    with pytest.raises(LLMUnavailable) as caught:
        ask(make_client())
    assert caught.value.reason == "malformed_output"


# Tokens and cost.


def test_token_and_cost_accounting(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.script(fake_openai.text("ok", prompt_tokens=1200, completion_tokens=300))
    usage = ask(make_client()).usage
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (1200, 300, 1500)
    # gpt-4o-mini: 0.15 USD per million input tokens, 0.60 per million output tokens.
    assert usage.cost_usd == pytest.approx(1200 * 0.15e-6 + 300 * 0.60e-6)
    assert usage.model == "gpt-4o-mini"
    assert 0 < usage.latency_s < 2


def test_cost_of_unpriced_and_configured_models(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.script(fake_openai.text("ok", prompt_tokens=10, completion_tokens=10))
    assert ask(make_client(model="local-llama")).usage.cost_usd is None
    fake.script(fake_openai.text("ok", prompt_tokens=1_000_000, completion_tokens=500_000))
    client = make_client(model="local-llama", prices={"local-llama": ModelPrice(1.0, 2.0)})
    assert ask(client).usage.cost_usd == pytest.approx(2.0)


def test_dated_model_names_use_their_base_price() -> None:
    prices = {"gpt-4o": ModelPrice(2.5, 10.0), "gpt-4o-mini": ModelPrice(0.15, 0.6)}
    assert estimate_cost("gpt-4o-mini-2024-07-18", 1_000_000, 0, prices) == pytest.approx(0.15)
    assert estimate_cost("gpt-4o-2024-08-06", 0, 1_000_000, prices) == pytest.approx(10.0)
    assert estimate_cost("gpt-4", 1, 1, prices) is None


# Failures become LLMUnavailable, quickly.


def test_slow_server_times_out_quickly(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.script(fake_openai.slow(5.0))
    client = make_client(timeout_s=0.5, max_retries=0)
    started = time.monotonic()
    with pytest.raises(LLMUnavailable) as caught:
        ask(client)
    elapsed = time.monotonic() - started
    assert caught.value.reason == "timeout"
    assert 0.4 < elapsed < 1.5
    assert fake.request_count == 1


def test_timeout_is_retried_within_a_bound(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.script(fake_openai.slow(5.0), fake_openai.slow(5.0))
    client = make_client(timeout_s=0.5, max_retries=1)
    started = time.monotonic()
    with pytest.raises(LLMUnavailable) as caught:
        ask(client)
    assert caught.value.reason == "timeout"
    # Two attempts of 0.5 s plus one back-off; without the timeout one attempt alone takes 5 s
    # (the bound leaves room for a loaded machine).
    assert time.monotonic() - started < 4.5
    assert fake.request_count == 2


def test_server_errors_are_retried_then_unavailable(
    fake: FakeOpenAI, make_client: MakeClient
) -> None:
    fake.default = fake_openai.error(500, retry_after_ms=10)
    with pytest.raises(LLMUnavailable) as caught:
        ask(make_client(max_retries=2))
    assert caught.value.reason == "http_500"
    assert isinstance(caught.value.__cause__, Exception)
    requests = fake.completion_requests
    assert len(requests) == 3  # the first try and two retries
    assert [r.headers.get("x-stainless-retry-count") for r in requests] == ["0", "1", "2"]


def test_retry_after_a_500_succeeds_with_default_backoff(
    fake: FakeOpenAI, make_client: MakeClient
) -> None:
    fake.script(fake_openai.error(503), fake_openai.text("recovered"))
    started = time.monotonic()
    result = ask(make_client(max_retries=1))
    elapsed = time.monotonic() - started
    assert result.text == "recovered"
    assert fake.request_count == 2
    assert 0.3 < elapsed < 2.0  # the SDK's back-off: 0.5 s less up to 25 % jitter


def test_rate_limited_then_unavailable(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.default = fake_openai.error(429, retry_after_ms=10)
    with pytest.raises(LLMUnavailable) as caught:
        ask(make_client(max_retries=1))
    assert caught.value.reason == "http_429"
    assert fake.request_count == 2


def test_client_errors_are_not_retried(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.default = fake_openai.error(400)
    with pytest.raises(LLMUnavailable) as caught:
        ask(make_client(max_retries=2))
    assert caught.value.reason == "http_400"
    assert fake.request_count == 1


def test_connection_refused_is_unavailable() -> None:
    client = LLMClient(
        model="gpt-4o-mini",
        base_url=f"http://127.0.0.1:{free_port()}/v1",
        timeout_s=1.0,
        max_retries=0,
    )
    try:
        with pytest.raises(LLMUnavailable) as caught:
            ask(client)
    finally:
        client.close()
    assert caught.value.reason == "connection_error"
    assert caught.value.status_code == 503
    assert caught.value.to_dict()["error"] == "LLMUnavailable"


@pytest.mark.parametrize(
    "behaviour",
    [
        fake_openai.malformed_body(),
        fake_openai.Behaviour(raw_body=b'{"id": "chatcmpl-1", "object": "chat.completion"}'),
        fake_openai.Behaviour(raw_body=b"[]"),
        fake_openai.Behaviour(message={"role": "assistant", "content": None}),
        fake_openai.Behaviour(
            message={"role": "assistant", "content": None, "refusal": "I can't help with that."}
        ),
    ],
    ids=["not-json", "no-choices", "not-an-object", "empty-message", "refusal"],
)
def test_malformed_response_is_unavailable(
    fake: FakeOpenAI, make_client: MakeClient, behaviour: fake_openai.Behaviour
) -> None:
    fake.script(behaviour)
    with pytest.raises(LLMUnavailable) as caught:
        ask(make_client())
    assert caught.value.reason in {"malformed_response", "malformed_output", "refusal"}


def test_content_that_is_not_json_when_json_was_asked(
    fake: FakeOpenAI, make_client: MakeClient
) -> None:
    fake.script(fake_openai.text('{"intent": "refund_status", "confidence": '))
    with pytest.raises(LLMUnavailable) as caught:
        ask(make_client(), response_format={"type": "json_object"})
    assert caught.value.reason == "malformed_output"


# The circuit breaker, in the client.


def test_breaker_opens_and_fails_fast_without_contacting_the_server(
    fake: FakeOpenAI, make_client: MakeClient
) -> None:
    fake.default = fake_openai.error(500)
    clock = FakeClock()
    client = make_client(breaker=CircuitBreaker(failure_threshold=3, cooldown_s=30, clock=clock))
    for _ in range(3):
        with pytest.raises(LLMUnavailable) as caught:
            ask(client)
        assert caught.value.reason == "http_500"
    assert fake.request_count == 3
    assert state_of(client.breaker) is BreakerState.OPEN
    for _ in range(5):
        started = time.monotonic()
        with pytest.raises(LLMUnavailable) as caught:
            ask(client)
        assert caught.value.reason == "breaker_open"
        assert time.monotonic() - started < 0.05
    assert fake.request_count == 3  # nothing reached the server while open


def test_breaker_half_open_trial_recovers(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.script(*[fake_openai.error(500)] * 2)
    clock = FakeClock()
    client = make_client(breaker=CircuitBreaker(failure_threshold=2, cooldown_s=30, clock=clock))
    for _ in range(2):
        with pytest.raises(LLMUnavailable):
            ask(client)
    clock.advance(29)
    with pytest.raises(LLMUnavailable, match="breaker_open"):
        ask(client)
    assert fake.request_count == 2
    clock.advance(1)
    assert state_of(client.breaker) is BreakerState.HALF_OPEN
    assert ask(client).text == "OK"  # the trial reaches the server and succeeds
    assert state_of(client.breaker) is BreakerState.CLOSED
    assert ask(client).text == "OK"
    assert fake.request_count == 4


def test_breaker_failed_trial_opens_again(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.default = fake_openai.error(502)
    clock = FakeClock()
    client = make_client(breaker=CircuitBreaker(failure_threshold=1, cooldown_s=10, clock=clock))
    with pytest.raises(LLMUnavailable):
        ask(client)
    clock.advance(10)
    with pytest.raises(LLMUnavailable, match="http_502"):
        ask(client)  # the trial
    with pytest.raises(LLMUnavailable, match="breaker_open"):
        ask(client)
    assert fake.request_count == 2


def test_success_resets_the_failure_count(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.script(fake_openai.error(500), fake_openai.text("ok"), fake_openai.error(500))
    client = make_client(breaker=CircuitBreaker(failure_threshold=2, cooldown_s=30))
    with pytest.raises(LLMUnavailable):
        ask(client)
    ask(client)
    with pytest.raises(LLMUnavailable):
        ask(client)
    assert state_of(client.breaker) is BreakerState.CLOSED


# The breaker on its own (pure, with an injected clock).


def test_breaker_state_machine() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=3, cooldown_s=5, clock=clock)
    for _ in range(2):
        assert breaker.allow()
        breaker.record_failure()
    assert state_of(breaker) is BreakerState.CLOSED
    breaker.record_failure()
    assert state_of(breaker) is BreakerState.OPEN
    assert not breaker.allow()
    assert breaker.retry_after_s() == pytest.approx(5)
    clock.advance(5)
    assert state_of(breaker) is BreakerState.HALF_OPEN
    assert breaker.allow()  # the one trial
    assert not breaker.allow()  # no second caller while the trial is in flight
    breaker.record_success()
    assert state_of(breaker) is BreakerState.CLOSED
    assert breaker.consecutive_failures == 0
    assert breaker.retry_after_s() == 0


def test_breaker_lost_trial_expires() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(failure_threshold=1, cooldown_s=5, clock=clock)
    breaker.record_failure()
    clock.advance(5)
    assert breaker.allow()  # a trial whose caller never reports back
    clock.advance(4)
    assert not breaker.allow()
    clock.advance(1)
    assert breaker.allow()


def test_breaker_rejects_bad_configuration() -> None:
    with pytest.raises(ValueError):
        CircuitBreaker(failure_threshold=0)
    with pytest.raises(ValueError):
        CircuitBreaker(cooldown_s=-1)


# Redaction is enforced by the client for every message it sends.


def test_personal_data_never_reaches_the_server(fake: FakeOpenAI, make_client: MakeClient) -> None:
    tool_args = f'{{"email": "{EMAIL}"}}'
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": f"Customer on file: {EMAIL}, phone {PHONE}."},
        {"role": "user", "content": f"My card {CARD} was charged twice, refund to {IBAN}"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "find_customer", "arguments": tool_args},
                }
            ],
        },
        {
            "role": "tool",
            "tool_call_id": "call_1",
            "content": f'{{"card": "{CARD.replace(" ", "")}", "iban": "{IBAN}"}}',
        },
        {"role": "user", "content": [{"type": "text", "text": f"mail me at {EMAIL}"}]},
    ]
    make_client().chat(messages)
    traffic = fake.raw_traffic().decode()
    for secret in (CARD, CARD.replace(" ", ""), IBAN, IBAN.replace(" ", ""), EMAIL, PHONE):
        assert secret not in traffic
    assert "charged twice" in traffic  # the rest of the text is kept
    sent = fake.completion_requests[0].messages
    assert [m["role"] for m in sent] == ["system", "user", "assistant", "tool", "user"]
    assert sent[3]["tool_call_id"] == "call_1"
    assert messages[1]["content"] == f"My card {CARD} was charged twice, refund to {IBAN}"


def test_redaction_applies_on_retries_too(fake: FakeOpenAI, make_client: MakeClient) -> None:
    fake.script(fake_openai.error(500, retry_after_ms=10), fake_openai.text("ok"))
    ask(make_client(max_retries=1), f"card {CARD}")
    assert fake.request_count == 2
    assert CARD not in fake.raw_traffic().decode()


# Configuration.


@pytest.fixture
def llm_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[pytest.MonkeyPatch]:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env file here
    reset_settings()
    reset_llm_client()
    yield monkeypatch
    reset_llm_client()
    reset_settings()


def test_no_llm_configured_means_no_client(llm_env: pytest.MonkeyPatch) -> None:
    assert llm_client() is None


def test_llm_client_from_settings(llm_env: pytest.MonkeyPatch, fake: FakeOpenAI) -> None:
    llm_env.setenv("OPENAI_BASE_URL", fake.base_url)  # a local server: no key needed
    llm_env.setenv("OPENAI_MODEL", "local-model")
    llm_env.setenv("RELAYDESK_LLM_TIMEOUT_S", "0.5")
    llm_env.setenv("RELAYDESK_LLM_MAX_RETRIES", "0")
    llm_env.setenv("RELAYDESK_LLM_BREAKER_FAILURES", "2")
    llm_env.setenv("RELAYDESK_LLM_PRICES", '{"local-model": [1.0, 1.0]}')
    reset_settings()
    client = llm_client()
    assert client is not None
    assert llm_client() is client  # one client, so one breaker, per process
    fake.script(fake_openai.text("hi", prompt_tokens=500_000, completion_tokens=500_000))
    result = ask(client)
    assert result.text == "hi"
    assert result.usage.cost_usd == pytest.approx(1.0)
    assert fake.completion_requests[0].body["model"] == "local-model"
    assert client.breaker.failure_threshold == 2
    fake.script(fake_openai.slow(3.0))
    started = time.monotonic()
    with pytest.raises(LLMUnavailable, match="timeout"):
        ask(client)
    assert time.monotonic() - started < 1.5
