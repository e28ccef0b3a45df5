"""Signed bearer tokens (HMAC-SHA256 over the settings' signing key).

Tokens are verified without a database round trip, which keeps intake cheap. A token is
`<kind>.<claims>.<signature>`; the claims carry `kid`, the id of the key that signed them, so
a key can be rotated: signing always uses the current key (`RELAYDESK_SECRET_KEY`), and
verification accepts it and the previous keys (`RELAYDESK_SECRET_KEY_PREVIOUS`) until they
leave that list. Tokens from before key ids verify against any accepted key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import time
from typing import Any

from core.errors import Unauthorized
from core.settings import get_settings

MAX_TOKEN_CHARS = 4096


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def _mac(key: bytes, kind: str, body: str) -> str:
    return _b64(hmac.new(key, f"{kind}.{body}".encode(), hashlib.sha256).digest())


def key_id(key: bytes) -> str:
    """A short public name of `key` (an HMAC of a constant under it: it reveals nothing)."""
    return _b64(hmac.new(key, b"relaydesk key id", hashlib.sha256).digest()[:6])


def _accepted_keys() -> dict[str, bytes]:
    """kid -> key: the current key first, then the previous ones still accepted."""
    settings = get_settings()
    keys: dict[str, bytes] = {}
    for key in (settings.signing_key(), *settings.previous_signing_keys()):
        keys.setdefault(key_id(key), key)
    return keys


def sign(kind: str, claims: dict[str, Any], *, ttl_s: float | None = None) -> str:
    """A token of `kind` signed with the current key; with `ttl_s`, it expires then."""
    key = get_settings().signing_key()
    payload = {**claims, "kid": key_id(key)}
    if ttl_s is not None:
        payload["exp"] = math.ceil(time.time() + ttl_s)  # never shorter than asked
    body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
    return f"{kind}.{body}.{_mac(key, kind, body)}"


def verify(
    kind: str, token: str, *, require_exp: bool = False, expired: str = "token expired"
) -> dict[str, Any]:
    """Return the claims (without `kid`) of a valid, unexpired token of `kind`, else raise
    Unauthorized; `expired` is its detail for an expired token (or, with `require_exp`, one
    without an expiry)."""
    parts = token.split(".")
    if len(token) > MAX_TOKEN_CHARS or len(parts) != 3 or parts[0] != kind:
        raise Unauthorized("malformed token")
    _, body, signature = parts
    try:  # read before the signature is checked, for the key id: bounded, and nothing else
        claims = json.loads(_unb64(body))
    except (ValueError, RecursionError) as exc:
        raise Unauthorized("malformed token") from exc
    if not isinstance(claims, dict):
        raise Unauthorized("malformed token")
    keys = _accepted_keys()
    kid = claims.pop("kid", None)
    if kid is None:
        candidates = list(keys.values())  # signed before tokens carried a key id
    elif isinstance(kid, str) and kid in keys:
        candidates = [keys[kid]]
    else:
        raise Unauthorized("invalid token: signed with a key that is no longer accepted")
    given = signature.encode()  # bytes: a header may hold non-ASCII characters
    if not any([hmac.compare_digest(given, _mac(key, kind, body).encode()) for key in candidates]):
        raise Unauthorized("invalid token")
    exp = claims.get("exp")
    if exp is None and require_exp:
        raise Unauthorized(expired)
    if exp is not None and (not isinstance(exp, int | float) or exp < time.time()):
        raise Unauthorized(expired)
    return claims


def bearer(authorization: str | None) -> str:
    """The token from an `Authorization: Bearer <token>` header."""
    if not authorization:
        raise Unauthorized("missing Authorization header")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("expected 'Authorization: Bearer <token>'")
    return token.strip()
