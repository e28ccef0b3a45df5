"""Sending one signed webhook over HTTP: the only place webhooks touch the network.

A short timeout, no redirects followed (a 3xx is a failed attempt, so a receiver cannot
bounce us to another host, e.g. a cloud metadata address), and the host's addresses are
checked before connecting (unless private networks are allowed). The connection goes to the
address that passed the check, with the URL's host in the Host header and in TLS (SNI and
the certificate check), so a name that resolves to a public address for the check and to a
private one a moment later (DNS rebinding) cannot redirect the request.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

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
class SendResult:
    """What one attempt to send a delivery came to: delivered (`ok`), or why not."""

    ok: bool
    status_code: int | None = None
    error: str | None = None


def host_key(url: str) -> str:
    """What the per-host concurrency bound counts deliveries under: the URL's host and port
    (several endpoints on one receiver share its bound)."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"relaydesk-webhook-host:{(parts.hostname or '').lower()}:{port}"


def resolve_host(host: str, port: int) -> list[str]:
    """The host's addresses, in the resolver's order."""
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys(str(info[4][0]).split("%", 1)[0] for info in infos))


def pinned(url: str, address: str) -> tuple[str, str]:
    """`url` with its host replaced by `address`, and the Host header the server expects."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if ":" in address else address
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    host_header = f"{host}:{parts.port}" if parts.port else host
    if ":" in host and not host.startswith("["):
        host_header = f"[{host}]:{parts.port}" if parts.port else f"[{host}]"
    return urlunsplit(parts._replace(netloc=netloc)), host_header


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
) -> SendResult:
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        addresses = resolve_host(host, port)
    except OSError as exc:
        return SendResult(False, error=f"cannot resolve {host}: {exc}"[:MAX_ERROR_CHARS])
    if not addresses:
        return SendResult(False, error=f"cannot resolve {host}: no address")
    if not allow_private and not all(is_public_address(a) for a in addresses):
        return SendResult(False, error=f"refused: {host} resolves to a non-public address")
    target, host_header = pinned(url, addresses[0])
    headers = {
        "Host": host_header,
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        SIGNATURE_HEADER: signature_header(secret, timestamp, body),
        EVENT_HEADER: event,
        DELIVERY_HEADER: str(delivery_id),
    }
    try:
        with httpx.Client(timeout=timeout_s, follow_redirects=False, trust_env=False) as http:
            response = http.post(
                target, content=body, headers=headers, extensions={"sni_hostname": host}
            )
    except httpx.HTTPError as exc:
        return SendResult(False, error=f"{type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS])
    if response.is_success:
        return SendResult(True, response.status_code)
    if response.is_redirect:
        location = response.headers.get("location", "")
        error = f"redirect not followed (to {location})"
    else:
        error = f"HTTP {response.status_code}"
    return SendResult(False, response.status_code, error[:MAX_ERROR_CHARS])
