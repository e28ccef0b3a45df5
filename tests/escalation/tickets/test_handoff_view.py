"""The claiming agent gets the whole handoff package through the real pipeline."""

from __future__ import annotations

import pytest

from core.db import unit_of_work
from router.customers.seed import seed_demo_customers
from tests.support.helpers import client, make_agent, run_jobs, say, signed, start_conversation

pytestmark = pytest.mark.usefixtures("backend")


def test_handoff_package_for_the_claiming_agent_only() -> None:
    with unit_of_work() as s:
        seed_demo_customers(s)
    c = client()
    cid, auth = start_conversation(c, **signed("demo-customer-0"), language="de")
    say(c, cid, auth, "Wo ist meine Rückerstattung für Bestellung 1042?")
    say(c, cid, auth, "Ich möchte bitte mit einem Mitarbeiter sprechen")
    run_jobs()
    _, anna = make_agent("anna", languages=["de", "en"])
    _, bert = make_agent("bert", languages=["de"])
    board = c.get("/api/v1/tickets", headers=anna).json()["tickets"]
    assert len(board) == 1
    ticket_id = board[0]["id"]
    assert c.post(f"/api/v1/tickets/{ticket_id}/claim", headers=anna).status_code == 200
    detail = c.get(f"/api/v1/tickets/{ticket_id}", headers=anna).json()
    handoff = detail["handoff"]
    assert handoff["escalation"]["rule"] == "explicit_human_request"
    assert "1042" in handoff["order_numbers"]
    assert handoff["summary"] and handoff["summary_source"] == "extractive"
    assert handoff["customer"]["ref"] == "demo-customer-0"
    assert any(r for r in handoff["customer"]["refunds"])
    assert [line["author"] for line in handoff["transcript"]][:3] == ["customer", "customer", "bot"]
    other = c.get(f"/api/v1/tickets/{ticket_id}", headers=bert)
    assert other.status_code == 403 and "handoff" not in other.json()


def test_hand_back_gives_the_conversation_to_the_bot_again() -> None:
    c = client()
    cid, auth = start_conversation(c, language="de")
    say(c, cid, auth, "Mitarbeiter")
    run_jobs()
    _, anna = make_agent("anna", languages=["de"])
    _, bert = make_agent("bert", languages=["de"])
    ticket_id = c.get("/api/v1/tickets", headers=anna).json()["tickets"][0]["id"]
    # Only the claiming agent can hand back, and only a claimed ticket.
    assert c.post(f"/api/v1/tickets/{ticket_id}/hand-back", headers=anna).status_code in (403, 409)
    assert c.post(f"/api/v1/tickets/{ticket_id}/claim", headers=anna).status_code == 200
    assert c.post(f"/api/v1/tickets/{ticket_id}/hand-back", headers=bert).status_code in (403, 409)
    r = c.post(f"/api/v1/tickets/{ticket_id}/hand-back", headers=anna)
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "resolved"
    conv = c.get(f"/api/v1/conversations/{cid}", headers=auth).json()
    assert conv["status"] == "bot"
    say(c, cid, auth, "Wann ist meine nächste Rate fällig?")
    run_jobs()
    conv = c.get(f"/api/v1/conversations/{cid}", headers=auth).json()
    assert conv["status"] == "bot"
    assert conv["messages"][-1]["author"] == "bot"
    assert c.post(f"/api/v1/tickets/{ticket_id}/hand-back", headers=anna).status_code == 409
