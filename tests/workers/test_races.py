"""The same message processed by several workers at once is answered once."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from escalation.rules.models import Decision
from router.conversations.models import Message
from tests.support.helpers import client, say, start_conversation
from workers.tasks import process_message

pytestmark = pytest.mark.usefixtures("backend")


def test_concurrent_jobs_for_one_message_answer_once() -> None:
    c = client()
    cid, auth = start_conversation(c)
    ids = [
        say(c, cid, auth, text)["id"] for text in ("Wo ist meine Rückerstattung?", "Mitarbeiter")
    ]
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def run(message_id: int) -> None:
        try:
            barrier.wait()
            process_message(message_id)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(ids[i % 2],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with unit_of_work() as s:
        decisions = s.scalar(select(func.count()).select_from(Decision)) or 0
        authors = list(
            s.scalars(
                select(Message.author).where(Message.conversation_id == cid).order_by(Message.id)
            )
        )
    assert decisions == 2
    assert authors == ["customer", "customer", "bot", "system"]
