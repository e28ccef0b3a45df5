"""Who the customer is, proven by the integrator, as Intercom's identity verification does.

The shop's backend knows its signed-in customer and signs the customer's id with the
integration's secret (`RELAYDESK_IDENTITY_SECRET`): `customer_signature` is the hex
HMAC-SHA256 of the `customer_ref` under that secret, computed on the shop's server and never in
the browser. A conversation created with a `customer_ref` and its valid signature belongs to
that customer: the bot may read their orders and payments, agents see them on tickets they
hold. Without a signature the conversation is anonymous (the `customer_ref` is not kept) and
the bot reveals no customer data; a wrong signature is refused.

Without a configured secret (the embedded demo) one is derived from the signing key, so the
demo's own chat page can sign its demo customer the same way a shop would.
"""

from __future__ import annotations

import hashlib
import hmac

from core.settings import get_settings

SIGNATURE_HEX_CHARS = 64


def identity_secret() -> bytes:
    settings = get_settings()
    if settings.identity_secret is not None:
        return settings.identity_secret.get_secret_value().encode()
    return hmac.new(settings.signing_key(), b"relaydesk customer identity", "sha256").digest()


def customer_signature(customer_ref: str) -> str:
    """What the integrator's backend sends beside `customer_ref` (hex HMAC-SHA256)."""
    return hmac.new(identity_secret(), customer_ref.encode(), hashlib.sha256).hexdigest()


def is_proven(customer_ref: str, signature: str) -> bool:
    return hmac.compare_digest(customer_signature(customer_ref), signature.lower())
