"""Saved replies over HTTP on SQLite and PostgreSQL: an agent's own are theirs alone; the
team's are for every agent to use and for ops leads alone to change; titles are unique per
owner and language; bad input changes nothing."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from core.db import unit_of_work
from escalation.notes import service
from escalation.notes.models import SavedReply
from tests.support.helpers import client, make_agent, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

URL = "/api/v1/saved-replies"
HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>\n&lt;b&gt; {customer}'


def _create(c: TestClient, headers: dict[str, str], **body: Any) -> Any:
    return c.post(URL, json=body, headers=headers)


def _list(c: TestClient, headers: dict[str, str], query: str = "") -> list[dict[str, Any]]:
    r = c.get(URL + query, headers=headers)
    assert r.status_code == 200, r.text
    result: list[dict[str, Any]] = r.json()
    return result


def _stored() -> list[tuple[int | None, str, str, str | None]]:
    with unit_of_work() as s:
        return [
            (r.owner_id, r.title, r.text, r.language)
            for r in s.scalars(select(SavedReply).order_by(SavedReply.id))
        ]


def test_an_agents_own_replies_are_theirs_alone() -> None:
    c = client()
    anna_id, anna = make_agent("anna")
    _, sven = make_agent("sven")
    _, olivia = make_agent("olivia", role="ops", presence=None)
    r = _create(c, anna, title="  Refund\ntimeline ", text=HOSTILE, language="en")
    assert r.status_code == 201, r.text
    mine = r.json()
    assert mine["title"] == "Refund timeline"  # one line
    assert mine["text"] == HOSTILE  # as written
    assert (mine["scope"], mine["language"], mine["editable"], mine["updated_by"]) == (
        "mine",
        "en",
        True,
        "anna",
    )
    assert _list(c, anna) == [mine]
    assert _list(c, sven) == [] and _list(c, olivia) == []
    before = _stored()
    for other in (sven, olivia):  # invisible to them, so not there to change
        r = c.put(f"{URL}/{mine['id']}", json={"title": "Mine now", "text": "x"}, headers=other)
        assert r.status_code == 404 and r.json()["error"] == "NotFound"
        assert c.delete(f"{URL}/{mine['id']}", headers=other).status_code == 404
    assert _stored() == before == [(anna_id, "Refund timeline", HOSTILE, "en")]

    r = c.put(f"{URL}/{mine['id']}", json={"title": "Refunds", "text": "5 days"}, headers=anna)
    assert r.status_code == 200, r.text
    assert (r.json()["title"], r.json()["text"], r.json()["language"]) == (
        "Refunds",
        "5 days",
        None,
    )
    assert r.json()["updated_at"] >= mine["updated_at"]
    assert c.delete(f"{URL}/{mine['id']}", headers=anna).status_code == 204
    assert _list(c, anna) == [] and _stored() == []
    assert c.delete(f"{URL}/{mine['id']}", headers=anna).status_code == 404


def test_team_replies_are_for_everyone_and_changed_by_ops_leads_only() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, olivia = make_agent("olivia", role="ops", presence=None)
    r = _create(c, anna, title="Hello", text="Hi!", scope="team")
    assert r.status_code == 403
    assert r.json()["detail"] == "team replies are managed by ops leads"
    assert _stored() == []
    r = _create(c, olivia, title="Welcome", text="Hello, I'm here to help.", scope="team")
    assert r.status_code == 201, r.text
    team = r.json()
    assert (team["scope"], team["editable"], team["updated_by"]) == ("team", True, "olivia")
    assert _create(c, anna, title="Bye", text="Take care!").status_code == 201

    listed = _list(c, anna)  # the agent's own first, then the team's
    assert [(x["title"], x["scope"], x["editable"]) for x in listed] == [
        ("Bye", "mine", True),
        ("Welcome", "team", False),
    ]
    assert [x["title"] for x in _list(c, olivia)] == ["Welcome"]
    before = _stored()
    r = c.put(f"{URL}/{team['id']}", json={"title": "Welcome", "text": "hacked"}, headers=anna)
    assert r.status_code == 403 and r.json()["error"] == "Forbidden"
    assert c.delete(f"{URL}/{team['id']}", headers=anna).status_code == 403
    assert _stored() == before

    r = c.put(
        f"{URL}/{team['id']}",
        json={"title": "Welcome", "text": "Willkommen!", "language": "de"},
        headers=olivia,
    )
    assert r.status_code == 200 and r.json()["text"] == "Willkommen!"
    assert [x["language"] for x in _list(c, anna) if x["scope"] == "team"] == ["de"]
    assert c.delete(f"{URL}/{team['id']}", headers=olivia).status_code == 204
    assert [x["title"] for x in _list(c, anna)] == ["Bye"]


def test_titles_are_unique_per_owner_and_language() -> None:
    c = client()
    _, anna = make_agent("anna")
    _, sven = make_agent("sven")
    _, olivia = make_agent("olivia", role="ops", presence=None)
    assert _create(c, anna, title="Greeting", text="Hello", language="en").status_code == 201
    r = _create(c, anna, title=" GREETING ", text="Hello again", language="en")
    assert r.status_code == 409
    assert r.json()["detail"] == "you already have a saved reply titled 'GREETING' for English"
    assert _create(c, anna, title="Greeting", text="Hallo", language="de").status_code == 201
    assert _create(c, anna, title="Greeting", text="Hi").status_code == 201  # any language
    assert _create(c, sven, title="Greeting", text="Hello", language="en").status_code == 201
    assert _create(c, olivia, title="greeting", text="Hey", scope="team").status_code == 201
    r = _create(c, olivia, title="Greeting", text="Hey", scope="team")
    assert r.status_code == 409
    assert r.json()["detail"] == "the team already has a saved reply titled 'Greeting'"
    assert len(_stored()) == 5

    # Renaming onto a taken title is refused and changes nothing; keeping its own is fine.
    other = _create(c, anna, title="Thanks", text="Thank you", language="en").json()
    before = _stored()
    r = c.put(
        f"{URL}/{other['id']}",
        json={"title": "greeting", "text": "x", "language": "en"},
        headers=anna,
    )
    assert r.status_code == 409 and _stored() == before
    r = c.put(
        f"{URL}/{other['id']}",
        json={"title": "THANKS", "text": "Thanks!", "language": "en"},
        headers=anna,
    )
    assert r.status_code == 200 and r.json()["title"] == "THANKS"


def test_the_list_by_language() -> None:
    c = client()
    _, anna = make_agent("anna")
    for title, language in (("A", "en"), ("B", "de"), ("C", None), ("D", "sv")):
        assert _create(c, anna, title=title, text="t", language=language).status_code == 201
    assert [x["title"] for x in _list(c, anna, "?language=de")] == ["B", "C"]
    assert [x["title"] for x in _list(c, anna, "?language=fi")] == ["C"]
    assert [x["title"] for x in _list(c, anna)] == ["A", "B", "C", "D"]
    for bad in ("?language=DE", "?language=deu", "?language=", "?language=<b>"):
        assert c.get(URL + bad, headers=anna).status_code == 422, bad


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"title": "t"},
        {"text": "t"},
        {"title": "", "text": "t"},
        {"title": " \n ", "text": "t"},
        {"title": "t", "text": "  "},
        {"title": "x" * 101, "text": "t"},
        {"title": "t", "text": "x" * 4001},
        {"title": "t", "text": "t", "language": "xx"},
        {"title": "t", "text": "t", "language": "EN"},
        {"title": "t", "text": "t", "scope": "all"},
        {"title": "t", "text": "t", "owner_id": 2},
        {"title": 5, "text": "t"},
        {"title": "t", "text": None},
        {"title": "t\x00", "text": "t"},
        [],
        "reply",
    ],
)
def test_bad_replies_are_refused_and_change_nothing(body: Any) -> None:
    c = client()
    _, anna = make_agent("anna")
    kept = _create(c, anna, title="Kept", text="as it was").json()
    before = _stored()
    r = c.post(URL, json=body, headers=anna)
    assert r.status_code == 422, (body, r.text)
    assert r.json()["error"] == "ValidationFailed"
    if isinstance(body, dict) and "scope" not in body and "owner_id" not in body:
        r = c.put(f"{URL}/{kept['id']}", json=body, headers=anna)
        assert r.status_code == 422, (body, r.text)
    assert _stored() == before


def test_limits_unknown_ids_and_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    c = client()
    _, anna = make_agent("anna")
    _, olivia = make_agent("olivia", role="ops", presence=None)
    r = _create(c, anna, title="Long", text="x" * 70_000)
    assert r.status_code == 413 and r.json()["error"] == "PayloadTooLarge"
    r = _create(c, anna, title="Long", text="é" * 4001)
    assert r.json()["detail"] == "text is longer than 4000 characters (4001)"
    assert _create(c, anna, title="Longest", text="é" * 4000).status_code == 201

    monkeypatch.setattr(service, "MAX_REPLIES_PER_AGENT", 2)
    monkeypatch.setattr(service, "MAX_TEAM_REPLIES", 1)
    assert _create(c, anna, title="Second", text="t").status_code == 201
    r = _create(c, anna, title="Third", text="t")
    assert r.status_code == 409
    assert r.json()["detail"] == (
        "you have 2 saved replies, the most there may be; delete one first"
    )
    assert _create(c, olivia, title="Team 1", text="t", scope="team").status_code == 201
    assert _create(c, olivia, title="Team 2", text="t", scope="team").status_code == 409
    assert len(_stored()) == 3

    for path in (f"{URL}/999999", f"{URL}/{2**62}"):
        assert c.put(path, json={"title": "t", "text": "t"}, headers=anna).status_code == 404
        assert c.delete(path, headers=olivia).status_code == 404
    for path in (f"{URL}/0", f"{URL}/-1", f"{URL}/abc", f"{URL}/{2**63}"):
        assert c.delete(path, headers=anna).status_code == 422, path

    customer = waiting_ticket().customer
    for headers in ({}, customer, {"Authorization": "Bearer forged.token.here"}):
        assert c.get(URL, headers=headers).status_code == 401
        assert c.post(URL, json={"title": "t", "text": "t"}, headers=headers).status_code == 401
        assert c.delete(f"{URL}/1", headers=headers).status_code == 401
    assert len(_stored()) == 3


@pytest.mark.parametrize("scope", ["mine", "team"])
def test_racing_writes_of_one_title_store_it_once(scope: str) -> None:
    _, olivia = make_agent("olivia", role="ops", presence=None)
    racers = 6
    barrier = threading.Barrier(racers)
    statuses: list[int] = []

    clients = [client() for _ in range(racers)]
    for c in clients:  # each app's first request (FastAPI's lazy set-up), not racing
        assert c.post(URL, json={}, headers=olivia).status_code == 422

    def create(n: int) -> None:
        c = clients[n]
        barrier.wait()
        r = _create(c, olivia, title="Same title", text=f"racer {n}", scope=scope)
        statuses.append(r.status_code)

    threads = [threading.Thread(target=create, args=(n,)) for n in range(racers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(statuses) == [201] + [409] * (racers - 1)
    assert [title for _, title, _, _ in _stored()] == ["Same title"]
