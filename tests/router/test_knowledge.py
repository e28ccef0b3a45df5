"""Knowledge-base parsing and retrieval (pure, on the shipped demo articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ValidationFailed
from router.bot.knowledge import DEMO_KB_DIR, load_knowledge_base, parse_article

KB = load_knowledge_base(DEMO_KB_DIR)


@pytest.mark.parametrize(
    ("question", "language", "article"),
    [
        ("Wo ist meine Rückerstattung?", "de", "refunds"),
        ("Wann ist meine nächste Rate fällig?", "de", "payments"),
        ("Where is my refund for order 1042?", "en", "refunds"),
        ("my card was declined", "en", "card"),
        ("Hur returnerar jag en vara?", "sv", "returns"),
        ("Mitt paket har inte kommit", "sv", "delivery"),
    ],
)
def test_demo_questions_find_their_article(question: str, language: str, article: str) -> None:
    match = KB.search(question, language)
    assert match is not None and match.article.id == article
    assert match.article.language == language
    assert match.confidence >= 0.5


def test_unrelated_questions_find_nothing_confident() -> None:
    for question in ("What is the weather in Paris?", "Tell me a joke about cats", "?!", ""):
        match = KB.search(question, "en")
        assert match is None or match.confidence < 0.5
    assert KB.search("Wo ist meine Rückerstattung?", "pl") is None


def test_every_topic_exists_in_german_english_and_swedish() -> None:
    topics: dict[str, set[str]] = {}
    for a in KB.articles:
        topics.setdefault(a.id, set()).add(a.language)
    assert len(topics) >= 6
    assert all(langs >= {"de", "en", "sv"} for langs in topics.values())


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("no front matter", "starts with '---'"),
        ("---\nid: x\n---\nbody", "lacks language"),
        ("---\n[unclosed\n---\nbody", "unreadable front matter"),
        ("---\n- a list\n---\nbody", "must be a mapping"),
        ("---\nid: x\nlanguage: en\n---\n   ", "has no text"),
    ],
)
def test_bad_articles_say_what_is_wrong(text: str, error: str) -> None:
    with pytest.raises(ValidationFailed, match=error):
        parse_article(text, "kb/bad.md")


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="does not exist"):
        load_knowledge_base(tmp_path / "nope")
