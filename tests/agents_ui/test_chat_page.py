"""The demo customer chat in real headless Chromium, against a live API and worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.agents_ui.browser_support import NewPage

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def page(new_page: NewPage) -> Page:
    return new_page()


def test_customer_asks_in_german_then_for_a_person(site: str, page: Page, tmp_path: Path) -> None:
    page.goto(f"{site}/chat")
    expect(page.locator("#status")).to_have_text("Assistant", timeout=10_000)
    page.fill("#text", "Wo ist meine Rückerstattung?")
    page.click("button[type=submit]")
    expect(page.locator(".msg.bot")).to_contain_text("Rückerstattung", timeout=10_000)
    page.fill("#text", "Mitarbeiter")
    page.click("button[type=submit]")
    expect(page.locator(".msg.system")).to_contain_text("verbinde", timeout=10_000)
    expect(page.locator("#status")).to_have_text("Waiting for a person")
    expect(page.locator("#queue")).to_contain_text("number 1 in the queue")
    # The customer's HTML is shown as text, never run.
    page.fill("#text", '<img src=x onerror="document.body.dataset.pwned=1"> hallo?')
    page.click("button[type=submit]")
    expect(page.locator(".msg.customer").nth(2)).to_contain_text("<img src=x", timeout=10_000)
    assert page.evaluate("document.body.dataset.pwned") is None
    assert page.locator(".msg img").count() == 0
    page.screenshot(path=str(tmp_path / "chat.png"))
