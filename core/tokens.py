"""Signed bearer tokens (HMAC-SHA256 over the settings' signing key).

Tokens are verified without a database round trip, which keeps intake cheap.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

from core.errors import Unauthorized
from core.settings import get_settings


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def _sign(kind: str, body: str) -> str:
    mac = hmac.new(get_settings().signing_key(), f"{kind}.{body}".encode(), hashlib.sha256)
    return _b64(mac.digest())


def sign(kind: str, claims: dict[str, Any]) -> str:
    body = _b64(json.dumps(claims, separators=(",", ":"), sort_keys=True).encode())
    return f"{kind}.{body}.{_sign(kind, body)}"


def verify(kind: str, token: str) -> dict[str, Any]:
    """Return the claims of a valid, unexpired token of `kind`, else raise Unauthorized."""
    parts = token.split(".")
    if len(parts) != 3 or parts[0] != kind:
        raise Unauthorized("malformed token")
    _, body, signature = parts
    if not hmac.compare_digest(signature, _sign(kind, body)):
        raise Unauthorized("invalid token")
    try:
        claims = json.loads(_unb64(body))
    except ValueError as exc:
        raise Unauthorized("malformed token") from exc
    if not isinstance(claims, dict):
        raise Unauthorized("malformed token")
    exp = claims.get("exp")
    if exp is not None and (not isinstance(exp, int | float) or exp < time.time()):
        raise Unauthorized("token expired")
    return claims


def bearer(authorization: str | None) -> str:
    """The token from an `Authorization: Bearer <token>` header."""
    if not authorization:
        raise Unauthorized("missing Authorization header")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("expected 'Authorization: Bearer <token>'")
    return token.strip()
