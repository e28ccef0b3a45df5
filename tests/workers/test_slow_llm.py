"""An LLM that hangs holds no lock: the message job assesses with no transaction open.

Before the job was split, one job held the conversation's row lock (on SQLite the database's
write lock) through every LLM call: intake answered 500 after the busy timeout and a request
for a person waited behind the hung call. Here the LLM hangs for far longer than each check
takes; every check must be done while the hung call is still outstanding.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from core.settings import reset_settings
from escalation.rules.models import Decision
from router.conversations.models import Author, Message
from router.llm.client import reset_llm_client
from tests.support import fake_openai
from tests.support.fake_openai import FakeOpenAI
from tests.support.helpers import client, conversation, say, start_conversation
from workers.tasks import run_message

pytestmark = pytest.mark.usefixtures("backend")
HANG_S = 6.0  # how long the LLM takes to answer (its timeout is longer)


@pytest.fixture
def hung_llm(fake_llm: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    monkeypatch.setenv("RELAYDESK_LLM_TIMEOUT_S", str(HANG_S + 5))
    reset_settings()
    reset_llm_client()
    fake_llm.default = fake_openai.slow(HANG_S, fake_openai.text("{}"))
    yield fake_llm


def _wait_for_llm_call(fake: FakeOpenAI, job: threading.Thread) -> None:
    for _ in range(200):
        if fake.request_count >= 1:
            return
        job.join(0.05)
    raise AssertionError("the job never called the LLM")


def _decisions(message_id: int) -> list[str]:
    with unit_of_work() as s:
        return list(s.scalars(select(Decision.action).where(Decision.message_id == message_id)))


def _last_customer_message(conversation_id: str) -> int:
    with unit_of_work() as s:
        found = s.scalar(
            select(func.max(Message.id)).where(
                Message.conversation_id == conversation_id, Message.author == Author.CUSTOMER
            )
        )
        assert found is not None
        return found


def test_a_hung_llm_call_blocks_neither_intake_nor_requests_for_a_person(
    hung_llm: FakeOpenAI,
) -> None:
    c = client()
    slow_cid, slow_auth = start_conversation(c, language="en")
    say(c, slow_cid, slow_auth, "xq zvbn wqpl, mrrp flarg?")  # out of scope: the LLM is asked
    first = _last_customer_message(slow_cid)
    job = threading.Thread(target=run_message, args=(first,), daemon=True)
    job.start()
    _wait_for_llm_call(hung_llm, job)

    # Another customer writes and asks for a person: stored and escalated meanwhile.
    other_cid, other_auth = start_conversation(c, language="de")
    say(c, other_cid, other_auth, "Ich möchte bitte mit einem Mitarbeiter sprechen")
    result = run_message(_last_customer_message(other_cid))
    assert result.ticket_id is not None
    assert conversation(c, other_cid, other_auth)["status"] == "waiting_for_human"
    assert job.is_alive(), "the hung LLM call should still be outstanding"

    # The waiting customer follows up with a request for a person: honoured at once; the
    # message the LLM is still reading is answered without it, once.
    say(c, slow_cid, slow_auth, "I want to talk to a human")
    second = _last_customer_message(slow_cid)
    result = run_message(second)
    assert result.decided == [first, second] and result.ticket_id is not None
    assert conversation(c, slow_cid, slow_auth)["status"] == "waiting_for_human"
    assert job.is_alive(), "the hung LLM call should still be outstanding"

    # The hung call returns: its stale reading is dropped, nothing is decided twice.
    job.join(HANG_S + 10)
    assert not job.is_alive()
    assert len(_decisions(first)) == 1 and _decisions(second) == ["escalate"]
    with unit_of_work() as s:
        system = s.scalars(
            select(Message.text).where(
                Message.conversation_id == slow_cid, Message.author == Author.SYSTEM
            )
        ).all()
    assert len(system) == 1  # one hand-over notice, not two


def test_a_message_decided_while_its_reading_was_slow_is_not_decided_again(
    hung_llm: FakeOpenAI,
) -> None:
    """Two workers run the same message's job (a retry after a stall): the one that read
    without waiting decides; the slow one finds it decided and writes nothing."""
    c = client()
    cid, auth = start_conversation(c, language="en")
    say(c, cid, auth, "xq zvbn wqpl, mrrp flarg?")
    message_id = _last_customer_message(cid)
    slow = threading.Thread(target=run_message, args=(message_id,), daemon=True)
    slow.start()
    _wait_for_llm_call(hung_llm, slow)
    fast = run_message(message_id, llm=None)  # assessed offline: no LLM configured for it
    assert fast.decided == [message_id]
    slow.join(HANG_S + 10)
    assert not slow.is_alive()
    assert len(_decisions(message_id)) == 1
    assert len(conversation(c, cid, auth)["messages"]) == 2  # the message and one reply
