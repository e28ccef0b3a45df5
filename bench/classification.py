"""Local classification throughput on one core (target: >= 2,000 messages/s).

Runs `classify_message` (language, request for a person, intent, sentiment, risk, personal
data), and then the same plus the bot's reading of the message (the topic model and the
dialogue's move, `read_alone`), over real texts in one process pinned to one CPU, after a
warm-up, with a baseline in the same run: the same loop doing only `str.lower()` on each text
(the interpreter's floor).

    .venv/bin/python -m bench.classification [--messages 20000] [--cpu 0]
"""

from __future__ import annotations

import argparse
import csv
import os
import time
from collections.abc import Callable, Sequence

from bench.common import ROOT, ensure_intent_model, log, write_result

TARGET_PER_S = 2000.0
DATA = ROOT / "router" / "classification" / "data"


def texts() -> list[str]:
    """Banking77 train questions (English) and the multilingual evaluation set (the
    knowledge base's examples in twelve languages are added by `main`)."""
    found: list[str] = []
    with (DATA / "training" / "banking77" / "train.csv").open(encoding="utf-8") as handle:
        found += [row["text"] for row in csv.DictReader(handle)]
    with (DATA / "human_request_eval.csv").open(encoding="utf-8") as handle:
        found += [row["text"] for row in csv.DictReader(handle)]
    return found


def rate(func: Callable[[str], object], sample: Sequence[str]) -> tuple[float, float]:
    """Messages per second and mean microseconds per message, CPU time of this process."""
    started = time.process_time()
    for text in sample:
        func(text)
    elapsed = max(time.process_time() - started, 1e-9)
    return len(sample) / elapsed, elapsed / len(sample) * 1e6


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--cpu", type=int, default=0, help="pin to this CPU")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    from router.bot.answers import read_alone
    from router.bot.knowledge import knowledge_base
    from router.bot.topics import ensure_topic_model, topic_model
    from router.classification.language import load_model
    from router.classification.message import classify_message

    log("loading (or training) the models…")
    load_model()
    ensure_intent_model()
    kb = knowledge_base()
    ensure_topic_model(kb, progress=log)
    topic_model(kb)
    pool = texts() + [e for e, _ in kb.examples()]
    sample = (pool * (args.messages // len(pool) + 1))[: args.messages]
    log(f"warming up on {min(2000, len(pool))} messages…")
    for text in pool[:2000]:
        classify_message(text)
    floor, _ = rate(str.lower, sample)
    per_s, micros = rate(classify_message, sample)
    log(f"classify_message: {per_s:,.0f} messages/s ({micros:.0f} µs each) on CPU {args.cpu}")

    def with_bot(text: str) -> object:
        return classify_message(text), read_alone(kb, text)

    bot_per_s, bot_micros = rate(with_bot, sample)
    log(f"with the bot's reading: {bot_per_s:,.0f} messages/s ({bot_micros:.0f} µs each)")
    log(
        f"baseline str.lower: {floor:,.0f} /s; target {TARGET_PER_S:,.0f}/s: "
        f"{'met' if per_s >= TARGET_PER_S else 'MISSED'}"
    )
    write_result(
        "classification",
        {
            "messages": len(sample),
            "distinct_texts": len(set(pool)),
            "cpu": args.cpu,
            "messages_per_s": round(per_s, 1),
            "us_per_message": round(micros, 1),
            "with_bot_reading_per_s": round(bot_per_s, 1),
            "with_bot_reading_us": round(bot_micros, 1),
            "baseline_lower_per_s": round(floor, 1),
            "target_per_s": TARGET_PER_S,
            "load_average": os.getloadavg()[0],
        },
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
