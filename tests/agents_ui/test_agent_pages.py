"""The agents' job board and workspace in real Chromium, against a live API and worker: a
customer's request for a person appears live on the board, one agent claims it and talks
to the customer, the other sees it vanish; the customer's HTML is only ever text."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, Route, expect

from tests.agents_ui.browser_support import (
    PASSWORD,
    NewPage,
    add_user,
    agent_online,
    customer_chat,
    say,
    shot,
    sign_in,
)

pytestmark = pytest.mark.usefixtures("backend")

HOSTILE = (
    '<img src=x onerror="document.body.dataset.pwned=1">'
    '<script>document.body.dataset.pwned=2</script><b id="injected">fett</b>'
    " Ich will einen Mitarbeiter!"
)
TICKET_URL = re.compile(r"/agent/ticket/([0-9a-f]{32})$")


def assert_inert(page: Page) -> None:
    """Nothing the customer wrote became an element or ran."""
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator("main img, main script, #injected").count() == 0


def ticket_id(page: Page) -> str:
    match = TICKET_URL.search(page.url)
    assert match, page.url
    return match.group(1)


def test_a_request_for_a_person_is_claimed_and_answered_live(
    site: str, new_page: NewPage, tmp_path: Path
) -> None:
    add_user("anna")
    add_user("ben")
    anna = agent_online(new_page, site, "anna")
    ben = agent_online(new_page, site, "ben")
    expect(anna.locator("#jobs-empty")).to_contain_text("No open jobs")
    shot(anna, tmp_path / "agent-board-empty.png")

    customer = customer_chat(new_page, site)
    say(customer, "Mitarbeiter")

    # The ticket appears on both boards without a reload, with what an agent decides on.
    card = anna.locator(".job")
    expect(card).to_have_count(1, timeout=10_000)
    expect(ben.locator(".job")).to_have_count(1)
    expect(card.locator(".lang")).to_have_text("German")
    expect(card.locator(".job-queue")).to_have_text("general")
    expect(card.locator(".reason")).to_contain_text("asked for a person")
    expect(card.locator(".preview")).to_have_text("Mitarbeiter")
    expect(card.locator(".pay")).to_have_text("€1.50")
    expect(card.locator(".prio")).to_have_text("High priority")
    waited = card.locator(".wait").inner_text()
    expect(card.locator(".wait")).not_to_have_text(waited)  # the waiting time ticks
    assert re.fullmatch(r"Waiting 0:\d\d", card.locator(".wait").inner_text())
    shot(anna, tmp_path / "agent-board.png")

    # One tap: anna has it, and it leaves ben's board.
    card.locator(".claim").click()
    expect(anna).to_have_url(TICKET_URL)
    expect(ben.locator(".job")).to_have_count(0, timeout=5_000)
    expect(ben.locator("#jobs-empty")).to_be_visible()

    # The workspace: the reason, the transcript and the decision with its signals.
    expect(anna.locator("#ticket-reason")).to_contain_text("asked for a person")
    expect(anna.locator("#ticket-status")).to_have_text("Reply needed")
    expect(anna.locator("#transcript .msg.customer")).to_have_text(re.compile("Mitarbeiter"))
    expect(anna.locator("#decisions")).to_contain_text("explicit_human_request")
    expect(anna.locator("#due")).to_contain_text("Reply by")
    expect(anna.locator("#events")).to_contain_text("claimed")

    anna.fill("#reply-text", "Hallo, hier ist Anna. Wie kann ich helfen?")
    anna.click("#reply-send")
    expect(customer.locator(".msg.agent")).to_contain_text("hier ist Anna", timeout=10_000)
    expect(customer.locator("#status")).to_have_text("With a person")
    expect(anna.locator("#ticket-status")).to_have_text("In progress")

    # New customer messages reach the workspace without a reload.
    say(customer, "Meine Rückerstattung fehlt seit zwei Wochen.")
    expect(anna.locator("#transcript .msg.customer").last).to_contain_text(
        "Rückerstattung fehlt", timeout=10_000
    )
    shot(anna, tmp_path / "agent-workspace.png")
    shot(customer, tmp_path / "customer-with-agent.png")

    # Back on the board, anna sees the ticket she holds; then she resolves it.
    anna.click("a.back")
    expect(anna.locator("#held .held-item")).to_have_count(1)
    expect(anna.locator("#capacity")).to_have_text("Holding 1 of 2")
    shot(anna, tmp_path / "agent-board-holding.png")
    anna.locator("#held a").click()
    anna.select_option("#resolution", "solved")
    anna.click("#resolve button[type=submit]")
    expect(anna.locator("#outcome-title")).to_have_text(re.compile("Resolved"))
    anna.click("#outcome-board")
    expect(anna).to_have_url(f"{site}/agent")
    expect(anna.locator("#held-section")).to_be_hidden()
    # The bot takes the conversation again: the customer can keep writing.
    expect(customer.locator("#status")).to_have_text("Assistant", timeout=10_000)


def test_customer_html_is_text_and_a_lost_race_is_friendly(
    site: str, new_page: NewPage, tmp_path: Path
) -> None:
    add_user("anna")
    add_user("ben")
    anna = agent_online(new_page, site, "anna")
    ben = agent_online(new_page, site, "ben")
    customer = customer_chat(new_page, site)
    say(customer, HOSTILE)

    for board in (anna, ben):
        expect(board.locator(".job")).to_have_count(1, timeout=10_000)
        expect(board.locator(".job .preview")).to_contain_text('<img src=x onerror="document')
        expect(board.locator(".job .preview")).to_contain_text("<script>")
        assert_inert(board)
    ticket = anna.locator(".job").get_attribute("data-id")
    assert ticket is not None

    # Ben taps Claim a moment after anna got it: a friendly word, and the card is gone.
    token = httpx.post(
        f"{site}/api/v1/auth/token", json={"username": "anna", "password": PASSWORD}
    ).json()["access_token"]

    def anna_first(route: Route) -> None:
        r = httpx.post(
            f"{site}/api/v1/tickets/{ticket}/claim", headers={"Authorization": f"Bearer {token}"}
        )
        assert r.status_code == 200
        route.continue_()

    ben.route(f"**/api/v1/tickets/{ticket}/claim", anna_first)
    ben.locator(".job .claim").click()
    expect(ben.locator("#flash")).to_have_text(
        "Someone else took that one. It's gone from your board."
    )
    expect(ben.locator(".job")).to_have_count(0)
    expect(ben).to_have_url(f"{site}/agent")
    shot(ben, tmp_path / "agent-board-lost-race.png")

    # Anna's workspace shows the message as the customer wrote it, as text.
    anna.goto(f"{site}/agent/ticket/{ticket}")
    expect(anna.locator("#transcript .msg.customer")).to_contain_text(HOSTILE)
    expect(anna.locator("#ticket-reason")).to_contain_text("asked for a person")
    assert_inert(anna)
    shot(anna, tmp_path / "agent-workspace-hostile.png")

    # Ben cannot open anna's ticket: the page says so and offers nothing to do.
    ben.goto(f"{site}/agent/ticket/{ticket}")
    expect(ben.locator("#flash")).to_contain_text("held by another agent")
    expect(ben.locator("#reply-send")).to_be_disabled()
    assert_inert(ben)

    # The pages run only our own scripts.
    response = httpx.get(f"{site}/agent")
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_sign_in_errors_and_roles(site: str, new_page: NewPage, tmp_path: Path) -> None:
    add_user("anna")
    page = new_page()
    page.clock.install()
    page.goto(f"{site}/agent")  # no session: to the sign-in page, and back after it
    expect(page).to_have_url(re.compile(r"/login\?next=%2Fagent$"))
    sign_in(page, site, "anna", "wrong-password")
    expect(page.locator("#login-error")).to_have_text(
        "That username and password don't match. Check both and try again."
    )
    shot(page, tmp_path / "login-error.png")
    page.fill("#username", "")
    page.click("#login-submit")
    expect(page.locator("#login-error")).to_have_text("Enter your username and your password.")
    sign_in(page, site, "anna")
    expect(page).to_have_url(f"{site}/agent")
    assert page.evaluate("localStorage.getItem('relaydesk.session')") is not None
    assert "access" not in page.url and "token" not in page.url
    page.goto(f"{site}/ops")  # an agent has no business on the ops page
    expect(page).to_have_url(f"{site}/agent")

    # Online, the open page keeps the agent's presence alive with a heartbeat every 20 s.
    page.click(".presence[data-status=online]")
    expect(page.locator("#presence-note")).to_contain_text("You're online")
    with page.expect_request("**/api/v1/agents/me/heartbeat") as beat:
        page.clock.fast_forward(21_000)
    assert beat.value.method == "POST"
    assert beat.value.headers["authorization"].startswith("Bearer ")

    page.click("#logout")
    expect(page.locator("#notice")).to_have_text("You are signed out.")
    assert page.evaluate("localStorage.getItem('relaydesk.session')") is None
