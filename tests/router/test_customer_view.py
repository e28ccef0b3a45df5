"""What the customer's view says beyond messages and status: who wrote an agent's message,
the bot's quick replies, a person's resolution and the rating it asks for, why a
conversation closed, an honest wait, the agent's typing, and the "talk to a person" text.
On SQLite and PostgreSQL, through the real API and pipeline."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from core.db import unit_of_work, utcnow
from core.redis import reset_redis
from core.settings import get_settings, reset_settings
from escalation.rules.models import Decision
from escalation.tickets.models import Ticket, TicketEvent, TicketStatus
from escalation.tickets.sweeps import close_stale
from router.bot.knowledge import knowledge_base
from router.bot.texts import text
from router.conversations.models import Conversation
from router.conversations.typing import agent_typing
from tests.support.helpers import (
    client,
    conversation,
    make_agent,
    run_jobs,
    say,
    start_conversation,
    waiting_ticket,
)
from tests.support.processes import free_port, read_events

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture(autouse=True)
def patient_redis(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a loaded shared machine a Redis call can take over the default second; an enqueue
    that times out is left to the recovery sweeper, which these tests do not run."""
    monkeypatch.setenv("RELAYDESK_REDIS_TIMEOUT_S", "10")
    reset_settings()
    reset_redis()


KB_LANGUAGES = ("en", "de", "sv", "da", "no", "fi", "fr", "es", "it", "nl", "pl", "pt")


def _post(c: Any, path: str, headers: dict[str, str], **body: Any) -> Any:
    return c.post(f"/api/v1/tickets/{path}", json=body or None, headers=headers)


def _decisions(conversation_id: str) -> list[dict[str, Any]]:
    with unit_of_work() as s:
        rows = s.scalars(
            select(Decision)
            .where(Decision.conversation_id == conversation_id)
            .order_by(Decision.id)
        ).all()
        return [{"action": d.action, **d.signals} for d in rows]


# --- who wrote it; a person resolves; the rating ------------------------------------------


def test_agent_replies_carry_their_names_and_a_resolution_asks_for_a_rating() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = waiting_ticket()
    view = conversation(c, t.conversation_id, t.customer)
    assert (view["resolved_by_person"], view["rating_requested"], view["closed_reason"]) == (
        False,
        False,
        None,
    )
    assert _post(c, f"{t.id}/claim", anna).status_code == 200
    assert _post(c, f"{t.id}/messages", anna, text="Hi, Anna here.").status_code == 201
    # Anna hands it to Ben by name; Ben claims and answers.
    assert _post(c, f"{t.id}/transfer", anna, agent="ben").status_code == 200
    assert _post(c, f"{t.id}/claim", ben).status_code == 200
    assert _post(c, f"{t.id}/messages", ben, text="Ben now, sorted!").status_code == 201
    view = conversation(c, t.conversation_id, t.customer)
    named = [(m["author"], m["author_name"]) for m in view["messages"] if m["author"] == "agent"]
    assert named == [("agent", "Anna"), ("agent", "Ben")]
    assert all(m["author_name"] is None for m in view["messages"] if m["author"] != "agent")
    assert all(m["choices"] is None for m in view["messages"])
    assert view["rating_requested"] is False  # nobody resolved it yet
    assert _post(c, f"{t.id}/resolve", ben, resolution_code="done").status_code == 200
    view = conversation(c, t.conversation_id, t.customer)
    assert view["status"] == "bot"  # the customer can keep writing
    assert (view["resolved_by_person"], view["rating_requested"]) == (True, True)
    rating = f"/api/v1/conversations/{t.conversation_id}/rating"
    bad = c.post(rating, json={"score": 9}, headers=t.customer)
    assert bad.status_code == 422
    assert conversation(c, t.conversation_id, t.customer)["rating_requested"] is True
    assert c.post(
        rating, json={"score": 5, "comment": "quick"}, headers=t.customer
    ).status_code == (201)
    view = conversation(c, t.conversation_id, t.customer)
    assert (view["resolved_by_person"], view["rating_requested"]) == (True, False)
    assert c.post(rating, json={"score": 1}, headers=t.customer).status_code == 409


def test_a_hand_back_without_a_reply_asks_for_no_rating() -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    assert _post(c, f"{t.id}/claim", anna).status_code == 200
    assert _post(c, f"{t.id}/hand-back", anna).status_code == 200
    view = conversation(c, t.conversation_id, t.customer)
    assert view["status"] == "bot"
    assert (view["resolved_by_person"], view["rating_requested"]) == (False, False)


def test_a_closed_conversation_says_why() -> None:
    c = client()
    gone, late = waiting_ticket(), waiting_ticket()
    with unit_of_work() as s:
        ticket = s.get(Ticket, late.id)
        assert ticket is not None
        created = ticket.created_at
        # The second customer kept writing, so theirs expires rather than being abandoned.
        ticket.customer_active_at = created + timedelta(seconds=get_settings().ticket_max_age_s)
    with unit_of_work() as s:
        close_stale(s, created + timedelta(seconds=get_settings().ticket_max_age_s + 60))
    abandoned = conversation(c, gone.conversation_id, gone.customer)
    expired = conversation(c, late.conversation_id, late.customer)
    assert (abandoned["status"], abandoned["closed_reason"]) == ("closed", "abandoned")
    assert (expired["status"], expired["closed_reason"]) == ("closed", "expired")
    assert abandoned["rating_requested"] is False and abandoned["queue"] is None
    # A closed conversation takes no more messages; the view stays as it was.
    r = c.post(
        f"/api/v1/conversations/{gone.conversation_id}/messages",
        json={"text": "hello?"},
        headers=gone.customer,
    )
    assert r.status_code == 409
    assert conversation(c, gone.conversation_id, gone.customer) == abandoned


# --- honest waits -------------------------------------------------------------------------


def _claimed_ticket(language: str, queue: str, created: datetime, wait_s: float) -> None:
    """A ticket of the past, claimed `wait_s` after it was created."""
    ticket_id = waiting_ticket(language=language, queue=queue).id
    with unit_of_work() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None
        ticket.status = TicketStatus.RESOLVED
        ticket.created_at = created
        s.add(
            TicketEvent(
                ticket_id=ticket.id,
                kind="claimed",
                actor="agent:x",
                from_status="open",
                to_status="claimed",
                created_at=created + timedelta(seconds=wait_s),
            )
        )


def test_with_nobody_online_the_wait_says_so_and_when_people_are_usually_there() -> None:
    c = client()
    now = utcnow()
    day = now.replace(hour=9, minute=10, second=0, microsecond=0)
    for days_ago in (2, 3):  # German tickets claimed around 09:xx UTC on two days ...
        _claimed_ticket("de", "general", day - timedelta(days=days_ago), 60)
    _claimed_ticket("de", "general", day.replace(hour=15) - timedelta(days=2), 60)  # ... once
    for days_ago in (2, 3):  # English ones at 11:xx: another language
        _claimed_ticket("en", "general", day.replace(hour=11) - timedelta(days=days_ago), 60)
    _claimed_ticket("de", "general", day - timedelta(days=30), 60)  # too long ago
    make_agent("sven", languages=("sv",))  # online, but speaks no German
    make_agent("otto", languages=("de",), presence="offline")
    t = waiting_ticket(language="de")
    queue = conversation(c, t.conversation_id, t.customer)["queue"]
    assert queue["estimate_basis"] == "no_agents_online"
    assert queue["agents_online"] == 0
    assert queue["usual_hours_utc"] == [9]
    assert queue["position"] == 1 and queue["estimated_wait_s"] > 0  # still a number


def test_the_estimate_comes_from_recent_claim_waits_when_there_are_enough() -> None:
    c = client()
    handle_s = get_settings().default_handle_time_s
    make_agent("anna", languages=("de", "en"), max_concurrent=2)
    t = waiting_ticket(language="de")
    queue = conversation(c, t.conversation_id, t.customer)["queue"]
    assert (queue["estimate_basis"], queue["agents_online"]) == ("handle_time", 1)
    assert queue["estimated_wait_s"] == round(1 * handle_s / 2)
    assert queue["usual_hours_utc"] == []
    now = utcnow()
    for wait_s in (30, 600, 60):  # median 60 s
        _claimed_ticket("de", "general", now - timedelta(hours=1), wait_s)
    _claimed_ticket("de", "general", now - timedelta(hours=8), 5000)  # not recent
    _claimed_ticket("de", "refunds", now - timedelta(hours=1), 5000)  # another queue
    queue = conversation(c, t.conversation_id, t.customer)["queue"]
    assert (queue["estimate_basis"], queue["estimated_wait_s"]) == ("recent_claims", 60)
    second = waiting_ticket(language="de")
    queue = conversation(c, second.conversation_id, second.customer)["queue"]
    # Second in line: one more wait, shared by Anna's two free slots.
    assert (queue["position"], queue["estimated_wait_s"]) == (2, 90)


# --- typing -------------------------------------------------------------------------------


def test_the_holding_agent_typing_reaches_the_customers_stream(live_api: str) -> None:
    _, anna = make_agent("anna")
    _, ben = make_agent("ben")
    t = waiting_ticket()
    with httpx.Client(base_url=live_api, timeout=10) as http:
        url = f"/api/v1/tickets/{t.id}/typing"
        assert http.post(url, headers=anna).status_code == 409  # nobody holds it yet
        assert http.post(f"/api/v1/tickets/{t.id}/claim", headers=anna).status_code == 200
        assert http.post(url, headers=ben).status_code == 403  # not Ben's
        assert http.post(url, headers=t.customer).status_code == 401  # not an agent's token
        assert http.post(url).status_code == 401
        assert http.post(f"/api/v1/tickets/{'0' * 32}/typing", headers=anna).status_code == 404
        assert http.post("/api/v1/tickets/../typing", headers=anna).status_code in (404, 422)
        assert agent_typing(t.conversation_id) is None  # refusals left nothing behind
        events = f"/api/v1/conversations/{t.conversation_id}/events"
        with http.stream("GET", events, headers=t.customer) as stream:
            lines = stream.iter_lines()
            read_events(lines, 4, 5)  # the history and the status
            r = http.post(url, headers=anna)
            assert r.status_code == 204 and r.content == b""
            first = agent_typing(t.conversation_id)
            assert first is not None and first.name == "Anna"
            # Reported again at once: answered, but coalesced (no new event).
            assert http.post(url, headers=anna).status_code == 204
            again = agent_typing(t.conversation_id)
            assert again is not None and again.at_ms == first.at_ms
            typing = [e for e in read_events(lines, 1, 5) if e[0] == "typing"]
        assert typing and typing[0][1] == {"name": "Anna", "expires_in_s": 6}


def test_typing_without_redis_is_quietly_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    c = client()
    _, anna = make_agent("anna")
    t = waiting_ticket()
    assert _post(c, f"{t.id}/claim", anna).status_code == 200
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")
    reset_settings()
    reset_redis()
    assert _post(c, f"{t.id}/typing", anna).status_code == 204
    assert agent_typing(t.conversation_id) is None


# --- talking to a person, quick replies ---------------------------------------------------


def test_the_talk_to_a_person_text_escalates_the_first_message_in_each_language() -> None:
    c = client()
    for language in KB_LANGUAGES:
        message = text("dialogue", "talk_to_person", language)
        assert language == "en" or message != text("dialogue", "talk_to_person", "en")
        cid, headers = start_conversation(c)
        say(c, cid, headers, message)
        run_jobs()
        view = conversation(c, cid, headers)
        assert view["status"] == "waiting_for_human", (language, message)
        (decision,) = _decisions(cid)
        assert decision["action"] == "escalate" and decision["human_request"], language
        assert decision["language"] == language


def test_a_clarifying_question_offers_its_choices_and_a_title_chooses() -> None:
    c = client()
    cid, headers = start_conversation(c)
    say(c, cid, headers, "Ich will etwas zurückschicken und mein Geld zurück")
    run_jobs()
    bot = [m for m in conversation(c, cid, headers)["messages"] if m["author"] == "bot"]
    assert len(bot) == 1
    choices = bot[0]["choices"]
    (asked,) = _decisions(cid)
    options = asked["clarify_options"]
    kb = knowledge_base()
    assert asked["bot_move"] == "clarify"
    assert choices == [kb.article(o, "de").title for o in options]
    # Clicking a quick reply sends its title: the second option is answered.
    say(c, cid, headers, choices[1])
    run_jobs()
    view = conversation(c, cid, headers)
    chosen = _decisions(cid)[-1]
    assert (chosen["bot_move"], chosen["answer_article"]) == ("answer", options[1])
    later = [m for m in view["messages"] if m["author"] == "bot"]
    assert later[0]["choices"] == choices  # the question keeps its choices
    assert all(m["choices"] is None for m in later[1:])


# --- unknown pages ------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/nope", "/agent/nope/deeper", "/ops/unknown", "/static/nope.js"])
def test_unknown_pages_get_the_styled_404_page(path: str) -> None:
    r = client().get(path, headers={"Accept": "text/html"})
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "Not found" in r.text and "/static/relaydesk.css" in r.text
    assert r.headers["content-security-policy"].startswith("default-src 'self'")


@pytest.mark.parametrize(
    ("method", "path", "accept"),
    [
        ("GET", "/api/v1/nope", "text/html"),
        ("GET", "/api", "*/*"),
        ("GET", "/api/v1/conversations/x/y/z", "text/html"),
        ("POST", "/nope", "text/html"),
        ("GET", "/nope", "application/json"),
        ("GET", "/healthz/x", "*/*"),
    ],
)
def test_the_api_keeps_json_errors(method: str, path: str, accept: str) -> None:
    r = client().request(method, path, headers={"Accept": accept})
    assert r.status_code in (404, 405)
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["error"] in ("NotFound", "MethodNotAllowed")


def test_a_missing_conversation_stays_a_json_404() -> None:
    c = client()
    cid, headers = start_conversation(c)
    with unit_of_work() as s:
        s.delete(s.get(Conversation, cid))
    r = c.get(f"/api/v1/conversations/{cid}", headers=headers, follow_redirects=False)
    assert r.status_code == 404
    assert r.json() == {"error": "NotFound", "detail": f"conversation {cid} not found"}
