"""The knowledge base: Markdown articles with YAML front matter, one per topic and language.

An article file (``<folder>/<language>/<id>.md``) looks like::

    ---
    id: refund_status      # the same id across languages
    language: de
    title: Wo ist meine Rückerstattung?
    data: refunds          # optional: the customer's own data put before the text
    kind: smalltalk        # optional: smalltalk (the text is the reply) or other (never answered)
    examples:              # what customers write; the topic model is trained on them
      - wo bleibt mein geld
    ---
    The answer text...

Which article a message is about is the topic model's work (``router.bot.topics``), trained
on the articles' examples.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from core.errors import ValidationFailed
from core.settings import get_settings

DEMO_KB_DIR = Path(__file__).parent / "kb"

KINDS = frozenset({"answer", "smalltalk", "other"})
MAX_EXAMPLES = 500


@dataclass(frozen=True)
class Article:
    id: str
    language: str
    body: str
    path: str
    title: str = ""
    data: str | None = None  # the customer-data topic (router.bot.facts.TOPICS)
    kind: str = "answer"
    examples: tuple[str, ...] = ()

    @property
    def answerable(self) -> bool:
        return self.kind != "other"


def parse_article(text: str, path: str) -> Article:
    if not text.startswith("---"):
        raise ValidationFailed(f"{path}: an article starts with '---' front matter")
    try:
        _, front, body = text.split("---", 2)
        meta = yaml.safe_load(front) or {}
    except (ValueError, yaml.YAMLError) as exc:
        raise ValidationFailed(f"{path}: unreadable front matter: {exc}") from exc
    if not isinstance(meta, dict):
        raise ValidationFailed(f"{path}: front matter must be a mapping")
    if meta.get("language") is False:  # YAML 1.1 reads Norwegian's unquoted `no` as false
        meta["language"] = "no"
    missing = [key for key in ("id", "language") if not meta.get(key)]
    if missing:
        raise ValidationFailed(f"{path}: front matter lacks {', '.join(missing)}")
    kind = str(meta.get("kind") or "answer")
    if kind not in KINDS:
        raise ValidationFailed(f"{path}: kind must be one of {sorted(KINDS)}, not {kind!r}")
    body = body.strip()
    if kind == "other":
        body = ""
    elif not body:
        raise ValidationFailed(f"{path}: the article has no text")
    examples = meta.get("examples") or []
    if not isinstance(examples, list) or not all(isinstance(e, str | int) for e in examples):
        raise ValidationFailed(f"{path}: examples must be a list of texts")
    if len(examples) > MAX_EXAMPLES:
        raise ValidationFailed(f"{path}: at most {MAX_EXAMPLES} examples")
    return Article(
        id=str(meta["id"]),
        language=str(meta["language"]).lower(),
        body=body,
        path=path,
        title=str(meta.get("title") or meta["id"]),
        data=str(meta["data"]) if meta.get("data") else None,
        kind=kind,
        examples=tuple(str(e).strip() for e in examples if str(e).strip()),
    )


@dataclass
class KnowledgeBase:
    articles: list[Article]

    def article(self, article_id: str, language: str) -> Article:
        for article in self.articles:
            if article.id == article_id and article.language == language:
                return article
        raise KeyError(f"no article {article_id!r} in {language!r}")

    def find(self, article_id: str, language: str) -> Article | None:
        """The article in `language`, else in English, else None."""
        for lang in (language, "en"):
            for article in self.articles:
                if article.id == article_id and article.language == lang:
                    return article
        return None

    @cached_property
    def kinds(self) -> dict[str, str]:
        """Article id -> kind (answer / smalltalk / other)."""
        return {a.id: a.kind for a in self.articles}

    @cached_property
    def examples_digest(self) -> str:
        """A digest of every example: the topic model trained on them is kept under it."""
        rows = sorted(self.examples())
        return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()[:16]

    def examples(self) -> list[tuple[str, str]]:
        """``(example, article id)`` of every article: the topic model's training rows."""
        return [(e, a.id) for a in self.articles for e in a.examples]

    @property
    def languages(self) -> frozenset[str]:
        """The languages the bot answers in: those with articles it can send."""
        return frozenset(a.language for a in self.articles if a.answerable)


def load_knowledge_base(folder: Path) -> KnowledgeBase:
    if not folder.is_dir():
        raise ValidationFailed(f"knowledge base folder {folder} does not exist")
    paths = [*folder.glob("*.md"), *folder.glob("*/*.md")]
    articles = [parse_article(p.read_text(encoding="utf-8"), str(p)) for p in paths]
    return KnowledgeBase(sorted(articles, key=lambda a: a.path))


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The process's knowledge base: `RELAYDESK_KB_DIR` (a folder operators own), else the
    shipped demo articles. Read once per process: restart the workers after editing it."""
    return load_knowledge_base(get_settings().kb_dir or DEMO_KB_DIR)
