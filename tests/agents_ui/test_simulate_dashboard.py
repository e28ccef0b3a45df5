"""Issue 10's check end to end: `relaydesk simulate` against a running deployment ends with
a metrics table, and the ops dashboard in Chromium shows the same numbers for the same
traffic. SQLite and PostgreSQL."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from playwright.sync_api import expect

from tests.agents_ui.browser_support import NewPage, sign_in
from tests.agents_ui.test_ops_dashboard import pct, readings, trio
from tests.workers.test_simulate import OPS, _accounts, _printed, _run
from workers.simulate import Config

pytestmark = pytest.mark.usefixtures("backend")


def test_the_dashboard_shows_what_the_simulator_printed(site: str, new_page: NewPage) -> None:
    config = Config(
        url=site,
        minutes=15 / 60,
        rate=24,
        languages={"en": 0.5, "de": 0.3, "sv": 0.2},
        mix={"person": 0.4, "question": 0.3, "thanks": 0.3},
        agents=2,
        accounts=_accounts(2),
        ops=OPS,
        think_s=0.5,
        claim_s=0.5,
        reply_s=0.8,
        handle_s=1.5,
        patience_s=60,
        rating_share=1.0,
        drain_s=90,
        poll_s=1.0,
        signed=True,
        seed=11,
        progress=False,
    )
    # Playwright's sync API runs an event loop in this thread: the simulator gets its own.
    with ThreadPoolExecutor(1) as pool:
        report, out, _ = pool.submit(_run, config).result()
    assert report.tally.errors == [] and report.tally.conversations >= 3, out
    total = report.metrics["total"]
    assert total["containment"]["escalated"] >= 1, out

    page = new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, site, OPS[0], OPS[1])
    expect(page).to_have_url(f"{site}/ops")
    expect(page.locator("#dash-live")).to_have_attribute("data-state", "live", timeout=15_000)
    # Every conversation of this (fresh) database is the simulator's: the dashboard's window
    # holds exactly them.
    expect(page.locator("#dash-conversations")).to_have_text(_printed(out, "conversations"))
    seen = readings(page)
    containment = total["containment"]
    assert seen["containment"]["text"] == pct(containment["rate"])
    assert _printed(out, "containment").startswith(pct(containment["rate"]))
    assert seen["escalation"]["text"] == pct(containment["escalation_rate"])
    assert _printed(out, "escalation rate").startswith(pct(containment["escalation_rate"]))
    assert seen["ttp"]["text"] == trio(total["time_to_person"])
    assert seen["sla"]["text"] == pct(total["sla"]["attainment"])
    assert seen["csat-people"]["text"] == pct(total["csat"]["people"]["csat"])
    printed_tickets = _printed(out, "tickets / claimed / resolved")
    assert re.fullmatch(r"\d+ / \d+ / \d+", printed_tickets)
