"""The workspace's handoff for people in real Chromium, against a live API and worker: an
agent claims a signed-in customer's request for a person and sees the summary, why it came
to a person in plain words and the customer's orders and instalments with money and dates
as people write them (no rule ids, ISO timestamps or cents in the main view); the customer's
HTML, in the chat and in the shop's order data, is only ever text. Transfer picks a queue
that exists from a select; release and hand back ask first; after each the page says what
happened and links back to the board. Screenshots at 360 px and desktop width go to
var/screenshots/ (not committed)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, ViewportSize, expect

from tests.agents_ui.browser_support import NewPage, add_user, agent_online
from tests.escalation.tickets.customer_rows import HOSTILE_ITEMS, HOSTILE_SHOP, add_customer
from tests.support.helpers import signed, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
NARROW = ViewportSize(width=360, height=800)
DESKTOP = ViewportSize(width=1280, height=900)
HOSTILE_MESSAGE = (
    '<img src=x onerror="document.body.dataset.pwned=1">'
    '<script>document.body.dataset.pwned=2</script><b id="injected">Hallo</b>'
    " Wo ist die Rate für Bestellung 9001?"
)
# Nothing developer-facing in the main view: rule ids, slugs, ISO dates and times, cents.
DEVELOPER_TEXT = re.compile(
    r"explicit_human_request|guardrail|human_requests|pay_in_3|cents|EUR"
    r"|\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}:\d{2}|\bpriority \d"
)


def shots(page: Page, name: str) -> None:
    """`name` at a phone's 360 px and at desktop width, from the top; at 360 px nothing is
    wider than the screen."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    for label, viewport in (("phone-360", NARROW), ("desktop", DESKTOP)):
        page.set_viewport_size(viewport)
        page.evaluate("window.scrollTo(0, 0)")
        if viewport is NARROW:
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= NARROW["width"], f"{name}: {width} px wide at 360 px"
        page.screenshot(path=str(SHOTS / f"workspace-{name}-{label}.png"), full_page=True)
    if size:
        page.set_viewport_size(size)


def assert_inert(page: Page) -> None:
    """Nothing the customer or the shop's data held became an element or ran."""
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator("main img, main script, #injected, #injected-order").count() == 0


def ask_for_a_person(site: str) -> None:
    """A signed-in customer writes (hostile HTML and an order number), then asks for a
    person in German, over the public API."""
    r = httpx.post(
        f"{site}/api/v1/conversations", json={**signed("hostile-customer"), "language": "de"}
    )
    assert r.status_code == 201, r.text
    cid, token = r.json()["id"], r.json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    for text in (HOSTILE_MESSAGE, "Ich möchte bitte mit einem Mitarbeiter sprechen"):
        sent = httpx.post(
            f"{site}/api/v1/conversations/{cid}/messages", json={"text": text}, headers=auth
        )
        assert sent.status_code == 202, sent.text


def test_the_handoff_reads_for_people_and_transfer_picks_a_queue(
    site: str, new_page: NewPage
) -> None:
    add_user("anna")
    add_user("ben")
    add_customer("hostile-customer", date.today())
    waiting_ticket(queue="refunds")  # another queue in use: the select says how busy it is
    ask_for_a_person(site)

    anna = agent_online(new_page, site, "anna")
    job = anna.locator('.job[data-priority="2"]')
    expect(job).to_have_count(1, timeout=60_000)  # the worker's first message loads its models
    ticket = job.get_attribute("data-id")
    job.locator(".claim").click()
    expect(anna).to_have_url(f"{site}/agent/ticket/{ticket}")

    # Why, in plain words, with the facts as people say them.
    expect(anna.locator("#ticket-reason")).to_have_text(
        "The customer asked for a person, 1st request, German."
    )
    expect(anna.locator("#why-notes")).to_contain_text("Asked for a person once")
    expect(anna.locator("#ticket-priority")).to_have_text("High priority")
    expect(anna.locator("#f-priority")).to_have_text("High priority")
    expect(anna.locator("#f-pay")).to_have_text("€1.50")
    expect(anna.locator("#f-queue")).to_have_text("General")
    expect(anna.locator("#due")).to_have_text(
        re.compile(r"^Reply by \d{2}:\d{2} \(\d+:\d{2} left\) or the ticket goes back")
    )
    # The summary, from the customer's own words (their HTML as text).
    expect(anna.locator("#summary")).to_contain_text("Orders mentioned: 9001")
    expect(anna.locator("#summary")).to_contain_text("<script>document.body.dataset.pwned=2")

    # The customer panel: instalments first, money and dates as people write them.
    panel = anna.locator("#customer-panel")
    expect(anna.locator("#customer-who")).to_have_text("hostile-customer · German")
    instalments = panel.locator(".instalments .cp-item")
    expect(instalments).to_have_count(3)
    expect(instalments.nth(0).locator(".cp-title")).to_have_text(
        re.compile(r"^€33\.34 · overdue, was due \d{1,2} \w{3}( \d{4})? \(2 days ago\)$")
    )
    expect(instalments.nth(1).locator(".cp-title")).to_have_text(
        re.compile(r"^€33\.33 · due \d{1,2} \w{3}( \d{4})? \(in 28 days\)$")
    )
    expect(instalments.nth(0)).to_contain_text("Order 9001 · instalment 1 of 3")
    expect(instalments.nth(0).locator(".cp-flag")).to_have_text("Mentioned in the chat")
    expect(panel.locator(".refunds .cp-item")).to_contain_text(
        re.compile(r"€19\.90 · Processing.*Expected \d{1,2} \w{3}.*\(in 3 days\)")
    )
    expect(panel.locator(".returns .cp-item")).to_contain_text("scarf · Accepted")
    orders = panel.locator(".orders .cp-item")
    expect(orders).to_have_count(2)
    expect(orders.nth(1).locator(".cp-title")).to_have_text(f"Order 9001 · {HOSTILE_SHOP}")
    expect(orders.nth(1)).to_contain_text(f"{HOSTILE_ITEMS} · €100.00 · Pay in 3")
    expect(anna.locator("#transcript .msg.customer").first).to_have_text(
        re.compile(re.escape(HOSTILE_MESSAGE))
    )
    assert_inert(anna)
    for part in (".ws-head", ".ws-side"):
        shown = anna.locator(part).inner_text()
        assert not DEVELOPER_TEXT.search(shown), (part, DEVELOPER_TEXT.search(shown))
    # The rule ids and signals are there for ops, folded away.
    details = anna.locator("#ops-details")
    assert details.get_attribute("open") is None
    expect(anna.locator("#decisions")).to_contain_text("explicit_human_request")
    expect(anna.locator("#decisions")).not_to_be_visible()
    shots(anna, "handoff")

    # Transfer: the select holds the queues that exist, not free text.
    select = anna.locator("#transfer-queue")
    queues = [
        "Keep it in General",
        "Care",
        "Disputes",
        "Fraud",
        "Payments",
        "Refunds · 1 waiting",
        "Risk",
    ]
    expect(select.locator("option")).to_have_text(queues)
    assert select.evaluate("el => el.tagName") == "SELECT"
    anna.fill("#transfer-agent", "nobody")  # an unknown person: refused, nothing changes
    anna.click("#transfer-send")
    expect(anna.locator("#ws-error")).to_have_text("no active agent named nobody")
    expect(anna.locator("#ticket-status")).to_have_text("Reply needed")
    anna.fill("#transfer-agent", "")
    anna.click("#transfer-send")
    expect(anna.locator("#ws-error")).to_have_text(
        "Choose another queue or name a person to transfer to."
    )
    select.select_option("care")
    anna.fill("#transfer-reason", "<b>Hardship</b>, needs the care team")
    anna.click("#transfer-send")
    outcome = anna.locator("#outcome")
    expect(outcome).to_be_visible()
    expect(outcome).to_be_focused()
    expect(anna.locator("#outcome-title")).to_have_text("Transferred")
    expect(anna.locator("#outcome-text")).to_have_text(
        "Moved to the Care queue: it's on that queue's board now."
    )
    expect(anna.locator("#reply-send")).to_be_disabled()
    expect(anna.locator("#transfer-send")).to_be_disabled()
    expect(anna.locator("#ticket-status")).to_have_text("Transferred")
    expect(anna.locator("#f-queue")).to_have_text("Care")
    expect(anna.locator("#due")).to_be_hidden()
    assert anna.title() == "Transferred · Relaydesk"
    shots(anna, "transferred")

    # Ben takes it from the care queue's board and reads how it came to him.
    ben = agent_online(new_page, site, "ben")
    card = ben.locator(f'.job[data-id="{ticket}"]')
    expect(card.locator(".job-queue")).to_have_text("care", timeout=10_000)
    card.locator(".claim").click()
    expect(ben.locator("#why-notes")).to_contain_text(
        "Transferred by anna from the general queue: “<b>Hardship</b>, needs the care team”"
    )
    expect(ben.locator("#f-queue")).to_have_text("Care")
    assert_inert(ben)

    anna.click("#outcome-board")
    expect(anna).to_have_url(f"{site}/agent")


def test_release_and_hand_back_ask_first_and_say_what_happened(
    site: str, new_page: NewPage
) -> None:
    add_user("anna")
    first = waiting_ticket().id
    second = waiting_ticket("Where is my parcel?").id
    anna = agent_online(new_page, site, "anna")

    # Release: asked first; Cancel keeps the ticket, Release puts it back.
    anna.locator(f'.job[data-id="{first}"] .claim').click()
    expect(anna).to_have_url(f"{site}/agent/ticket/{first}")
    expect(anna.locator("#ticket-reason")).to_have_text("The bot could not answer (English).")
    expect(anna.locator("#customer-panel")).to_contain_text("No orders on record.")
    anna.click("#release")
    dialog = anna.locator("#confirm")
    expect(dialog).to_be_visible()
    expect(anna.locator("#confirm-title")).to_have_text("Release this ticket?")
    expect(anna.locator("#confirm-cancel")).to_be_focused()
    shots(anna, "confirm-release")
    anna.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(anna.locator("#release")).to_be_focused()
    anna.click("#release")
    anna.click("#confirm-cancel")
    expect(dialog).to_be_hidden()
    expect(anna.locator("#ticket-status")).to_have_text("Reply needed")
    anna.click("#release")
    anna.click("#confirm-ok")
    expect(anna.locator("#outcome-title")).to_have_text("Released")
    expect(anna.locator("#outcome-text")).to_have_text(
        "The ticket is back on the board for someone else."
    )
    expect(anna.locator("#ticket-status")).to_have_text("On the board")
    shots(anna, "released")
    anna.click("#outcome-board")
    expect(anna).to_have_url(f"{site}/agent")
    expect(anna.locator(f'.job[data-id="{first}"]')).to_have_count(1, timeout=10_000)

    # Opened before claiming: the masked card only, and nothing of the customer's data.
    anna.goto(f"{site}/agent/ticket/{second}")
    expect(anna.locator("#flash")).to_contain_text("Claim it from the board to work on it")
    expect(anna.locator("#customer-panel")).to_have_text(
        "Claim the ticket to see the customer's orders and payments."
    )
    expect(anna.locator("#hand-back")).to_be_disabled()

    # Hand back: a reply first, then back to the bot after the question.
    anna.click("a.back")
    anna.locator(f'.job[data-id="{second}"] .claim').click()
    expect(anna).to_have_url(f"{site}/agent/ticket/{second}")
    anna.fill("#reply-text", "It arrives tomorrow; the bot can help with anything else.")
    anna.click("#reply-send")
    expect(anna.locator("#ticket-status")).to_have_text("In progress")
    anna.click("#hand-back")
    expect(anna.locator("#confirm-title")).to_have_text("Hand back to the bot?")
    anna.click("#confirm-ok")
    expect(anna.locator("#outcome-title")).to_have_text("Handed back to the bot")
    expect(anna.locator("#outcome-text")).to_have_text(
        "The bot answers the customer's next messages."
    )
    expect(anna.locator("#outcome-more")).to_be_hidden()  # she replied: paid, no review
    expect(anna.locator("#outcome-board")).to_have_attribute("href", "/agent")
    shots(anna, "handed-back")
