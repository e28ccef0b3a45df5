"""Scoring whole conversations (pure) and `relaydesk eval conversations` on a small set."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ValidationFailed
from router.bot.evaluation import (
    DEV_SET,
    ConversationSpec,
    DialogueScore,
    Played,
    TurnResult,
    TurnSpec,
    load_set,
    report_lines,
    turn_ok,
)
from router.bot.knowledge import knowledge_base
from workers.cli import main

TOPICS = {a.id for a in knowledge_base().articles}


def spec(*turns: tuple[str, tuple[str, ...]], category: str = "answerable") -> ConversationSpec:
    return ConversationSpec("x-1", "en", category, False, tuple(TurnSpec(t, e) for t, e in turns))


def test_the_development_set_is_valid_and_covers_the_twelve_languages() -> None:
    specs = load_set(DEV_SET, TOPICS)
    by_language: dict[str, int] = {}
    for s in specs:
        by_language[s.language] = by_language.get(s.language, 0) + 1
    assert len(by_language) == 12 and min(by_language.values()) >= 30 and len(specs) >= 400
    categories = {s.category for s in specs}
    assert {
        "answerable",
        "smalltalk",
        "person_request",
        "risk",
        "frustration",
        "followup",
        "clarification",
        "hard_negative",
        "loop",
        "unanswerable",
    } <= categories


def test_a_turn_is_judged_by_its_outcome_and_queue() -> None:
    person = TurnSpec("fraud!", ("person",), "risk")
    assert turn_ok(person, TurnResult("person", "risk"))
    assert not turn_ok(person, TurnResult("person", "general"))
    assert turn_ok(TurnSpec("x", ("clarify", "refund_status")), TurnResult("refund_status"))
    assert not turn_ok(TurnSpec("x", ("refund_status",)), TurnResult("refund_how"))


def test_containment_topic_and_person_rates() -> None:
    tally = DialogueScore()
    answered = spec(("hi", ("smalltalk",)), ("refund?", ("refund_status",)))
    tally.add(Played(answered, [TurnResult("smalltalk"), TurnResult("refund_status")]))
    wrong_topic = spec(("refund?", ("refund_status",)))
    tally.add(Played(wrong_topic, [TurnResult("refund_how")]))
    escalated = spec(("refund?", ("refund_status",)))
    tally.add(Played(escalated, [TurnResult("person", "general")]))
    late = spec(("hi", ("smalltalk",)), ("agent", ("person",)), category="person_request")
    tally.add(Played(late, [TurnResult("person", "general")]))
    assert (tally.answerable, tally.contained) == (3, 2)  # a wrong topic is still contained
    assert (tally.topic_answers, tally.topic_right) == (2, 1)
    assert (tally.person_cases, tally.person_right) == (1, 0)  # a person one turn too early
    assert (tally.smalltalk_turns, tally.smalltalk_escalated) == (2, 1)
    lines = report_lines([Played(answered, [TurnResult("smalltalk"), TurnResult("refund_how")])])
    assert any("refund_how" in line and "expected refund_status" in line for line in lines)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("conversations: [{turns: [{text: hi, expect: nonsense_topic}]}]", "unknown outcome"),
        (
            "conversations: [{turns: [{text: a, expect: person}, {text: b, expect: smalltalk}]}]",
            "nothing can follow",
        ),
        ("conversations: [{turns: []}]", "no turns"),
        ("conversations: [{turns: [{expect: smalltalk}]}]", "needs a text"),
        ("conversations: [", "not valid YAML"),
        ("language: en", "holds no conversations"),
    ],
)
def test_bad_sets_say_what_is_wrong(tmp_path: Path, content: str, error: str) -> None:
    (tmp_path / "en.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ValidationFailed, match=error):
        load_set(tmp_path, TOPICS)


@pytest.mark.usefixtures("backend")
def test_relaydesk_eval_conversations_plays_a_set_through_the_pipeline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "de.yaml").write_text(
        """language: de
conversations:
  - id: de-1
    category: answerable
    customer: true
    turns:
      - {text: "Hallo!", expect: smalltalk}
      - {text: "Wann ist meine nächste Rate fällig?", expect: payment_due}
  - id: de-2
    category: person_request
    turns:
      - {text: "Ich will mit einem Mitarbeiter sprechen", expect: person}
""",
        encoding="utf-8",
    )
    assert main(["eval", "conversations", "--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "played 2/2 conversations" in out
    all_row = next(line for line in out.splitlines() if line.startswith("all"))
    assert all_row.split()[1:5] == ["2", "100.0", "100.0", "100.0"]
    assert "0 turns not as expected" in out
    assert main(["eval", "conversations", "--data", str(tmp_path / "missing")]) == 2
    assert "not a folder" in capsys.readouterr().err
