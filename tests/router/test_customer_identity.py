"""Customer identity is proven by the integrator (issue: another customer's money read out by
the bot). A `customer_ref` counts only with its signature; otherwise the conversation is
anonymous and the bot reveals no customer data."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from router.conversations.identity import customer_signature, is_proven
from router.conversations.models import Conversation
from router.customers.seed import seed_demo_customers
from tests.support.helpers import client, conversation, run_jobs, say, signed

pytestmark = pytest.mark.usefixtures("backend")
QUESTION = "When is my next payment due?"


@pytest.fixture
def customers(backend: str) -> None:
    with unit_of_work() as s:
        seed_demo_customers(s, today=date.today())


def _ask(body: dict[str, str]) -> tuple[dict[str, object], str]:
    c = client()
    response = c.post("/api/v1/conversations", json=body)
    assert response.status_code == 201, response.text
    created = response.json()
    auth = {"Authorization": f"Bearer {created['token']}"}
    say(c, created["id"], auth, QUESTION)
    run_jobs()
    reply = conversation(c, created["id"], auth)["messages"][-1]["text"]
    return created, reply


@pytest.mark.usefixtures("customers")
def test_an_unproven_customer_ref_gets_no_customer_data() -> None:
    created, reply = _ask({"customer_ref": "demo-customer-0"})
    assert created["customer_verified"] is False
    assert "1017" not in reply and "49.90" not in reply and "€" not in reply
    assert "sign in" in reply  # the general answer and how to get the personal one
    with unit_of_work() as s:
        stored = s.get(Conversation, created["id"])
        assert stored is not None and stored.customer_ref is None  # anonymous


@pytest.mark.usefixtures("customers")
def test_a_proven_customer_gets_their_own_data() -> None:
    created, reply = _ask(signed("demo-customer-0"))
    assert created["customer_verified"] is True
    assert "order 1017" in reply and "sign in" not in reply


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            {
                "customer_ref": "demo-customer-0",
                "customer_signature": customer_signature("demo-customer-7"),
            },
            403,
        ),
        ({"customer_ref": "demo-customer-0", "customer_signature": "0" * 64}, 403),
        ({"customer_signature": customer_signature("demo-customer-0")}, 422),
        ({"customer_ref": "demo-customer-0", "customer_signature": "xyz"}, 422),
        ({"customer_ref": "demo-customer-0", "customer_signature": "a" * 65}, 422),
    ],
)
def test_a_wrong_signature_is_refused_and_nothing_is_stored(
    body: dict[str, str], status: int
) -> None:
    response = client().post("/api/v1/conversations", json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"] in ("Forbidden", "ValidationFailed")
    with unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(Conversation)) == 0


def test_signatures_are_bound_to_the_ref_and_case_insensitive() -> None:
    proof = customer_signature("cust-42")
    assert len(proof) == 64 and is_proven("cust-42", proof) and is_proven("cust-42", proof.upper())
    assert not is_proven("cust-43", proof)


def test_the_demo_chat_page_signs_its_demo_customer() -> None:
    page = client().get("/chat").text
    proof = customer_signature("demo-customer-0")
    assert 'data-customer-ref="demo-customer-0"' in page
    assert f'data-customer-signature="{proof}"' in page
