"""The topic model: which knowledge-base article a customer's message is about, in any of the
languages the knowledge base has examples in.

It is trained on the ``examples`` of the articles (one label per article id, shared by all
languages, so the Danish and Norwegian examples of a topic teach each other), with the same
linear n-gram model as the intent classifier (``router.classification.intent``): word and
character n-grams, no sentence encoder, a softmax with a fitted temperature. Training takes
seconds and happens once per knowledge base: the model is kept on disk under a name made from
a digest of the examples, so an edited knowledge base gets a new model and an unchanged one
is never trained twice (the demo, the tests and every worker share it).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from core.errors import ServiceUnavailable
from core.settings import get_settings
from router.bot.knowledge import KnowledgeBase, knowledge_base
from router.classification.intent import IntentModel

log = logging.getLogger(__name__)
Progress = Callable[[str], None]
_lock = threading.Lock()
_models: dict[str, IntentModel] = {}


@dataclass(frozen=True, slots=True)
class TopicScore:
    topic: str
    probability: float


def models_dir() -> Path:
    settings = get_settings()
    if settings.intent_model_dir is not None:
        return settings.intent_model_dir.parent
    return settings.var_dir / "models"


def topic_model_path(kb: KnowledgeBase) -> Path:
    return models_dir() / f"topics-{kb.examples_digest}"


def train_topic_model(kb: KnowledgeBase, progress: Progress | None = None) -> IntentModel:
    from router.classification.intent_training import train_intent_model  # scikit-learn

    rows = kb.examples()
    if len({topic for _, topic in rows}) < 2:
        raise ValueError("the knowledge base needs examples for at least two articles")
    return train_intent_model(rows, progress, encoder=None)


def ensure_topic_model(kb: KnowledgeBase, progress: Progress | None = None) -> Path:
    """The folder of the knowledge base's topic model, trained there first when missing."""
    target = topic_model_path(kb)
    if (target / "metadata.json").exists():
        return target
    say = progress or (lambda line: log.warning("%s", line))
    say(f"training the topic model on {len(kb.examples())} knowledge-base examples…")
    model = train_topic_model(kb, lambda line: say(line.replace("intent:", "topics:")))
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".topics-", dir=target.parent))
    model.save(staging)
    try:
        staging.rename(target)
    except OSError:  # another process installed the same model meanwhile
        shutil.rmtree(staging, ignore_errors=True)
    _remove_stale(target)
    return target


def _remove_stale(keep: Path) -> None:
    for other in keep.parent.glob("topics-*"):
        if other != keep and other.is_dir():
            try:
                age = os.path.getmtime(other)
                if age < os.path.getmtime(keep):
                    shutil.rmtree(other, ignore_errors=True)
            except OSError:
                continue


class TopicModelMissing(ServiceUnavailable):
    """The knowledge base's topic model is not trained: serving never trains it."""


def topic_model(kb: KnowledgeBase | None = None) -> IntentModel:
    """The process's topic model for `kb` (default: the configured knowledge base), loaded
    from `topic_model_path`. Serving never trains: `relaydesk train` (and the demo, and the
    tests' session start) train it with `ensure_topic_model`."""
    kb = kb or knowledge_base()
    digest = kb.examples_digest
    with _lock:
        model = _models.get(digest)
        if model is None:
            path = topic_model_path(kb)
            if not (path / "metadata.json").exists():
                raise TopicModelMissing(
                    f"the knowledge base's topic model ({len(kb.examples())} examples) is not "
                    f"trained in {path.parent}: run `relaydesk train --topics` (a few seconds)"
                )
            model = IntentModel.load(path)
            _models[digest] = model
        return model


def rank_topics(model: IntentModel, text: str, limit: int = 3) -> list[TopicScore]:
    """The most likely topics of `text`, best first; none when it has no word the model
    knows (gibberish, emoji, a language without examples)."""
    if not model.knows_a_word(text):
        return []
    probs = model.probabilities(text)
    order = np.argsort(-probs)[:limit]
    return [TopicScore(model.labels[i], round(float(probs[i]), 4)) for i in order]
