"""The demo customer chat in real headless Chromium, against a live API and worker."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.processes import live_server, spawn, stop

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.usefixtures("backend"),
    pytest.mark.skipif(
        CHROMIUM is None, reason="Chromium is not installed (make test installs it)"
    ),
]
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture
def site() -> Iterator[str]:
    worker = spawn("worker")
    try:
        with live_server() as url:
            yield url
    finally:
        stop(worker)


@pytest.fixture
def page(tmp_path: Path) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 420, "height": 820})
        yield context.new_page()
        browser.close()


def test_customer_asks_in_german_then_for_a_person(site: str, page: object, tmp_path: Path) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
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
