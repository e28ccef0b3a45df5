"""Offline intent classifier: word and character n-gram TF-IDF plus word-piece vectors, with a
linear model.

Prediction needs numpy and the word-piece tokenizer only, and costs about seventy microseconds
per message on one core: the n-grams of a message are looked up in a vocabulary,
weighted, and multiplied with the rows of the weight matrix they select; the message's
word-piece vector (``static_embeddings``, distilled from a sentence encoder at training time,
absent when the model was trained without one) is multiplied with the remaining rows. Scores
become probabilities through a softmax with a temperature fitted on held-out data, and a
message whose best probability is below the threshold is ``out_of_scope``: the model is not
sure, and the router should not trust it.

Training lives in ``intent_training`` (it needs scikit-learn); ``train_intent_model`` is
re-exported here.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from router.classification.static_embeddings import (
    TOKENIZER_FILE,
    WORD_CACHE_SIZE,
    StaticEmbeddings,
)

FORMAT_VERSION = 2
# How the default model is trained (features, bars); a model of another recipe is retrained
# by the demo and the tests (``intent_store.is_current``).
RECIPE = 2
READABLE_FORMATS = frozenset({1, 2})  # 1: n-grams only
OUT_OF_SCOPE = "out_of_scope"
# Probability below which a prediction is out of scope, for a model trained without a hold-out:
# training chooses the bar that turns away 5 % of its in-scope hold-out (``intent_training``).
DEFAULT_OOS_THRESHOLD = 0.45
# Longer messages are classified on their first MAX_CHARS characters: the intent of a chat
# message is stated early, and this bounds the cost of a pasted wall of text.
MAX_CHARS = 1000
CHAR_NGRAMS = (2, 5)
WORD_NGRAMS = (1, 2)

_WEIGHTS_FILE = "weights.npz"
_META_FILE = "metadata.json"
_TOKEN_RE = re.compile(r"\w+|[?!]")
_WORD_RE = re.compile(r"[^\W\d_]\w*")
_DIGITS_RE = re.compile(r"\d+")

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.intp]
_NO_IDX: IntArray = np.zeros(0, dtype=np.intp)
_NO_VALS: FloatArray = np.zeros(0, dtype=np.float32)


@dataclass(frozen=True, slots=True)
class IntentPrediction:
    intent: str
    confidence: float
    out_of_scope: bool


def normalize(text: str) -> str:
    """Lower-cased NFKC text, digits folded to ``0``, truncated to ``MAX_CHARS``."""
    text = unicodedata.normalize("NFKC", text[: MAX_CHARS * 2])[:MAX_CHARS]
    return _DIGITS_RE.sub("0", text.lower())


def word_ngrams(text: str) -> list[str]:
    """Word unigrams and bigrams (``?`` and ``!`` count as words) of normalized text."""
    tokens = _TOKEN_RE.findall(text)
    grams = list(tokens)
    grams.extend(f"{a} {b}" for a, b in itertools.pairwise(tokens))
    return grams


def char_ngrams(text: str) -> list[str]:
    """Character n-grams inside word boundaries (scikit-learn's ``char_wb``) of normalized text."""
    low, high = CHAR_NGRAMS
    grams: list[str] = []
    for word in text.split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if n > size:
                break
            grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return grams


ANALYZERS: dict[str, Callable[[str], list[str]]] = {"word": word_ngrams, "char": char_ngrams}


class FeatureBlock:
    """One TF-IDF block: sublinear term frequency times idf, L2-normalized within the block.

    The character block caches the n-gram ids of each word it has seen (words repeat across
    messages), which makes it several times faster than recomputing the n-grams.
    """

    def __init__(
        self, analyzer: str, vocabulary: dict[str, int], idf: FloatArray, offset: int
    ) -> None:
        if analyzer not in ANALYZERS:
            raise ValueError(f"unknown analyzer {analyzer!r}")
        self.analyzer = analyzer
        self.vocabulary = vocabulary
        self.idf = idf
        self.offset = offset
        self._word_cache: dict[str, list[int]] = {}

    def features(self, text: str) -> tuple[IntArray, FloatArray]:
        """Feature indices (offset into the whole model) and values for normalized text."""
        counts = Counter(self._ids(text))
        if not counts:
            return _NO_IDX, _NO_VALS
        idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        vals = np.log(tf)
        vals += 1.0
        vals *= self.idf[idx]
        vals /= np.sqrt(np.dot(vals, vals))
        return idx + self.offset, vals

    def _ids(self, text: str) -> list[int]:
        vocab = self.vocabulary
        if self.analyzer == "word":
            return [i for i in map(vocab.get, word_ngrams(text)) if i is not None]
        ids: list[int] = []
        cache = self._word_cache
        for word in text.split():
            word_ids = cache.get(word)
            if word_ids is None:
                grams = char_ngrams(word)
                word_ids = [i for i in map(vocab.get, grams) if i is not None]
                if len(cache) >= WORD_CACHE_SIZE:
                    cache.clear()
                cache[word] = word_ids
            ids.extend(word_ids)
        return ids


class IntentModel:
    """Linear intent classifier over TF-IDF features, with calibrated confidence."""

    def __init__(
        self,
        labels: Sequence[str],
        blocks: Sequence[FeatureBlock],
        weights: FloatArray,
        bias: FloatArray,
        temperature: float,
        threshold: float = DEFAULT_OOS_THRESHOLD,
        metadata: dict[str, Any] | None = None,
        embeddings: StaticEmbeddings | None = None,
    ) -> None:
        self.n_sparse = sum(len(block.vocabulary) for block in blocks)
        n_features = self.n_sparse + (embeddings.dim if embeddings else 0)
        if weights.shape != (n_features, len(labels)) or bias.shape != (len(labels),):
            raise ValueError("weights and bias do not match the labels and features")
        self.labels = tuple(labels)
        self.blocks = tuple(blocks)
        self.weights = weights
        self.bias = bias
        self.temperature = float(temperature)
        self.threshold = float(threshold)
        self.metadata: dict[str, Any] = dict(metadata or {})
        self.embeddings = embeddings
        self._dense_weights = weights[self.n_sparse :]
        words = [b.vocabulary for b in self.blocks if b.analyzer == "word"]
        self._word_vocab: dict[str, int] = words[0] if words else {}

    def probabilities(self, text: str) -> FloatArray:
        """Calibrated probability of every label (in ``self.labels`` order) for one message."""
        return self._softmax(self._scores(normalize(_check_text(text))))

    def predict(self, text: str) -> IntentPrediction:
        normalized = normalize(_check_text(text))
        if not self._knows_a_word(normalized):
            # No word the model has seen: gibberish, another language, only emoji or digits.
            return IntentPrediction(OUT_OF_SCOPE, 0.0, True)
        probs = self._softmax(self._scores(normalized))
        best = int(np.argmax(probs))
        confidence = float(probs[best])
        if confidence < self.threshold:
            return IntentPrediction(OUT_OF_SCOPE, confidence, True)
        return IntentPrediction(self.labels[best], confidence, False)

    def predict_many(self, texts: Iterable[str]) -> list[IntentPrediction]:
        return [self.predict(text) for text in texts]

    def decision_scores(self, texts: Iterable[str]) -> FloatArray:
        """Raw linear scores, shape (n_texts, n_labels); used for calibration and evaluation."""
        rows = [self._scores(normalize(_check_text(text))) for text in texts]
        if not rows:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        return np.vstack(rows)

    def with_threshold(self, threshold: float) -> IntentModel:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("threshold must be within [0, 1]")
        return IntentModel(
            self.labels,
            self.blocks,
            self.weights,
            self.bias,
            self.temperature,
            threshold,
            self.metadata,
            self.embeddings,
        )

    def save(self, path: Path) -> None:
        """Write the model to the directory ``path``: arrays as .npz (no pickle), JSON metadata."""
        path.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, npt.NDArray[Any]] = {
            "weights": self.weights,
            "bias": self.bias,
        }
        for n, block in enumerate(self.blocks):
            vocab = sorted(block.vocabulary, key=block.vocabulary.__getitem__)
            arrays[f"vocab_{n}"] = np.array(vocab, dtype=np.str_)
            arrays[f"idf_{n}"] = block.idf
        if self.embeddings is not None:
            arrays.update(self.embeddings.arrays())
            (path / TOKENIZER_FILE).write_text(self.embeddings.tokenizer_json, encoding="utf-8")
        np.savez_compressed(path / _WEIGHTS_FILE, **arrays)  # type: ignore[arg-type]
        meta = {
            **self.metadata,
            "format_version": FORMAT_VERSION,
            "labels": list(self.labels),
            "analyzers": [block.analyzer for block in self.blocks],
            "temperature": self.temperature,
            "threshold": self.threshold,
            "word_pieces": self.embeddings is not None,
        }
        (path / _META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")

    @classmethod
    def load(cls, path: Path) -> IntentModel:
        meta = json.loads((path / _META_FILE).read_text())
        if meta.get("format_version") not in READABLE_FORMATS:
            raise ValueError(f"unsupported intent model format in {path}")
        blocks: list[FeatureBlock] = []
        offset = 0
        with np.load(path / _WEIGHTS_FILE, allow_pickle=False) as arrays:
            for n, analyzer in enumerate(meta["analyzers"]):
                if analyzer not in ANALYZERS:
                    raise ValueError(f"unknown analyzer {analyzer!r} in {path}")
                vocab = {str(g): i for i, g in enumerate(arrays[f"vocab_{n}"].tolist())}
                idf = arrays[f"idf_{n}"].astype(np.float32)
                blocks.append(FeatureBlock(analyzer, vocab, idf, offset))
                offset += len(vocab)
            weights = arrays["weights"].astype(np.float32)
            bias = arrays["bias"].astype(np.float32)
            embeddings = None
            if meta.get("word_pieces"):
                tokenizer_json = (path / TOKENIZER_FILE).read_text(encoding="utf-8")
                embeddings = StaticEmbeddings.from_arrays(tokenizer_json, arrays)
        fields = {"labels", "analyzers", "temperature", "threshold", "word_pieces"}
        extra = {k: v for k, v in meta.items() if k not in fields}
        return cls(
            meta["labels"],
            blocks,
            weights,
            bias,
            meta["temperature"],
            meta["threshold"],
            extra,
            embeddings,
        )

    def _scores(self, normalized: str) -> FloatArray:
        parts = [block.features(normalized) for block in self.blocks]
        idx = np.concatenate([p[0] for p in parts])
        vals = np.concatenate([p[1] for p in parts])
        scores: FloatArray = vals @ self.weights[idx] + self.bias
        if self.embeddings is not None:
            scores += self.embeddings.vector(normalized) @ self._dense_weights
        return scores

    def knows_a_word(self, text: str) -> bool:
        """Whether `text` has a word the model was trained on (else it can only guess)."""
        return self._knows_a_word(normalize(_check_text(text)))

    def _knows_a_word(self, normalized: str) -> bool:
        vocab = self._word_vocab
        return any(word in vocab for word in _WORD_RE.findall(normalized))

    def _softmax(self, scores: FloatArray) -> FloatArray:
        return softmax(scores, self.temperature)


def softmax(scores: FloatArray, temperature: float) -> FloatArray:
    """Probabilities from linear scores (one row, or one per row) at ``temperature``."""
    z = scores * temperature
    z = np.exp(z - z.max(axis=-1, keepdims=True))
    probs: FloatArray = z / z.sum(axis=-1, keepdims=True)
    return probs


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return text


def train_intent_model(
    rows: Iterable[tuple[str, str]], progress: Callable[[str], None] | None = None
) -> IntentModel:
    """Train the default intent model on ``(text, intent)`` rows (see ``intent_training``)."""
    from router.classification.intent_training import train_intent_model as train

    return train(rows, progress)
