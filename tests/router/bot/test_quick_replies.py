"""Quick replies: the bot's question "do you mean A or B?" offers A's and B's titles as
buttons, and sending a title back chooses it, in every language of the knowledge base,
even where the topic model alone reads the title as another topic."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

from router.bot.dialogue import MoveKind, Turn, decide_move
from router.bot.knowledge import knowledge_base
from router.bot.texts import text
from router.bot.topics import TopicScore, rank_topics, topic_model
from router.chat.views import agent_names, clarify_choices

KB_LANGUAGES = ("en", "de", "sv", "da", "no", "fi", "fr", "es", "it", "nl", "pl", "pt")
KINDS = {"move_due_date": "answer", "payment_due": "answer", "refund_status": "answer"}


def _asked(options: tuple[str, str], titles: tuple[tuple[str, ...], ...]) -> Turn:
    return Turn(
        move="clarify", topic=options[0], options=options, customer_text="x", option_titles=titles
    )


def test_a_title_chooses_its_option_even_against_the_model() -> None:
    options = ("move_due_date", "payment_due")
    titles = (("Moving a due date", "Fälligkeit verschieben"), ("When is my payment due?",))
    # The model alone reads the first title as the second topic.
    ranked = [TopicScore("payment_due", 0.9), TopicScore("move_due_date", 0.05)]
    for said in ("Moving a due date", "  moving A due-date! ", "FÄLLIGKEIT VERSCHIEBEN"):
        m = decide_move(said, ranked, KINDS, _asked(options, titles))
        assert (m.kind, m.topic, m.via) == (MoveKind.ANSWER, "move_due_date", "choice"), said
    # Not a title: read as before (here the model's sure reading of another option).
    m = decide_move("moving a due date please now", ranked, KINDS, _asked(options, titles))
    assert m.topic == "payment_due"
    # A title shared by both options decides nothing by itself.
    same = (("Payments",), ("Payments",))
    m = decide_move("payments", ranked, KINDS, _asked(options, same))
    assert m.topic == "payment_due" and m.via == "choice"  # the model's reading among them
    # Without a clarifying question before, a title is just a message.
    m = decide_move("Moving a due date", ranked, KINDS, Turn(option_titles=titles))
    assert (m.kind, m.topic, m.via) == (MoveKind.ANSWER, "payment_due", "message")
    assert decide_move("", [], KINDS, _asked(options, titles)).kind == MoveKind.MISS


def test_every_title_chooses_its_topic_in_every_language() -> None:
    kb = knowledge_base()
    model = topic_model(kb)
    topics = sorted({a.id for a in kb.articles if a.kind == "answer"})
    titles = {t: tuple(a.title for a in kb.articles if a.id == t) for t in topics}
    wrong = []
    for language in KB_LANGUAGES:
        said = {t: kb.find(t, language).title for t in topics}  # type: ignore[union-attr]
        ranks = {t: rank_topics(model, said[t], limit=len(model.labels)) for t in topics}
        for pair in itertools.combinations(topics, 2):
            for chosen in pair:
                turn = _asked(pair, (titles[pair[0]], titles[pair[1]]))
                m = decide_move(said[chosen], ranks[chosen], kb.kinds, turn)
                if (m.kind, m.topic) != (MoveKind.ANSWER, chosen):
                    wrong.append((language, pair, chosen))
    assert wrong == []


def test_the_view_finds_the_question_and_the_agent_behind_each_message() -> None:
    kb = knowledge_base()
    first, second = kb.find("refund_how", "de"), kb.find("return_item", "de")
    assert first is not None and second is not None
    question = text("dialogue", "clarify", "de", first=first.title, second=second.title)
    signals: dict[str, Any] = {
        "bot_move": "clarify", "clarify_options": ["refund_how", "return_item"], "language": "de",
    }  # fmt: skip
    decisions: list[tuple[int, str, dict[str, Any]]] = [
        (1, "answer", signals),
        (4, "escalate", signals),  # escalated: the bot asked nothing
        (6, "answer", {"bot_move": "answer", "language": "de"}),
        (8, "answer", {**signals, "clarify_options": ["refund_how", "no_such_topic"]}),
    ]
    bots = [(2, "Hallo"), (3, question), (5, question), (7, "<b>nope</b>"), (9, question)]
    assert clarify_choices(decisions, bots, kb) == {3: [first.title, second.title]}
    assert clarify_choices([], bots, kb) == {}

    t0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    claims = [(t0, "Anna"), (t0 + timedelta(minutes=5), "Ben")]
    messages = [
        (10, t0 - timedelta(seconds=1)),  # before anyone claimed: nobody's
        (11, t0), (12, t0 + timedelta(minutes=4)), (13, t0 + timedelta(minutes=6)),
    ]  # fmt: skip
    assert agent_names(messages, claims) == {11: "Anna", 12: "Anna", 13: "Ben"}
    assert agent_names(messages, []) == {}
