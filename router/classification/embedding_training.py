"""Distilling a sentence encoder into word-piece vectors (training only).

1. Every word piece of the encoder's vocabulary gets the encoder's output for it alone: a
   vector that knows what the piece means, computed once per encoder and cached on disk.
2. The training messages are encoded in full (the encoder sees each word in its sentence).
3. The vectors of the pieces that occur in the training messages are then moved so that the
   weighted mean of a message's pieces comes as close as possible to the encoder's vector of the
   message, held near their starting point by a ridge penalty (a least-squares problem solved by
   conjugate gradients). Pieces that never occur keep their starting vectors.

Only text is used here, never labels. Piece weights follow the "smooth inverse frequency" of
Arora et al. (2017): ``a / (a + p(piece))`` with ``p`` counted on the training messages.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from router.classification.encoder import FloatArray, SentenceEncoder
from router.classification.static_embeddings import StaticEmbeddings

log = logging.getLogger(__name__)
Progress = Callable[[str], None]
SIF_A = 1e-3
RIDGE = 1.0
CG_ITERATIONS = 300
CG_TOLERANCE = 1e-4


def piece_weights(ids: Sequence[Sequence[int]], vocab_size: int) -> FloatArray:
    """Smooth-inverse-frequency weight of every word piece over the messages ``ids``."""
    counts: Counter[int] = Counter(piece for message in ids for piece in message)
    total = sum(counts.values()) or 1
    freq = np.zeros(vocab_size, dtype=np.float64)
    for piece, count in counts.items():
        freq[piece] = count / total
    return (SIF_A / (SIF_A + freq)).astype(np.float32)


def base_table(
    encoder: SentenceEncoder, cache_dir: Path | None, progress: Progress | None = None
) -> FloatArray:
    """The encoder's vector of every word piece alone; cached under ``cache_dir``."""
    cache = cache_dir / f"wordpieces-{encoder.digest}.npy" if cache_dir else None
    if cache is not None and cache.is_file():
        try:
            table: FloatArray = np.load(cache, allow_pickle=False).astype(np.float32)
            if table.shape == (encoder.vocab_size, encoder.hidden):
                return table
        except (OSError, ValueError):
            log.warning("ignoring an unreadable word-piece cache %s", cache)
    if progress:
        progress(f"intent: computing {encoder.vocab_size} word-piece vectors (once per encoder)")
    table = encoder.token_table(progress)
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        staging = cache.with_suffix(f".{id(table)}.tmp.npy")
        np.save(staging, table.astype(np.float16))
        staging.replace(cache)
    return table


def distil(
    encoder: SentenceEncoder,
    texts: Sequence[str],
    cache_dir: Path | None = None,
    progress: Progress | None = None,
) -> StaticEmbeddings:
    """Word-piece vectors fitted to the encoder's reading of ``texts`` (see the module doc)."""
    say = progress or (lambda _line: None)
    unique = sorted(set(texts))
    ids = encoder.token_ids(unique)
    weights = piece_weights(ids, encoder.vocab_size)
    table = base_table(encoder, cache_dir, progress)
    say(f"intent: encoding {len(unique)} training messages with the sentence encoder")
    targets = encoder.encode_ids(ids, progress)
    used = sorted({piece for message in ids for piece in message})
    if not used:
        return StaticEmbeddings(encoder.tokenizer_json, table, weights)
    column = {piece: n for n, piece in enumerate(used)}
    rows, cols, vals = [], [], []
    for n, message in enumerate(ids):
        if not message:
            continue
        w = weights[message]
        w = w / w.sum()
        for piece, value in zip(message, w, strict=True):
            rows.append(n)
            cols.append(column[piece])
            vals.append(float(value))
    mix = sp.csr_matrix((vals, (rows, cols)), shape=(len(unique), len(used)), dtype=np.float32)
    start = table[used]
    scale = float(np.linalg.norm(start, axis=1).mean())  # encoder vectors are unit length
    system = (mix.T @ mix).tocsr() + RIDGE * sp.identity(len(used), dtype=np.float32, format="csr")
    rhs = np.asarray(mix.T @ (targets * scale), dtype=np.float32) + RIDGE * start
    say(f"intent: fitting {len(used)} word-piece vectors to the encoder")
    fitted = _conjugate_gradients(system, rhs, start)
    table = table.copy()
    table[used] = fitted
    return StaticEmbeddings(encoder.tokenizer_json, table, weights)


def _conjugate_gradients(system: sp.csr_matrix, rhs: FloatArray, start: FloatArray) -> FloatArray:
    """Solve ``system @ X = rhs`` (symmetric positive definite), every column at once."""
    x = start.astype(np.float64)
    r = rhs.astype(np.float64) - system @ x
    p = r.copy()
    rs = np.einsum("ij,ij->j", r, r)
    bound = (CG_TOLERANCE**2) * np.maximum(np.einsum("ij,ij->j", rhs, rhs), 1e-30)
    for _ in range(CG_ITERATIONS):
        if np.all(rs <= bound):
            break
        sp_ = system @ p
        alpha = rs / np.maximum(np.einsum("ij,ij->j", p, sp_), 1e-30)
        x += alpha * p
        r -= alpha * sp_
        rs_new = np.einsum("ij,ij->j", r, r)
        p = r + (rs_new / np.maximum(rs, 1e-30)) * p
        rs = rs_new
    return x.astype(np.float32)
