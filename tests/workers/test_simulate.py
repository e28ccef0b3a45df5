"""`relaydesk simulate` against a real server (uvicorn) and a real worker process, SQLite and
PostgreSQL: customers really write, the bot really answers, tickets are really claimed,
answered, resolved and rated over the public API; the metrics table it prints is what
`GET /api/v1/metrics` answers for the same window; 429s are waited out; bad options and
an unreachable or refusing server are clear errors."""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from core.settings import reset_settings
from escalation.tickets.models import TicketEvent
from escalation.users.service import create_user
from router.conversations.models import Author, Conversation, Message
from router.limits import counters
from tests.support.processes import spawn, stop
from workers.cli import main
from workers.simulate import Config, Report, simulate
from workers.simulate_report import metrics_table

pytestmark = pytest.mark.usefixtures("backend")

PASSWORD = "simulated-agent-pass"
OPS = ("olga", "olga-ops-password")


@pytest.fixture
def site(backend: str, live_api: str) -> Iterator[str]:
    """The API (in this process) and one worker process taking every queue."""
    counters.reset_local()
    worker = spawn("worker")
    try:
        yield live_api
    finally:
        stop(worker)


def _accounts(agents: int) -> list[tuple[str, str]]:
    with unit_of_work() as session:
        create_user(session, username=OPS[0], password=OPS[1], role="ops")
        for n in range(1, agents + 1):
            create_user(
                session,
                username=f"sim{n}",
                password=PASSWORD,
                role="agent",
                languages=("en", "de", "sv"),
                skills=("fraud", "refunds"),
                max_concurrent=2,
            )
    return [(f"sim{n}", PASSWORD) for n in range(1, agents + 1)]


def _run(config: Config) -> tuple[Report, str, str]:
    out, err = io.StringIO(), io.StringIO()
    report = asyncio.run(simulate(config, out=out, err=err))
    return report, out.getvalue(), err.getvalue()


def _metrics(site: str, report: Report) -> dict[str, Any]:
    with httpx.Client(base_url=site, timeout=20) as http:
        token = http.post(
            "/api/v1/auth/token", json={"username": OPS[0], "password": OPS[1]}
        ).json()["access_token"]
        response = http.get(
            "/api/v1/metrics",
            params={"from": report.metrics["window"]["from"], "to": report.metrics["window"]["to"]},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _printed(out: str, label: str) -> str:
    """The value of one row of the printed table."""
    found = re.search(rf"^  {re.escape(label)}\s+(.+)$", out, re.MULTILINE)
    assert found, f"no row {label!r} in:\n{out}"
    return found.group(1).strip()


def test_a_short_busy_run_prints_the_metrics_the_api_gives(site: str) -> None:
    config = Config(
        url=site,
        minutes=20 / 60,
        rate=30,
        languages={"en": 0.5, "de": 0.3, "sv": 0.2},
        mix={"person": 0.35, "loop": 0.15, "question": 0.2, "thanks": 0.2, "angry": 0.1},
        agents=3,
        accounts=_accounts(3),
        ops=OPS,
        think_s=0.6,
        claim_s=0.6,
        reply_s=1.0,
        handle_s=2.5,
        patience_s=60,
        rating_share=0.8,
        drain_s=90,
        poll_s=1.0,
        signed=True,
        seed=7,
        progress=True,
    )
    report, out, err = _run(config)
    tally = report.tally
    assert tally.errors == [] and tally.unfinished == 0 and tally.unanswered == 0, out
    assert "conversations" in err and "escalations" in err  # the progress line

    # Things really happened, in the database.
    assert tally.conversations >= 5 and tally.escalations >= 1 and tally.claims_ours >= 1
    with unit_of_work() as session:
        stored = session.scalar(select(func.count()).select_from(Conversation))
        customer = session.scalar(
            select(func.count()).select_from(Message).where(Message.author == Author.CUSTOMER)
        )
        claimed = session.scalar(
            select(func.count()).select_from(TicketEvent).where(TicketEvent.kind == "claimed")
        )
    assert stored == tally.conversations and customer == tally.messages
    assert claimed == tally.claims == tally.claims_ours

    # The printed table is the API's answer for the window, then and now.
    fresh = _metrics(site, report)
    assert report.metrics["window"] == fresh["window"]
    assert metrics_table(fresh) == report.table
    assert "\n".join(report.table) in out
    total = fresh["total"]
    assert _printed(out, "conversations") == str(total["conversations"]["total"])
    assert _printed(out, "messages") == str(total["messages"]["total"])
    containment = total["containment"]
    assert _printed(out, "escalation rate") == (
        f"{containment['escalation_rate'] * 100:.1f} % ({containment['escalated']})"
    )
    tickets = total["tickets"]
    assert _printed(out, "tickets / claimed / resolved") == (
        f"{tickets['total']} / {tickets['claimed']} / {tickets['resolved']}"
    )
    ttp = total["time_to_person"]
    assert _printed(out, "time to a person p50/p90/p99").startswith(f"{ttp['p50_s']:.1f} s")

    # ... and it agrees with what the simulated people did.
    assert total["conversations"]["total"] == tally.conversations
    assert total["messages"]["customer"] == tally.messages
    assert total["messages"]["agent"] == tally.agent_messages
    assert containment["escalated"] == tally.escalations
    assert total["returns"]["claims"] == tally.claims_ours
    assert tickets["resolved"] == tally.resolved_ours >= 1
    assert total["csat"]["people"]["count"] == tally.ratings
    assert total["pay"][0]["resolved_tickets"] == tally.resolved_ours
    assert tickets["waiting"] == 0 and tickets["held"] == 0  # everything settled
    assert sum(tally.behaviours.values()) == tally.conversations


def test_refusals_are_waited_out(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Over the per-address limit for new conversations the server says 429 with
    Retry-After; the simulator waits and every customer still gets their conversation."""
    monkeypatch.setenv("RELAYDESK_CLIENT_CONVERSATIONS", "3")
    monkeypatch.setenv("RELAYDESK_CLIENT_WINDOW_S", "2")
    reset_settings()
    _accounts(0)
    config = Config(
        url=site,
        minutes=0.1,
        rate=150,
        languages={"en": 1.0},
        mix={"question": 1.0},
        agents=0,
        ops=OPS,
        think_s=0.2,
        poll_s=0.5,
        patience_s=1,
        drain_s=60,
        seed=3,
        progress=False,
    )
    report, out, _ = _run(config)
    tally = report.tally
    assert tally.refused >= 1, out
    assert tally.unfinished == 0 and tally.errors == []
    assert report.metrics["total"]["conversations"]["total"] == tally.conversations >= 6
    assert f"refused (429, waited out) {tally.refused}" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--languages", "xx:1"], "unknown 'xx'"),
        (["--languages", "en:0"], "at least one positive weight"),
        (["--languages", "en:-1"], "0 or more"),
        (["--languages", "en:lots"], "not name:weight"),
        (["--languages", "en,en"], "given twice"),
        (["--mix", "shouting:1"], "unknown 'shouting'"),
        (["--rate", "0"], "--rate"),
        (["--minutes", "-1"], "--minutes"),
        (["--agents", "100000"], "--agents"),
        (["--rating-share", "2"], "--rating-share"),
        (["--think-s", "-3"], "delays"),
        (["--agent-user", "sim"], "--agent-password"),
        (["--ops-user", "someone"], "--ops-password"),
    ],
)
def test_bad_options_are_clear_errors(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["simulate", "--url", "http://127.0.0.1:9", *args]) == 2
    assert message in capsys.readouterr().err


def test_no_server_or_a_refused_sign_in_is_a_clear_error(
    site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["simulate", "--url", "http://127.0.0.1:9", "--no-progress"]) == 2
    assert "cannot reach http://127.0.0.1:9" in capsys.readouterr().err
    _accounts(1)
    wrong = ["--ops-user", OPS[0], "--ops-password", "not-the-password"]
    assert main(["simulate", "--url", site, "--no-progress", *wrong]) == 2
    assert "cannot sign in as 'olga'" in capsys.readouterr().err
    agent_as_ops = ["--ops-user", "sim1", "--ops-password", PASSWORD]
    assert main(["simulate", "--url", site, "--no-progress", *agent_as_ops]) == 2
    assert "'sim1' has the role agent, not ops" in capsys.readouterr().err
    with unit_of_work() as session:  # nothing was started
        assert session.scalar(select(func.count()).select_from(Conversation)) == 0
