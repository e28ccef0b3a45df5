"""Helpers shared by the tests: an API client and running queued jobs for real."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from core.db import unit_of_work, utcnow
from core.jobs import queues
from core.redis import get_redis
from escalation.agents.models import AgentPresence
from escalation.rules.models import Decision
from escalation.tickets.service import open_ticket
from escalation.users.models import User
from escalation.users.service import access_token
from router.app import create_app
from router.conversations.identity import customer_signature
from router.conversations.models import Author, Conversation, ConversationStatus
from router.conversations.service import add_message, conversation_token
from workers.worker import BeatingWorker


def client() -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False)


def run_jobs(role: str = "all") -> None:
    """Run every job queued for a worker `role` (all queues, in the workers' priority order)
    in this process with a real RQ worker, then return; a job that failed fails the test,
    with its traceback."""
    qs = queues(role)
    failed_before = {q.name: set(q.failed_job_registry.get_job_ids()) for q in qs}
    BeatingWorker(qs, connection=get_redis()).work(burst=True, logging_level="WARNING")
    for q in qs:
        failed = [i for i in q.failed_job_registry.get_job_ids() if i not in failed_before[q.name]]
        if failed:
            job = q.fetch_job(failed[0])
            result = job.latest_result() if job else None
            info = result.exc_string if result is not None else "?"
            raise AssertionError(f"job {failed[0]} failed:\n{info}")


def signed(customer_ref: str) -> dict[str, str]:
    """The body fields of a proven customer, as the shop's backend would sign them."""
    return {"customer_ref": customer_ref, "customer_signature": customer_signature(customer_ref)}


def start_conversation(c: TestClient, **body: Any) -> tuple[str, dict[str, str]]:
    response = c.post("/api/v1/conversations", json=body)
    assert response.status_code == 201, response.text
    data = response.json()
    return data["id"], {"Authorization": f"Bearer {data['token']}"}


def say(
    c: TestClient, conversation_id: str, headers: dict[str, str], text: str, **extra: Any
) -> dict[str, Any]:
    response = c.post(
        f"/api/v1/conversations/{conversation_id}/messages",
        json={"text": text, **extra},
        headers=headers,
    )
    assert response.status_code == 202, response.text
    result: dict[str, Any] = response.json()
    return result


def conversation(c: TestClient, conversation_id: str, headers: dict[str, str]) -> dict[str, Any]:
    response = c.get(f"/api/v1/conversations/{conversation_id}", headers=headers)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


# --- agents and tickets ------------------------------------------------------------------

AGENT_PASSWORD = "agent-password-1"


@functools.cache
def _password_hash() -> str:
    return PasswordHasher().hash(AGENT_PASSWORD)  # once: hashing is slow on purpose


def make_agent(
    username: str,
    *,
    languages: Sequence[str] = ("en",),
    skills: Sequence[str] = (),
    max_concurrent: int = 2,
    presence: str | None = "online",
    role: str = "agent",
    now: datetime | None = None,
) -> tuple[int, dict[str, str]]:
    """An agent (online unless told otherwise) and its `Authorization` header."""
    with unit_of_work() as s:
        user = User(
            username=username,
            password_hash=_password_hash(),
            role=role,
            display_name=username.capitalize(),
            languages=list(languages),
            skills=list(skills),
            max_concurrent=max_concurrent,
        )
        s.add(user)
        s.flush()
        if presence is not None:
            seen = now or utcnow()
            s.add(
                AgentPresence(user_id=user.id, status=presence, last_seen_at=seen, changed_at=seen)
            )
        return user.id, {"Authorization": f"Bearer {access_token(user)}"}


@dataclass(frozen=True)
class WaitingTicket:
    id: str
    conversation_id: str
    customer: dict[str, str]  # the conversation token's Authorization header


def waiting_ticket(
    text: str = "I was charged twice for my order",
    *,
    language: str | None = "en",
    queue: str = "general",
    skills: Sequence[str] = (),
    priority: int = 0,
) -> WaitingTicket:
    """A conversation the bot handed off: a customer message, the decision with its
    signals, and an open ticket, made directly (no classification in the way)."""
    with unit_of_work() as s:
        conversation = Conversation(
            language=language, customer_ref="cust-42", status=ConversationStatus.WAITING_FOR_HUMAN
        )
        s.add(conversation)
        s.flush()
        message = add_message(s, conversation.id, Author.CUSTOMER, text)
        s.add(
            Decision(
                conversation_id=conversation.id,
                message_id=message.id,
                action="escalate",
                rule="bot_could_not_answer",
                reason="bot could not answer (English)",
                ruleset="default-v1",
                signals={"human_request": False, "language": language},
            )
        )
        add_message(s, conversation.id, Author.SYSTEM, "A person is coming.")
        ticket, _ = open_ticket(
            s,
            conversation_id=conversation.id,
            queue=queue,
            reason="bot could not answer",
            priority=priority,
            language=language,
            skills=skills,
            topic="payments",
        )
        token = conversation_token(conversation.id)
        return WaitingTicket(ticket.id, conversation.id, {"Authorization": f"Bearer {token}"})
