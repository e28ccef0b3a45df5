"""Tokens expire and keys rotate (issue 12, item 7): conversation tokens carry an expiry;
tokens carry the id of their key (`kid`) and verify under the current key or a previous one
(`RELAYDESK_SECRET_KEY_PREVIOUS`) until that leaves the list; customer signatures likewise under
the identity secret (`RELAYDESK_IDENTITY_SECRET_PREVIOUS`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select

from core import tokens
from core.db import unit_of_work
from core.errors import Unauthorized
from core.settings import InsecureSecret, Settings, reset_settings
from escalation.users.models import Role
from router.conversations.identity import customer_signature, is_proven
from router.conversations.models import Conversation
from router.conversations.service import conversation_token
from tests.support.helpers import AGENT_PASSWORD, client, make_agent, start_conversation

OLD, NEW = secrets.token_urlsafe(48), secrets.token_urlsafe(48)
WEEK_S = 7 * 24 * 3600


def _use(monkeypatch: pytest.MonkeyPatch, **env: str | None) -> None:
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    reset_settings()


def _claims(token: str) -> dict[str, Any]:
    body = token.split(".")[1]
    claims: dict[str, Any] = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return claims


def _unversioned(key: str, kind: str, claims: dict[str, Any]) -> str:
    """A token as Relaydesk signed them before key ids: the same format without `kid`."""
    body = tokens._b64(json.dumps(claims, separators=(",", ":"), sort_keys=True).encode())
    mac = hmac.new(key.encode(), f"{kind}.{body}".encode(), hashlib.sha256).digest()
    return f"{kind}.{body}.{tokens._b64(mac)}"


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("RELAYDESK_VAR_DIR", str(tmp_path))
    for name in (
        "RELAYDESK_SECRET_KEY_PREVIOUS",
        "RELAYDESK_IDENTITY_SECRET",
        "RELAYDESK_IDENTITY_SECRET_PREVIOUS",
        "RELAYDESK_CONVERSATION_TOKEN_TTL_S",
    ):
        monkeypatch.delenv(name, raising=False)
    reset_settings()
    yield
    reset_settings()


# --- conversation tokens expire --------------------------------------------------------------


def test_conversation_tokens_expire(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    c = client()
    conversation_id, auth = start_conversation(c)
    token = auth["Authorization"].removeprefix("Bearer ")
    assert abs(_claims(token)["exp"] - (time.time() + WEEK_S)) < 5  # the default: a week
    url = f"/api/v1/conversations/{conversation_id}"
    assert c.get(url, headers=auth).status_code == 200

    expired = tokens.sign("c", {"cid": conversation_id}, ttl_s=-1)
    no_expiry = tokens.sign("c", {"cid": conversation_id})  # as issued before they expired
    for stale in (expired, no_expiry):
        for r in (
            c.get(url, headers={"Authorization": f"Bearer {stale}"}),
            c.post(
                f"{url}/messages",
                json={"text": "hello?"},
                headers={"Authorization": f"Bearer {stale}"},
            ),
        ):
            assert r.status_code == 401, r.text
            assert r.json() == {
                "error": "Unauthorized",
                "detail": "this conversation's token has expired; start a new conversation",
            }
    assert c.get(url, headers=auth).json()["messages"] == []  # nothing was stored

    _use(monkeypatch, RELAYDESK_CONVERSATION_TOKEN_TTL_S="2")
    short = conversation_token(conversation_id)
    assert c.get(url, headers={"Authorization": f"Bearer {short}"}).status_code == 200
    time.sleep(max(0.0, _claims(short)["exp"] - time.time()) + 0.2)
    r = c.get(url, headers={"Authorization": f"Bearer {short}"})
    assert r.status_code == 401 and "expired" in r.json()["detail"]
    assert c.get(url, headers=auth).status_code == 200  # the week-long one is still good


@pytest.mark.parametrize("ttl", ["0", "-5", "soon"])
def test_a_nonsense_token_lifetime_is_refused(monkeypatch: pytest.MonkeyPatch, ttl: str) -> None:
    monkeypatch.setenv("RELAYDESK_CONVERSATION_TOKEN_TTL_S", ttl)
    with pytest.raises(ValidationError, match="RELAYDESK_CONVERSATION_TOKEN_TTL_S"):
        Settings()


# --- the signing key rotates -----------------------------------------------------------------


def test_tokens_of_a_previous_key_verify_until_it_is_removed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _use(monkeypatch, RELAYDESK_SECRET_KEY=OLD)
    old = tokens.sign("a", {"uid": 1})
    assert _claims(old)["kid"] == tokens.key_id(OLD.encode())
    unversioned = _unversioned(OLD, "a", {"uid": 1})
    assert tokens.verify("a", unversioned) == {"uid": 1}  # old tokens: the current key

    _use(monkeypatch, RELAYDESK_SECRET_KEY=NEW, RELAYDESK_SECRET_KEY_PREVIOUS=f"{OLD},")
    assert tokens.verify("a", old) == {"uid": 1}
    assert tokens.verify("a", unversioned) == {"uid": 1}
    new = tokens.sign("a", {"uid": 2})  # signed with the current key, never a previous one
    assert _claims(new)["kid"] == tokens.key_id(NEW.encode())
    assert tokens.verify("a", new) == {"uid": 2}

    _use(monkeypatch, RELAYDESK_SECRET_KEY_PREVIOUS=None)
    with pytest.raises(Unauthorized, match="no longer accepted"):
        tokens.verify("a", old)
    with pytest.raises(Unauthorized, match="invalid token"):
        tokens.verify("a", unversioned)
    assert tokens.verify("a", new) == {"uid": 2}

    _use(monkeypatch, RELAYDESK_SECRET_KEY=OLD)  # rolled back: the new key's tokens are out
    with pytest.raises(Unauthorized):
        tokens.verify("a", new)


def test_a_token_naming_an_accepted_key_must_be_signed_by_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _use(monkeypatch, RELAYDESK_SECRET_KEY=NEW, RELAYDESK_SECRET_KEY_PREVIOUS=OLD)
    for kid in (tokens.key_id(NEW.encode()), tokens.key_id(OLD.encode())):
        forged = _unversioned(secrets.token_urlsafe(48), "a", {"uid": 1, "kid": kid})
        with pytest.raises(Unauthorized, match="invalid token"):
            tokens.verify("a", forged)
    odd_kids: tuple[object, ...] = (123, None, ["x"], {"k": 1})
    for odd_kid in odd_kids:
        odd = _unversioned(NEW, "a", {"uid": 1, "kid": odd_kid})
        if odd_kid is None:  # "kid": null reads as no key id: tried against every accepted key
            assert tokens.verify("a", odd) == {"uid": 1}
        else:
            with pytest.raises(Unauthorized):
                tokens.verify("a", odd)


@pytest.mark.parametrize(
    "junk",
    [
        "a." + "W" * 5000 + ".sig",  # oversized
        "a." + tokens._b64(b"[" * 3000) + ".sig",  # nested too deep to parse
        "a." + tokens._b64(b"\xff\xfe") + ".sig",  # not UTF-8
        "a." + tokens._b64(b"[1, 2]") + ".sig",  # not an object
        "a.é.é",  # non-ASCII from a latin-1 header
        "a." + tokens._b64(b'{"uid": 1}') + ".é",
    ],
)
def test_hostile_tokens_are_unauthorized(monkeypatch: pytest.MonkeyPatch, junk: str) -> None:
    _use(monkeypatch, RELAYDESK_SECRET_KEY=NEW)
    with pytest.raises(Unauthorized):
        tokens.verify("a", junk)


def test_a_weak_previous_key_is_refused_not_trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    _use(monkeypatch, RELAYDESK_SECRET_KEY=NEW, RELAYDESK_SECRET_KEY_PREVIOUS="change-me")
    with pytest.raises(InsecureSecret, match="RELAYDESK_SECRET_KEY_PREVIOUS"):
        tokens.verify("a", _unversioned("change-me", "a", {"uid": 1}))


def test_rotation_over_http(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _use(monkeypatch, RELAYDESK_SECRET_KEY=OLD)
    _, ops = make_agent("olga", role=Role.OPS, presence=None)
    c = client()
    conversation_id, customer = start_conversation(c)
    url = f"/api/v1/conversations/{conversation_id}"

    _use(monkeypatch, RELAYDESK_SECRET_KEY=NEW, RELAYDESK_SECRET_KEY_PREVIOUS=OLD)
    c = client()
    assert c.get("/api/v1/rules/active", headers=ops).status_code == 200
    assert c.get(url, headers=customer).status_code == 200
    fresh = c.post("/api/v1/auth/token", json={"username": "olga", "password": AGENT_PASSWORD})
    assert fresh.status_code == 200, fresh.text
    new_ops = {"Authorization": f"Bearer {fresh.json()['access_token']}"}
    assert _claims(fresh.json()["access_token"])["kid"] == tokens.key_id(NEW.encode())

    _use(monkeypatch, RELAYDESK_SECRET_KEY_PREVIOUS=None)
    c = client()
    for r in (c.get("/api/v1/rules/active", headers=ops), c.get(url, headers=customer)):
        assert r.status_code == 401, r.text
        assert "no longer accepted" in r.json()["detail"]
    assert c.get("/api/v1/rules/active", headers=new_ops).status_code == 200


# --- the identity secret rotates -------------------------------------------------------------


def test_customer_signatures_of_a_previous_identity_secret(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = "shop-customer-7"
    _use(monkeypatch, RELAYDESK_IDENTITY_SECRET=OLD)
    old_signature = customer_signature(ref)

    _use(monkeypatch, RELAYDESK_IDENTITY_SECRET=NEW, RELAYDESK_IDENTITY_SECRET_PREVIOUS=OLD)
    assert customer_signature(ref) != old_signature  # the demo signs with the current one
    c = client()
    for signature in (old_signature, customer_signature(ref)):
        r = c.post(
            "/api/v1/conversations",
            json={"customer_ref": ref, "customer_signature": signature.upper()},
        )
        assert r.status_code == 201, r.text
        assert r.json()["customer_verified"] is True

    _use(monkeypatch, RELAYDESK_IDENTITY_SECRET_PREVIOUS=None)
    with unit_of_work() as s:
        before = s.scalar(select(func.count()).select_from(Conversation))
    r = client().post(
        "/api/v1/conversations", json={"customer_ref": ref, "customer_signature": old_signature}
    )
    assert r.status_code == 403, r.text
    with unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Conversation)) == before


def test_derived_identity_secrets_follow_the_signing_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without an identity secret (the demo) it is derived from the signing key, and rotates
    with it."""
    _use(monkeypatch, RELAYDESK_SECRET_KEY=OLD)
    signature = customer_signature("demo-customer-0")
    assert is_proven("demo-customer-0", signature)
    assert not is_proven("demo-customer-1", signature)
    _use(monkeypatch, RELAYDESK_SECRET_KEY=NEW, RELAYDESK_SECRET_KEY_PREVIOUS=OLD)
    assert is_proven("demo-customer-0", signature)
    assert customer_signature("demo-customer-0") != signature
    _use(monkeypatch, RELAYDESK_SECRET_KEY_PREVIOUS=None)
    assert not is_proven("demo-customer-0", signature)
