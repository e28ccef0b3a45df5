"""The pipeline with an LLM configured: a real HTTP server speaking the OpenAI API.

The LLM's reading is added to the local one; a slow or failing LLM never leaves the
customer in silence; what the customer typed reaches it only redacted.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from core.db import unit_of_work
from escalation.rules.models import Decision
from router.conversations.models import Conversation
from tests.support import fake_openai
from tests.support.fake_openai import FakeOpenAI
from tests.support.helpers import client, conversation, run_jobs, say, start_conversation

pytestmark = pytest.mark.usefixtures("backend")
CARD = "4111 1111 1111 1111"


@pytest.fixture
def fake(fake_llm: FakeOpenAI) -> FakeOpenAI:
    return fake_llm


def _reading(**overrides: Any) -> fake_openai.Behaviour:
    value = {
        "intent": "lost_or_stolen_card",
        "confidence": 0.9,
        "human_request": False,
        "frustration": 0.4,
        "risk_topics": ["stolen_card"],
        "summary": "Customer's card was stolen and used; wants it blocked.",
        **overrides,
    }
    return fake_openai.json_content(value, prompt_tokens=120, completion_tokens=30)


def _stored(cid: str) -> tuple[Conversation, Decision]:
    with unit_of_work() as s:
        conv = s.get(Conversation, cid)
        decision = s.scalars(select(Decision).where(Decision.conversation_id == cid)).one()
        assert conv is not None
        return conv, decision


def test_llm_reading_escalates_a_risk_and_is_recorded(fake: FakeOpenAI) -> None:
    fake.script(_reading())
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, f"Hilfe, jemand benutzt meine Karte {CARD} in einem Laden in Rom")
    run_jobs()
    conv, decision = _stored(cid)
    assert conversation(c, cid, auth)["status"] == "waiting_for_human"
    assert decision.queue == "risk" and "stolen_card" in decision.signals["risk_topics"]
    assert conv.summary == "Customer's card was stolen and used; wants it blocked."
    assert conv.llm_tokens == 150
    assert fake.request_count == 1
    traffic = fake.raw_traffic()
    assert CARD.encode() not in traffic and CARD.replace(" ", "").encode() not in traffic
    assert b"Hilfe" in traffic  # the message itself did go, redacted


@pytest.mark.parametrize(
    "behaviour",
    [
        fake_openai.json_content({"intent": "x"}, delay_s=3.0),  # slower than the timeout
        fake_openai.error(500),
        fake_openai.text("this is not JSON"),
    ],
    ids=["slow", "500", "malformed"],
)
def test_a_failing_llm_leaves_the_local_answer(
    fake: FakeOpenAI, behaviour: fake_openai.Behaviour
) -> None:
    fake.default = behaviour
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Wo ist meine Rückerstattung?")
    run_jobs()
    conv = conversation(c, cid, auth)
    assert [m["author"] for m in conv["messages"]] == ["customer", "bot"]
    assert "Rückerstattung" in conv["messages"][1]["text"]
    assert fake.request_count >= 1
    stored, _ = _stored(cid)
    assert stored.summary is None
    if behaviour.status != 200 or behaviour.delay_s:
        assert stored.llm_tokens == 0  # nothing came back: nothing was spent
    else:
        assert stored.llm_tokens > 0  # an unusable answer still cost its tokens


def test_a_clear_request_for_a_person_does_not_wait_for_the_llm(fake: FakeOpenAI) -> None:
    c = client()
    cid, auth = start_conversation(c)
    say(c, cid, auth, "Mitarbeiter")
    run_jobs()
    assert conversation(c, cid, auth)["status"] == "waiting_for_human"
    assert fake.request_count == 0
