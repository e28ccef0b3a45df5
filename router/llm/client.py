"""A thin wrapper over the official `openai` client for any OpenAI-compatible endpoint.

What it adds: explicit timeouts and retries, a circuit breaker, redaction of personal data in
every message it sends, token and cost accounting, and one failure type: whatever goes wrong
(timeout, 5xx or 429 after the retries, connection error, malformed output, breaker open)
raises `LLMUnavailable`, so callers fall back to the local path and the customer never waits
on silence. `llm_client()` returns None when no LLM is configured: nothing changes then.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import openai
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.errors import RelaydeskError
from core.settings import get_settings
from router.llm.breaker import CircuitBreaker
from router.llm.redaction import redact_messages

# A local OpenAI-compatible server (OPENAI_BASE_URL alone) needs no key, but the client
# insists on one.
_PLACEHOLDER_API_KEY = "relaydesk-no-key"


@dataclass(frozen=True, slots=True)
class ModelPrice:
    """US dollars per million tokens."""

    input_per_mtok: float
    output_per_mtok: float


# List prices in USD per million tokens (input, output) when this table was written. They
# change; operators override or extend them with RELAYDESK_LLM_PRICES, a JSON object such as
# {"my-model": [0.2, 0.8]}. A model that is in neither has no cost estimate (cost_usd None).
DEFAULT_PRICES: dict[str, ModelPrice] = {
    "gpt-4o-mini": ModelPrice(0.15, 0.60),
    "gpt-4o": ModelPrice(2.50, 10.00),
    "gpt-4.1-nano": ModelPrice(0.10, 0.40),
    "gpt-4.1-mini": ModelPrice(0.40, 1.60),
    "gpt-4.1": ModelPrice(2.00, 8.00),
}


class LLMSettings(BaseSettings):
    """The LLM's operational settings (endpoint, key and model are in `core.settings`)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    timeout_s: float = Field(default=10.0, gt=0, alias="RELAYDESK_LLM_TIMEOUT_S")
    max_retries: int = Field(default=1, ge=0, le=10, alias="RELAYDESK_LLM_MAX_RETRIES")
    breaker_failures: int = Field(default=5, ge=1, alias="RELAYDESK_LLM_BREAKER_FAILURES")
    breaker_cooldown_s: float = Field(default=30.0, ge=0, alias="RELAYDESK_LLM_BREAKER_COOLDOWN_S")
    prices: dict[str, tuple[float, float]] = Field(
        default_factory=dict, alias="RELAYDESK_LLM_PRICES"
    )


class LLMUnavailable(RelaydeskError):
    """The LLM gave no usable answer; `reason` says why. Callers fall back, never fail."""

    status_code = 503
    default_detail = "the language model is unavailable"

    def __init__(self, reason: str, detail: str | None = None) -> None:
        self.reason = reason
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass(frozen=True, slots=True)
class ToolCall:
    id: str
    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Usage:
    model: str
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None  # None: the model has no price in the table
    latency_s: float  # wall time of the call, retries included

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True, slots=True)
class LLMResult:
    text: str | None
    tool_calls: tuple[ToolCall, ...]
    parsed: Any  # the JSON content when a JSON response_format was asked for, else None
    finish_reason: str | None
    usage: Usage


def estimate_cost(
    model: str, prompt_tokens: int, completion_tokens: int, prices: Mapping[str, ModelPrice]
) -> float | None:
    """Cost in USD; a dated model name ("gpt-4o-mini-2024-07-18") uses its base's price."""
    price = prices.get(model)
    if price is None:
        prefixes = [name for name in prices if model.startswith(f"{name}-")]
        if not prefixes:
            return None
        price = prices[max(prefixes, key=len)]
    cost = prompt_tokens * price.input_per_mtok + completion_tokens * price.output_per_mtok
    return round(cost / 1_000_000, 8)


class LLMClient:
    """Chat completions with redaction, a breaker, and `LLMUnavailable` for every failure."""

    def __init__(
        self,
        *,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout_s: float = 10.0,
        max_retries: int = 1,
        breaker: CircuitBreaker | None = None,
        prices: Mapping[str, ModelPrice] | None = None,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.model = model
        self.breaker = breaker or CircuitBreaker()
        self.prices = dict(DEFAULT_PRICES if prices is None else prices)
        self._clock = clock
        self._openai = openai.OpenAI(
            api_key=api_key or _PLACEHOLDER_API_KEY,
            base_url=base_url,
            timeout=timeout_s,
            max_retries=max_retries,
        )

    def close(self) -> None:
        self._openai.close()

    def chat(
        self,
        messages: Sequence[Mapping[str, Any]],
        *,
        tools: Sequence[Mapping[str, Any]] | None = None,
        response_format: Mapping[str, Any] | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
    ) -> LLMResult:
        """One chat completion. Every message content is redacted before it is sent."""
        if not self.breaker.allow():
            raise LLMUnavailable("breaker_open", f"retry in {self.breaker.retry_after_s():.1f} s")
        request: dict[str, Any] = {"model": self.model, "messages": redact_messages(messages)}
        if tools:
            request["tools"] = [dict(tool) for tool in tools]
        if response_format is not None:
            request["response_format"] = dict(response_format)
        if temperature is not None:
            request["temperature"] = temperature
        if max_tokens is not None:
            request["max_tokens"] = max_tokens
        started = self._clock()
        try:
            completion = self._openai.chat.completions.create(**request)
            result = self._result(completion, response_format, self._clock() - started)
        except LLMUnavailable:
            self.breaker.record_failure()
            raise
        except openai.APITimeoutError as exc:
            self.breaker.record_failure()
            raise LLMUnavailable("timeout", str(exc)) from exc
        except openai.APIConnectionError as exc:
            self.breaker.record_failure()
            raise LLMUnavailable("connection_error", str(exc)) from exc
        except openai.APIStatusError as exc:
            self.breaker.record_failure()
            raise LLMUnavailable(f"http_{exc.status_code}", _short(exc.message)) from exc
        except (openai.OpenAIError, ValueError, TypeError, AttributeError) as exc:
            # APIResponseValidationError, or a body the SDK could not make sense of.
            self.breaker.record_failure()
            raise LLMUnavailable("malformed_response", _short(str(exc))) from exc
        self.breaker.record_success()
        return result

    def _result(
        self, completion: Any, response_format: Mapping[str, Any] | None, latency_s: float
    ) -> LLMResult:
        choices = getattr(completion, "choices", None)
        if not choices:
            raise LLMUnavailable("malformed_response", "no choices in the response")
        choice = choices[0]
        message = choice.message
        text = message.content if isinstance(message.content, str) else None
        refusal = getattr(message, "refusal", None)
        if text is None and refusal:
            raise LLMUnavailable("refusal", _short(str(refusal)))
        tool_calls = tuple(_tool_call(call) for call in (message.tool_calls or ()))
        parsed: Any = None
        if response_format is not None and response_format.get("type") in (
            "json_schema",
            "json_object",
        ):
            if text is None:
                raise LLMUnavailable("malformed_output", "no content where JSON was asked for")
            try:
                parsed = json.loads(text)
            except json.JSONDecodeError as exc:
                raise LLMUnavailable("malformed_output", f"content is not JSON: {exc}") from exc
        elif text is None and not tool_calls:
            raise LLMUnavailable("malformed_output", "neither content nor tool calls")
        usage = getattr(completion, "usage", None)
        prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
        completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
        model = str(getattr(completion, "model", None) or self.model)
        cost = estimate_cost(self.model, prompt_tokens, completion_tokens, self.prices)
        if cost is None:
            cost = estimate_cost(model, prompt_tokens, completion_tokens, self.prices)
        return LLMResult(
            text=text,
            tool_calls=tool_calls,
            parsed=parsed,
            finish_reason=getattr(choice, "finish_reason", None),
            usage=Usage(model, prompt_tokens, completion_tokens, cost, round(latency_s, 4)),
        )


def _tool_call(call: Any) -> ToolCall:
    function = getattr(call, "function", None)
    if function is None:
        raise LLMUnavailable("malformed_output", f"unsupported tool call type {call.type!r}")
    try:
        arguments = json.loads(function.arguments or "{}")
    except json.JSONDecodeError as exc:
        raise LLMUnavailable("malformed_output", f"tool call arguments: {exc}") from exc
    if not isinstance(arguments, dict):
        raise LLMUnavailable("malformed_output", "tool call arguments are not an object")
    return ToolCall(id=str(call.id), name=str(function.name), arguments=arguments)


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else f"{text[:limit]}..."


@lru_cache(maxsize=1)
def get_llm_settings() -> LLMSettings:
    return LLMSettings()


_lock = threading.Lock()
_cached: tuple[tuple[Any, ...], LLMClient] | None = None


def llm_client() -> LLMClient | None:
    """The process's LLM client, or None when no LLM is configured.

    One client per configuration, so its breaker sees every call the process makes.
    """
    global _cached
    settings = get_settings()
    if not settings.llm_configured:
        return None
    llm = get_llm_settings()
    api_key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    key = (settings.openai_base_url, api_key, settings.openai_model, llm.model_dump_json())
    with _lock:
        if _cached is not None and _cached[0] == key:
            return _cached[1]
        prices = dict(DEFAULT_PRICES)
        prices.update({name: ModelPrice(*price) for name, price in llm.prices.items()})
        client = LLMClient(
            model=settings.openai_model,
            base_url=settings.openai_base_url,
            api_key=api_key,
            timeout_s=llm.timeout_s,
            max_retries=llm.max_retries,
            breaker=CircuitBreaker(
                failure_threshold=llm.breaker_failures, cooldown_s=llm.breaker_cooldown_s
            ),
            prices=prices,
        )
        if _cached is not None:
            _cached[1].close()
        _cached = (key, client)
        return client


def reset_llm_client() -> None:
    """Forget the cached client and settings (tests and the CLI change the environment)."""
    global _cached
    with _lock:
        if _cached is not None:
            _cached[1].close()
        _cached = None
    get_llm_settings.cache_clear()
