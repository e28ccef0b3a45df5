"""The ops dashboard in real Chromium, against a live API and worker (SQLite and
PostgreSQL): every number equals what the metrics API answers for the window the page asked
for; the charts are drawn (from the vendored uPlot, no CDN); the agents on duty show what
they hold; staffing shows Erlang C's agents next to those online; data is only ever text;
screenshots at a phone's width (360 px) and a desktop's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect

from core.db import unit_of_work
from escalation.users.service import create_user
from tests.agents_ui.browser_support import PASSWORD, NewPage, add_user, shot, sign_in
from tests.support.helpers import waiting_ticket
from tests.support.processes import wait_for

pytestmark = pytest.mark.usefixtures("backend")

HOSTILE_NAME = '<img src=x onerror="document.body.dataset.pwned=1"><b id="injected">Anna</b>'
TILES = (
    "conversations",
    "containment",
    "durable",
    "escalation",
    "first-time",
    "ttp",
    "wait",
    "sla",
    "csat-people",
    "csat-bot",
    "llm",
    "pay",
    "waiting",
    "longest",
    "online",
)


def pct(v: float | None) -> str:
    return "–" if v is None else f"{v * 100:.1f} %"


def secs(v: float | None) -> str:
    if v is None:
        return "–"
    if v < 60:
        return f"{v:.1f} s"
    s = int(v)
    if s < 3600:
        return f"{s // 60}:{s % 60:02d}"
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def trio(d: dict[str, Any]) -> str:
    return f"{secs(d['p50_s'])} / {secs(d['p90_s'])} / {secs(d['p99_s'])}" if d["count"] else "–"


class Api:
    def __init__(self, site: str, username: str) -> None:
        self.http = httpx.Client(base_url=site, timeout=20)
        body = {"username": username, "password": PASSWORD}
        token = self.http.post("/api/v1/auth/token", json=body).json()["access_token"]
        self.http.headers["Authorization"] = f"Bearer {token}"

    def get(self, path: str, **params: Any) -> Any:
        r = self.http.get(path, params=params)
        assert r.status_code == 200, r.text
        return r.json()

    def post(self, path: str, body: Any = None, status: int = 200) -> Any:
        r = self.http.post(path, json=body)
        assert r.status_code == status, r.text
        return r.json()


def customer(site: str, text: str) -> tuple[str, dict[str, str]]:
    """A conversation through the real pipeline, once the worker decided its message."""
    with httpx.Client(base_url=site, timeout=20) as http:
        conv = http.post("/api/v1/conversations", json={"language": "en"}).json()
        auth = {"Authorization": f"Bearer {conv['token']}"}
        sent = http.post(
            f"/api/v1/conversations/{conv['id']}/messages", json={"text": text}, headers=auth
        )
        assert sent.status_code == 202, sent.text

        def decided() -> bool:
            body = http.get(f"/api/v1/conversations/{conv['id']}", headers=auth).json()
            return any(m["author"] != "customer" for m in body["messages"])

        wait_for(decided, 30, f"the bot's move on {text!r}")
    return conv["id"], auth


def build_day(site: str) -> str:
    """A question the bot answers; two requests for a person, one resolved (and rated 5)
    and one held by anna; one more ticket waiting. Returns the held ticket's id."""
    with unit_of_work() as session:
        create_user(
            session,
            username="anna",
            password=PASSWORD,
            role="agent",
            languages=("de", "en"),
            display_name=HOSTILE_NAME,
        )
    add_user("olga", role="ops")
    customer(site, "Where is my refund?")
    first, first_auth = customer(site, "I want to talk to a human")
    customer(site, "can i talk to an actual human pls")
    anna = Api(site, "anna")
    anna.post("/api/v1/agents/me/presence", {"status": "online"})
    board = anna.get("/api/v1/tickets")["tickets"]
    assert len(board) == 2
    by_conversation: dict[str, str] = {}
    for card in board:
        state = anna.post(f"/api/v1/tickets/{card['id']}/claim")
        by_conversation[state["conversation_id"]] = card["id"]
        anna.post(f"/api/v1/tickets/{card['id']}/messages", {"text": "Hi, Anna here."}, 201)
    resolved = by_conversation.pop(first)
    anna.post(f"/api/v1/tickets/{resolved}/resolve", {"resolution_code": "solved"})
    with httpx.Client(base_url=site, timeout=20) as http:
        rating = {"score": 5}
        r = http.post(f"/api/v1/conversations/{first}/rating", json=rating, headers=first_auth)
        assert r.status_code == 201, r.text
    waiting_ticket("Someone charged my card twice")
    [held] = by_conversation.values()
    return held


def readings(page: Page) -> dict[str, Any]:
    """Every tile's text and value and the window, read at one moment (no refresh between)."""
    return dict(
        page.evaluate(
            """(ids) => {
              const out = {};
              for (const id of ids) {
                const node = document.getElementById("dash-" + id);
                out[id] = { text: node.textContent, value: node.dataset.value };
              }
              const w = document.getElementById("dash-window").dataset;
              out.window = { from: w.from, to: w.to };
              return out;
            }""",
            list(TILES),
        )
    )


def test_the_dashboard_shows_the_apis_numbers(site: str, new_page: NewPage, tmp_path: Path) -> None:
    held = build_day(site)
    ops = Api(site, "olga")
    page = new_page()
    page.set_viewport_size({"width": 360, "height": 800})
    sign_in(page, site, "olga")
    expect(page).to_have_url(f"{site}/ops")
    expect(page.locator("#dash-live")).to_have_attribute("data-state", "live", timeout=15_000)
    expect(page.locator("#dash-conversations")).to_have_text("4")

    seen = readings(page)
    m = ops.get("/api/v1/metrics", **{"from": seen["window"]["from"], "to": seen["window"]["to"]})
    assert m["window"] == seen["window"]
    t = m["total"]
    c = t["containment"]
    expected = {
        "conversations": str(t["conversations"]["total"]),
        "containment": pct(c["rate"]),
        "durable": pct(c["durable_rate"]),
        "escalation": pct(c["escalation_rate"]),
        "first-time": pct(t["human_requests"]["first_time_rate"]),
        "ttp": trio(t["time_to_person"]),
        "wait": trio(t["wait_until_claim"]),
        "sla": pct(t["sla"]["attainment"]),
        "csat-people": pct(t["csat"]["people"]["csat"]),
        "csat-bot": pct(t["csat"]["bot"]["csat"]),
    }
    for tile, text in expected.items():
        assert seen[tile]["text"] == text, tile
    assert seen["llm"]["text"] == "$0.0000"
    assert json.loads(seen["pay"]["value"]) == t["pay"][0]["per_resolved_ticket_cents"]
    cents = t["pay"][0]["per_resolved_ticket_cents"]
    assert t["pay"][0]["currency"] == "EUR" and seen["pay"]["text"] == f"€{cents / 100:.2f}"
    assert json.loads(seen["ttp"]["value"]) == t["time_to_person"]
    assert json.loads(seen["containment"]["value"]) == c["rate"]
    # The numbers themselves: 4 conversations, 3 escalated, 2 reached a person, 1 rating of 5.
    assert t["conversations"]["total"] == 4 and c["escalated"] == 3 and c["reached_person"] == 2
    assert seen["containment"]["text"] == "50.0 %" and seen["escalation"]["text"] == "75.0 %"
    assert seen["csat-people"]["text"] == "100.0 %"

    live = ops.get("/api/v1/metrics/live")
    assert seen["waiting"]["text"] == str(live["waiting"]) == "1"
    assert seen["online"]["text"] == "1"
    expect(page.locator('#queues-now tr[data-queue="general"] td').nth(1)).to_have_text("1")
    reasons = t["escalation_by_reason"]
    asked = page.locator('#reasons tr[data-rule="explicit_human_request"] td').nth(1)
    expect(asked).to_have_text(str(reasons["explicit_human_request"]["conversations"]))

    # The charts: drawn by the vendored uPlot, one point per hour of the day.
    chart = page.locator("#chart-volume")
    expect(chart.locator("canvas")).to_have_count(1)
    assert chart.locator("canvas").bounding_box()["width"] > 200  # type: ignore[index]
    expect(chart).to_have_attribute("data-points", "24")
    series = ops.get(
        "/api/v1/metrics/series",
        **{
            "from": chart.get_attribute("data-from"),
            "to": chart.get_attribute("data-to"),
            "bucket_s": chart.get_attribute("data-bucket"),
        },
    )
    assert len(series["points"]) == 24
    assert sum(p["metrics"]["conversations"]["total"] for p in series["points"]) == 4
    assert page.evaluate("typeof window.uPlot") == "function"
    scripts = page.evaluate("[...document.scripts].map((s) => s.src)")
    assert all(src.startswith(site) for src in scripts)  # nothing from a CDN

    # Agents on duty: anna, what she holds, her name as text.
    row = page.locator('#agents-online li[data-username="anna"]')
    expect(row).to_have_count(1)
    expect(row.locator("strong")).to_have_text(HOSTILE_NAME)
    expect(row.locator(".roster-holds")).to_have_text("holds 1 of 2")
    expect(row.locator(f'.tag[data-ticket="{held}"]')).to_contain_text("general · en")
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator("main img, #injected").count() == 0

    # Staffing: Erlang C's agents next to the agents online, per language.
    staffing = ops.get("/api/v1/metrics/staffing")
    [english] = [r for r in staffing["by_language"] if r["language"] == "en"]
    en_row = page.locator('#staffing-languages tr[data-language="en"]')
    expect(en_row.locator("td.needed")).to_have_text(str(english["agents_needed"]))
    expect(en_row.locator("td.online")).to_have_text(str(english["agents_online"]))
    assert english["agents_online"] == 1

    shot(page, tmp_path / "ops-dashboard-phone-360.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360  # no sideways scroll
    page.set_viewport_size({"width": 1280, "height": 900})
    expect(chart.locator("canvas")).to_have_count(1)
    shot(page, tmp_path / "ops-dashboard-desktop.png")
    assert (tmp_path / "ops-dashboard-phone-360.png").stat().st_size > 10_000
    assert (tmp_path / "ops-dashboard-desktop.png").stat().st_size > 10_000


def test_the_dashboard_follows_the_board_live(site: str, new_page: NewPage) -> None:
    """A ticket that arrives while the page is open shows within a refresh (5 s)."""
    add_user("olga", role="ops")
    page = new_page()
    sign_in(page, site, "olga")
    expect(page.locator("#dash-waiting")).to_have_text("0", timeout=15_000)
    expect(page.locator("#agents-empty")).to_be_visible()
    waiting_ticket("My parcel never arrived")
    expect(page.locator("#dash-waiting")).to_have_text("1", timeout=12_000)
    expect(page.locator("#dash-conversations")).to_have_text("1", timeout=12_000)
    page.click('.dash-range button[data-range="1h"]')
    expect(page.locator("#chart-volume")).to_have_attribute("data-points", "12", timeout=10_000)
