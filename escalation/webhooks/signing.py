"""Webhook signatures and retry timing. Pure functions.

Every delivery carries `Relaydesk-Signature: t=<unix seconds>,v1=<hex>`, where `<hex>` is
HMAC-SHA256 with the endpoint's secret over `"<t>." + <raw request body>` (the scheme of
Stripe's webhooks). A receiver recomputes it over the body exactly as received, compares in
constant time, and rejects a `t` too far from its own clock (replays). Several `v1=` parts
may appear while a secret is being rotated; any one matching is enough.
"""

from __future__ import annotations

import hashlib
import hmac

SIGNATURE_HEADER = "Relaydesk-Signature"
EVENT_HEADER = "Relaydesk-Event"
DELIVERY_HEADER = "Relaydesk-Delivery"
DEFAULT_TOLERANCE_S = 300
MAX_BACKOFF_S = 6 * 3600.0


def signature(secret: str, timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def signature_header(secret: str, timestamp: int, body: bytes) -> str:
    return f"t={timestamp},v1={signature(secret, timestamp, body)}"


def verify_signature(
    secret: str, header: str, body: bytes, now: int, tolerance_s: int = DEFAULT_TOLERANCE_S
) -> bool:
    """What a receiver does: True if `header` signs `body` with `secret`, recently."""
    timestamp: int | None = None
    candidates: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            candidates.append(value)
    if timestamp is None or abs(now - timestamp) > tolerance_s:
        return False
    expected = signature(secret, timestamp, body)
    return any(hmac.compare_digest(expected, c) for c in candidates)


def backoff_s(attempt: int, base_s: float) -> float:
    """Delay before the attempt after `attempt` (1-based): base, 2 x base, 4 x base, ...,
    at most six hours."""
    return float(min(MAX_BACKOFF_S, base_s * 2 ** max(0, attempt - 1)))
