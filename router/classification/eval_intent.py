"""Evaluation of the intent model: accuracy on labelled rows and out-of-scope detection.

    python -m router.classification.eval_intent --data ../shared/data            # validation
    python -m router.classification.eval_intent --data ../shared/data --test     # benchmark

Validation trains on 85 % of Banking77 train.csv (plus the Bitext rows), evaluates on the other
15 % and chooses the out-of-scope threshold with CLINC150 ``oos_val``. ``--test`` trains on all
training rows and reports Banking77 test.csv and CLINC150 ``oos_test``: run it once per final
candidate, never to choose anything.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from router.classification.intent import IntentModel, softmax
from router.classification.intent_data import (
    load_banking77,
    load_bitext,
    load_training_rows,
    stratified_split,
)

VALIDATION_FRACTION = 0.15
VALIDATION_SEED = 13
MAX_FALSE_OOS = 0.05


@dataclass(frozen=True)
class IntentReport:
    n: int
    accuracy: float  # best label, ignoring the out-of-scope threshold
    accuracy_with_oos: float  # a prediction flagged out of scope counts as wrong
    macro_f1: float
    false_oos_rate: float  # in-scope rows flagged out of scope
    top_errors: list[tuple[str, str, int]]  # (gold, predicted, count), most frequent first


@dataclass(frozen=True)
class OosReport:
    threshold: float
    oos_recall: float  # out-of-scope messages flagged out of scope
    false_oos_rate: float  # in-scope messages flagged out of scope
    auroc: float  # of (1 - confidence) as an out-of-scope score


def evaluate_intent(model: IntentModel, rows: Iterable[tuple[str, str]]) -> IntentReport:
    data = list(rows)
    probs = _probabilities(model, [text for text, _ in data])
    return intent_report(model.labels, probs, [intent for _, intent in data], model.threshold)


def intent_report(
    labels: Sequence[str], probs: np.ndarray, gold: Sequence[str], threshold: float
) -> IntentReport:
    """The report for probabilities ``probs`` (one row per message, columns in ``labels``
    order) of messages whose intents are ``gold``."""
    data = list(gold)
    predicted = [labels[i] for i in probs.argmax(axis=1)] if data else []
    confident = probs.max(axis=1) >= threshold if data else np.zeros(0, dtype=bool)
    correct = np.array([p == g for p, g in zip(predicted, data, strict=True)], dtype=bool)
    errors = Counter((g, p) for p, g in zip(predicted, data, strict=True) if p != g)
    n = max(len(data), 1)
    return IntentReport(
        n=len(data),
        accuracy=float(correct.sum()) / n,
        accuracy_with_oos=float((correct & confident).sum()) / n,
        macro_f1=macro_f1(data, predicted),
        false_oos_rate=float((~confident).sum()) / n,
        top_errors=[(g, p, c) for (g, p), c in errors.most_common(10)],
    )


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Mean F1 over the gold labels."""
    labels = sorted(set(gold))
    if not labels:
        return 0.0
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter(predicted)
    n_gold: Counter[str] = Counter(gold)
    for g, p in zip(gold, predicted, strict=True):
        if g == p:
            tp[g] += 1
    scores = [2 * tp[label] / (n_pred[label] + n_gold[label]) for label in labels]
    return float(np.mean(scores))


def confidences(model: IntentModel, texts: Sequence[str]) -> np.ndarray:
    """Top probability per text; 0 where the model knows no word of it (see ``predict``)."""
    values = _probabilities(model, texts).max(axis=1) if texts else np.zeros(0)
    unknown = [model.predict(t).confidence == 0.0 for t in texts]
    return np.where(unknown, 0.0, values)


def evaluate_oos(
    model: IntentModel, in_scope: Sequence[str], out_of_scope: Sequence[str]
) -> OosReport:
    pos = confidences(model, out_of_scope)
    neg = confidences(model, in_scope)
    return OosReport(
        threshold=model.threshold,
        oos_recall=float(np.mean(pos < model.threshold)),
        false_oos_rate=float(np.mean(neg < model.threshold)),
        auroc=_auroc(1 - pos, 1 - neg),
    )


def choose_threshold(
    model: IntentModel, in_scope: Sequence[str], max_false_oos: float = MAX_FALSE_OOS
) -> float:
    """Highest threshold that flags at most ``max_false_oos`` of in-scope messages."""
    neg = np.sort(confidences(model, in_scope))
    k = int(np.floor(max_false_oos * len(neg)))
    return float(neg[k]) if len(neg) else 0.0


def load_clinc(path: Path, split: str) -> list[str]:
    """Texts of one split of CLINC150 ``data_full.json`` (e.g. ``oos_test``, ``test``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [text for text, _ in data[split]]


def load_banking77_test(data_dir: Path) -> list[tuple[str, str]]:
    with (data_dir / "banking77" / "test.csv").open(encoding="utf-8", newline="") as handle:
        return [(row["text"].strip(), row["category"].strip()) for row in csv.DictReader(handle)]


def _probabilities(model: IntentModel, texts: Sequence[str]) -> np.ndarray:
    return softmax(model.decision_scores(texts), model.temperature)


def _auroc(pos: np.ndarray, neg: np.ndarray) -> float:
    """Probability that a positive scores above a negative (ties count half)."""
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).mean()
    ties = (pos[:, None] == neg[None, :]).mean()
    return float(greater + 0.5 * ties)


def holdout_summary(report: IntentReport) -> dict[str, object]:
    """The report as JSON-able metadata of a trained model (``relaydesk train`` prints it)."""
    return {
        "rows": report.n,
        "accuracy": round(report.accuracy, 4),
        "macro_f1": round(report.macro_f1, 4),
        "out_of_scope_rate": round(report.false_oos_rate, 4),
        "top_errors": [list(error) for error in report.top_errors],
    }


def _print_report(name: str, report: IntentReport) -> None:
    print(
        f"{name}: n={report.n} accuracy={report.accuracy:.4f} "
        f"accuracy_with_oos={report.accuracy_with_oos:.4f} macro_f1={report.macro_f1:.4f} "
        f"false_oos={report.false_oos_rate:.4f}"
    )
    for gold, predicted, count in report.top_errors:
        print(f"  {count:3d}  {gold} -> {predicted}")


def _speed(model: IntentModel, texts: Sequence[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        model.predict(text)
    return (time.perf_counter() - started) / max(len(texts), 1) * 1e6


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Evaluate the intent model.")
    parser.add_argument("--data", type=Path, required=True, help="shared data folder")
    parser.add_argument("--test", action="store_true", help="report the benchmark (test.csv)")
    from router.classification.intent_training import train_intent_model  # needs scikit-learn

    args = parser.parse_args(argv)
    clinc = args.data / "clinc150" / "data_full.json"
    banking_train, banking_val = stratified_split(
        load_banking77(args.data), VALIDATION_FRACTION, VALIDATION_SEED
    )
    bitext_train, bitext_val = stratified_split(
        load_bitext(args.data), VALIDATION_FRACTION, VALIDATION_SEED
    )
    if not args.test:
        model = train_intent_model(banking_train + bitext_train, progress=print)
        _print_report("banking77 validation", evaluate_intent(model, banking_val))
        _print_report("bitext validation", evaluate_intent(model, bitext_val))
        in_scope = [text for text, _ in banking_val]
        threshold = choose_threshold(model, in_scope)
        print(f"threshold for <= {MAX_FALSE_OOS:.0%} false out-of-scope: {threshold:.3f}")
        tuned = model.with_threshold(threshold)
        for name, candidate in (("default", model), ("chosen", tuned)):
            oos = evaluate_oos(candidate, in_scope, load_clinc(clinc, "oos_val"))
            print(f"clinc oos_val ({name}): {oos}")
        print(f"predict: {_speed(model, in_scope):.0f} us/message (cold word cache)")
        print(f"predict: {_speed(model, in_scope):.0f} us/message (warm word cache)")
        return
    model = train_intent_model(load_training_rows(args.data), progress=print)
    test_rows = load_banking77_test(args.data)
    _print_report("banking77 TEST", evaluate_intent(model, test_rows))
    in_scope = [text for text, _ in test_rows]
    print(f"clinc oos_test: {evaluate_oos(model, in_scope, load_clinc(clinc, 'oos_test'))}")
    clinc_in = load_clinc(clinc, "test")
    flagged = float(np.mean(confidences(model, clinc_in) < model.threshold))
    print(f"clinc in-domain test (mostly not banking) flagged out of scope: {flagged:.4f}")
    print(f"predict: {_speed(model, in_scope):.0f} us/message")


if __name__ == "__main__":
    main()
