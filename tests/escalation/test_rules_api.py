"""The ops API for rules, and the rules in the running pipeline (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from core.db import unit_of_work
from escalation.rules.models import Decision, RulesetVersion
from escalation.users.service import access_token, create_user
from tests.support.helpers import client, conversation, run_jobs, say, start_conversation
from workers.seed import seed_history

pytestmark = pytest.mark.usefixtures("backend")

REFUNDS_TO_HUMANS = """
name: refunds-to-humans
rules:
  - id: refunds_to_people
    when:
      any_of:
        - {intent_in: [request_refund, Refund_not_showing_up, shop_refund_policy]}
        - {intent_in: [refund_status]}
    then: {action: escalate, queue: refunds, skills: [refunds], reason: "refund question"}
  - id: explicit_human_request
    when: {human_requests_gte: 1}
    then: {action: escalate, queue: general, reason: "asked for a person"}
  - id: bot_could_not_answer
    when: {answer_confidence_lt: 0.5}
    then: {action: escalate, queue: general, reason: "bot could not answer"}
  - id: answer
    then: {action: answer}
"""

STUBBORN = """
name: stubborn
guardrail: {escalate_on_human_request: 5}
rules:
  - id: fifth_request
    when: {human_requests_gte: 5}
    then: {action: escalate, queue: general, reason: "asked {human_requests} times"}
  - id: answer
    then: {action: answer}
"""


def _headers(role: str = "ops", username: str = "olivia") -> dict[str, str]:
    with unit_of_work() as s:
        user = create_user(s, username=username, password="pw-long-enough", role=role)
        return {"Authorization": f"Bearer {access_token(user)}"}


def _post(path: str, body: dict[str, Any], headers: dict[str, str]) -> Any:
    return client().post(f"/api/v1/rules/{path}", json=body, headers=headers)


def test_only_ops_leads_may_touch_the_rules() -> None:
    agent = _headers("agent", "anna")
    c = client()
    assert c.get("/api/v1/rules/active").status_code == 401
    assert c.get("/api/v1/rules/active", headers=agent).status_code == 403
    _, customer = start_conversation(c)
    assert c.get("/api/v1/rules/active", headers=customer).status_code == 401
    r = _post("publish", {"document": STUBBORN}, agent)
    assert r.status_code == 403
    with unit_of_work() as s:
        assert s.scalars(select(RulesetVersion)).all() == []


def test_default_is_version_one_and_invalid_drafts_change_nothing() -> None:
    ops = _headers()
    c = client()
    active = c.get("/api/v1/rules/active", headers=ops).json()
    assert active["version"] == 1 and active["name"] == "default"
    bad = "name: x\nrules:\n - id: a\n   then: {action: escalate, reason: r}\n"
    for path in ("validate", "simulate", "publish"):
        r = _post(path, {"document": bad}, ops)
        assert r.status_code == 422
        assert r.json()["error"] == "ValidationFailed"
        assert "rules[0] (id 'a').then: an escalating rule needs a queue" in r.json()["detail"]
    for hostile in (
        "'; DROP TABLE ruleset_versions; --",
        "<script>alert(1)</script>",
        "x" * 50_000,
    ):
        assert _post("publish", {"document": hostile}, ops).status_code == 422
    assert _post("publish", {"document": "x" * 300_000}, ops).status_code == 413
    assert c.get("/api/v1/rules/active", headers=ops).json()["version"] == 1
    assert len(c.get("/api/v1/rules/versions", headers=ops).json()) == 1
    assert c.get("/api/v1/rules/audit", headers=ops).json() == []


def test_simulating_refunds_to_humans_on_seeded_history() -> None:
    seed_history(40)
    ops = _headers()
    r = _post("simulate", {"document": REFUNDS_TO_HUMANS}, ops)
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["decisions"] >= 40
    assert report["changed"] > 0
    assert report["after"]["escalation_rate"] > report["before"]["escalation_rate"]
    assert report["after"]["by_queue"]["refunds"] > 0
    assert report["before"]["by_queue"].get("refunds", 0) == 0
    assert any(e["after"] == "escalate/refunds_to_people" for e in report["examples"])
    assert all(e["before"] != e["after"] for e in report["examples"])
    # Simulation changes nothing: the default is still active and no version was added.
    assert client().get("/api/v1/rules/active", headers=ops).json()["version"] == 1


def test_publish_applies_to_new_messages_and_rollback_restores() -> None:
    ops = _headers()
    c = client()
    published = _post("publish", {"document": STUBBORN, "note": "trial"}, ops)
    assert published.status_code == 201
    assert published.json() == {"version": 2, "previous_version": 1}

    # Under the stubborn ruleset a first request for a person is tolerated while the bot
    # has a grounded answer; the guardrail escalates the second request whatever the
    # ruleset says.
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Mitarbeiter, wo ist meine Rückerstattung?")
    run_jobs()
    assert conversation(c, cid, auth)["status"] == "bot"
    say(c, cid, auth, "MITARBEITER!")
    run_jobs()
    assert conversation(c, cid, auth)["status"] == "waiting_for_human"
    with unit_of_work() as s:
        rules = [d.rule for d in s.scalars(select(Decision).where(Decision.conversation_id == cid))]
        versions = {d.ruleset_version for d in s.scalars(select(Decision))}
    assert rules[-1] == "guardrail_human_request" and versions == {2}

    rolled = _post("rollback", {"note": "too strict"}, ops)
    assert rolled.json() == {"version": 1, "previous_version": 2}
    other, other_auth = start_conversation(c)
    say(c, other, other_auth, "Mitarbeiter")
    run_jobs()
    assert conversation(c, other, other_auth)["status"] == "waiting_for_human"

    audit = c.get("/api/v1/rules/audit", headers=ops).json()
    assert [(a["action"], a["version"], a["from_version"], a["actor"]) for a in audit] == [
        ("rollback", 1, 2, "olivia"),
        ("publish", 2, 1, "olivia"),
    ]
    assert _post("rollback", {}, ops).status_code == 422  # version 1 has no predecessor
    assert _post("rollback", {"version": 9}, ops).status_code == 404


def test_classify_returns_signals_without_side_effects() -> None:
    ops = _headers()
    c = client()
    r = c.post(
        "/api/v1/classify", json={"text": "Ich möchte mit einem Mitarbeiter sprechen"}, headers=ops
    )
    assert r.status_code == 200
    body = r.json()
    assert body["language"] == "de" and body["human_request"] is True
    r = c.post("/api/v1/classify", json={"text": "I am still waiting on my card?"}, headers=ops)
    assert r.json()["intent"] == "card_arrival" and 0 < r.json()["confidence"] <= 1
    assert r.json()["human_request"] is False
    r = c.post(
        "/api/v1/classify", json={"text": "Kann ich das Zahlungsdatum verschieben?"}, headers=ops
    )
    assert (r.json()["answer_article"], r.json()["bot_move"]) == ("move_due_date", "answer")
    r = c.post("/api/v1/classify", json={"text": "hej hej!"}, headers=ops)
    assert r.json()["bot_move"] == "smalltalk" and r.json()["language"] == "sv"
    assert c.post("/api/v1/classify", json={"text": ""}, headers=ops).status_code == 422
    assert c.post("/api/v1/classify", json={"text": "hi"}).status_code == 401
    with unit_of_work() as s:
        assert s.scalars(select(Decision)).all() == []
