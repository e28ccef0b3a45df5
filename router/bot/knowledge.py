"""The knowledge base: Markdown articles with YAML front matter, and retrieval over them.

An article file (``<folder>/<language>/<id>.md``) looks like::

    ---
    id: refund_status      # the same id across languages
    language: de
    title: Wo ist meine Rückerstattung?
    data: refunds          # optional: the customer's own data put before the text
    kind: smalltalk        # optional: smalltalk (the text is the reply) or other (never answered)
    intents: [refund_status]   # optional: intents of the English intent model it answers
    tags: [rückerstattung, geld zurück]
    examples:              # what customers write; the topic model is trained on them
      - wo bleibt mein geld
    ---
    The answer text...

Retrieval is a small weighted term match: the query's content words are stemmed crudely
(prefix of six characters), each is weighted by its inverse document frequency within the
language, and an article's score is the share of the query's weight that it covers.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from core.errors import ValidationFailed
from core.settings import get_settings

DEMO_KB_DIR = Path(__file__).parent / "kb"

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STEM_CHARS = 6

# Words that carry no topic. Only languages with articles need a list.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "a",
            "an",
            "the",
            "i",
            "me",
            "my",
            "mine",
            "you",
            "your",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "am",
            "do",
            "does",
            "did",
            "have",
            "has",
            "had",
            "to",
            "of",
            "in",
            "on",
            "at",
            "for",
            "with",
            "from",
            "by",
            "and",
            "or",
            "but",
            "not",
            "no",
            "it",
            "its",
            "this",
            "that",
            "what",
            "where",
            "when",
            "why",
            "how",
            "who",
            "which",
            "can",
            "could",
            "would",
            "should",
            "will",
            "shall",
            "may",
            "might",
            "please",
            "hi",
            "hello",
            "hey",
            "thanks",
            "thank",
            "there",
            "here",
            "get",
            "got",
            "any",
            "some",
            "still",
            "yet",
            "just",
            "about",
        ]
    ),
    "de": frozenset(
        [
            "ich",
            "mich",
            "mir",
            "mein",
            "meine",
            "meinen",
            "meinem",
            "meiner",
            "du",
            "dich",
            "dir",
            "dein",
            "deine",
            "sie",
            "ihr",
            "ihre",
            "wir",
            "uns",
            "unser",
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einen",
            "einem",
            "einer",
            "ist",
            "sind",
            "war",
            "waren",
            "bin",
            "bist",
            "hat",
            "habe",
            "hast",
            "haben",
            "wird",
            "werden",
            "wo",
            "wann",
            "wie",
            "was",
            "warum",
            "wer",
            "welche",
            "welcher",
            "und",
            "oder",
            "aber",
            "nicht",
            "kein",
            "keine",
            "zu",
            "von",
            "mit",
            "für",
            "auf",
            "an",
            "in",
            "im",
            "am",
            "aus",
            "bei",
            "noch",
            "schon",
            "bitte",
            "hallo",
            "hi",
            "danke",
            "es",
            "da",
            "denn",
            "doch",
            "mal",
            "ja",
            "nein",
            "kann",
            "können",
            "kannst",
            "soll",
        ]
    ),
    "sv": frozenset(
        [
            "jag",
            "mig",
            "min",
            "mitt",
            "mina",
            "du",
            "dig",
            "din",
            "ditt",
            "dina",
            "han",
            "hon",
            "vi",
            "oss",
            "vår",
            "ni",
            "er",
            "de",
            "dem",
            "en",
            "ett",
            "den",
            "det",
            "är",
            "var",
            "varit",
            "har",
            "hade",
            "ska",
            "skulle",
            "kan",
            "kunde",
            "vill",
            "när",
            "var",
            "hur",
            "vad",
            "varför",
            "vem",
            "vilken",
            "och",
            "eller",
            "men",
            "inte",
            "ingen",
            "till",
            "av",
            "med",
            "för",
            "på",
            "i",
            "om",
            "från",
            "hos",
            "hej",
            "tack",
            "snälla",
            "nu",
            "redan",
            "ännu",
            "bara",
            "någon",
            "något",
        ]
    ),
}


def terms(text: str, language: str) -> list[str]:
    stop = STOPWORDS.get(language, frozenset())
    words = (w.casefold() for w in _WORD.findall(text))
    return [w[:_STEM_CHARS] for w in words if w not in stop and len(w) > 1]


KINDS = frozenset({"answer", "smalltalk", "other"})
MAX_EXAMPLES = 500


@dataclass(frozen=True)
class Article:
    id: str
    language: str
    intents: tuple[str, ...]
    tags: tuple[str, ...]
    body: str
    path: str
    title: str = ""
    data: str | None = None  # the customer-data topic (router.bot.facts.TOPICS)
    kind: str = "answer"
    examples: tuple[str, ...] = ()

    @property
    def answerable(self) -> bool:
        return self.kind != "other"


@dataclass(frozen=True)
class Match:
    article: Article
    confidence: float
    matched_terms: tuple[str, ...]


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
        intents=tuple(str(i) for i in meta.get("intents") or ()),
        tags=tuple(str(t) for t in meta.get("tags") or ()),
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
    _postings: dict[str, dict[str, set[int]]] = field(default_factory=dict, repr=False)
    _idf: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        postings: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for index, article in enumerate(self.articles):
            if not article.answerable:
                continue
            text = " ".join((article.body, article.title, *article.tags, *article.tags))
            for term in terms(text, article.language):
                postings[article.language][term].add(index)
        self._postings = {lang: dict(p) for lang, p in postings.items()}
        for lang, lang_postings in self._postings.items():
            n = sum(1 for a in self.articles if a.language == lang)
            self._idf[lang] = {t: math.log(1 + n / len(d)) for t, d in lang_postings.items()}

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

    def kinds(self) -> dict[str, str]:
        """Article id -> kind (answer / smalltalk / other)."""
        return {a.id: a.kind for a in self.articles}

    def examples(self) -> list[tuple[str, str]]:
        """``(example, article id)`` of every article: the topic model's training rows."""
        return [(e, a.id) for a in self.articles for e in a.examples]

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self._postings)

    def search(self, query: str, language: str) -> Match | None:
        """The best article in `language` for `query`, or None when nothing matches."""
        ranked = self.rank(query, language, limit=1)
        return ranked[0] if ranked else None

    def rank(self, query: str, language: str, *, limit: int = 3) -> list[Match]:
        """The articles in `language` that match `query`, best first (at most `limit`)."""
        idf = self._idf.get(language)
        if not idf:
            return []
        query_terms = list(dict.fromkeys(terms(query, language)))
        if not query_terms:
            return []
        n = sum(1 for a in self.articles if a.language == language)
        unknown_weight = math.log(1 + n)  # a word no article has weighs like the rarest
        total = sum(idf.get(t, unknown_weight) for t in query_terms)
        scores: dict[int, float] = defaultdict(float)
        hits: dict[int, list[str]] = defaultdict(list)
        for term in query_terms:
            for index in self._postings[language].get(term, ()):
                scores[index] += idf[term]
                hits[index].append(term)
        best = sorted(scores, key=lambda i: (-scores[i], i))[:limit]
        return [Match(self.articles[i], scores[i] / total, tuple(hits[i])) for i in best]

    def for_intent(self, intent: str | None, language: str) -> Article | None:
        """The article in `language` whose front matter lists `intent`, if any."""
        if intent is None:
            return None
        for article in self.articles:
            if article.language == language and intent in article.intents:
                return article
        return None


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
