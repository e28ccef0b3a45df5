"""Signing in once signs in every tab of the browser, in real Chromium against a live API:
the session lives in localStorage (no cookie), a sign-in page open in another tab follows
it, sign-out in one tab sends every tab to /login, and a session past its token's expiry (or
one the API refuses) ends on /login with a clear word. Another browser stays signed out."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from core import tokens
from core.db import unit_of_work
from core.settings import get_settings
from escalation.users.models import User
from escalation.users.service import ACCESS_TOKEN
from tests.agents_ui.browser_support import PASSWORD, PHONE, add_user, sign_in

pytestmark = pytest.mark.usefixtures("backend")

KEY = "relaydesk.session"
SIGNED_OUT_ELSEWHERE = "You signed out in another tab. Sign in again to continue."
EXPIRED = "Your sign-in has expired. Please sign in again."


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """One browser profile: its tabs share localStorage. Script errors fail the test."""
    errors: list[str] = []
    ctx = browser.new_context(viewport=PHONE, locale="en-GB")
    ctx.on("page", lambda page: page.on("pageerror", lambda e: errors.append(str(e))))
    yield ctx
    ctx.close()
    assert errors == [], f"script errors on the page: {errors}"


def stored(page: Page) -> Any:
    return page.evaluate(f"JSON.parse(localStorage.getItem('{KEY}'))")


def put(page: Page, value: object) -> None:
    raw = value if isinstance(value, str) else json.dumps(value)
    page.evaluate(f"localStorage.setItem('{KEY}', {json.dumps(raw)})")


def user_id(username: str) -> int:
    with unit_of_work() as session:
        return session.query(User).filter_by(username=username).one().id


def test_one_sign_in_for_every_tab_and_one_sign_out(
    site: str, context: BrowserContext, browser: Browser
) -> None:
    add_user("anna")
    add_user("ben")
    first = context.new_page()
    waiting = context.new_page()
    waiting.goto(f"{site}/login?next=%2Fagent")  # a sign-in page already open in another tab
    sign_in(first, site, "anna")
    expect(first).to_have_url(f"{site}/agent")
    expect(waiting).to_have_url(f"{site}/agent")  # it follows the sign-in

    # The session: in localStorage, not in the URL, no cookie; its expiry is the token's.
    session = stored(first)
    assert session["username"] == "anna" and session["role"] == "agent"
    ttl_ms = get_settings().access_token_ttl_s * 1000
    assert abs(session["expires"] - (time.time() * 1000 + ttl_ms)) < 60_000
    assert first.evaluate("sessionStorage.getItem('relaydesk.session')") is None
    assert context.cookies() == []

    # A new tab opens the board signed in; a workspace link too (the page, then its API).
    second = context.new_page()
    second.goto(f"{site}/agent")
    expect(second).to_have_url(f"{site}/agent")
    expect(second.locator("#who")).to_have_text("anna")
    expect(second.locator("#presence-note")).to_contain_text("offline")
    second.click(".presence[data-status=online]")
    expect(second.locator("#live")).to_have_text("live")
    third = context.new_page()
    third.goto(f"{site}/agent/ticket/{'0' * 32}")
    expect(third).to_have_url(f"{site}/agent/ticket/{'0' * 32}")
    expect(third.locator("#who")).to_have_text("anna")

    # Another browser is not signed in.
    stranger = browser.new_context().new_page()
    stranger.goto(f"{site}/agent")
    expect(stranger).to_have_url(re.compile(r"/login\?next=%2Fagent$"))
    stranger.context.close()

    # Sign-out in one tab signs out all of them, and they say why.
    first.click("#logout")
    expect(first.locator("#notice")).to_have_text("You are signed out.")
    tabs = ((second, "%2Fagent"), (waiting, "%2Fagent"), (third, r"%2Fagent%2Fticket%2F0+"))
    for page, path in tabs:
        expect(page).to_have_url(re.compile(rf"/login\?next={path}&why=elsewhere$"))
        expect(page.locator("#notice")).to_have_text(SIGNED_OUT_ELSEWHERE)
    assert stored(first) is None
    fresh = context.new_page()
    fresh.goto(f"{site}/agent")
    expect(fresh).to_have_url(re.compile(r"/login\?next=%2Fagent$"))

    # The next sign-in (another account) takes the open sign-in pages along, each back to
    # where it was.
    sign_in(fresh, site, "ben")
    expect(fresh).to_have_url(f"{site}/agent")
    for page in (second, waiting):
        expect(page).to_have_url(f"{site}/agent")
        expect(page.locator("#who")).to_have_text("ben")
    expect(third).to_have_url(f"{site}/agent/ticket/{'0' * 32}")
    expect(third.locator("#who")).to_have_text("ben")

    # An account switched in another tab (no sign-out between): open pages reload as it.
    token = httpx.post(
        f"{site}/api/v1/auth/token", json={"username": "anna", "password": PASSWORD}
    ).json()["access_token"]
    put(fresh, {"token": token, "role": "agent", "username": "anna", "expires": None})
    for page in (second, waiting, third):
        expect(page.locator("#who")).to_have_text("anna")


def test_an_ended_session_goes_to_login_and_says_so(
    site: str, context: BrowserContext, browser: Browser
) -> None:
    add_user("anna")

    # The token expires while the board is open: to /login, saying so. (A browser of its
    # own, whose clock the test moves on: the token's expiry comes without waiting.)
    timed = browser.new_context(viewport=PHONE, locale="en-GB")
    timed.clock.install()
    page = timed.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    sign_in(page, site, "anna")
    expect(page).to_have_url(f"{site}/agent")
    expect(page.locator("#presence-note")).to_contain_text("offline")
    timed.clock.fast_forward((get_settings().access_token_ttl_s + 60) * 1000)
    expect(page).to_have_url(re.compile(r"/login\?next=%2Fagent&why=expired$"))
    expect(page.locator("#notice")).to_have_text(EXPIRED)
    assert stored(page) is None
    timed.close()
    assert errors == []
    page = context.new_page()
    page.goto(f"{site}/login")

    # Stored already expired (the API agrees): the same, and nothing is kept.
    exp = int(time.time()) - 5
    expired = tokens.sign(ACCESS_TOKEN, {"uid": user_id("anna"), "role": "agent", "exp": exp})
    refused = httpx.get(f"{site}/api/v1/tickets", headers={"Authorization": f"Bearer {expired}"})
    assert refused.status_code == 401
    put(page, {"token": expired, "role": "agent", "username": "anna", "expires": exp * 1000})
    page.goto(f"{site}/agent")
    expect(page).to_have_url(re.compile(r"/login\?next=%2Fagent&why=expired$"))
    expect(page.locator("#notice")).to_have_text(EXPIRED)
    assert stored(page) is None

    # A token the API refuses (forged) though the page cannot tell: refused on first use.
    put(page, {"token": "a.e30.forged", "role": "agent", "username": "anna", "expires": None})
    page.goto(f"{site}/agent")
    expect(page).to_have_url(re.compile(r"/login\?next=%2Fagent&why=expired$"))
    assert stored(page) is None

    # Garbage and hostile values in storage are no session: to /login, nothing run.
    hostile = {"token": "x", "role": "<img src=x onerror=alert(1)>", "username": "a"}
    for junk in ("{not json", json.dumps({"token": 5, "role": "agent"}), json.dumps(hostile)):
        put(page, junk)
        page.goto(f"{site}/agent")
        expect(page).to_have_url(re.compile(r"/login\?next=%2Fagent"))
        expect(page.locator("#login")).to_be_visible()
        assert page.locator("main img").count() == 0

    # A session kept by an older version in this tab's sessionStorage is adopted.
    token = httpx.post(
        f"{site}/api/v1/auth/token", json={"username": "anna", "password": PASSWORD}
    ).json()["access_token"]
    page.evaluate(
        "s => { localStorage.clear(); sessionStorage.setItem('relaydesk.session', s); }",
        json.dumps({"token": token, "role": "agent", "username": "anna"}),
    )
    page.goto(f"{site}/agent")
    expect(page).to_have_url(f"{site}/agent")
    expect(page.locator("#presence-note")).to_contain_text("offline")
    assert stored(page)["token"] == token
    assert page.evaluate("sessionStorage.getItem('relaydesk.session')") is None
