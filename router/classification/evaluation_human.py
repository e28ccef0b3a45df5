"""Recall and false-alarm rate of the explicit human-request detector, overall and per language.

Rows come from ``data/human_request_eval.csv`` (written for Relaydesk, plus attributed rows
copied from public data sets, see ``data/NOTICE.md``) or from the shared English data sets
(``shared_english_rows``): Bitext ``contact_human_agent`` utterances are positives, every other
Bitext intent and CLINC150 ``are_you_a_bot`` are negatives. Bitext ``contact_customer_service``
("how do I contact customer service?", "send an email to Client Service") asks for a channel,
not for a person in this chat, and is left out of both classes; ``customer_service_rate`` says
how often the detector fires on it. Bitext rows are split into a development half and a held-out
half by a fixed hash of the normalised text.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from router.classification.human_request import HumanRequest, detect_human_request

EVAL_CSV = Path(__file__).parent / "data" / "human_request_eval.csv"
Split = Literal["dev", "heldout", "all"]


@dataclass(frozen=True, slots=True)
class EvalRow:
    language: str
    text: str
    is_request: bool
    source: str = "relaydesk"


@dataclass(frozen=True, slots=True)
class LanguageScore:
    positives: int
    negatives: int
    recall: float
    false_alarm_rate: float
    misses: tuple[str, ...]
    false_alarms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HumanRequestReport:
    overall: LanguageScore
    per_language: dict[str, LanguageScore]

    def worst(self) -> tuple[float, float]:
        """Lowest per-language recall and highest per-language false-alarm rate."""
        scores = list(self.per_language.values()) or [self.overall]
        return min(s.recall for s in scores), max(s.false_alarm_rate for s in scores)


def _score(rows: list[tuple[EvalRow, bool]]) -> LanguageScore:
    positives = [r for r, _ in rows if r.is_request]
    negatives = [r for r, _ in rows if not r.is_request]
    misses = tuple(r.text for r, hit in rows if r.is_request and not hit)
    alarms = tuple(r.text for r, hit in rows if not r.is_request and hit)
    return LanguageScore(
        positives=len(positives),
        negatives=len(negatives),
        recall=1.0 - len(misses) / len(positives) if positives else 1.0,
        false_alarm_rate=len(alarms) / len(negatives) if negatives else 0.0,
        misses=misses,
        false_alarms=alarms,
    )


def evaluate_human_request(
    rows: Iterable[EvalRow],
    detector: Callable[[str, str | None], HumanRequest] = detect_human_request,
    pass_language: bool = True,
) -> HumanRequestReport:
    """Run ``detector`` on every row; ``pass_language=False`` hides the row's language from it."""
    judged: list[tuple[EvalRow, bool]] = []
    for row in rows:
        result = detector(row.text, row.language if pass_language else None)
        judged.append((row, result.is_request))
    by_language: dict[str, list[tuple[EvalRow, bool]]] = {}
    for row, hit in judged:
        by_language.setdefault(row.language, []).append((row, hit))
    return HumanRequestReport(
        overall=_score(judged),
        per_language={lang: _score(items) for lang, items in sorted(by_language.items())},
    )


def load_eval_csv(path: Path = EVAL_CSV) -> list[EvalRow]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            EvalRow(r["language"], r["text"], r["is_request"] == "1", r.get("source") or "")
            for r in csv.DictReader(handle)
        ]


def split_of(text: str) -> Literal["dev", "heldout"]:
    """Fixed half/half split by a hash of the lower-cased, space-normalised text."""
    key = " ".join(text.lower().split()).encode("utf-8")
    return "dev" if hashlib.sha256(key).digest()[0] % 2 == 0 else "heldout"


def shared_english_rows(
    data_dir: Path, split: Split = "dev"
) -> tuple[list[EvalRow], list[EvalRow]]:
    """(rows to score, contact_customer_service rows) from Bitext and CLINC150, deduplicated."""
    seen: set[str] = set()
    rows: list[EvalRow] = []
    borderline: list[EvalRow] = []

    def add(text: str, intent: str, source: str) -> None:
        key = " ".join(text.lower().split())
        if not key or key in seen or (split != "all" and split_of(text) != split):
            return
        seen.add(key)
        row = EvalRow("en", text, intent == "contact_human_agent", source)
        (borderline if intent == "contact_customer_service" else rows).append(row)

    bitext = data_dir / "bitext"
    with (bitext / "customer_support_20000.csv").open(encoding="utf-8-sig") as handle:
        for r in csv.DictReader(handle):
            add(r["utterance"], r["intent"], "bitext:customer_support_20000.csv")
    with (bitext / "customer_support_4514.csv").open(encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            add(r["instruction"], r["intent"], "bitext:customer_support_4514.csv")
    clinc = json.loads((data_dir / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    for part in clinc.values():
        for text, intent in part:
            if intent == "are_you_a_bot":
                add(text, "are_you_a_bot", "clinc150:data_full.json")
    return rows, borderline


def customer_service_rate(rows: Iterable[EvalRow]) -> float:
    """Share of (borderline) rows on which the detector fires."""
    items = list(rows)
    hits = sum(detect_human_request(r.text, r.language).is_request for r in items)
    return hits / len(items) if items else 0.0
