"""The dialogue's moves as pure functions: no model, no database."""

from __future__ import annotations

import pytest

from router.bot.dialogue import (
    Move,
    MoveKind,
    Turn,
    decide_move,
    is_affirmation,
    is_denial,
)
from router.bot.topics import TopicScore

KINDS = {
    "payment_due": "answer", "move_due_date": "answer", "change_payment_day": "answer",
    "refund_status": "answer", "greeting": "smalltalk", "thanks": "smalltalk",
    "out_of_scope": "other",
}  # fmt: skip


def ranked(*pairs: tuple[str, float]) -> list[TopicScore]:
    return [TopicScore(t, p) for t, p in pairs]


def move(text: str, scores: list[TopicScore], previous: Turn | None = None, **kw: object) -> Move:
    return decide_move(text, scores, KINDS, previous or Turn(), **kw)  # type: ignore[arg-type]


def test_a_topic_the_model_is_sure_of_is_answered() -> None:
    m = move("wann muss ich zahlen", ranked(("payment_due", 0.9), ("refund_status", 0.05)))
    assert (m.kind, m.topic, m.via) == (MoveKind.ANSWER, "payment_due", "message")


def test_an_unsure_topic_is_a_miss_and_out_of_scope_is_never_answered() -> None:
    assert move("hmm", ranked(("payment_due", 0.25), ("refund_status", 0.05))).kind == MoveKind.MISS
    unsure = ranked(("payment_due", 0.45), ("out_of_scope", 0.3))  # a lead over nothing
    assert move("hmm hmm", unsure).kind == MoveKind.MISS
    assert move("", []).kind == MoveKind.MISS
    m = move("what's the weather", ranked(("out_of_scope", 0.95), ("payment_due", 0.01)))
    assert (m.kind, m.topic) == (MoveKind.MISS, None)


def test_small_talk_alone_is_answered_but_a_question_beside_it_wins() -> None:
    assert move("hallo!", ranked(("greeting", 0.8), ("payment_due", 0.1))).kind == (
        MoveKind.SMALLTALK
    )
    long = "hi there, i sent my trainers back last week, where is my money at"
    m = move(long, ranked(("greeting", 0.5), ("refund_status", 0.3)))
    assert (m.kind, m.topic) == (MoveKind.ANSWER, "refund_status")


def test_a_clear_lead_over_close_topics_is_answered() -> None:
    m = move("imuri tuli rikki", ranked(("payment_due", 0.36), ("refund_status", 0.12)))
    assert (m.kind, m.topic) == (MoveKind.ANSWER, "payment_due")
    assert m.confidence == 0.62  # half a point and half the lead


def test_two_close_topics_make_the_bot_ask_which_is_meant() -> None:
    m = move("datum ändern", ranked(("move_due_date", 0.45), ("change_payment_day", 0.35)))
    assert m.kind == MoveKind.CLARIFY
    assert m.options == ("move_due_date", "change_payment_day")


@pytest.mark.parametrize(
    ("answer", "chosen"),
    [
        ("the second one", "change_payment_day"),
        ("die erste bitte", "move_due_date"),
        ("det andra", "change_payment_day"),
        ("la première", "move_due_date"),
        ("2", "change_payment_day"),
    ],
)
def test_the_customer_picks_a_choice_by_its_place(answer: str, chosen: str) -> None:
    asked = Turn(move="clarify", options=("move_due_date", "change_payment_day"))
    m = move(answer, ranked(("out_of_scope", 0.6), ("payment_due", 0.2)), asked)
    assert (m.kind, m.topic, m.via) == (MoveKind.ANSWER, chosen, "choice")


def test_the_customer_picks_a_choice_by_its_words_and_a_new_clear_question_wins() -> None:
    asked = Turn(move="clarify", options=("move_due_date", "change_payment_day"))
    m = move("jeden monat", ranked(("payment_due", 0.5), ("change_payment_day", 0.3)), asked)
    assert (m.kind, m.topic) == (MoveKind.ANSWER, "change_payment_day")
    m = move("where is my refund", ranked(("refund_status", 0.95)), asked)
    assert (m.kind, m.topic) == (MoveKind.ANSWER, "refund_status")


def test_a_follow_up_is_read_with_the_previous_message() -> None:
    before = Turn(move="answer", topic="payment_due", customer_text="when is my payment due")

    def rank(text: str) -> list[TopicScore]:
        assert text == "when is my payment due and can i move that?"
        return ranked(("move_due_date", 0.8), ("payment_due", 0.1))

    alone = ranked(("move_due_date", 0.3), ("out_of_scope", 0.2))
    m = move("and can i move that?", alone, before, rank=rank)
    assert (m.kind, m.topic, m.via) == (MoveKind.ANSWER, "move_due_date", "with_previous")
    assert move("and can i move that?", alone, Turn(), rank=rank).kind == MoveKind.MISS


@pytest.mark.parametrize(
    "text", ["yes", "Yes please!", "ja gerne", "Ja tack", "oui", "sí, por favor", "tak", "sim"]
)
def test_yes_after_an_offer_accepts_a_person(text: str) -> None:
    assert is_affirmation(text)
    m = move(text, ranked(("thanks", 0.5)), Turn(offered=True))
    assert m.kind == MoveKind.ACCEPT_OFFER


@pytest.mark.parametrize("text", ["no thanks", "Nein danke", "nej tack", "non merci", "nie"])
def test_no_after_an_offer_declines(text: str) -> None:
    assert is_denial(text) and not is_affirmation(text)
    assert move(text, ranked(("thanks", 0.5)), Turn(offered=True)).kind == MoveKind.DECLINE_OFFER


def test_yes_without_an_offer_is_just_a_message() -> None:
    assert move("yes", ranked(("thanks", 0.6)), Turn()).kind == MoveKind.SMALLTALK
    assert not is_affirmation("yes I want to know when my payment is due next month please")
