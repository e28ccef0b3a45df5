"""The ops page's administration in real Chromium, against a live API and worker (SQLite and
PostgreSQL): an ops lead creates an agent (a weak password refused first) who then signs in,
disables them (they can no longer sign in), gives an ops lead a generated password shown
once, adds a webhook to a private address and sees the refusal, adds a public one and sees
its deliveries, deletes it after confirming; simulates a draft ruleset and sees what it
means for staffing, the numbers those of the API. Names are text, never HTML."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.agents_ui.browser_support import PASSWORD, NewPage, add_user, shot, sign_in
from tests.support.processes import wait_for

pytestmark = pytest.mark.usefixtures("backend")

HOSTILE = '<img src=x onerror="document.body.dataset.pwned=1"><b id="injected">Bruno</b>'
BRUNO_PASSWORD = "plum-orchard-violin-58"
ANSWER = "then: {action: answer}"
TO_PEOPLE = 'then: {action: escalate, queue: care, reason: "everything to a person"}'


@pytest.fixture(autouse=True)
def _patient_expectations() -> Iterator[None]:
    """Creating an account and signing in hash a password (argon2, slow on purpose): on a
    busy machine that outlasts Playwright's default 5 s."""
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


def customer(site: str, text: str) -> None:
    """A conversation through the real pipeline, once the worker decided its message."""
    with httpx.Client(base_url=site, timeout=20) as http:
        conv = http.post("/api/v1/conversations", json={}).json()
        auth = {"Authorization": f"Bearer {conv['token']}"}
        sent = http.post(
            f"/api/v1/conversations/{conv['id']}/messages", json={"text": text}, headers=auth
        )
        assert sent.status_code == 202, sent.text

        def decided() -> bool:
            body = http.get(f"/api/v1/conversations/{conv['id']}", headers=auth).json()
            return any(m["author"] != "customer" for m in body["messages"])

        wait_for(decided, 30, f"the bot's move on {text!r}")


def ops_api(site: str, path: str, body: Any = None) -> Any:
    with httpx.Client(base_url=site, timeout=20) as http:
        login = {"username": "olga", "password": PASSWORD}
        token = http.post("/api/v1/auth/token", json=login).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        r = http.post(path, json=body, headers=headers) if body else http.get(path, headers=headers)
        assert r.status_code == 200, r.text
        return r.json()


def open_ops(new_page: NewPage, site: str) -> Page:
    page = new_page()
    sign_in(page, site, "olga")
    expect(page).to_have_url(f"{site}/ops")
    expect(page.locator('#users-table tr[data-username="olga"]')).to_contain_text("(you)")
    return page


def test_accounts_from_the_ops_page(site: str, new_page: NewPage, tmp_path: Path) -> None:
    add_user("olga", role="ops")
    customer(site, "Hello")  # the worker is up (its start holds SQLite's lock for a while)
    page = open_ops(new_page, site)
    me = page.locator('#users-table tr[data-username="olga"]')
    expect(me.get_by_role("button", name=re.compile("Disable"))).to_have_count(0)

    page.click("#user-add summary")
    page.fill("#user-username", "bruno")
    page.fill("#user-display", HOSTILE)
    page.fill("#user-languages", "de, en")
    page.check("input[name=password-mode][value=set]")
    page.fill("#user-password", "Password123!")
    page.click("#user-create")
    expect(page.locator("#users-error")).to_contain_text("The account was not created")
    expect(page.locator("#users-error")).to_contain_text("too common")
    expect(page.locator("#user-password")).to_have_attribute("aria-invalid", "true")
    expect(page.locator('#users-table tr[data-username="bruno"]')).to_have_count(0)

    page.fill("#user-password", BRUNO_PASSWORD)
    page.click("#user-create")
    expect(page.locator("#users-result")).to_have_text(
        "Created agent bruno. Pass the password on privately."
    )
    bruno = page.locator('#users-table tr[data-username="bruno"]')
    expect(bruno.locator(".user-name")).to_have_text(HOSTILE)  # text, not markup
    expect(bruno).to_contain_text("German, English")
    expect(bruno).to_have_attribute("data-active", "true")
    expect(page.locator("#user-secret")).to_be_hidden()  # the lead chose it: nothing to show
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator("main img, #injected").count() == 0

    # Bruno signs in with the password the lead set.
    agent = new_page()
    sign_in(agent, site, "bruno", BRUNO_PASSWORD)
    expect(agent).to_have_url(f"{site}/agent")

    # Disabled: no more sign-in, and the row says so.
    bruno.get_by_role("button", name=re.compile("Disable")).click()
    expect(bruno).to_have_attribute("data-active", "false")
    expect(bruno).to_contain_text("disabled")
    expect(page.locator("#users-result")).to_contain_text("bruno is disabled")
    again = new_page()
    sign_in(again, site, "bruno", BRUNO_PASSWORD)
    expect(again.locator("#login-error")).to_have_text(
        "This account is disabled. Ask your operations lead."
    )
    expect(again).to_have_url(re.compile(r"/login"))

    # An ops lead with a generated password, shown once.
    expect(page.locator("#user-form")).to_be_visible()  # still open after the first account
    page.fill("#user-username", "oscar")
    page.check("input[name=role][value=ops]")
    expect(page.locator("#user-agent-fields")).to_be_hidden()
    page.check("input[name=password-mode][value=generate]")
    page.click("#user-create")
    secret = page.locator("#user-secret-value")
    expect(secret).to_have_text(re.compile(r"^[a-z2-9]{5}(-[a-z2-9]{5}){3}$"))
    generated = secret.inner_text()
    page.locator("#users").screenshot(path=str(tmp_path / "ops-accounts.png"))
    page.click("#user-secret-done")
    expect(page.locator("#user-secret")).to_be_hidden()
    assert generated not in page.content()
    oscar = new_page()
    sign_in(oscar, site, "oscar", generated)
    expect(oscar).to_have_url(f"{site}/ops")

    page.set_viewport_size({"width": 360, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_webhooks_and_draft_staffing(site: str, new_page: NewPage, tmp_path: Path) -> None:
    add_user("olga", role="ops")
    customer(site, "Where is my refund?")  # answered; also: the worker is up
    page = open_ops(new_page, site)
    expect(page.locator("#webhooks-empty")).to_be_visible()

    # A private address: the API's refusal, clearly, next to the field; nothing added.
    page.click("#webhook-add summary")
    page.fill("#webhook-url", "http://10.0.0.7:8080/hooks")
    page.click("#webhook-create")
    error = page.locator("#webhooks-error")
    expect(error).to_have_text(
        "The endpoint was not added: url: the host is on this machine or a private network"
    )
    expect(page.locator("#webhook-url")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#webhook-list li")).to_have_count(0)
    page.fill("#webhook-url", "ftp://hooks.example.com/x")
    page.click("#webhook-create")
    expect(error).to_contain_text("only http and https")

    page.fill("#webhook-url", "https://hooks.example.com/relaydesk")
    page.uncheck("input[name=events][value='ticket.claimed']")
    page.click("#webhook-create")
    expect(error).to_be_hidden()
    expect(page.locator("#webhooks-result")).to_have_text(
        "Added https://hooks.example.com/relaydesk."
    )
    expect(page.locator("#webhook-secret-value")).to_have_text(re.compile(r"^whsec_"))
    page.click("#webhook-secret-done")
    hook = page.locator("#webhook-list li.hook")
    expect(hook).to_have_count(1)
    expect(hook.locator(".hook-url")).to_have_text("https://hooks.example.com/relaydesk")
    expect(hook.locator(".tag")).to_have_text(
        ["ticket.created", "ticket.resolved", "conversation.escalated"]
    )
    expect(hook).to_contain_text("No deliveries yet.")

    # More history through the real pipeline: one more answered, one request for a person (a
    # ticket, so the endpoint gets deliveries).
    for text in ("Wo ist meine Rückerstattung?", "Mitarbeiter"):
        customer(site, text)
    page.click("#webhooks-refresh")
    expect(hook.locator(".hook-summary")).to_contain_text("Last 2 deliveries")
    expect(hook.locator("tbody tr")).to_have_count(2)
    expect(hook.locator("tbody")).to_contain_text("ticket.created")
    expect(hook.locator("tbody")).to_contain_text("conversation.escalated")
    page.locator("#webhooks").screenshot(path=str(tmp_path / "ops-webhooks.png"))

    # Delete, after confirming in place.
    hook.get_by_role("button", name=re.compile("Delete the webhook")).click()
    expect(hook).to_contain_text("Delete this endpoint?")
    hook.get_by_role("button", name="Cancel").click()
    expect(hook).to_have_count(1)
    hook.get_by_role("button", name=re.compile("Delete the webhook")).click()
    hook.get_by_role("button", name="Delete", exact=True).click()
    expect(page.locator("#webhook-list li")).to_have_count(0)
    expect(page.locator("#webhooks-empty")).to_be_visible()
    expect(page.locator("#webhooks-result")).to_contain_text("Deleted the endpoint")

    # A draft that sends what the bot answers to people in `care`: the simulation and,
    # under it, the staffing it means, per language and per queue.
    editor = page.locator("#doc")
    expect(editor).to_have_value(re.compile(r"- id: explicit_human_request"))
    draft = editor.input_value().replace(ANSWER, TO_PEOPLE)
    editor.fill(draft)
    page.click("#simulate")
    expect(page.locator("#sim-summary")).to_contain_text("Replayed 3 stored decisions")
    summary = page.locator("#draft-staffing-summary")
    expect(summary).to_contain_text("The draft escalates 3 of 3 replayed conversations (100.0 %)")
    expect(summary).to_contain_text("escalates 1 (33.3 %): +66.7 points")
    # English: no ticket today, one an hour with the draft: one English agent more.
    expect(summary).to_contain_text("that is 1 more English agent (1 instead of 0)")
    languages = page.locator("#draft-staffing-languages")
    english = languages.locator('tr[data-language="en"]')
    expect(english.locator(".active-agents")).to_have_text("0")
    expect(english.locator(".draft-agents")).to_have_text("1")
    expect(english.locator(".change")).to_have_text("+1")

    api = ops_api(site, "/api/v1/metrics/staffing/draft", {"document": draft})
    assert api["escalated_before"] == 1 and api["escalated_after"] == 3
    for row in api["by_language"]:
        shown = languages.locator(f'tr[data-language="{row["language"]}"]')
        expect(shown.locator(".active-agents")).to_have_text(str(row["active"]["agents_needed"]))
        expect(shown.locator(".draft-agents")).to_have_text(str(row["draft"]["agents_needed"]))
    queues = page.locator("#draft-staffing-queues tbody tr")
    expect(queues).to_have_count(len(api["by_queue_language"]))
    care = page.locator('#draft-staffing-queues tr[data-queue="care"][data-language="de"]')
    expect(care.locator(".draft-agents")).to_have_text("1")

    # Another window: asked again, the same draft.
    page.select_option("#draft-window", "24")
    expect(summary).to_contain_text("At the traffic of the last 24 hours")

    page.locator("#simulation").screenshot(path=str(tmp_path / "ops-draft-staffing.png"))
    page.set_viewport_size({"width": 360, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    shot(page, tmp_path / "ops-admin-phone-360.png")
