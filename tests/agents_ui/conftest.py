"""Real headless Chromium against a live API and worker, at a phone's viewport."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize, sync_playwright

from tests.agents_ui.browser_support import (
    ALERT_SPY,
    CHROMIUM,
    CHROMIUM_ARGS,
    PHONE,
    NewContext,
    NewPage,
)
from tests.support.processes import live_server, spawn, stop


@pytest.fixture
def site() -> Iterator[str]:
    worker = spawn("worker")
    try:
        with live_server() as url:
            yield url
    finally:
        stop(worker)


@pytest.fixture
def browser() -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (make test installs it)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser: Browser) -> Iterator[NewPage]:
    """A page in a fresh browser context (its own sessionStorage), sized like a phone.
    Script errors on any of them fail the test."""
    errors: list[str] = []

    def make() -> Page:
        context = browser.new_context(viewport=PHONE, locale="en-GB")
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        return page

    yield make
    assert errors == [], f"script errors on the page: {errors}"


@pytest.fixture
def new_context(browser: Browser) -> Iterator[NewContext]:
    """A browser context (one browser profile: its tabs share localStorage) with the alert
    spy (`ALERT_SPY`) in every page; script errors on any page fail the test."""
    errors: list[str] = []
    made: list[BrowserContext] = []

    def make(
        *, notifications: bool = False, viewport: ViewportSize = PHONE, locale: str = "en-GB"
    ) -> BrowserContext:
        context = browser.new_context(viewport=viewport, locale=locale)
        if notifications:
            context.grant_permissions(["notifications"])
        context.add_init_script(ALERT_SPY)
        context.on("page", lambda page: page.on("pageerror", lambda e: errors.append(str(e))))
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()
    assert errors == [], f"script errors on the page: {errors}"
