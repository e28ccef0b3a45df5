"""Every page in real headless Chromium at a phone's width (360 x 740) and a desktop's
(1280 x 800), against a live API with data in it (a waiting ticket, one the agent holds for
a signed-in customer with orders, resolved and rated history, the ruleset): nothing scrolls
sideways, no console error and no failed request (4xx/5xx) besides the 404 page's own, the
Content-Security-Policy is sent, and a full-page screenshot of each lands in
`var/screenshots/pages/<page>-<phone|desktop>.png` (not committed; the folder is
`RELAYDESK_SCREENSHOTS` when set) for a reviewer to look at. Each page sends the wrong role
away: an agent from /ops, an ops lead from the agent pages, a signed-out visitor to /login."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Response,
    ViewportSize,
    expect,
)
from sqlalchemy import update

from core.db import unit_of_work
from router.conversations.models import Conversation
from router.customers.seed import SHOWCASE_CUSTOMER, seed_demo_customers
from tests.agents_ui.browser_support import PASSWORD, add_user, shot, sign_in
from tests.support.helpers import WaitingTicket, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

REPO = Path(__file__).resolve().parents[2]
WIDTHS = {
    "phone": ViewportSize(width=360, height=740),
    "desktop": ViewportSize(width=1280, height=800),
}
CONV = "relaydesk.conv"  # where the chat keeps its conversation (sessionStorage)
SETTLE_MS = 400  # after a page is ready: requests it makes next still count
HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1"><b id="injected">Hi</b>'


def screenshot_folder() -> Path:
    folder = Path(os.environ.get("RELAYDESK_SCREENSHOTS") or REPO / "var" / "screenshots" / "pages")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- the data ---------------------------------------------------------------------------


class Api:
    """The public API as one user."""

    def __init__(self, site: str, username: str) -> None:
        self.http = httpx.Client(base_url=site, timeout=20)
        body = {"username": username, "password": PASSWORD}
        token = self.http.post("/api/v1/auth/token", json=body).json()["access_token"]
        self.http.headers["Authorization"] = f"Bearer {token}"

    def get(self, path: str) -> None:
        r = self.http.get(path)
        assert r.status_code == 200, (path, r.text)

    def post(self, path: str, body: object = None, status: int = 200) -> None:
        r = self.http.post(path, json=body)
        assert r.status_code == status, (path, r.text)


@dataclass(frozen=True)
class Desk:
    held: str  # the ticket anna holds: a signed-in customer with orders
    rate_me: WaitingTicket  # resolved by anna, not rated yet: its chat asks for a rating


def fill_the_desk(site: str) -> Desk:
    with unit_of_work() as session:
        seed_demo_customers(session)
    add_user("anna")
    add_user("olivia", role="ops")
    waiting_ticket("Where is my parcel? It has been a week.")
    waiting_ticket(f"Erstattung? {HOSTILE}", language="de", queue="refunds", priority=2)
    held = waiting_ticket("Wann ist meine nächste Rate für Bestellung 1017 fällig?", language="de")
    with unit_of_work() as s:  # the demo shop's signed-in customer, with orders and payments
        s.execute(
            update(Conversation)
            .where(Conversation.id == held.conversation_id)
            .values(customer_ref=SHOWCASE_CUSTOMER)
        )
    rated, rate_me = waiting_ticket("I was charged twice"), waiting_ticket("Refund, please")

    ops = Api(site, "olivia")
    ops.get("/api/v1/rules/active")  # the shipped ruleset, stored as version 1
    text = "Du kannst deine nächste Rate einmal um 14 Tage verschieben."
    saved = {"title": "Rate verschieben", "language": "de", "scope": "team", "text": text}
    ops.post("/api/v1/saved-replies", saved, status=201)
    anna = Api(site, "anna")
    anna.post("/api/v1/agents/me/presence", {"status": "online"})
    for t, reply in (
        (rated, "I refunded the second charge."),
        (rate_me, "Your refund is on its way."),
    ):
        anna.post(f"/api/v1/tickets/{t.id}/claim")
        anna.post(f"/api/v1/tickets/{t.id}/messages", {"text": reply}, status=201)
        anna.post(f"/api/v1/tickets/{t.id}/resolve", {"resolution_code": "refund_issued"})
    rating = {"score": 5, "comment": f"Quick and kind {HOSTILE}"}
    path = f"{site}/api/v1/conversations/{rated.conversation_id}/rating"
    r = httpx.post(path, json=rating, headers=rated.customer)
    assert r.status_code in (200, 201), r.text
    anna.post(f"/api/v1/tickets/{held.id}/claim")
    anna.post(f"/api/v1/tickets/{held.id}/notes", {"text": "Asked about 1017 twice."}, status=201)
    return Desk(held=held.id, rate_me=rate_me)


# --- visiting a page ----------------------------------------------------------------------


@dataclass(frozen=True)
class Visit:
    name: str  # of the screenshot
    path: str
    who: str  # "visitor", "customer", "agent" or "ops": whose browser opens it
    ready: Callable[[Page], None]  # waits until the page shows its data
    status: int = 200


class Recorder:
    """What went wrong on a page while it was watched: console errors, script errors,
    failed requests and answers of 400 or more (but the expected status of the page)."""

    def __init__(self, page: Page, url: str, status: int) -> None:
        self.problems: list[str] = []
        self.watching = True
        self.url, self.status = url, status
        page.on("console", self._console)
        page.on("pageerror", lambda e: self._add(f"script error: {e}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)

    def _add(self, problem: str) -> None:
        if self.watching:
            self.problems.append(problem)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        expected = self.status >= 400 and message.location.get("url") == self.url
        if not (expected and f"status of {self.status}" in message.text):
            self._add(f"console error: {message.text} ({message.location.get('url')})")

    def _failed(self, request: Request) -> None:
        self._add(f"failed request: {request.method} {request.url} ({request.failure})")

    def _response(self, response: Response) -> None:
        page_itself = response.url == self.url and response.status == self.status
        if response.status >= 400 and not page_itself:
            self._add(f"{response.status} for {response.request.method} {response.url}")


def visit(context: BrowserContext, site: str, target: Visit, width: str) -> list[str]:
    """Open `target` at `width`, check it and screenshot it; the problems found."""
    page = context.new_page()
    page.set_viewport_size(WIDTHS[width])
    url = site + target.path
    recorder = Recorder(page, url, target.status)
    problems = recorder.problems
    try:
        response = page.goto(url)
        assert response is not None
        if response.status != target.status:
            problems.append(f"status {response.status}, not {target.status}")
        csp = response.headers.get("content-security-policy", "")
        if "script-src 'self'" not in csp or "default-src 'self'" not in csp:
            problems.append(f"Content-Security-Policy missing or weak: {csp!r}")
        target.ready(page)
        page.wait_for_timeout(SETTLE_MS)
        if page.url != url:
            problems.append(f"ended on {page.url}")
        sizes = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if sizes[0] > sizes[1]:
            problems.append(f"scrolls sideways: {sizes[0]} px wide in a {sizes[1]} px window")
        if page.evaluate("document.body.dataset.pwned") is not None:
            problems.append("data ran as script")
        shot(page, screenshot_folder() / f"{target.name}-{width}.png")
    except AssertionError as failure:  # a page that never got ready: reported with the rest
        problems.append(f"not ready: {str(failure).splitlines()[0]}")
    finally:
        recorder.watching = False  # closing aborts the live streams: not the page's fault
        page.close()
    return [f"{target.name} at {width} width: {p}" for p in problems]


# --- what each page shows when it is ready --------------------------------------------


def home_ready(page: Page) -> None:
    expect(page.locator("h1")).to_have_text("Relaydesk")


def chat_ready(page: Page) -> None:
    expect(page.locator("#status")).to_have_text("Assistant")
    expect(page.locator(".msg.agent .who")).to_have_text("Anna")
    expect(page.locator("#rate")).to_be_visible()


def login_ready(page: Page) -> None:
    expect(page.locator("#login")).to_be_visible()
    expect(page.locator("#username")).to_be_editable()


def board_ready(page: Page) -> None:
    expect(page.locator("#live")).to_have_text("live")
    expect(page.locator(".job")).to_have_count(2)
    expect(page.locator("#held .held-item")).to_have_count(1)
    expect(page.locator("#capacity")).to_have_text("Holding 1 of 2")


def workspace_ready(page: Page) -> None:
    expect(page.locator("#ticket-status")).to_have_text("Reply needed")
    expect(page.locator("#customer-panel .instalments .cp-item")).to_have_count(4)
    expect(page.locator("#notes .note")).to_have_count(1)
    expect(page.locator("#sr-list .sr-insert")).to_have_count(1)
    expect(page.locator("#transfer-queue option").first).to_have_text("Keep it in General")


def earnings_ready(page: Page) -> None:
    expect(page.locator("#earn-tickets > li")).to_have_count(2)
    expect(page.locator("#earn-rating")).to_contain_text("from 1 rating")


def ops_ready(page: Page) -> None:
    expect(page.locator("#active-version")).to_have_text("Active: version 1")
    expect(page.locator("#dash-live")).to_have_text(re.compile("^updated"))
    expect(page.locator("#dash-waiting")).to_have_text("2")
    expect(page.locator("#versions tbody tr")).to_have_count(1)


def not_found_ready(page: Page) -> None:
    expect(page.locator("h1")).to_have_text("Not found")


@pytest.fixture
def contexts(browser: Browser) -> Iterator[dict[str, BrowserContext]]:
    """A browser profile per kind of person (each signs in where the test needs it)."""
    people = ("visitor", "customer", "agent", "ops")
    made = {who: browser.new_context(locale="en-GB") for who in people}
    yield made
    for context in made.values():
        context.close()


def sign_in_as(context: BrowserContext, site: str, username: str, home: str) -> None:
    page = context.new_page()
    sign_in(page, site, username)
    expect(page).to_have_url(f"{site}{home}")
    page.close()


def test_every_page_fits_both_widths_without_errors(
    site: str, contexts: dict[str, BrowserContext]
) -> None:
    desk = fill_the_desk(site)
    sign_in_as(contexts["agent"], site, "anna", "/agent")
    sign_in_as(contexts["ops"], site, "olivia", "/ops")
    # The customer's tab holds the conversation anna resolved (as the chat keeps it).
    token = desk.rate_me.customer["Authorization"].removeprefix("Bearer ")
    conv = json.dumps(json.dumps({"id": desk.rate_me.conversation_id, "token": token}))
    contexts["customer"].add_init_script(
        f"sessionStorage.getItem('{CONV}') || sessionStorage.setItem('{CONV}', {conv});"
    )
    pages = [
        Visit("home", "/", "visitor", home_ready),
        Visit("chat", "/chat", "customer", chat_ready),
        Visit("login", "/login", "visitor", login_ready),
        Visit("agent-board", "/agent", "agent", board_ready),
        Visit("agent-ticket", f"/agent/ticket/{desk.held}", "agent", workspace_ready),
        Visit("agent-earnings", "/agent/earnings", "agent", earnings_ready),
        Visit("ops", "/ops", "ops", ops_ready),
        Visit("not-found", "/no/such/page", "visitor", not_found_ready, status=404),
    ]
    problems: list[str] = []
    for target in pages:
        for width in WIDTHS:
            problems += visit(contexts[target.who], site, target, width)
    folder = screenshot_folder()
    for target in pages:
        for width in WIDTHS:
            path = folder / f"{target.name}-{width}.png"
            assert path.exists() and path.stat().st_size > 5_000, path
    assert problems == [], "\n".join(problems)


def test_each_page_sends_the_wrong_role_away(
    site: str, contexts: dict[str, BrowserContext]
) -> None:
    add_user("anna")
    add_user("olivia", role="ops")
    ticket = waiting_ticket().id
    agent_pages = ("/agent", "/agent/earnings", f"/agent/ticket/{ticket}")

    # Signed out: every page for staff goes to the sign-in page, which comes back after it.
    visitor = contexts["visitor"].new_page()
    for path in (*agent_pages, "/ops"):
        visitor.goto(site + path)
        expect(visitor).to_have_url(f"{site}/login?next={path.replace('/', '%2F')}")
        expect(visitor.locator("#login")).to_be_visible()
        expect(visitor.locator("#who")).to_have_count(0)

    # Signing in there brings the agent back to the page she asked for.
    agent = contexts["agent"].new_page()
    agent.goto(f"{site}/agent/earnings")
    expect(agent).to_have_url(f"{site}/login?next=%2Fagent%2Fearnings")
    agent.fill("#username", "anna")
    agent.fill("#password", PASSWORD)
    agent.click("#login-submit")
    expect(agent).to_have_url(f"{site}/agent/earnings")
    expect(agent.locator("#earn-empty")).to_be_visible()

    # An agent has no business on the ops page.
    agent.goto(f"{site}/ops")
    expect(agent).to_have_url(f"{site}/agent")
    expect(agent.locator("#who")).to_have_text("anna")
    expect(agent.locator("#rules-title")).to_have_count(0)

    # An ops lead is sent from the agent pages to theirs.
    sign_in_as(contexts["ops"], site, "olivia", "/ops")
    ops = contexts["ops"].new_page()
    for path in agent_pages:
        ops.goto(site + path)
        expect(ops).to_have_url(f"{site}/ops")
        expect(ops.locator("#rules-title")).to_have_text("Escalation rules")
    # ... and nothing of the waiting ticket was claimed on the way.
    board = Api(site, "anna").http.get("/api/v1/tickets")
    assert board.status_code == 200 and board.json()["held"] == 0
