"""The workspace's saved replies and internal notes in real Chromium, against a live API
and worker: an agent notes something and picks a saved reply (by keyboard) into the reply
box, keeps a reply of their own; after a transfer the next agent reads the note. Hostile
text in notes and replies stays text. Screenshots at phone and desktop width go to the
test's tmp folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from core.db import unit_of_work, utcnow
from escalation.notes import service
from escalation.notes.schemas import ReplyScope, SavedReplyUpdate
from escalation.users.auth import Principal
from escalation.users.models import User
from tests.agents_ui.browser_support import PHONE, NewPage, add_user, agent_online
from tests.support.helpers import waiting_ticket

pytestmark = pytest.mark.usefixtures("backend")

DESKTOP = {"width": 1280, "height": 900}
NARROW = {"width": 360, "height": 800}
HOSTILE_NOTE = (
    '<img src=x onerror="document.body.dataset.pwned=1">'
    "<script>document.body.dataset.pwned=2</script>"
    '<b id="injected">Customer</b> was double charged; refund #4411 requested.'
)
TEAM_TEXT = "Refunds reach your account within 5 working days of our confirmation."
HOSTILE_REPLY = '<img src=x onerror="document.body.dataset.pwned=3">Thanks for waiting!'


def _team_reply(title: str, text: str, language: str | None = "en") -> None:
    """A team reply, written by the ops lead through the service (the ops page has none)."""
    with unit_of_work() as session:
        user = session.scalars(select(User).where(User.username == "olivia")).one()
        lead = Principal(user.id, user.username, user.role, user.display_name)
        body = SavedReplyUpdate(title=title, text=text, language=language)
        service.create_reply(session, lead, body, ReplyScope.TEAM, utcnow())


def _waiting_ticket_id(page: Page) -> str:
    job = page.locator(".job").first
    expect(job).to_have_count(1, timeout=10_000)
    return str(job.get_attribute("data-id"))


def _claim(page: Page, site: str, ticket_id: str) -> None:
    page.locator(f'.job[data-id="{ticket_id}"] .claim').click()
    expect(page).to_have_url(f"{site}/agent/ticket/{ticket_id}")


def assert_inert(page: Page) -> None:
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator("main img, main script, #injected").count() == 0


def shots(page: Page, folder: Path, name: str) -> None:
    for label, size in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(size)  # type: ignore[arg-type]
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(folder / f"{name}-{label}.png"), full_page=True)
    page.set_viewport_size(PHONE)


def test_notes_and_saved_replies_in_the_workspace(
    site: str, new_page: NewPage, tmp_path: Path
) -> None:
    add_user("anna")
    add_user("sven")
    add_user("olivia", role="ops")
    _team_reply("Refund timeline", TEAM_TEXT)
    _team_reply("Rückerstattung", "Die Erstattung dauert bis zu 5 Werktage.", "de")
    ticket = waiting_ticket("I was charged twice, please refund one").id

    anna = agent_online(new_page, site, "anna")
    assert _waiting_ticket_id(anna) == ticket
    _claim(anna, site, ticket)
    expect(anna.locator("#notes")).to_contain_text("No notes yet.")

    # The list offers the team's English reply (the ticket's language) and not the German one.
    expect(anna.locator("#sr-language")).to_have_value("en")
    items = anna.locator("#sr-list .sr-insert")
    expect(items).to_have_count(1)
    expect(items.first.locator(".sr-item-title")).to_have_text("Refund timeline")
    expect(anna.locator("#sr-list .sr-item .sr-actions")).to_have_count(0)  # not hers to edit
    anna.select_option("#sr-language", "")
    expect(items).to_have_count(2)
    anna.select_option("#sr-language", "en")

    # A note, with hostile text: shown as text, with her name.
    anna.fill("#note-text", HOSTILE_NOTE)
    expect(anna.locator("#note-count")).to_contain_text(f"{len(HOSTILE_NOTE)} / 2000")
    anna.click("#note-add")
    note = anna.locator("#notes .note")
    expect(note).to_have_count(1)
    expect(note.locator(".note-text")).to_have_text(HOSTILE_NOTE)
    expect(note.locator(".note-meta strong")).to_have_text("Anna")
    expect(anna.locator("#note-text")).to_have_value("")
    anna.click("#note-add")  # empty: refused before the API is asked
    expect(anna.locator("#note-error")).to_have_text("Write the note first.")
    assert_inert(anna)

    # Picking a saved reply by keyboard fills the reply box (an `input` event, as if typed).
    anna.evaluate(
        "document.getElementById('reply-text').addEventListener('input', () => {"
        " document.body.dataset.inputs = String(Number(document.body.dataset.inputs || 0) + 1);"
        " })"
    )
    anna.fill("#reply-text", "Hello!")
    anna.fill("#sr-search", "working days")
    anna.press("#sr-search", "ArrowDown")
    expect(items.first).to_be_focused()
    anna.keyboard.press("Enter")
    expect(anna.locator("#reply-text")).to_have_value(f"Hello! {TEAM_TEXT}")
    expect(anna.locator("#reply-text")).to_be_focused()
    expect(anna.locator("#sr-status")).to_contain_text('Inserted "Refund timeline"')
    assert int(anna.evaluate("document.body.dataset.inputs")) >= 2
    anna.fill("#sr-search", "no such words")
    expect(anna.locator("#sr-list")).to_contain_text("No saved reply matches.")
    anna.press("#sr-search", "Enter")  # nothing to insert: the reply box is unchanged
    expect(anna.locator("#reply-text")).to_have_value(f"Hello! {TEAM_TEXT}")
    anna.click("#reply-send")
    expect(anna.locator("#transcript .msg.agent p").last).to_have_text(f"Hello! {TEAM_TEXT}")

    # A saved reply of her own, then the same title again: refused, with the API's reason.
    anna.fill("#sr-search", "")
    anna.click("#sr-manage-summary")
    anna.fill("#sr-form-title", "Thanks")
    anna.fill("#sr-form-text", HOSTILE_REPLY)
    anna.click("#sr-save")
    expect(anna.locator("#sr-status")).to_have_text('Saved "Thanks".')
    mine = anna.locator("#sr-list .sr-item", has_text="Thanks")
    expect(mine.locator(".sr-preview")).to_have_text(HOSTILE_REPLY)
    expect(mine.locator(".sr-actions button")).to_have_count(2)
    anna.fill("#sr-form-title", "thanks")
    anna.fill("#sr-form-text", "Thanks again")
    anna.click("#sr-save")
    expect(anna.locator("#sr-form-error")).to_have_text(
        "Not saved: you already have a saved reply titled 'thanks' for English"
    )
    assert_inert(anna)
    anna.set_viewport_size(NARROW)  # type: ignore[arg-type]
    assert anna.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    shots(anna, tmp_path, "workspace-tools")

    # Transferred to the general queue: Sven claims it and reads Anna's note, as text.
    token = anna.evaluate("window.Relaydesk.session.get().token")
    r = anna.request.post(
        f"{site}/api/v1/tickets/{ticket}/transfer",
        data={"queue": "general", "reason": "needs the refunds desk"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status == 200, r.text()
    sven = agent_online(new_page, site, "sven")
    assert _waiting_ticket_id(sven) == ticket
    _claim(sven, site, ticket)
    note = sven.locator("#notes .note")
    expect(note).to_have_count(1)
    expect(note.locator(".note-text")).to_have_text(HOSTILE_NOTE)
    expect(note.locator(".note-meta strong")).to_have_text("Anna")
    # Anna's own reply is hers alone; the team's is there for him too.
    expect(sven.locator("#sr-list .sr-item-title")).to_have_text(["Refund timeline"])
    sven.fill("#note-text", "Refund confirmed by the shop.")
    sven.press("#note-text", "Control+Enter")
    expect(sven.locator("#notes .note .note-meta strong")).to_have_text(["Anna", "Sven"])
    assert_inert(sven)
    shots(sven, tmp_path, "workspace-tools-after-transfer")
