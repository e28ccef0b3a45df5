"""The live board over a real HTTP server: offers appear on an agent's event stream when
an eligible ticket is opened or returns, and leave when another agent takes them."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.support.helpers import make_agent, waiting_ticket
from tests.support.processes import read_events

pytestmark = pytest.mark.usefixtures("backend")


def test_offers_taken_and_returned_tickets_reach_the_stream(live_api: str) -> None:
    _, anna = make_agent("anna", languages=["en"])
    _, ben = make_agent("ben", languages=["en", "de"])
    first = waiting_ticket("My card 4111 1111 1111 1111 was charged twice")
    with (
        httpx.Client(base_url=live_api, timeout=10) as http,
        http.stream("GET", "/api/v1/agents/me/events", headers=anna) as stream,
    ):
        assert stream.status_code == 200
        assert stream.headers["content-type"].startswith("text/event-stream")
        lines = stream.iter_lines()
        [(kind, card, event_id)] = read_events(lines, 1)
        assert (kind, card["id"], event_id) == ("ticket.offered", first.id, first.id)
        assert card["preview"] == "My card [card] was charged twice"
        assert card["pay"] == {"amount_cents": 150, "currency": "EUR"}

        waiting_ticket("Mitarbeiter", language="de")  # not for anna: no offer
        started = time.monotonic()
        second = waiting_ticket("Where is my refund?")
        [(kind, card, _)] = read_events(lines, 1)
        assert (kind, card["id"]) == ("ticket.offered", second.id)
        assert time.monotonic() - started < 2  # pushed, not polled (keep-alive is 15 s)

        assert http.post(f"/api/v1/tickets/{first.id}/claim", headers=ben).status_code == 200
        [(kind, payload, _)] = read_events(lines, 1)
        assert (kind, payload) == ("ticket.taken", {"id": first.id, "status": "claimed"})

        r = http.post(f"/api/v1/tickets/{first.id}/release", headers=ben)
        assert r.status_code == 200
        [(kind, card, _)] = read_events(lines, 1)
        assert (kind, card["id"], card["status"]) == ("ticket.offered", first.id, "released")

        # Going away withdraws every offer; coming back online offers them again.
        http.post("/api/v1/agents/me/presence", json={"status": "away"}, headers=anna)
        gone = read_events(lines, 2)
        assert sorted((k, p["id"]) for k, p, _ in gone) == sorted(
            [("ticket.withdrawn", first.id), ("ticket.withdrawn", second.id)]
        )
        http.post("/api/v1/agents/me/presence", json={"status": "online"}, headers=anna)
        back = read_events(lines, 2)
        assert {(k, p["id"]) for k, p, _ in back} == {
            ("ticket.offered", first.id), ("ticket.offered", second.id),
        }  # fmt: skip


def test_the_stream_needs_an_agent_token(live_api: str) -> None:
    t = waiting_ticket()
    with httpx.Client(base_url=live_api, timeout=5) as http:
        r = http.get("/api/v1/agents/me/events", headers=t.customer)
        assert r.status_code == 401 and r.json()["error"] == "Unauthorized"
