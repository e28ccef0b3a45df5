"""The agent's earnings page in real Chromium, against a live API: an agent who resolved
tickets (paid, paid with surge, unpaid, and a long history) sees today's, this week's and
the last 30 days' pay as the API gives it for their time zone, each ticket with its pay or
why it was not paid, their rating and record in plain words; a customer's and a queue's
HTML is only text; ops and signed-out visitors are sent away. Screenshots at 360 px and at
desktop width go to the test's tmp folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect
from sqlalchemy import update

from core.db import unit_of_work, utcnow
from escalation.earnings.models import Earning
from escalation.tickets.models import Ticket, TicketEvent, TicketStatus
from router.conversations.models import Conversation, ConversationStatus
from tests.agents_ui.browser_support import shot, sign_in
from tests.support.helpers import AGENT_PASSWORD, WaitingTicket, client, make_agent, waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

ZONE = "Europe/Berlin"
PHONE_360 = ViewportSize(width=360, height=780)
DESKTOP = ViewportSize(width=1280, height=900)
HOSTILE = (
    '<img src=x onerror="document.body.dataset.pwned=1">'
    '<script>document.body.dataset.pwned=2</script><b id="injected">fett</b> Danke, super!'
)
HOSTILE_QUEUE = '<img src=x onerror="document.body.dataset.pwned=3">'
OLD_TICKETS = 52  # more than a page (50): the rest behind "Show older tickets"

Pages = Callable[..., Page]


@pytest.fixture
def pages(browser: Browser) -> Iterator[Pages]:
    """Pages in fresh contexts in Berlin's time zone, British English, 360 px wide; script
    errors on any of them fail the test."""
    errors: list[str] = []

    def make(**options: Any) -> Page:
        context = browser.new_context(
            viewport=PHONE_360, locale="en-GB", timezone_id=ZONE, **options
        )
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        return page

    yield make
    assert errors == [], f"script errors on the page: {errors}"


def _ok(response: Any) -> Any:
    assert response.status_code in (200, 201), response.text
    return response.json()


def _work(c: Any, agent: dict[str, str], t: WaitingTicket, code: str, surge_pct: int = 100) -> None:
    _ok(c.post(f"/api/v1/tickets/{t.id}/claim", headers=agent))
    if surge_pct != 100:
        with unit_of_work() as s:
            s.execute(update(Ticket).where(Ticket.id == t.id).values(surge_pct=surge_pct))
    if code != "spam":
        reply = {"text": "Das ist erledigt."}
        _ok(c.post(f"/api/v1/tickets/{t.id}/messages", json=reply, headers=agent))
    _ok(c.post(f"/api/v1/tickets/{t.id}/resolve", json={"resolution_code": code}, headers=agent))


def _history(agent_id: int, count: int) -> None:
    """Older resolved tickets as the API would have left them: conversation, ticket, its
    events and ledger entries (fraud: EUR 4.00 each; the newest with a EUR 0.20 surge)."""
    now = utcnow()
    with unit_of_work() as s:
        for i in range(count):
            closed = now - timedelta(days=10 if i == 0 else 40 + i)
            claimed = closed - timedelta(minutes=5)
            replied = claimed + timedelta(seconds=75)
            conversation = Conversation(language="de", status=ConversationStatus.BOT)
            s.add(conversation)
            s.flush()
            ticket = Ticket(
                conversation_id=conversation.id,
                status=TicketStatus.RESOLVED,
                queue="fraud",
                language="de",
                reason="risk topic: fraud",
                topic="fraud",
                claimed_by=agent_id,
                created_at=claimed,
                claimed_at=claimed,
                first_reply_at=replied,
                closed_at=closed,
                resolution_code="fraud_reported",
                pay_cents=400,
                surge_pct=105 if i == 0 else 100,
            )
            s.add(ticket)
            s.flush()
            for kind, at in (("claimed", claimed), ("first_reply", replied), ("resolved", closed)):
                event = TicketEvent(
                    ticket_id=ticket.id, kind=kind, actor="agent:anna", agent_id=agent_id
                )
                event.created_at = at
                s.add(event)
            pay = [("base", 400), ("surge", 20)] if i == 0 else [("base", 400)]
            for kind, cents in pay:
                s.add(
                    Earning(
                        agent_id=agent_id,
                        ticket_id=ticket.id,
                        kind=kind,
                        amount_cents=cents,
                        currency="EUR",
                        created_at=closed,
                    )
                )


def _euros(cents: int) -> str:
    return f"€{cents / 100:,.2f}"


def _fact(page: Page, label: str) -> Any:
    return page.locator(".earn-fact", has=page.locator("dt", has_text=label))


def assert_inert(page: Page) -> None:
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator("main img, main script, #injected").count() == 0


def test_an_agent_sees_what_they_earned_per_period_and_ticket(
    site: str, pages: Pages, tmp_path: Path
) -> None:
    c = client()
    anna_id, anna = make_agent("anna", languages=("en", "de"), max_concurrent=1)
    _history(anna_id, OLD_TICKETS)
    rated = waiting_ticket()
    _work(c, anna, rated, "refund_issued")
    surged = waiting_ticket(queue=HOSTILE_QUEUE)
    _work(c, anna, surged, "solved", surge_pct=130)
    unpaid = waiting_ticket()
    _work(c, anna, unpaid, "spam")
    rating = {"score": 5, "comment": HOSTILE}
    _ok(
        c.post(
            f"/api/v1/conversations/{rated.conversation_id}/rating",
            json=rating,
            headers=rated.customer,
        )
    )
    api = _ok(c.get("/api/v1/agents/me/earnings", params={"tz": ZONE}, headers=anna))
    stats = _ok(c.get("/api/v1/agents/me/stats", headers=anna))

    # From the board, the account bar's link.
    page = pages()
    sign_in(page, site, "anna", AGENT_PASSWORD)
    expect(page).to_have_url(f"{site}/agent")
    link = page.locator("#nav-earnings")
    expect(link).to_have_text("Earnings")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360  # the bar still fits
    shot(page, tmp_path / "agent-board-with-earnings-link-360.png")
    link.click()
    expect(page).to_have_url(f"{site}/agent/earnings")
    expect(page).to_have_title("Earnings · Relaydesk")
    expect(page.locator("#nav-earnings")).to_have_count(0)  # here: the way back instead
    expect(page.locator("a.back")).to_have_attribute("href", "/agent")

    # The periods, as the API gives them for Berlin.
    expect(page.locator("#earn-zone")).to_have_text(
        "Days start at midnight in your time zone (Europe/Berlin)."
    )
    periods = {p["period"]: p for p in api["periods"]}
    assert (periods["today"]["paid_cents"], periods["today"]["unpaid_tickets"]) == (345, 1)
    assert periods["all_time"]["paid_cents"] == 345 + 420 + 400 * (OLD_TICKETS - 1)
    for name, p in periods.items():
        tile = page.locator(f'.earn-tile[data-period="{name}"]')
        expect(tile.locator(".earn-value")).to_have_text(_euros(p["paid_cents"]))
        expect(tile).to_have_attribute("data-cents", str(p["paid_cents"]))
    today = page.locator('.earn-tile[data-period="today"] .earn-sub')
    expect(today).to_have_text("2 tickets paid · 1 unpaid")
    thirty = page.locator('.earn-tile[data-period="last_30_days"] .earn-sub')
    expect(thirty).to_contain_text("3 tickets paid · 1 unpaid")
    expect(thirty).to_contain_text("since ")
    expect(page.locator('.earn-tile[data-period="today"] .earn-value')).to_have_text("€3.45")

    # Each ticket, newest first: the unpaid one says so and why.
    items = page.locator("#earn-tickets > li")
    expect(items).to_have_count(50)
    ids = [r["ticket_id"] for r in api["resolutions"]]
    assert ids[:3] == [unpaid.id, surged.id, rated.id]
    assert items.evaluate_all("(els) => els.map((e) => e.dataset.id)") == ids
    first = items.nth(0)
    expect(first).to_have_attribute("data-paid", "false")
    expect(first.locator(".earn-pay")).to_have_text("Unpaid")
    expect(first.locator(".earn-breakdown")).to_have_text(
        "Not paid: Closed as spam without a reply to the customer. Ops review it."
    )
    expect(first.locator(".earn-resolution")).to_have_text("Spam · payments")
    second = items.nth(1)
    expect(second.locator(".earn-ticket-title")).to_have_text(f"English · {HOSTILE_QUEUE}")
    expect(second.locator(".earn-pay")).to_have_text("€1.95")
    expect(second.locator(".earn-breakdown")).to_have_text("€1.50 base + €0.45 surge")
    third = items.nth(2)
    expect(third.locator(".earn-pay")).to_have_text("€1.50")
    expect(third.locator(".earn-breakdown")).to_have_text("€1.50 base pay")
    expect(third.locator(".earn-resolution")).to_have_text("Refund issued · payments")
    expect(third.locator(".earn-stars")).to_have_text("★★★★★ Rated 5 of 5")
    expect(third.locator(".earn-comment")).to_have_text(HOSTILE)
    expect(third.locator(".earn-when")).to_contain_text("Resolved ")
    old = items.nth(3)
    expect(old.locator(".earn-ticket-title")).to_have_text("German · fraud")
    expect(old.locator(".earn-pay")).to_have_text("€4.20")
    expect(old.locator(".earn-when")).to_contain_text("handled in 5 min")
    expect(old.locator(".earn-resolution")).to_have_text("Fraud reported · fraud")
    expect(page.locator("#earn-count")).to_have_text(f"({OLD_TICKETS + 3})")

    # The rating and the record, in words and human units.
    expect(page.locator("#earn-rating")).to_have_text("★★★★★ 5.0 out of 5 · from 1 rating")
    assert stats["resolved"] == OLD_TICKETS + 3 and stats["resolved_unpaid"] == 1
    expect(_fact(page, "Tickets resolved").locator(".earn-fact-value")).to_have_text(
        f"{OLD_TICKETS + 3} (1 unpaid)"
    )
    expect(_fact(page, "Tickets claimed").locator(".earn-fact-value")).to_have_text(
        str(stats["claims"])
    )
    expect(_fact(page, "First reply").locator(".earn-fact-value")).to_have_text("1 min 15 s")
    expect(_fact(page, "First reply").locator(".earn-fact-note")).to_contain_text(
        f"over {OLD_TICKETS + 2} tickets"
    )
    expect(_fact(page, "Handle time").locator(".earn-fact-value")).to_have_text("5 min")
    expect(_fact(page, "Claims kept").locator(".earn-fact-value")).to_have_text("100%")
    expect(_fact(page, "Missed first-reply time").locator(".earn-fact-value")).to_have_text("0")
    assert_inert(page)

    # Phone width: nothing sideways; then desktop.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    shot(page, tmp_path / "earnings-phone-360.png")
    page.set_viewport_size(DESKTOP)
    shot(page, tmp_path / "earnings-desktop.png")
    page.set_viewport_size(PHONE_360)
    for name in ("earnings-phone-360.png", "earnings-desktop.png"):
        assert (tmp_path / name).stat().st_size > 10_000

    # The older tickets, by keyboard: the rest of the list, and the focus on the first new one.
    more = page.locator("#earn-more")
    expect(more).to_be_visible()
    more.focus()
    page.keyboard.press("Enter")
    expect(items).to_have_count(OLD_TICKETS + 3)
    expect(more).to_be_hidden()
    expect(page.locator("#earn-announce")).to_have_text("5 older tickets shown.")
    focused = page.evaluate("document.activeElement.closest('li')?.dataset.id")
    assert focused == items.nth(50).get_attribute("data-id")
    params = {"tz": ZONE, "before": api["next_before"]}
    older = _ok(c.get("/api/v1/agents/me/earnings", params=params, headers=anna))
    assert items.evaluate_all("(els) => els.slice(50).map((e) => e.dataset.id)") == [
        r["ticket_id"] for r in older["resolutions"]
    ]
    assert older["next_before"] is None
    assert_inert(page)


def test_ops_and_signed_out_visitors_are_sent_away(site: str, pages: Pages) -> None:
    make_agent("olga", role="ops", presence=None)
    stranger = pages()
    stranger.goto(f"{site}/agent/earnings")
    expect(stranger).to_have_url(f"{site}/login?next=%2Fagent%2Fearnings")
    assert stranger.locator("#earn-tickets > li").count() == 0

    ops = pages()
    sign_in(ops, site, "olga", AGENT_PASSWORD)
    expect(ops).to_have_url(f"{site}/ops")
    expect(ops.locator("#nav-earnings")).to_have_count(0)  # not on the ops pages
    ops.goto(f"{site}/agent/earnings")
    expect(ops).to_have_url(f"{site}/ops")


def test_a_new_agent_sees_an_empty_page_without_errors(site: str, pages: Pages) -> None:
    long_name = "nina.marie-lindqvist"  # the account bar still fits at 360 px with the link
    make_agent(long_name, presence=None)
    page = pages()
    sign_in(page, site, long_name, AGENT_PASSWORD)
    expect(page).to_have_url(f"{site}/agent")
    expect(page.locator("#who")).to_have_text(long_name)
    expect(page.locator("#nav-earnings")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.locator("#nav-earnings").focus()  # by keyboard
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site}/agent/earnings")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    expect(page.locator('.earn-tile[data-period="week"] .earn-value')).to_have_text("€0.00")
    expect(page.locator('.earn-tile[data-period="today"] .earn-sub')).to_have_text("0 tickets paid")
    expect(page.locator("#earn-empty")).to_be_visible()
    expect(page.locator("#earn-more")).to_be_hidden()
    expect(page.locator("#earn-rating")).to_contain_text("No ratings yet")
    expect(_fact(page, "First reply").locator(".earn-fact-value")).to_have_text("–")
    expect(_fact(page, "Claims kept").locator(".earn-fact-value")).to_have_text("–")
    expect(page.locator("#earn-error")).to_be_hidden()
