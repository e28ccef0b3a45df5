"""Secrets anyone could guess are refused (issue 12, item 7): docker-compose's old default
`RELAYDESK_SECRET_KEY` was a public placeholder, and with it anyone could forge an ops token.
The embedded demo (no key configured: a random one in var/secret_key) keeps working."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from core import tokens
from core.settings import InsecureSecret, reset_settings, secret_weakness
from escalation.users.auth import authenticate
from escalation.users.models import Role
from router.app import create_app
from tests.support.helpers import client, conversation, make_agent, start_conversation

REPO = Path(__file__).resolve().parents[2]
COMPOSE_PLACEHOLDER = "change-me-to-a-long-random-secret"  # docker-compose.yml's old default
HOW_TO_GENERATE = 'python -c "import secrets; print(secrets.token_urlsafe(48))"'


def _use(monkeypatch: pytest.MonkeyPatch, **env: str | None) -> None:
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    reset_settings()


@pytest.fixture(autouse=True)
def _fresh_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("RELAYDESK_VAR_DIR", str(tmp_path))
    for name in (
        "RELAYDESK_SECRET_KEY_PREVIOUS",
        "RELAYDESK_IDENTITY_SECRET",
        "RELAYDESK_IDENTITY_SECRET_PREVIOUS",
    ):
        monkeypatch.delenv(name, raising=False)
    reset_settings()
    yield
    reset_settings()


def _forge(key: str, kind: str, claims: dict[str, object]) -> str:
    """A token made the way Relaydesk signs them, under a key of the attacker's choosing."""
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    mac = hmac.new(key.encode(), f"{kind}.{body}".encode(), hashlib.sha256).digest()
    return f"{kind}.{body}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("", "0 bytes"),
        ("change-me", "at least 32"),
        ("secret", "at least 32"),
        ("dev", "at least 32"),
        ("x" * 31, "31 bytes"),
        ("é" * 15, "30 bytes"),  # bytes, not characters
        (COMPOSE_PLACEHOLDER, "placeholder"),
        ("CHANGE_ME_" + secrets.token_hex(16), "placeholder"),  # a long one is no better
        ("please-replace-me-with-something-random", "placeholder"),
        ("your-secret-key-" + secrets.token_hex(16), "placeholder"),
        ("k" * 40, "too few different characters"),
        ("abab" * 10, "too few different characters"),
        ("Tr0ub4dor&3x" * 4, "pattern repeated"),
        ("abcdefghijklmnopqrstuvwxyz0123456789", "consecutive characters"),
        ("9876543210zyxwvutsrqponmlkjihgfedcba", "consecutive characters"),
    ],
)
def test_weak_secrets_are_named(value: str, why: str) -> None:
    weakness = secret_weakness(value)
    assert weakness is not None and why in weakness


@pytest.mark.parametrize(
    "value",
    [
        secrets.token_urlsafe(48),
        secrets.token_urlsafe(32),
        secrets.token_hex(16),  # 32 hex characters: the shortest that passes
        secrets.token_hex(32),
        "test-secret-key-for-signing-tokens",  # the tests' key (tests/conftest.py)
        "relaydesk-bench-secret-key-not-for-production",  # bench/common.py
    ],
)
def test_strong_secrets_pass(value: str) -> None:
    assert secret_weakness(value) is None


def test_the_compose_placeholder_is_refused_at_app_creation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _use(monkeypatch, RELAYDESK_SECRET_KEY=COMPOSE_PLACEHOLDER)
    with pytest.raises(InsecureSecret) as err:
        create_app()
    assert "RELAYDESK_SECRET_KEY is a well-known placeholder" in err.value.detail
    assert HOW_TO_GENERATE in err.value.detail
    assert COMPOSE_PLACEHOLDER not in err.value.detail  # the message never echoes a secret
    with pytest.raises(InsecureSecret):  # nor does anything sign with it
        tokens.sign("c", {"cid": "x"})


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"RELAYDESK_SECRET_KEY": "short-but-random-Zq8"}, "RELAYDESK_SECRET_KEY is 20 bytes"),
        ({"RELAYDESK_SECRET_KEY": ""}, "RELAYDESK_SECRET_KEY is 0 bytes"),
        ({"RELAYDESK_SECRET_KEY": "z" * 64}, "RELAYDESK_SECRET_KEY has too little entropy"),
        (
            {"RELAYDESK_SECRET_KEY_PREVIOUS": f"{secrets.token_urlsafe(48)}, changeme"},
            "RELAYDESK_SECRET_KEY_PREVIOUS (entry 2) is 8 bytes",
        ),
        ({"RELAYDESK_IDENTITY_SECRET": "dev"}, "RELAYDESK_IDENTITY_SECRET is 3 bytes"),
        (
            {"RELAYDESK_IDENTITY_SECRET_PREVIOUS": COMPOSE_PLACEHOLDER},
            "RELAYDESK_IDENTITY_SECRET_PREVIOUS (entry 1) is a well-known placeholder",
        ),
    ],
)
def test_weak_configured_secrets_are_refused_at_app_creation(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], named: str
) -> None:
    _use(monkeypatch, **{"RELAYDESK_SECRET_KEY": secrets.token_urlsafe(48), **env})
    with pytest.raises(InsecureSecret) as err:
        create_app()
    assert named in err.value.detail and HOW_TO_GENERATE in err.value.detail


def test_compose_requires_the_key_and_ships_no_placeholder() -> None:
    text = (REPO / "docker-compose.yml").read_text()
    assert COMPOSE_PLACEHOLDER not in text
    environment = yaml.safe_load(text)["x-relaydesk"]["environment"]
    value = environment["RELAYDESK_SECRET_KEY"]
    assert value.startswith("${RELAYDESK_SECRET_KEY:?") and ":-" not in value
    assert "token_urlsafe(48)" in value  # the error tells how to make one


@pytest.mark.parametrize("command", [["worker", "--burst"], ["api", "--port", "0"]])
def test_the_worker_and_the_api_command_refuse_to_start(command: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "RELAYDESK_VAR_DIR": str(tmp_path)}
    env["RELAYDESK_SECRET_KEY"] = COMPOSE_PLACEHOLDER
    done = subprocess.run(
        [sys.executable, "-m", "workers.cli", *command],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "error: RELAYDESK_SECRET_KEY is a well-known placeholder" in done.stderr
    assert HOW_TO_GENERATE in done.stderr
    assert "Traceback" not in done.stderr


def test_the_embedded_demo_without_a_key_works(
    backend: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _use(monkeypatch, RELAYDESK_SECRET_KEY=None)
    c = client()  # create_app checks the secrets: nothing configured, nothing refused
    conversation_id, auth = start_conversation(c)
    assert conversation(c, conversation_id, auth)["id"] == conversation_id
    key = (tmp_path / "secret_key").read_text().strip()
    assert secret_weakness(key) is None
    token = auth["Authorization"].removeprefix("Bearer ")
    body = token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    assert claims["kid"] == tokens.key_id(key.encode())  # signed with the generated key


def test_a_forged_ops_token_is_refused(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    ops_id, ops = make_agent("olga", role=Role.OPS, presence=None)
    claims = {"uid": ops_id, "role": "ops", "exp": int(time.time()) + 3600}
    forged = _forge(COMPOSE_PLACEHOLDER, "a", claims)
    with_kid = _forge(COMPOSE_PLACEHOLDER, "a", {**claims, "kid": tokens.key_id(b"x" * 32)})
    c = client()  # the tests' key, which is not the placeholder
    assert c.get("/api/v1/rules/active", headers=ops).status_code == 200
    for token in (forged, with_kid):
        r = c.get("/api/v1/rules/active", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401, r.text
        assert r.json()["error"] == "Unauthorized"
    # Configured with the placeholder, Relaydesk neither starts nor takes the forged token.
    _use(monkeypatch, RELAYDESK_SECRET_KEY=COMPOSE_PLACEHOLDER)
    with pytest.raises(InsecureSecret):
        create_app()
    with pytest.raises(InsecureSecret):
        authenticate(f"Bearer {forged}", frozenset({Role.OPS}))
