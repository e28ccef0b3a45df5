"""The job board's new-job alerts, filters, sort and compact cards in real Chromium, against
a live API and worker. Alerts are observed where the page makes them: an init script counts
the Web Audio oscillators started, the vibrations asked for and the notifications built
(wrapping the constructors, which still run), and lets a test put a tab in the background
(headless Chromium keeps every tab visible). Screenshots at 360 px and desktop width go to
var/screenshots/ (not committed)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import BrowserContext, Page, ViewportSize, expect

from tests.agents_ui.browser_support import (
    PASSWORD,
    NewContext,
    add_user,
    agent_online,
    hide,
)
from tests.agents_ui.browser_support import alert_log as log
from tests.support.helpers import waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
NARROW = ViewportSize(width=360, height=760)
DESKTOP = ViewportSize(width=1280, height=900)
TITLE = "Job board · Relaydesk"
HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1">'


def online(context: BrowserContext, site: str, username: str) -> Page:
    return agent_online(context.new_page, site, username)


def api_token(site: str, username: str) -> str:
    r = httpx.post(f"{site}/api/v1/auth/token", json={"username": username, "password": PASSWORD})
    token: str = r.json()["access_token"]
    return token


def claim_and_release(site: str, token: str, ticket: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    assert httpx.post(f"{site}/api/v1/tickets/{ticket}/claim", headers=auth).status_code == 200
    assert httpx.post(f"{site}/api/v1/tickets/{ticket}/release", headers=auth).status_code == 200


def shots(page: Page, name: str) -> None:
    """`name` at a phone's 360 px and at desktop width, from the top."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    for label, viewport in (("phone-360", NARROW), ("desktop", DESKTOP)):
        page.set_viewport_size(viewport)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(SHOTS / f"{name}-{label}.png"), full_page=True)
    if size:
        page.set_viewport_size(size)


def wait_until(condition: Callable[[], bool], timeout_s: float = 10) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def card(page: Page, ticket: str) -> Any:
    return page.locator(f'.job[data-id="{ticket}"]')


def test_two_boards_see_a_new_offer_and_alert_once(site: str, new_context: NewContext) -> None:
    add_user("anna")
    add_user("ben")
    old = waiting_ticket("An old question").id
    anna_browser = new_context(notifications=True)
    anna = online(anna_browser, site, "anna")
    ben = online(new_context(notifications=True), site, "ben")

    # What was open when the board opened is no news; nothing asked on load.
    for board in (anna, ben):
        expect(card(board, old)).to_have_count(1, timeout=10_000)
        assert log(board) == {"tones": 0, "buzzes": 0, "notes": [], "asked": 0}
        expect(board).to_have_title(TITLE)
        expect(board.locator("#alerts-toggle")).to_have_attribute("aria-pressed", "false")
        board.click("#alerts-toggle")  # the agent turns alerts on: one chime to hear
        expect(board.locator("#alerts-toggle")).to_have_attribute("aria-pressed", "true")
        expect(board.locator("#alerts-note")).to_contain_text("a notification while this tab")
        assert log(board)["tones"] == 1
    shots(anna, "agent-board-alerts-on")

    # Anna's tab is in the background, ben looks at his: both boards get the job live.
    hide(anna, True)
    new = waiting_ticket("Ich brauche Hilfe mit der Erstattung", language="de", queue="refunds").id
    for board in (anna, ben):
        expect(card(board, new)).to_have_count(1, timeout=10_000)
    wait_until(lambda: len(log(anna)["notes"]) == 1)
    note = log(anna)["notes"][0]
    assert note["title"] == "New job: German · refunds"
    assert re.fullmatch(r"€\d+\.\d\d · bot could not answer", note["body"]), note
    assert "Erstattung" not in json.dumps(note)  # nothing the customer wrote
    assert log(anna)["tones"] == 2 and log(anna)["buzzes"] == 1
    expect(anna).to_have_title(f"(1) {TITLE}")
    wait_until(lambda: log(ben)["tones"] == 2)
    assert log(ben)["notes"] == []  # ben is looking: a sound, no notification, no count
    expect(ben).to_have_title(TITLE)

    # Anna looks: the count goes.
    hide(anna, False)
    expect(anna).to_have_title(TITLE)

    # The job leaves and comes back (ben claims and releases it): no second alert.
    hide(anna, True)
    ben_token = api_token(site, "ben")
    claim_and_release(site, ben_token, new)
    expect(card(anna, new)).to_have_count(1)
    anna.wait_for_timeout(1500)
    assert len(log(anna)["notes"]) == 1 and log(anna)["tones"] == 2
    expect(anna).to_have_title(TITLE)  # a job anna was told about is not new again

    # Not after a reload either, nor in a second tab of the same browser.
    anna.reload()
    expect(anna.locator("#alerts-toggle")).to_have_attribute("aria-pressed", "true")
    expect(card(anna, new)).to_have_count(1)
    second = anna_browser.new_page()
    second.goto(f"{site}/agent")
    expect(second.locator("#live")).to_have_text("live")
    expect(card(second, new)).to_have_count(1)
    hide(anna, True)
    hide(second, True)
    claim_and_release(site, ben_token, new)
    expect(card(anna, new)).to_have_count(1)
    expect(card(second, new)).to_have_count(1)
    anna.wait_for_timeout(1500)
    assert log(anna)["notes"] == [] and log(second)["notes"] == []

    # A new job alerts once in this browser, whichever of its tabs gets there first.
    newest = waiting_ticket("Where is my parcel?", queue="general").id
    expect(card(anna, newest)).to_have_count(1, timeout=10_000)
    expect(card(second, newest)).to_have_count(1)

    def both() -> list[dict[str, str]]:
        return [*log(anna)["notes"], *log(second)["notes"]]

    wait_until(lambda: len(both()) > 0)
    second.wait_for_timeout(1500)
    notes = both()
    assert [n["title"] for n in notes] == ["New job: English · general"], notes
    expect(anna).to_have_title(f"(1) {TITLE}")  # each tab counts what it has not shown
    expect(second).to_have_title(f"(1) {TITLE}")

    # Claimed by someone else while anna was away: the count drops with it.
    r = httpx.post(
        f"{site}/api/v1/tickets/{newest}/claim", headers={"Authorization": f"Bearer {ben_token}"}
    )
    assert r.status_code == 200
    expect(anna).to_have_title(TITLE)
    expect(second).to_have_title(TITLE)


def test_alerts_wait_for_the_agent(site: str, new_context: NewContext) -> None:
    add_user("anna")
    context = new_context()  # notifications not granted in advance
    anna = online(context, site, "anna")
    hide(anna, True)
    first = waiting_ticket("Hello?").id
    expect(card(anna, first)).to_have_count(1, timeout=10_000)
    anna.wait_for_timeout(1000)
    # Alerts off: no sound, buzz, notification or permission prompt; the title still counts.
    assert log(anna) == {"tones": 0, "buzzes": 0, "notes": [], "asked": 0}
    expect(anna).to_have_title(f"(1) {TITLE}")
    hide(anna, False)
    expect(anna).to_have_title(TITLE)

    # Turned on from the toggle: the browser is asked for notifications then, and only then.
    anna.locator("#alerts-toggle").press("Enter")
    expect(anna.locator("#alerts-toggle")).to_have_attribute("aria-pressed", "true")
    assert log(anna)["asked"] == 1, anna.evaluate("Notification.permission")
    expect(anna.locator("#alerts-note")).to_contain_text("On: a sound and a buzz")

    # Remembered in this browser; after a reload the sound waits for a first tap.
    anna.reload()
    expect(anna.locator("#alerts-toggle")).to_have_attribute("aria-pressed", "true")
    expect(anna.locator("#alerts-note")).to_contain_text("Tap anywhere on this page once")
    assert log(anna)["asked"] == 0
    anna.locator("#jobs-title").click()
    expect(anna.locator("#alerts-note")).to_contain_text("On: a sound and a buzz")
    second = waiting_ticket("Are you there?").id
    expect(card(anna, second)).to_have_count(1, timeout=10_000)
    wait_until(lambda: log(anna)["tones"] == 1)

    # Off again: silence.
    anna.click("#alerts-toggle")
    expect(anna.locator("#alerts-toggle")).to_have_attribute("aria-pressed", "false")
    third = waiting_ticket("Anyone?").id
    expect(card(anna, third)).to_have_count(1, timeout=10_000)
    anna.wait_for_timeout(1000)
    assert log(anna)["tones"] == 1 and log(anna)["notes"] == []


def pays(page: Page) -> list[int]:
    return [int(re.sub(r"\D", "", t)) for t in page.locator(".job .pay").all_inner_texts()]


def test_filters_sort_and_compact_cards(site: str, new_context: NewContext) -> None:
    add_user("anna", languages=("de", "en", "sv"))
    made = [waiting_ticket(f"Question {i}", queue="general").id for i in range(4)]
    made.append(waiting_ticket("Erstattung?", language="de", queue="refunds").id)
    made.append(waiting_ticket("Dringend!", language="de", queue="refunds", priority=2).id)
    made.append(waiting_ticket("Bedrägeri", language="sv", queue="fraud").id)
    made.append(waiting_ticket("Strange queue", queue=HOSTILE).id)
    anna = online(new_context(viewport=NARROW), site, "anna")
    jobs = anna.locator("#jobs .job")
    expect(jobs).to_have_count(8, timeout=10_000)

    # Many open: compact cards (no preview), the surge only where it is not x1.0.
    expect(anna.locator("#jobs")).to_have_class(re.compile(r"\bcompact\b"))
    expect(anna.locator(".job .preview").first).to_be_hidden()
    board = httpx.get(
        f"{site}/api/v1/tickets", headers={"Authorization": f"Bearer {api_token(site, 'anna')}"}
    ).json()["tickets"]
    surged = {c["id"] for c in board if c["surge"] != 1.0}
    assert surged and len(surged) < 8, [c["surge"] for c in board]  # both kinds to look at
    for ticket in made:
        surge = card(anna, ticket).locator(".surge")
        if ticket in surged:
            expect(surge).to_have_text(re.compile(r"^Surge ×\d\.\d$"))
        else:
            expect(surge).to_be_hidden()
    assert "×1.0" not in anna.locator("#jobs").inner_text()
    assert anna.evaluate("document.body.dataset.pwned") is None
    assert anna.evaluate("document.documentElement.scrollWidth") <= 360
    shots(anna, "agent-board-compact")

    # Sort by keyboard: the summary opens the tools, the arrow keys choose.
    anna.locator("#board-tools summary").focus()
    anna.keyboard.press("Enter")
    anna.locator("#f-sort").focus()
    anna.keyboard.press("ArrowDown")
    anna.keyboard.press("ArrowDown")
    expect(anna.locator("#f-sort")).to_have_value("pay")
    expect(anna.locator("#tools-state")).to_contain_text("highest pay first")
    assert pays(anna) == sorted(pays(anna), reverse=True) and pays(anna)[0] >= 400
    assert anna.evaluate("document.documentElement.scrollWidth") <= 360
    shots(anna, "agent-board-filters")

    # Filter: German only, and the note says what is hidden; two cards: full size again.
    anna.select_option("#f-language", "de")
    expect(jobs).to_have_count(2)
    expect(jobs.locator(".lang")).to_have_text(["German", "German"])
    expect(anna.locator("#filter-text")).to_have_text("Showing 2 of 8 open jobs.")
    expect(anna.locator("#jobs")).not_to_have_class(re.compile(r"\bcompact\b"))
    expect(jobs.first).to_have_attribute("data-priority", "2")  # equal pay: most urgent first
    options = anna.locator("#f-queue option").all_inner_texts()
    assert HOSTILE in options  # a queue's name is text

    # Remembered after a reload.
    anna.reload()
    expect(jobs).to_have_count(2, timeout=10_000)
    expect(anna.locator("#f-language")).to_have_value("de")
    expect(anna.locator("#f-sort")).to_have_value("pay")
    expect(anna.locator("#tools-state")).to_have_text(" · 1 filter · highest pay first")

    # Nothing matches: said so, and "Show all jobs" clears the filters (not the sort).
    anna.locator("#board-tools summary").click()
    anna.select_option("#f-pay", label="€4.00 or more")
    expect(jobs).to_have_count(0)
    expect(anna.locator("#jobs-empty")).to_have_text("None of the 8 open jobs match your filters.")
    anna.click("#filters-clear")
    expect(jobs).to_have_count(8)
    expect(anna.locator("#f-language")).to_be_focused()
    expect(anna.locator("#f-sort")).to_have_value("pay")
    expect(anna.locator("#filter-note")).to_be_hidden()

    # Full cards on demand, with many open; remembered too.
    anna.select_option("#f-layout", "full")
    expect(anna.locator("#jobs")).not_to_have_class(re.compile(r"\bcompact\b"))
    expect(anna.locator(".job .preview").first).to_be_visible()
    anna.reload()
    expect(jobs).to_have_count(8, timeout=10_000)
    expect(anna.locator("#f-layout")).to_have_value("full")
    expect(anna.locator("#jobs")).not_to_have_class(re.compile(r"\bcompact\b"))
    shots(anna, "agent-board-full-cards")

    # What is stored is input like any other: garbage and hostile values give the defaults.
    for stored in (
        json.dumps({"sort": HOSTILE, "language": 123, "layout": "huge", "pay": "-5"}),
        "{not json",
    ):
        anna.evaluate(f"localStorage.setItem('relaydesk.board.anna', {json.dumps(stored)})")
        anna.reload()
        expect(jobs).to_have_count(8, timeout=10_000)
        expect(anna.locator("#f-sort")).to_have_value("urgent")
        expect(anna.locator("#f-layout")).to_have_value("auto")
        expect(anna.locator("#f-language")).to_have_value("")
        expect(anna.locator("#jobs")).to_have_class(re.compile(r"\bcompact\b"))
        assert anna.evaluate("document.body.dataset.pwned") is None
