"""The demo customer chat in real headless Chromium, against a live API and worker: a chat
that reads as one, a person always in reach, honest waits, quick replies, the rating after a
person resolved it, a new conversation, and the styled 404 page. Every state is saved as a
screenshot at phone and desktop width into the test's tmp folder."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from core.db import unit_of_work
from core.settings import get_settings
from escalation.ratings.models import Rating
from escalation.tickets.models import Ticket
from escalation.tickets.sweeps import close_stale
from router.bot.knowledge import knowledge_base
from tests.agents_ui.browser_support import NewPage, customer_chat, say
from tests.support.helpers import make_agent

pytestmark = pytest.mark.usefixtures("backend")

PHONE_NARROW = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
TIME = re.compile(r"^(Yesterday )?\d{1,2}:\d{2}( ?[AaPp][Mm])?$")
CLARIFY_DE = "Ich will etwas zurückschicken und mein Geld zurück"
# The first answer waits for the freshly started worker to load its models (a loaded machine).
WARM_UP = 45_000


@pytest.fixture
def page(new_page: NewPage) -> Page:
    return new_page()


def shots(page: Page, folder: Path, name: str) -> None:
    """The page as it is, at phone and at desktop width (full page, from the top)."""
    size = page.viewport_size
    for label, viewport in (("phone", size), ("desktop", DESKTOP)):
        if viewport is not None:
            page.set_viewport_size(viewport)  # type: ignore[arg-type]
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(folder / f"{name}-{label}.png"), full_page=True)
    if size is not None:
        page.set_viewport_size(size)


def _conversation_id(page: Page) -> str:
    stored: dict[str, Any] = page.evaluate("JSON.parse(sessionStorage.getItem('relaydesk.conv'))")
    return str(stored["id"])


def _ticket_of(conversation_id: str) -> str:
    with unit_of_work() as s:
        ticket_id = s.scalars(
            select(Ticket.id).where(Ticket.conversation_id == conversation_id)
        ).first()
        assert ticket_id is not None
        return ticket_id


def test_customer_asks_in_german_then_for_a_person(site: str, page: Page, tmp_path: Path) -> None:
    page.goto(f"{site}/chat")
    expect(page.locator("#status")).to_have_text("Assistant", timeout=10_000)
    say(page, "Wo ist meine Rückerstattung?")
    expect(page.locator(".msg.bot")).to_contain_text("Rückerstattung", timeout=WARM_UP)
    say(page, "Mitarbeiter")
    expect(page.locator(".msg.system")).to_contain_text("verbinde", timeout=10_000)
    expect(page.locator("#status")).to_have_text("Waiting for a person")
    expect(page.locator("#queue")).to_contain_text("number 1 in the queue")
    # The customer's HTML is shown as text, never run.
    say(page, '<img src=x onerror="document.body.dataset.pwned=1"> hallo?')
    expect(page.locator(".msg.customer").nth(2)).to_contain_text("<img src=x", timeout=10_000)
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator(".msg img").count() == 0
    shots(page, tmp_path, "chat-waiting")


def test_a_person_helps_then_the_customer_rates_and_starts_over(
    site: str, page: Page, tmp_path: Path
) -> None:
    customer = page
    customer.goto(f"{site}/chat")
    expect(customer.locator("#status")).to_have_text("Assistant", timeout=10_000)
    expect(customer.locator("#person")).to_be_visible()
    shots(customer, tmp_path, "chat-start")
    say(customer, "Wo ist meine Rückerstattung?")
    bot = customer.locator(".msg.bot").first
    expect(bot).to_contain_text("Rückerstattung", timeout=WARM_UP)
    # A chat that reads as one: "You", the assistant, and a human time on each message.
    mine = customer.locator(".msg.customer").first
    expect(mine.locator(".who")).to_have_text("You")
    expect(bot.locator(".who")).to_have_text("Assistant")
    expect(mine.locator("time")).to_have_text(TIME)
    assert mine.locator("time").get_attribute("datetime")

    # Nobody who speaks German is online: the page says so instead of a number of minutes.
    customer.click("#person")
    expect(customer.locator(".msg.customer").nth(1)).to_have_text(
        re.compile("Ich möchte mit einem Menschen sprechen"), timeout=10_000
    )
    expect(customer.locator("#status")).to_have_text("Waiting for a person", timeout=10_000)
    queue = customer.locator("#queue")
    expect(queue).to_contain_text("Nobody from our team who speaks German is online right now")
    expect(queue).not_to_contain_text("min")
    expect(customer.locator("#person")).to_be_hidden()  # asked already: a person is coming
    shots(customer, tmp_path, "chat-nobody-online")

    # Anna (an agent, over the API) claims, types and answers.
    _, anna = make_agent("anna", languages=("de", "en"))
    ticket = _ticket_of(_conversation_id(customer))
    with httpx.Client(base_url=site, headers=anna, timeout=10) as agent:
        assert agent.post(f"/api/v1/tickets/{ticket}/claim").status_code == 200
        expect(customer.locator("#status")).to_have_text("With a person", timeout=10_000)
        expect(customer.locator("#queue")).to_be_hidden()
        assert agent.post(f"/api/v1/tickets/{ticket}/typing").status_code == 204
        expect(customer.locator("#typing")).to_have_text("Anna is typing…", timeout=10_000)
        shots(customer, tmp_path, "chat-agent-typing")
        r = agent.post(f"/api/v1/tickets/{ticket}/messages", json={"text": "Hallo, hier ist Anna!"})
        assert r.status_code == 201
        reply = customer.locator(".msg.agent")
        expect(reply).to_contain_text("Hallo, hier ist Anna!", timeout=10_000)
        expect(reply.locator(".who")).to_have_text("Anna")
        expect(reply.locator("time")).to_have_text(TIME)
        expect(customer.locator("#typing")).to_be_hidden()
        shots(customer, tmp_path, "chat-with-agent")
        r = agent.post(f"/api/v1/tickets/{ticket}/resolve", json={"resolution_code": "done"})
        assert r.status_code == 200

    # Resolved: the bot has it again, and the customer is asked to rate Anna's help.
    expect(customer.locator("#status")).to_have_text("Assistant", timeout=10_000)
    rate = customer.locator("#rate")
    expect(rate).to_be_visible()
    expect(customer.locator("#rate-legend")).to_contain_text("Anna")
    expect(customer.locator("#text")).to_be_enabled()  # no dead end: they can keep writing
    shots(customer, tmp_path, "chat-rate")
    rate.locator("button[type=submit]").click()  # no score yet: a hint, nothing sent
    expect(customer.locator("#rate-hint")).to_have_text("Choose a score from 1 to 5 first.")
    rate.locator(".score", has_text="4").click()
    customer.fill("#rate-comment", "Schnell und <b>nett</b>")
    rate.locator("button[type=submit]").click()
    expect(customer.locator("#rate-done")).to_contain_text("Thank you", timeout=10_000)
    shots(customer, tmp_path, "chat-rated")
    first_id = _conversation_id(customer)
    with unit_of_work() as s:
        rating = s.scalars(select(Rating).where(Rating.conversation_id == first_id)).one()
        assert (rating.score, rating.comment) == (4, "Schnell und <b>nett</b>")

    # A new conversation: an empty chat with the assistant, under a new id.
    customer.locator("#rate-done .new-chat").click()
    expect(customer.locator("#status")).to_have_text("Assistant", timeout=10_000)
    expect(customer.locator("#log li")).to_have_count(0)
    expect(customer.locator("#rate")).to_be_hidden()
    expect(customer.locator("#text")).to_be_focused()
    assert _conversation_id(customer) != first_id
    say(customer, "Hallo")
    expect(customer.locator(".msg.bot")).to_have_count(1, timeout=10_000)
    shots(customer, tmp_path, "chat-new-conversation")


def test_quick_replies_answer_the_bots_question(site: str, page: Page, tmp_path: Path) -> None:
    page.goto(f"{site}/chat")
    expect(page.locator("#status")).to_have_text("Assistant", timeout=10_000)
    say(page, CLARIFY_DE)
    choices = page.locator(".msg.bot .choice")
    expect(choices).to_have_count(2, timeout=WARM_UP)
    kb = knowledge_base()
    titles = [kb.article(t, "de").title for t in ("refund_how", "return_item")]
    assert sorted(choices.all_inner_texts()) == sorted(titles)
    shots(page, tmp_path, "chat-quick-replies")
    picked = choices.nth(1).inner_text()
    choices.nth(1).focus()
    page.keyboard.press("Enter")  # keyboard works as well as a tap
    expect(page.locator(".msg.customer").nth(1)).to_contain_text(picked, timeout=10_000)
    expect(page.locator(".msg.bot")).to_have_count(2, timeout=10_000)
    for i in range(2):
        expect(choices.nth(i)).to_be_disabled()
    answer = page.locator(".msg.bot").nth(1).locator("p").inner_text()
    assert "Meinst du" not in answer and len(answer) > 40
    shots(page, tmp_path, "chat-quick-reply-answered")


def test_an_empty_message_gets_a_hint_and_sends_nothing(
    site: str, page: Page, tmp_path: Path
) -> None:
    page.goto(f"{site}/chat")
    expect(page.locator("#status")).to_have_text("Assistant", timeout=10_000)
    posts: list[str] = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    for empty in ("", "   "):
        page.fill("#text", empty)
        page.click("#send button[type=submit]")
        expect(page.locator("#send-hint")).to_have_text("Write a message first, then press Send.")
        expect(page.locator("#text")).to_have_attribute("aria-invalid", "true")
        expect(page.locator("#text")).to_be_focused()
    page.keyboard.press("Enter")  # the keyboard's way: the same
    shots(page, tmp_path, "chat-empty-message")
    assert [u for u in posts if u.endswith("/messages")] == []
    page.fill("#text", "Hallo")
    expect(page.locator("#send-hint")).to_be_hidden()
    page.keyboard.press("Enter")
    expect(page.locator(".msg.customer")).to_have_count(1, timeout=10_000)


def test_at_360_px_everything_fits(site: str, page: Page, tmp_path: Path) -> None:
    page.set_viewport_size(PHONE_NARROW)  # type: ignore[arg-type]
    page.goto(f"{site}/chat")
    expect(page.locator("#status")).to_have_text("Assistant", timeout=10_000)
    placeholder = page.locator("#text").get_attribute("placeholder")
    assert placeholder
    # The whole placeholder fits: typed in as text, it does not scroll the field.
    page.fill("#text", placeholder)
    fits = page.evaluate(
        "(() => { const i = document.getElementById('text');"
        " return [i.scrollWidth, i.clientWidth]; })()"
    )
    assert fits[0] <= fits[1], fits
    page.fill("#text", "")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_NARROW["width"]
    for selector in ("#person", "#send button[type=submit]", "#new-chat-top"):
        box = page.locator(selector).bounding_box()
        assert box is not None and box["x"] >= 0, selector
        assert box["x"] + box["width"] <= PHONE_NARROW["width"], selector
        assert box["height"] >= 44, selector  # thumb-sized
    page.screenshot(path=str(tmp_path / "chat-360.png"), full_page=True)


def test_a_closed_conversation_says_why_and_offers_a_new_one(
    site: str, page: Page, tmp_path: Path
) -> None:
    customer = customer_chat(lambda: page, site)
    say(customer, "Mitarbeiter")
    expect(customer.locator("#status")).to_have_text("Waiting for a person", timeout=WARM_UP)
    with unit_of_work() as s:
        ticket = s.get(Ticket, _ticket_of(_conversation_id(customer)))
        assert ticket is not None
        later = ticket.created_at + timedelta(seconds=get_settings().abandon_after_s + 1)
    with unit_of_work() as s:
        assert close_stale(s, later).abandoned
    expect(customer.locator("#status")).to_have_text("Ended", timeout=10_000)
    expect(customer.locator("#ended-why")).to_have_text(
        "We closed it because we didn't hear from you for a while."
    )
    expect(customer.locator("#text")).to_be_disabled()
    expect(customer.locator("#person")).to_be_hidden()
    shots(customer, tmp_path, "chat-closed")
    customer.locator("#ended .new-chat").click()
    expect(customer.locator("#status")).to_have_text("Assistant", timeout=10_000)
    expect(customer.locator("#ended")).to_be_hidden()
    expect(customer.locator("#text")).to_be_enabled()


def test_unknown_pages_show_the_styled_404_and_the_api_keeps_json(
    site: str, page: Page, tmp_path: Path
) -> None:
    response = page.goto(f"{site}/no/such/page")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_text("Not found")
    # Styled: the stylesheet is applied (the card is white on the grey page).
    assert page.locator(".card").evaluate("e => getComputedStyle(e).backgroundColor") == (
        "rgb(255, 255, 255)"
    )
    shots(page, tmp_path, "not-found")
    api = httpx.get(f"{site}/api/v1/no-such-thing", headers={"Accept": "text/html"})
    assert api.status_code == 404 and api.json()["error"] == "NotFound"
