"""Knowledge-base parsing and completeness (pure, on the shipped demo articles)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from core.errors import ValidationFailed
from router.bot.knowledge import DEMO_KB_DIR, load_knowledge_base, parse_article

KB = load_knowledge_base(DEMO_KB_DIR)


SERVED = {"en", "de", "sv", "da", "no", "fi", "fr", "es", "it", "nl", "pl", "pt"}
CATALOGUE = yaml.safe_load((DEMO_KB_DIR / "topics.yaml").read_text(encoding="utf-8"))


def test_the_bot_serves_the_languages_it_has_articles_in() -> None:
    assert KB.languages == SERVED
    assert KB.find("refund_status", "xx") == KB.article("refund_status", "en")  # English
    assert KB.find("no-such-topic", "de") is None
    with pytest.raises(KeyError):
        KB.article("refund_status", "xx")


def test_every_language_of_the_knowledge_base_has_every_topic_of_the_catalogue() -> None:
    topics: dict[str, set[str]] = {}
    for a in KB.articles:
        topics.setdefault(a.id, set()).add(a.language)
    catalogue = {t["id"]: t for t in CATALOGUE["topics"]}
    assert set(topics) == set(catalogue)
    assert len([t for t in catalogue.values() if t.get("kind") is None]) >= 40
    languages = {a.language for a in KB.articles}
    assert languages <= SERVED and len(languages) >= 10
    for topic, found in topics.items():
        assert found == languages, (topic, sorted(languages - found))
    for a in KB.articles:
        entry = catalogue[a.id]
        assert a.kind == entry.get("kind", "answer"), a.path
        assert a.data == entry.get("data"), a.path
        assert len(a.examples) >= 15, a.path
        assert a.kind == "other" or (a.body and a.title), a.path


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("no front matter", "starts with '---'"),
        ("---\nid: x\n---\nbody", "lacks language"),
        ("---\n[unclosed\n---\nbody", "unreadable front matter"),
        ("---\n- a list\n---\nbody", "must be a mapping"),
        ("---\nid: x\nlanguage: en\n---\n   ", "has no text"),
        ("---\nid: x\nlanguage: en\nkind: weird\n---\nbody", "kind must be one of"),
        ("---\nid: x\nlanguage: en\nexamples: {a: 1}\n---\nbody", "examples must be a list"),
    ],
)
def test_bad_articles_say_what_is_wrong(text: str, error: str) -> None:
    with pytest.raises(ValidationFailed, match=error):
        parse_article(text, "kb/bad.md")


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="does not exist"):
        load_knowledge_base(tmp_path / "nope")


def test_norwegian_front_matter_is_read_as_norwegian() -> None:
    article = parse_article("---\nid: x\nlanguage: no\n---\nHei", "kb/no/x.md")
    assert article.language == "no"


def test_other_articles_have_no_text_to_send() -> None:
    article = parse_article("---\nid: x\nlanguage: en\nkind: other\n---\n-", "kb/x.md")
    assert not article.answerable and article.body == ""
