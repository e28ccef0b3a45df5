"""Signing in while the password checks are busy: the page waits out a short Retry-After by
itself and says so; a long one is shown as the time to wait. Headless Chromium."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import expect

from core.settings import reset_settings
from tests.agents_ui.browser_support import NewPage, add_user, sign_in

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture(autouse=True)
def small_budget(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two password checks per 3 s for everyone together (set after `backend`, before the
    live server starts)."""
    monkeypatch.setenv("RELAYDESK_LOGIN_CHECKS", "2")
    monkeypatch.setenv("RELAYDESK_LOGIN_CHECKS_WINDOW_S", "3")
    reset_settings()


def test_a_busy_moment_is_waited_out_and_said(site: str, new_page: NewPage) -> None:
    add_user("anna")
    page = new_page()
    page.goto(f"{site}/login")
    # Someone else's two wrong guesses spend the budget of this 3 s window.
    with httpx.Client(base_url=site, timeout=10) as http:
        for name in ("mallory-1", "mallory-2"):
            r = http.post("/api/v1/auth/token", json={"username": name, "password": "guess-1"})
            assert r.status_code == 401, r.text
        r = http.post("/api/v1/auth/token", json={"username": "anna", "password": "guess-2"})
        assert r.status_code == 429 and 1 <= int(r.headers["Retry-After"]) <= 3
    sign_in(page, site, "anna")
    expect(page.locator("#notice")).to_contain_text("Busy right now: signing you in again in")
    expect(page).to_have_url(f"{site}/agent", timeout=10_000)
    expect(page.locator("#presence-note")).to_contain_text("offline")


def test_a_long_wait_is_shown_in_minutes(site: str, new_page: NewPage) -> None:
    add_user("anna")
    page = new_page()
    for i in range(5):  # the account's five failures: locked for 15 minutes
        sign_in(page, site, "anna", f"wrong-{i}")
        expect(page.locator("#login-error")).to_contain_text("don't match")
        page.wait_for_timeout(1600)  # stay within the budget of 2 checks per 3 s
    sign_in(page, site, "anna", "wrong-5")
    expect(page.locator("#login-error")).to_have_text(
        "Too many attempts. Try again in 15 min.", timeout=10_000
    )
    expect(page).to_have_url(f"{site}/login")
