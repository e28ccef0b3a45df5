"""The board's "Your tickets" in real Chromium, against a live API and worker: listed by the
API, so a ticket claimed on one device is there, with a link to its workspace, on another
device with nothing stored; the customer's HTML in it is only ever text."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.agents_ui.browser_support import NewPage, add_user, agent_online, shot, sign_in
from tests.support.helpers import waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

HOSTILE = (
    '<img src=x onerror="document.body.dataset.pwned=1">'
    '<script>document.body.dataset.pwned=2</script><b id="injected">fett</b> I need a person'
)
# The keys a browser would keep held tickets under: there must be none (the API lists them).
HELD_KEYS = "Object.keys(localStorage).filter((k) => k.startsWith('relaydesk.held'))"


def assert_inert(page: Page) -> None:
    """Nothing the customer wrote became an element or ran."""
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator("main img, main script, #injected").count() == 0


def test_held_tickets_follow_the_agent_to_another_device(
    site: str, new_page: NewPage, tmp_path: Path
) -> None:
    add_user("anna")
    ticket = waiting_ticket(HOSTILE).id
    workspace = f"/agent/ticket/{ticket}"

    # The first device claims it from the board.
    phone = agent_online(new_page, site, "anna")
    job = phone.locator(f'.job[data-id="{ticket}"]')
    expect(job).to_have_count(1, timeout=10_000)
    job.locator(".claim").click()
    expect(phone).to_have_url(f"{site}{workspace}")
    assert phone.evaluate(HELD_KEYS) == []  # nothing about held tickets kept in the browser

    # Another device, nothing stored: the board lists the ticket with a link to it.
    laptop = new_page()
    sign_in(laptop, site, "anna")
    expect(laptop).to_have_url(f"{site}/agent")
    item = laptop.locator("#held .held-item")
    expect(item).to_have_count(1)
    expect(item.locator("a")).to_have_attribute("href", workspace)
    expect(item.locator(".held-title")).to_have_text("English · general")
    expect(item.locator(".held-reason")).to_have_text("bot could not answer")
    expect(item.locator(".held-preview")).to_have_text(HOSTILE)
    expect(item.locator(".pill")).to_have_text("Reply needed")
    expect(laptop.locator("#held-note")).to_be_hidden()
    expect(laptop.locator("#capacity")).to_have_text("Holding 1 of 2")
    assert_inert(laptop)
    assert laptop.evaluate(HELD_KEYS) == []
    shot(laptop, tmp_path / "agent-board-held-on-another-device.png")

    # The link opens the workspace there; a reply from it shows on the board.
    item.locator("a").click()
    expect(laptop).to_have_url(f"{site}{workspace}")
    expect(laptop.locator("#transcript .msg.customer p").first).to_have_text(HOSTILE)
    assert_inert(laptop)
    laptop.fill("#reply-text", "Hello, Anna here.")
    laptop.click("#reply-send")
    expect(laptop.locator("#ticket-status")).to_have_text("In progress")
    laptop.click("a.back")
    expect(laptop.locator("#held .held-item .pill")).to_have_text("In progress")
    expect(laptop.locator(".job")).to_have_count(0)

    # Released on the laptop: the phone's board takes it off "Your tickets" at once,
    # where it is a job to claim again.
    phone.goto(f"{site}/agent")
    expect(phone.locator("#held .held-item")).to_have_count(1)
    laptop.locator("#held a").click()
    laptop.click("#release")
    laptop.click("#confirm-ok")
    expect(laptop.locator("#outcome-title")).to_have_text("Released")
    laptop.click("#outcome-board")
    expect(laptop).to_have_url(f"{site}/agent")
    expect(laptop.locator("#held-section")).to_be_hidden()
    expect(phone.locator(f'.job[data-id="{ticket}"]')).to_have_count(1, timeout=10_000)
    expect(phone.locator("#held-section")).to_be_hidden()
    expect(phone.locator("#capacity")).to_have_text("Holding 0 of 2")
    assert_inert(phone)
