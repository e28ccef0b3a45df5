"""Accounts managed by ops leads over `/api/v1/users` (SQLite and PostgreSQL): only ops
leads, strong or generated passwords, duplicates refused, hostile input refused or kept as
text, disabled accounts shut out, and the last ops lead kept."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from core.db import unit_of_work
from core.errors import Conflict, Forbidden
from escalation.users import passwords
from escalation.users.models import User
from escalation.users.service import (
    access_token,
    add_user,
    create_user,
    hash_password,
    set_active,
)
from tests.support.helpers import client, start_conversation

pytestmark = pytest.mark.usefixtures("backend")

STRONG = "violet-harbour-lantern-7"
HTML = '<img src=x onerror="alert(1)"><b>Anna</b>'


def _account(username: str, role: str = "ops", password: str = STRONG) -> dict[str, str]:
    with unit_of_work() as s:
        user = create_user(s, username=username, password=password, role=role)
        return {"Authorization": f"Bearer {access_token(user)}"}


def _id(username: str) -> int:
    with unit_of_work() as s:
        found = s.scalar(select(User.id).where(User.username == username))
        assert found is not None
        return found


def _count() -> int:
    with unit_of_work() as s:
        return int(s.scalar(select(func.count()).select_from(User)) or 0)


def _sign_in(c: TestClient, username: str, password: str) -> Any:
    return c.post("/api/v1/auth/token", json={"username": username, "password": password})


def _create(c: TestClient, ops: dict[str, str], **body: Any) -> Any:
    return c.post("/api/v1/users", json=body, headers=ops)


def test_only_ops_leads_manage_accounts() -> None:
    c = client()
    agent = _account("anna", role="agent")
    _, customer = start_conversation(c)
    anna = _id("anna")
    calls = [
        ("get", "/api/v1/users", None),
        ("post", "/api/v1/users", {"username": "mallory", "role": "ops", "password": STRONG}),
        ("post", f"/api/v1/users/{anna}/disable", None),
        ("post", f"/api/v1/users/{anna}/enable", None),
        ("post", f"/api/v1/users/{anna}/password", {"password": STRONG + "x"}),
    ]
    for method, path, body in calls:
        kwargs: dict[str, Any] = {} if body is None else {"json": body}
        assert c.request(method, path, **kwargs).status_code == 401, path
        assert c.request(method, path, headers=customer, **kwargs).status_code == 401, path
        r = c.request(method, path, headers=agent, **kwargs)
        assert r.status_code == 403, path
        assert r.json()["error"] == "Forbidden"
    assert _count() == 1  # nothing created, anna untouched and still signs in
    assert _sign_in(c, "anna", STRONG).status_code == 200


def test_an_ops_lead_creates_an_agent_who_then_signs_in() -> None:
    c = client()
    ops = _account("olivia")
    r = _create(
        c,
        ops,
        username="Bruno",
        role="agent",
        display_name="  Bruno B.  ",
        languages=["de", "en"],
        skills=["refunds"],
        max_concurrent=3,
        password=STRONG,
    )
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["username"] == "bruno" and made["role"] == "agent"
    assert made["display_name"] == "Bruno B." and made["languages"] == ["de", "en"]
    assert made["skills"] == ["refunds"] and made["max_concurrent"] == 3
    assert made["active"] is True and made["password"] is None  # they chose it: not echoed
    signed = _sign_in(c, "bruno", STRONG)
    assert signed.status_code == 200 and signed.json()["role"] == "agent"
    token = {"Authorization": f"Bearer {signed.json()['access_token']}"}
    assert c.get("/api/v1/tickets", headers=token).status_code == 200

    listed = c.get("/api/v1/users", headers=ops)
    assert listed.status_code == 200
    rows = listed.json()
    assert [(u["username"], u["role"]) for u in rows] == [("olivia", "ops"), ("bruno", "agent")]
    assert all("password" not in u and "password_hash" not in u for u in rows)


def test_a_generated_password_is_shown_once_and_works() -> None:
    c = client()
    ops = _account("olivia")
    r = _create(c, ops, username="oscar", role="ops")
    assert r.status_code == 201, r.text
    generated = r.json()["password"]
    assert isinstance(generated, str) and passwords.problem(generated, "oscar") is None
    assert _sign_in(c, "oscar", generated).json()["role"] == "ops"
    again = c.get("/api/v1/users", headers=ops).text
    assert generated not in again


@pytest.mark.parametrize(
    ("password", "why"),
    [
        ("short-1", "at least 12 characters"),
        ("x" * 257, None),  # longer than sign-in accepts: refused by the schema
        ("aaaaaaaaaaaaaaaa", "different characters"),
        ("Password123!", "too common"),
        ("P@ssw0rd-2024!", "too common"),
        ("Welcome2Relaydesk", "too common"),
        ("qwertyuiop12", "too common"),
        ("123456789012", "too common"),
        ("carla-is-the-best", "username"),
        ("line\nbreak-in-it", "control characters"),
        ("nul\x00character-in-it", None),  # NUL: refused by the schema
    ],
)
def test_weak_passwords_are_refused(password: str, why: str | None) -> None:
    c = client()
    ops = _account("olivia")
    r = _create(c, ops, username="carla", role="agent", password=password)
    assert r.status_code == 422, r.text
    if why:
        assert why in r.json()["detail"]
    assert _count() == 1


def test_duplicate_usernames_are_refused() -> None:
    c = client()
    ops = _account("olivia")
    assert _create(c, ops, username="anna", role="agent", password=STRONG).status_code == 201
    for name in ("anna", "ANNA", " Anna ", "olivia"):
        r = _create(c, ops, username=name, role="agent", password=STRONG + "!")
        assert r.status_code == 409, name
        assert "already exists" in r.json()["detail"]
    assert _count() == 2
    assert _sign_in(c, "anna", STRONG).status_code == 200  # the first anna is untouched


def test_hostile_and_malformed_input() -> None:
    c = client()
    ops = _account("olivia")
    base = {"username": "dora", "role": "agent", "password": STRONG}
    bad: list[dict[str, Any]] = [
        {**base, "username": "do\x00ra"},
        {**base, "username": "<script>"},
        {**base, "username": "d" * 65},
        {**base, "username": "a"},
        {**base, "role": "admin"},
        {**base, "display_name": "Dora\x00"},
        {**base, "display_name": "Dora\nEvil"},
        {**base, "display_name": "D" * 101},
        {**base, "languages": ["xx"]},
        {**base, "languages": ["de"] * 41},
        {**base, "skills": ["Bad Skill"]},
        {**base, "max_concurrent": 0},
        {**base, "max_concurrent": 21},
        {**base, "is_admin": True},
        {"username": "dora", "role": "ops", "password": STRONG, "languages": ["de"]},
        {"role": "agent", "password": STRONG},
    ]
    for body in bad:
        r = _create(c, ops, **body)
        assert r.status_code == 422, body
        assert r.json()["error"] == "ValidationFailed"
    r = c.post("/api/v1/users", content=b"{not json", headers=ops)
    assert r.status_code == 422
    r = c.post("/api/v1/users", content=b"x" * 70_000, headers=ops)
    assert r.status_code == 413
    assert _count() == 1

    # HTML in a display name is text: stored and answered as typed, never interpreted.
    r = _create(c, ops, **{**base, "display_name": HTML})
    assert r.status_code == 201, r.text
    listed = {u["username"]: u for u in c.get("/api/v1/users", headers=ops).json()}
    assert listed["dora"]["display_name"] == HTML


def test_a_disabled_account_cannot_sign_in_and_its_tokens_stop() -> None:
    c = client()
    ops = _account("olivia")
    agent = _account("anna", role="agent")
    anna = _id("anna")
    assert c.get("/api/v1/tickets", headers=agent).status_code == 200

    r = c.post(f"/api/v1/users/{anna}/disable", headers=ops)
    assert r.status_code == 200, r.text
    assert r.json()["active"] is False
    assert c.get("/api/v1/tickets", headers=agent).status_code == 403
    refused = _sign_in(c, "anna", STRONG)
    assert refused.status_code == 403 and "disabled" in refused.json()["detail"]
    listed = {u["username"]: u for u in c.get("/api/v1/users", headers=ops).json()}
    assert listed["anna"]["active"] is False
    assert c.post(f"/api/v1/users/{anna}/disable", headers=ops).status_code == 200  # idempotent

    r = c.post(f"/api/v1/users/{anna}/enable", headers=ops)
    assert r.status_code == 200 and r.json()["active"] is True
    assert _sign_in(c, "anna", STRONG).status_code == 200

    for path in ("/api/v1/users/999999/disable", "/api/v1/users/999999/enable"):
        assert c.post(path, headers=ops).status_code == 404
    assert c.post("/api/v1/users/0/disable", headers=ops).status_code == 422
    assert c.post("/api/v1/users/abc/disable", headers=ops).status_code == 422


def test_the_last_ops_lead_stays() -> None:
    c = client()
    olivia = _account("olivia")
    me = _id("olivia")
    r = c.post(f"/api/v1/users/{me}/disable", headers=olivia)
    assert r.status_code == 409 and "last active ops lead" in r.json()["detail"]

    oscar = _account("oscar")
    r = c.post(f"/api/v1/users/{me}/disable", headers=olivia)
    assert r.status_code == 409 and "your own account" in r.json()["detail"]
    r = c.post(f"/api/v1/users/{_id('oscar')}/disable", headers=olivia)
    assert r.status_code == 200, r.text
    # oscar is out: his token is refused, so he cannot disable olivia in return.
    assert c.post(f"/api/v1/users/{me}/disable", headers=oscar).status_code == 403
    listed = {u["username"]: u["active"] for u in c.get("/api/v1/users", headers=olivia).json()}
    assert listed == {"olivia": True, "oscar": False}


def test_two_leads_disabling_each_other_at_once_leave_one() -> None:
    _account("olivia")
    _account("oscar")
    olivia, oscar = _id("olivia"), _id("oscar")
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def disable(target: int, actor: int) -> None:
        start.wait()
        try:
            with unit_of_work() as s:
                set_active(s, target, False, actor)
            outcomes.append("disabled")
        except Forbidden:
            outcomes.append("refused")

    threads = [
        threading.Thread(target=disable, args=(oscar, olivia)),
        threading.Thread(target=disable, args=(olivia, oscar)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == ["disabled", "refused"]
    with unit_of_work() as s:
        active = s.scalars(select(User.username).where(User.active)).all()
    assert len(active) == 1


def test_two_creations_of_one_username_at_once_make_one_account() -> None:
    hashed = hash_password(STRONG)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def create() -> None:
        start.wait()
        try:
            with unit_of_work() as s:
                add_user(s, username="twin", password_hash=hashed, role="agent")
            outcomes.append("created")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=create) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == ["conflict", "created"]
    assert _count() == 1


def test_resetting_a_password() -> None:
    c = client()
    ops = _account("olivia")
    _account("anna", role="agent")
    anna = _id("anna")
    new = "amber-kettle-meadow-42"
    r = c.post(f"/api/v1/users/{anna}/password", json={"password": new}, headers=ops)
    assert r.status_code == 200, r.text
    assert r.json()["password"] is None and r.json()["user"]["username"] == "anna"
    assert _sign_in(c, "anna", STRONG).status_code == 401
    assert _sign_in(c, "anna", new).status_code == 200

    for weak in ("anna-anna-anna-1", "Password2024!", "tiny"):
        r = c.post(f"/api/v1/users/{anna}/password", json={"password": weak}, headers=ops)
        assert r.status_code == 422, weak
    assert _sign_in(c, "anna", new).status_code == 200  # unchanged by the refusals

    r = c.post(f"/api/v1/users/{anna}/password", json={}, headers=ops)
    generated = r.json()["password"]
    assert r.status_code == 200 and passwords.problem(generated, "anna") is None
    assert _sign_in(c, "anna", generated).status_code == 200
    assert _sign_in(c, "anna", new).status_code == 401

    assert c.post("/api/v1/users/999999/password", json={}, headers=ops).status_code == 404
    bad = c.post(f"/api/v1/users/{anna}/password", json={"pw": "x"}, headers=ops)
    assert bad.status_code == 422


def test_password_rules_are_pure_and_generated_ones_pass() -> None:
    assert passwords.problem("correct-horse-battery", "anna") is None
    assert passwords.problem("tr0ub4dor-and-3-more", "anna") is None
    assert passwords.problem("x" * 10 + "yzab", "anna") is not None  # 5 different characters
    for name in ("anna", "k7", "abcde"):
        made = {passwords.generate(name) for _ in range(20)}
        assert len(made) == 20
        assert all(passwords.problem(p, name) is None and len(p) == 23 for p in made)
