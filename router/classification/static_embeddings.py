"""Word-piece vectors of the intent model: a sentence vector from a table lookup, numpy only.

A message is cut into word pieces by the encoder's tokenizer; its vector is the weighted mean of
the pieces' vectors (a frequent piece such as "my" weighs less than "chargeback"), L2-normalized.
The table is distilled from a sentence encoder at training time (``embedding_training``), so
that the vector of a message approximates what the encoder would say about it, at the cost of
a few dictionary lookups and one small matrix product instead of a transformer.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
TOKENIZER_FILE = "tokenizer.json"
# Words whose pieces (or n-grams, in ``intent``) a process remembers before starting afresh.
WORD_CACHE_SIZE = 100_000


class StaticEmbeddings:
    """Vectors of word pieces (stored as float16), their weights and the tokenizer that finds
    them."""

    def __init__(self, tokenizer_json: str, table: npt.NDArray[Any], weights: FloatArray) -> None:
        from tokenizers import Tokenizer

        if table.ndim != 2 or weights.shape != (table.shape[0],):
            raise ValueError("word-piece table and weights do not match")
        self.tokenizer_json = tokenizer_json
        self.table = np.asarray(table, dtype=np.float16)
        self.weights = np.asarray(weights, dtype=np.float32)
        self.dim = int(table.shape[1])
        self._tokenizer = Tokenizer.from_str(tokenizer_json)
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        if self._tokenizer.get_vocab_size() > table.shape[0]:
            raise ValueError("the tokenizer knows more word pieces than the table has vectors")
        self._cache: dict[str, list[int]] = {}

    def piece_ids(self, text: str) -> list[int]:
        """Word-piece ids of ``text``; words are cut one at a time and remembered."""
        ids: list[int] = []
        cache = self._cache
        for word in text.split():
            found = cache.get(word)
            if found is None:
                # Lone surrogates ("\ud800") are not text the tokenizer can take.
                clean = word if word.isascii() else word.encode("utf-8", "replace").decode()
                found = self._tokenizer.encode(clean, add_special_tokens=False).ids
                if len(cache) >= WORD_CACHE_SIZE:
                    cache.clear()
                cache[word] = found
            ids.extend(found)
        return ids

    def vector(self, text: str) -> FloatArray:
        """The L2-normalized sentence vector of ``text`` (zeros when it has no word piece)."""
        ids = self.piece_ids(text)
        if not ids:
            return np.zeros(self.dim, dtype=np.float32)
        weights = self.weights[ids]
        summed: FloatArray = weights @ self.table[ids].astype(np.float32)
        norm = float(np.sqrt(np.dot(summed, summed)))
        return summed / norm if norm > 0 else summed

    def vectors(self, texts: list[str]) -> FloatArray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self.vector(text) for text in texts])

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        """What ``IntentModel.save`` writes besides the tokenizer file."""
        return {"pieces_table": self.table, "pieces_weights": self.weights}

    @classmethod
    def from_arrays(cls, tokenizer_json: str, arrays: Any) -> StaticEmbeddings:
        return cls(tokenizer_json, arrays["pieces_table"], arrays["pieces_weights"])
