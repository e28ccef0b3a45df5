"""Offline answers: the knowledge base plus the customer's own data, in their language."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from core.db import unit_of_work
from router.bot.answers import Asking, answer, try_answer
from router.bot.attempts import AnswerAttempt
from router.bot.knowledge import knowledge_base
from router.bot.phrases import format_date
from router.bot.texts import text
from router.customers.models import CustomerOrder

SHOWCASE = "demo-customer-0"
KB = knowledge_base()


def _ask(customer_ref: str | None, text: str, language: str) -> AnswerAttempt:
    return try_answer(Asking(customer_ref), text, language, llm=None)


def test_german_next_instalment_with_the_customers_own_data(today: date) -> None:
    attempt = _ask(SHOWCASE, "Wann ist meine nächste Rate fällig?", "de")
    assert attempt.answer is not None
    due = format_date(today + timedelta(days=8), "de", today)
    assert attempt.answer.text.startswith(
        f"Deine nächste Rate über 49,90 € für Bestellung 1017 ist am {due} fällig."
    )
    assert "Danach sind noch 3 weitere Zahlungen über insgesamt 267,90 € offen." in (
        attempt.answer.text
    )
    assert KB.article("payment_due", "de").body in attempt.answer.text
    assert attempt.answer.sources == ("tool:get_payments:all", "article:payment_due")
    assert attempt.answer.confidence >= 0.5 and attempt.answer.article == "payment_due"
    assert attempt.usage.total_tokens == 0


def test_english_refund_for_order_1042(today: date) -> None:
    attempt = _ask(SHOWCASE, "Where is my refund for order 1042?", "en")
    assert attempt.answer is not None
    started = format_date(today - timedelta(days=3), "en", today)
    by = format_date(today + timedelta(days=2), "en", today)
    assert attempt.answer.text.startswith(
        f"Your refund of €59.95 for order 1042 is on its way: it was started on {started} "
        f"and should reach you by {by}."
    )
    assert KB.article("refund_status", "en").body in attempt.answer.text
    assert attempt.answer.sources == ("tool:get_refunds:1042", "article:refund_status")


def test_swedish_return_question_gets_the_article_and_the_open_return(today: date) -> None:
    attempt = _ask(SHOWCASE, "Hur returnerar jag en vara?", "sv")
    assert attempt.answer is not None
    assert "Din retur för order 1055 är på väg till butiken" in attempt.answer.text
    assert KB.article("return_item", "sv").body in attempt.answer.text
    assert "article:return_item" in attempt.answer.sources


def test_another_customers_order_is_not_found(today: date) -> None:
    attempt = _ask("demo-customer-1", "Where is my refund for order 1042?", "en")
    assert attempt.answer is not None
    assert attempt.answer.text.startswith("I can't find an order 1042 on your account.")
    assert "59.95" not in attempt.answer.text and "Stadtschuh" not in attempt.answer.text
    german = _ask("demo-customer-2", "Wann ist die Rate für Bestellung 1017 fällig?", "de")
    assert german.answer is not None
    assert german.answer.text.startswith("Eine Bestellung 1017 finde ich in deinem Konto nicht.")
    assert "49,90" not in german.answer.text


def test_without_a_customer_the_article_alone(today: date) -> None:
    attempt = _ask(None, "Where is my refund for order 1042?", "en")
    assert attempt.answer is not None
    assert attempt.answer.text.startswith(KB.article("refund_status", "en").body)
    assert attempt.answer.text.endswith(text("dialogue", "sign_in_needed", "en"))
    assert "59.95" not in attempt.answer.text
    assert attempt.answer.sources == ("article:refund_status",)
    unknown = _ask("someone-else", "When is my next payment due?", "en")
    assert unknown.answer is not None
    assert unknown.answer.text == KB.article("payment_due", "en").body


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Can you explain the chemistry of photosynthesis in detail?", "en"),
        ("Wie wird das Wetter morgen in Berlin?", "de"),
        ("?!", "en"),
        ("asdkjh qwpeoiru zxmnb", "en"),
    ],
)
def test_unanswerable_questions_get_no_answer_and_a_reason(
    today: date, text: str, language: str
) -> None:
    attempt = _ask(SHOWCASE, text, language)
    assert attempt.answer is None
    assert attempt.reason
    assert answer(Asking(SHOWCASE), text, language, llm=None) is None


@pytest.mark.parametrize(
    "text",
    [
        "Where is my refund for order 1042; DROP TABLE customer_orders; --",
        "refund for order 1042' OR '1'='1",
        "<script>alert('refund')</script> where is my refund?",
        "refund <img src=x onerror=alert(1)> order #1042",
    ],
)
def test_hostile_input_is_answered_safely(today: date, text: str) -> None:
    attempt = _ask("demo-customer-3", text, "en")
    if attempt.answer is not None:
        assert "<" not in attempt.answer.text and "DROP" not in attempt.answer.text
        assert "59.95" not in attempt.answer.text  # 1042 is not this customer's
    with unit_of_work() as s:
        assert s.scalar(select(func.count()).select_from(CustomerOrder)) == 99
