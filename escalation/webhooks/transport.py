"""Sending one signed webhook over HTTP: the only place webhooks touch the network.

A short timeout, no redirects followed (a 3xx is a failed attempt, so a receiver cannot
bounce us to another host, e.g. a cloud metadata address), and the host's addresses are
checked before connecting (unless private networks are allowed).
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from escalation.webhooks.signing import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    signature_header,
)
from escalation.webhooks.urls import is_public_address

USER_AGENT = "Relaydesk-Webhooks/1"
MAX_ERROR_CHARS = 500


@dataclass(frozen=True)
class Outcome:
    ok: bool
    status_code: int | None = None
    error: str | None = None


def _resolves_to_private(host: str, port: int) -> bool:
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return any(not is_public_address(str(info[4][0])) for info in infos)


def send(
    url: str,
    secret: str,
    body: bytes,
    *,
    event: str,
    delivery_id: int,
    timestamp: int,
    timeout_s: float,
    allow_private: bool,
) -> Outcome:
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        if not allow_private and _resolves_to_private(host, port):
            return Outcome(False, error=f"refused: {host} resolves to a non-public address")
    except OSError as exc:
        return Outcome(False, error=f"cannot resolve {host}: {exc}"[:MAX_ERROR_CHARS])
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        SIGNATURE_HEADER: signature_header(secret, timestamp, body),
        EVENT_HEADER: event,
        DELIVERY_HEADER: str(delivery_id),
    }
    try:
        with httpx.Client(timeout=timeout_s, follow_redirects=False, trust_env=False) as http:
            response = http.post(url, content=body, headers=headers)
    except httpx.HTTPError as exc:
        return Outcome(False, error=f"{type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS])
    if response.is_success:
        return Outcome(True, response.status_code)
    if response.is_redirect:
        location = response.headers.get("location", "")
        error = f"redirect not followed (to {location})"
    else:
        error = f"HTTP {response.status_code}"
    return Outcome(False, response.status_code, error[:MAX_ERROR_CHARS])
