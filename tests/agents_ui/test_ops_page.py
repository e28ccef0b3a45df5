"""The ops lead's rules page in real Chromium, against a live API and worker: an invalid
draft is refused with the API's error next to the editor; a valid one is simulated on real
decisions, published with a note and rolled back, and the audit log shows both."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from tests.agents_ui.browser_support import NewPage, add_user, shot, sign_in
from tests.support.processes import wait_for

pytestmark = pytest.mark.usefixtures("backend")

ANSWER = "then: {action: answer}"
TO_PEOPLE = 'then: {action: escalate, queue: care, reason: "everything to a person"}'


def seed_history(site: str, texts: list[str]) -> None:
    """Customer messages through the real pipeline, each decided by the worker."""
    with httpx.Client(base_url=site, timeout=10) as http:
        for text in texts:
            conv = http.post("/api/v1/conversations", json={}).json()
            auth = {"Authorization": f"Bearer {conv['token']}"}
            assert http.post(
                f"/api/v1/conversations/{conv['id']}/messages", json={"text": text}, headers=auth
            ).is_success

            def answered(conv_id: str = conv["id"], auth: dict[str, str] = auth) -> bool:
                body = http.get(f"/api/v1/conversations/{conv_id}", headers=auth).json()
                return any(m["author"] != "customer" for m in body["messages"])

            wait_for(answered, 20, f"an answer to {text!r}")


def test_validate_simulate_publish_and_roll_back(
    site: str, new_page: NewPage, tmp_path: Path
) -> None:
    add_user("olga", role="ops")
    seed_history(site, ["Wo ist meine Rückerstattung?", "Mitarbeiter", "Where is my refund?"])
    page = new_page()
    sign_in(page, site, "olga")
    expect(page).to_have_url(f"{site}/ops")
    expect(page.locator("#active-version")).to_have_text("Active: version 1")
    editor = page.locator("#doc")
    expect(editor).to_have_value(re.compile(r"- id: explicit_human_request"))
    active_text = editor.input_value()
    assert "null" not in active_text  # defaults are left out of the draft
    expect(page.locator("#versions tbody tr")).to_have_count(1)

    # An invalid draft: the API's error, naming the rule, next to the editor; nothing stored.
    editor.fill(active_text.replace("action: escalate", "action: teleport", 1))
    page.click("#validate")
    error = page.locator("#editor-error")
    expect(error).to_contain_text("ValidationFailed")
    expect(error).to_contain_text("rules[0] (id 'explicit_human_request').then.action")
    expect(editor).to_have_attribute("aria-invalid", "true")
    page.fill("#note", "should not be stored")
    page.click("#publish-button")
    expect(error).to_contain_text("explicit_human_request")
    expect(page.locator("#active-version")).to_have_text("Active: version 1")
    expect(page.locator("#versions tbody tr")).to_have_count(1)
    shot(page, tmp_path / "ops-invalid.png")

    # The unchanged draft validates: the editor's YAML round-trips.
    page.click("#reset")
    expect(editor).to_have_value(active_text)
    page.click("#validate")
    expect(page.locator("#editor-result")).to_contain_text("Valid: “default” with 12 rules.")
    expect(error).to_be_hidden()

    # A draft that sends everything the bot would answer to people in the care queue.
    assert ANSWER in active_text
    editor.fill(active_text.replace(ANSWER, TO_PEOPLE))
    page.click("#simulate")
    expect(page.locator("#sim-summary")).to_have_text(
        "Replayed 3 stored decisions with the active version 1 (before) and with this"
        " draft (after): 2 would change."
    )
    tables = page.locator("#sim-tables table")
    overall = tables.nth(0)
    expect(overall.locator("caption")).to_have_text("Overall")
    expect(overall.locator("tbody tr").first).to_have_text(
        re.compile(r"Escalation rate\s*33\.3 %\s*100\.0 %\s*\+66\.7 %")
    )
    per_queue = tables.nth(1)
    expect(per_queue.locator("caption")).to_have_text("Escalations per queue")
    expect(per_queue.locator("tr", has_text="care")).to_have_text(re.compile(r"care\s*0\s*2\s*\+2"))
    expect(per_queue.locator("tr", has_text="general")).to_contain_text("no change")
    expect(tables.nth(2)).to_contain_text("explicit_human_request")
    examples = tables.nth(3)
    expect(examples.locator("tbody tr")).to_have_count(2)
    expect(examples.locator("tbody tr").first).to_contain_text("answer/answer")
    expect(examples.locator("tbody tr").first).to_contain_text("escalate/answer")
    shot(page, tmp_path / "ops-simulation.png")

    page.fill("#note", "Everything to a person for the holidays")
    page.click("#publish-button")
    expect(page.locator("#editor-result")).to_have_text("Published version 2 (was version 1).")
    expect(page.locator("#active-version")).to_have_text("Active: version 2")
    expect(editor).to_have_value(re.compile("queue: care"))
    expect(page.locator("#versions tbody tr")).to_have_count(2)
    expect(page.locator("#audit tbody tr").first).to_contain_text("publish")
    expect(page.locator("#audit tbody tr").first).to_contain_text("for the holidays")

    page.fill("#note", "Too many escalations")
    page.click("#rollback")
    expect(page.locator("#editor-result")).to_have_text(
        "Rolled back: version 1 is active again (was version 2)."
    )
    expect(page.locator("#active-version")).to_have_text("Active: version 1")
    expect(editor).to_have_value(active_text)
    expect(page.locator("#audit tbody tr")).to_have_count(2)
    expect(page.locator("#audit tbody tr").first).to_contain_text("rollback")
    expect(page.locator("#audit tbody tr").first).to_contain_text("v2 → v1")
    shot(page, tmp_path / "ops-rolled-back.png")
