from __future__ import annotations

import secrets
import time
from pathlib import Path

import pytest

from core import tokens
from core.errors import Unauthorized
from core.settings import Settings, reset_settings


@pytest.fixture(autouse=True)
def _secret(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RELAYDESK_SECRET_KEY", secrets.token_urlsafe(48))
    monkeypatch.setenv("RELAYDESK_VAR_DIR", str(tmp_path))
    reset_settings()


def test_round_trip_and_tampering() -> None:
    token = tokens.sign("c", {"cid": "abc"})
    assert tokens.verify("c", token) == {"cid": "abc"}
    kind, body, sig = token.split(".")
    with pytest.raises(Unauthorized):
        tokens.verify("a", token)  # another kind of token
    with pytest.raises(Unauthorized):
        tokens.verify("c", f"{kind}.{body}x.{sig}")
    forged = tokens.sign("c", {"cid": "other"}).split(".")[1]
    with pytest.raises(Unauthorized):
        tokens.verify("c", f"{kind}.{forged}.{sig}")
    for junk in ("", "c", "c..", "c.!!.!!", "a.b.c.d"):
        with pytest.raises(Unauthorized):
            tokens.verify("c", junk)


def test_expiry() -> None:
    assert tokens.verify("a", tokens.sign("a", {"exp": time.time() + 60}))
    with pytest.raises(Unauthorized, match="expired"):
        tokens.verify("a", tokens.sign("a", {"exp": time.time() - 1}))


def test_bearer_header_parsing() -> None:
    assert tokens.bearer("Bearer abc") == "abc"
    assert tokens.bearer("bearer  abc ") == "abc"
    for bad in (None, "", "Bearer", "Bearer   ", "Basic abc", "abc"):
        with pytest.raises(Unauthorized):
            tokens.bearer(bad)


def test_generated_key_is_kept_between_processes(tmp_path: Path) -> None:
    a = Settings(RELAYDESK_VAR_DIR=tmp_path / "v")  # type: ignore[call-arg]
    b = Settings(RELAYDESK_VAR_DIR=tmp_path / "v")  # type: ignore[call-arg]
    a.secret_key = b.secret_key = None
    assert a.signing_key() == b.signing_key()
    assert len(a.signing_key()) >= 48
    assert (tmp_path / "v" / "secret_key").stat().st_mode & 0o077 == 0


def test_embedded_defaults() -> None:
    s = Settings(RELAYDESK_VAR_DIR=Path("var"))  # type: ignore[call-arg]
    s.database_url = None
    assert s.resolved_database_url.startswith("sqlite:///") and s.resolved_database_url.endswith(
        "var/relaydesk.sqlite3"
    )
