"""A real HTTP server that answers like the OpenAI Chat Completions API, for tests.

The real `openai` client talks to it over TCP on 127.0.0.1, so its timeouts, retries and
response parsing are exercised. Every request is recorded. Each test scripts what the server
does next:

    with FakeOpenAI() as fake:
        fake.script(fake_openai.error(500), fake_openai.text("Hello"))
        ...  # the first request gets a 500, the second "Hello", later ones the default
        assert fake.request_count == 2

Behaviours are consumed one per request; when the script is empty, `fake.default` answers.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

COMPLETIONS_PATH = "/v1/chat/completions"


@dataclass(frozen=True)
class Behaviour:
    """What the server does with one request."""

    status: int = 200
    message: dict[str, Any] | None = None  # the assistant message of a 200 answer
    finish_reason: str = "stop"
    raw_body: bytes | None = None  # sent as is instead of a built answer
    delay_s: float = 0.0  # before answering (a slow or hung server)
    headers: dict[str, str] = field(default_factory=dict)
    prompt_tokens: int | None = None  # default: a rough count of the request
    completion_tokens: int | None = None  # default: a rough count of the answer


def text(
    content: str,
    *,
    prompt_tokens: int | None = None,
    completion_tokens: int | None = None,
    delay_s: float = 0.0,
) -> Behaviour:
    return Behaviour(
        message={"role": "assistant", "content": content, "refusal": None},
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        delay_s=delay_s,
    )


def json_content(value: Any, **kwargs: Any) -> Behaviour:
    """An answer whose content is `value` as JSON (what structured output returns)."""
    return text(json.dumps(value), **kwargs)


def tool_call(name: str, arguments: dict[str, Any] | str, **kwargs: Any) -> Behaviour:
    args = arguments if isinstance(arguments, str) else json.dumps(arguments)
    call = {
        "id": f"call_{uuid.uuid4().hex[:24]}",
        "type": "function",
        "function": {"name": name, "arguments": args},
    }
    return Behaviour(
        message={"role": "assistant", "content": None, "refusal": None, "tool_calls": [call]},
        finish_reason="tool_calls",
        **kwargs,
    )


def error(status: int, *, retry_after_ms: int | None = None, delay_s: float = 0.0) -> Behaviour:
    """An API error in the real shape; `retry_after_ms` sets the header the SDK honours."""
    headers = {} if retry_after_ms is None else {"retry-after-ms": str(retry_after_ms)}
    kind = "rate_limit_exceeded" if status == 429 else "server_error"
    body = {"error": {"message": f"fake {status}", "type": kind, "param": None, "code": None}}
    return Behaviour(
        status=status, raw_body=json.dumps(body).encode(), headers=headers, delay_s=delay_s
    )


def malformed_body() -> Behaviour:
    """A 200 whose body is not JSON at all."""
    return Behaviour(raw_body=b'{"id": "chatcmpl-broken", "choices": [')


def slow(delay_s: float, then: Behaviour | None = None) -> Behaviour:
    base = then or text("too late")
    return Behaviour(**{**base.__dict__, "delay_s": delay_s})


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    raw: bytes
    body: Any  # parsed JSON, or None when the body was not JSON
    received_at: float

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", [])) if isinstance(self.body, dict) else []


class FakeOpenAI:
    def __init__(self, default: Behaviour | None = None) -> None:
        self.default = default or text("OK")
        self.requests: list[RecordedRequest] = []
        self._script: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # Scripting and inspection.

    def script(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._script.extend(behaviours)

    @property
    def request_count(self) -> int:
        with self._lock:
            return len(self.requests)

    @property
    def completion_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == COMPLETIONS_PATH]

    def raw_traffic(self) -> bytes:
        """Every byte of every request body received, to assert what never reached it."""
        with self._lock:
            return b"\n".join(r.raw for r in self.requests)

    @property
    def base_url(self) -> str:
        assert self._server is not None, "use FakeOpenAI as a context manager"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    # Lifecycle.

    def __enter__(self) -> FakeOpenAI:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stopping.set()  # wakes handlers that are sleeping in a delay
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # Called by the handler.

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _next_behaviour(self) -> Behaviour:
        with self._lock:
            return self._script.popleft() if self._script else self.default

    def _sleep(self, seconds: float) -> None:
        self._stopping.wait(seconds)


def _handler_for(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the SDK's connection pool expects
        timeout = 10  # idle keep-alive connections end

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                body: Any = json.loads(raw)
            except ValueError:
                body = None
            recorded = RecordedRequest(
                method="POST",
                path=self.path,
                headers={k.lower(): v for k, v in self.headers.items()},
                raw=raw,
                body=body,
                received_at=time.monotonic(),
            )
            fake._record(recorded)
            if self.path != COMPLETIONS_PATH:
                self._send_error(404, f"unknown path {self.path}")
                return
            if not (self.headers.get("Authorization") or "").startswith("Bearer "):
                self._send_error(401, "missing API key")
                return
            if not isinstance(body, dict) or "model" not in body or "messages" not in body:
                self._send_error(400, "model and messages are required")
                return
            behaviour = fake._next_behaviour()
            if behaviour.delay_s:
                fake._sleep(behaviour.delay_s)
            if behaviour.raw_body is not None:
                self._send(behaviour.status, behaviour.raw_body, behaviour.headers)
                return
            answer = _completion(body, behaviour)
            self._send(behaviour.status, json.dumps(answer).encode(), behaviour.headers)

        def _send_error(self, status: int, message: str) -> None:
            body = {"error": {"message": message, "type": "invalid_request_error"}}
            self._send(status, json.dumps(body).encode(), {})

        def _send(self, status: int, payload: bytes, headers: dict[str, str]) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("x-request-id", f"req_{uuid.uuid4().hex[:16]}")
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client gave up (its timeout)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def _completion(request: dict[str, Any], behaviour: Behaviour) -> dict[str, Any]:
    message = behaviour.message or {"role": "assistant", "content": "OK", "refusal": None}
    prompt = behaviour.prompt_tokens
    if prompt is None:
        prompt = max(1, len(json.dumps(request.get("messages", []))) // 4)
    completion = behaviour.completion_tokens
    if completion is None:
        completion = max(1, len(json.dumps(message)) // 4)
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "unknown"),
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": behaviour.finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        },
        "system_fingerprint": "fp_fake",
    }
