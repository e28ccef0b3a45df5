"""Personal data never leaves for the LLM: every text in an outgoing chat request is redacted.

The detection itself (card numbers with a Luhn check, IBANs with the mod-97 check, e-mail
addresses, phone numbers) lives in `router.classification.pii`; this module applies it to the
shape of a Chat Completions request: string contents, lists of content parts, and the
arguments of tool calls echoed back in assistant messages. `LLMClient` calls it on every
request, so no caller can forget it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from router.classification.pii import redact


def redact_messages(messages: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A redacted copy of Chat Completions messages (system, user, assistant and tool)."""
    return [_redact_message(message) for message in messages]


def _redact_message(message: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(message)
    if "content" in out:
        out["content"] = _redact_content(out["content"])
    if out.get("tool_calls"):
        out["tool_calls"] = [_redact_tool_call(call) for call in out["tool_calls"]]
    return out


def _redact_content(content: Any) -> Any:
    if isinstance(content, str):
        return redact(content)
    if isinstance(content, Sequence) and not isinstance(content, bytes | bytearray):
        parts: list[Any] = []
        for part in content:
            if isinstance(part, Mapping) and isinstance(part.get("text"), str):
                part = {**part, "text": redact(part["text"])}
            parts.append(part)
        return parts
    return content


def _redact_tool_call(call: Any) -> Any:
    if not isinstance(call, Mapping):
        return call
    function = call.get("function")
    if isinstance(function, Mapping) and isinstance(function.get("arguments"), str):
        return {**call, "function": {**function, "arguments": redact(function["arguments"])}}
    return call
