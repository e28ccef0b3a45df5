"""`relaydesk eval`: how well the local classifiers do, printed as tables.

- intent accuracy on Banking77 test (the reported benchmark; never trained or tuned on),
- out-of-scope detection on CLINC150 (oos_test against Banking77 test as in-scope),
- explicit human requests on the shared English data (held-out half) and per language on the
  project's own multilingual evaluation set.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.errors import ValidationFailed
from router.classification.eval_intent import (
    evaluate_intent,
    evaluate_oos,
    load_banking77_test,
    load_clinc,
)
from router.classification.evaluation_human import (
    HumanRequestReport,
    evaluate_human_request,
    load_eval_csv,
    shared_english_rows,
)
from router.classification.intent_store import get_intent_model, model_dir
from router.classification.message import classify_message

Print = Callable[[str], None]
TARGET_INTENT_ACCURACY = 0.92
TARGET_RECALL = 0.99
TARGET_FALSE_ALARMS = 0.01


def default_data_dir() -> Path:
    """`RELAYDESK_SHARED_DATA`, else `../shared/data` beside the checkout."""
    env = os.environ.get("RELAYDESK_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


@dataclass(frozen=True)
class EvalSummary:
    intent_accuracy: float
    classify_accuracy: float  # Banking77 test through classify_message, oos counted wrong
    oos_recall: float
    false_oos_rate: float
    human_recall: float
    human_false_alarms: float
    languages: int


def _mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _human_table(report: HumanRequestReport, out: Print) -> None:
    out(f"{'lang':<6}{'pos':>5}{'neg':>5}{'recall':>9}{'false alarms':>14}")
    for lang, score in report.per_language.items():
        out(
            f"{lang:<6}{score.positives:>5}{score.negatives:>5}{score.recall:>9.1%}"
            f"{score.false_alarm_rate:>14.2%}"
        )
    o = report.overall
    out(f"{'all':<6}{o.positives:>5}{o.negatives:>5}{o.recall:>9.1%}{o.false_alarm_rate:>14.2%}")


def run_eval(data_dir: Path, out: Print = print) -> EvalSummary:
    for needed in ("banking77/test.csv", "clinc150/data_full.json", "bitext"):
        if not (data_dir / needed).exists():
            raise ValidationFailed(
                f"{data_dir / needed} not found: pass --data with the shared data folder "
                "(or set RELAYDESK_SHARED_DATA)"
            )
    model = get_intent_model(progress=out)
    out(f"intent model: {model_dir()} ({len(model.labels)} intents)")
    test_rows = load_banking77_test(data_dir)
    out(f"evaluating intents on Banking77 test ({len(test_rows)} messages)…")
    started = time.perf_counter()
    intents = evaluate_intent(model, test_rows)
    per_message_us = (time.perf_counter() - started) / len(test_rows) * 1e6
    # What a user of POST /api/v1/classify gets: language identification first, and an
    # out-of-scope or non-English reading counts as wrong.
    served = sum(classify_message(text).intent == gold for text, gold in test_rows)
    via_classify = served / max(len(test_rows), 1)
    in_scope = [text for text, _ in test_rows]
    oos = evaluate_oos(
        model, in_scope, load_clinc(data_dir / "clinc150" / "data_full.json", "oos_test")
    )
    out("evaluating human requests…")
    english, _ = shared_english_rows(data_dir, "heldout")
    human_en = evaluate_human_request(english)
    multilingual = evaluate_human_request(load_eval_csv())

    out("")
    out(f"{'measure':<52}{'value':>10}  target")
    rows = [
        ("Banking77 test intent accuracy", intents.accuracy, f">= {TARGET_INTENT_ACCURACY:.0%}",
         intents.accuracy >= TARGET_INTENT_ACCURACY),
        ("Banking77 test through /classify (oos counts wrong)", via_classify,
         f">= {TARGET_INTENT_ACCURACY:.0%}", via_classify >= TARGET_INTENT_ACCURACY),
        ("Banking77 test macro-F1", intents.macro_f1, "", True),
        ("CLINC150 oos_test flagged out of scope (recall)", oos.oos_recall, "", True),
        ("Banking77 test wrongly flagged out of scope", oos.false_oos_rate, "", True),
        ("human request recall, shared English (held-out)", human_en.overall.recall,
         f">= {TARGET_RECALL:.0%}", human_en.overall.recall >= TARGET_RECALL),
        ("human request false alarms, shared English", human_en.overall.false_alarm_rate,
         f"<= {TARGET_FALSE_ALARMS:.0%}", human_en.overall.false_alarm_rate <= TARGET_FALSE_ALARMS),
        ("human request recall, 35-language set", multilingual.overall.recall,
         f">= {TARGET_RECALL:.0%}", multilingual.overall.recall >= TARGET_RECALL),
        ("human request false alarms, 35-language set", multilingual.overall.false_alarm_rate,
         f"<= {TARGET_FALSE_ALARMS:.0%}",
         multilingual.overall.false_alarm_rate <= TARGET_FALSE_ALARMS),
    ]  # fmt: skip
    for name, value, target, ok in rows:
        out(f"{name:<52}{value:>10.2%}  {target} {_mark(ok) if target else ''}".rstrip())
    out(f"{'intent prediction time per message':<52}{per_message_us:>8.0f}µs")
    out("")
    out("explicit human requests per language (project evaluation set):")
    _human_table(multilingual, out)
    return EvalSummary(
        intent_accuracy=intents.accuracy,
        classify_accuracy=via_classify,
        oos_recall=oos.oos_recall,
        false_oos_rate=oos.false_oos_rate,
        human_recall=human_en.overall.recall,
        human_false_alarms=human_en.overall.false_alarm_rate,
        languages=len(multilingual.per_language),
    )
