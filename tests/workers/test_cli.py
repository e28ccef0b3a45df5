"""The `relaydesk` command: migrations, accounts, and a clear word on bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from core.db import unit_of_work
from escalation.users.models import User
from workers.cli import main

pytestmark = pytest.mark.usefixtures("backend")


def test_migrate_is_idempotent(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate"]) == 0
    assert main(["migrate"]) == 0
    assert "newest schema" in capsys.readouterr().out


def test_users_add_and_its_errors(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["users", "add", "--role", "agent", "--username", "Maja", "--password", "long-enough-pw"]
    assert main([*args, "--languages", "sv,en", "--skills", "fraud,refunds"]) == 0
    with unit_of_work() as s:
        user = s.scalars(select(User).where(User.username == "maja")).one()
    assert user.languages == ["sv", "en"] and user.skills == ["fraud", "refunds"]
    assert user.password_hash.startswith("$argon2") and "long-enough-pw" not in user.password_hash
    assert main(args) == 2
    assert "already exists" in capsys.readouterr().err
    assert main([*args[:4], "--username", "x2", "--password", "short"]) == 2
    assert "at least 8" in capsys.readouterr().err
    assert (
        main([*args[:4], "--username", "x3", "--password", "long-enough-pw", "--languages", "xx"])
        == 2
    )
    assert "unknown code" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["users", "add", "--role", "king", "--username", "u", "--password", "p"])


def test_unreachable_database_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from core import db
    from core.settings import reset_settings
    from tests.support.processes import free_port

    monkeypatch.setenv("DATABASE_URL", f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/x")
    reset_settings()
    db.reset_engine()
    assert main(["migrate"]) == 3
    assert "check DATABASE_URL" in capsys.readouterr().err
