"""The knowledge base's example messages, for detectors that must stay quiet on them."""

from __future__ import annotations

from router.bot.knowledge import knowledge_base


def kb_examples() -> list[tuple[str, str, str]]:
    """(language, topic, example) for every example message of the knowledge base."""
    return [(a.language, a.id, e) for a in knowledge_base().articles for e in a.examples]
