"""Helpers for the page tests: users, signing in, the customer's chat, screenshots."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from playwright.sync_api import BrowserContext, Page, ViewportSize, expect

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
NewContext = Callable[..., BrowserContext]  # the `new_context` fixture (conftest.py)


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


# Observes the job alerts where the page makes them (the `new_context` fixture puts it in
# every page): it counts the Web Audio oscillators started, the vibrations asked for and the
# notifications built (wrapping the constructors, which still run), and lets a test put a
# tab in the background (headless Chromium keeps every tab visible).
ALERT_SPY = """
(() => {
  const log = { tones: 0, buzzes: 0, notes: [], asked: 0 };
  window.__alerts = log;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args) { log.tones += 1; return start.apply(this, args); };
  if (navigator.vibrate) {
    const vibrate = navigator.vibrate.bind(navigator);
    navigator.vibrate = (pattern) => { log.buzzes += 1; return vibrate(pattern); };
  }
  const Real = window.Notification;
  if (Real) {
    function Spy(title, options) {
      log.notes.push({ title, body: (options || {}).body || "", tag: (options || {}).tag || "" });
      return new Real(title, options);
    }
    Object.defineProperty(Spy, "permission", { get: () => Real.permission });
    Spy.requestPermission = (...args) => { log.asked += 1; return Real.requestPermission(...args); };
    window.Notification = Spy;
  }
  let hidden = false;
  Object.defineProperty(Document.prototype, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
  Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: () => hidden });
  window.__hide = (value) => { hidden = value; document.dispatchEvent(new Event("visibilitychange")); };
})();
"""  # noqa: E501


def alert_log(page: Page) -> dict[str, Any]:
    """What the alert spy saw: {tones, buzzes, notes: [{title, body, tag}], asked}."""
    result: dict[str, Any] = page.evaluate("window.__alerts")
    return result


def hide(page: Page, hidden: bool) -> None:
    """Put the page's tab in the background (or back)."""
    page.evaluate(f"window.__hide({json.dumps(hidden)})")
