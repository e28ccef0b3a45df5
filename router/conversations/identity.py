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

Rotation: set the new secret and list the old one in `RELAYDESK_IDENTITY_SECRET_PREVIOUS`
(comma-separated) while the shop's backend switches over; signatures under either are
accepted, and once the old secret leaves the list its signatures are refused.
"""

from __future__ import annotations

import hashlib
import hmac

from core.settings import get_settings

SIGNATURE_HEX_CHARS = 64


def _derived(signing_key: bytes) -> bytes:
    return hmac.new(signing_key, b"relaydesk customer identity", "sha256").digest()


def identity_secrets() -> list[bytes]:
    """The secrets a signature may be made with: the current one first (it signs), then the
    previous ones; derived ones follow the signing key's own rotation."""
    settings = get_settings()
    current = settings.configured_identity_secret()
    previous = settings.previous_identity_secrets()
    if current is not None:
        accepted = [current, *previous]
    else:
        derived = [_derived(k) for k in (settings.signing_key(), *settings.previous_signing_keys())]
        accepted = [derived[0], *previous, *derived[1:]]
    return list(dict.fromkeys(accepted))


def identity_secret() -> bytes:
    return identity_secrets()[0]


def _signature(secret: bytes, customer_ref: str) -> str:
    return hmac.new(secret, customer_ref.encode(), hashlib.sha256).hexdigest()


def customer_signature(customer_ref: str) -> str:
    """What the integrator's backend sends beside `customer_ref` (hex HMAC-SHA256)."""
    return _signature(identity_secret(), customer_ref)


def is_proven(customer_ref: str, signature: str) -> bool:
    given = signature.lower()
    matches = [hmac.compare_digest(_signature(s, customer_ref), given) for s in identity_secrets()]
    return any(matches)
