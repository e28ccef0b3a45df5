"""Helpers for the page tests: users, signing in, the customer's chat, screenshots."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from playwright.sync_api import Page, ViewportSize, expect

from core.db import unit_of_work
from escalation.users.service import create_user

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
PHONE = ViewportSize(width=390, height=844)
PASSWORD = "correct-horse-battery"
AGENT_LANGUAGES = ("de", "en")

NewPage = Callable[[], Page]


def add_user(
    username: str, role: str = "agent", languages: Sequence[str] = AGENT_LANGUAGES
) -> None:
    with unit_of_work() as session:
        create_user(
            session,
            username=username,
            password=PASSWORD,
            role=role,
            languages=languages if role == "agent" else (),
        )


def sign_in(page: Page, site: str, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{site}/login")
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("#login-submit")


def agent_online(new_page: NewPage, site: str, username: str) -> Page:
    page = new_page()
    sign_in(page, site, username)
    expect(page).to_have_url(f"{site}/agent")
    expect(page.locator("#presence-note")).to_contain_text("offline")
    page.click(".presence[data-status=online]")
    expect(page.locator(".presence[data-status=online]")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#live")).to_have_text("live")
    return page


def customer_chat(new_page: NewPage, site: str) -> Page:
    page = new_page()
    page.goto(f"{site}/chat")
    expect(page.locator("#status")).to_have_text("Assistant", timeout=10_000)
    return page


def say(customer: Page, text: str) -> None:
    customer.fill("#text", text)
    customer.click("#send button[type=submit]")


def shot(page: Page, path: Path) -> None:
    """A full-page screenshot from the top (the header is sticky)."""
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(path), full_page=True)
