"""Pipeline benchmark: message -> decision latency with the local classifiers (no LLM).

Starts the real API (`relaydesk api --workers 2`) and N job workers (`relaydesk worker`) on
PostgreSQL and Redis db 14, then offers an open-loop load of `--rate` messages per second
(bench/loadgen.py, its own process) for `--duration` seconds, round-robin over many
conversations. Latency is read from the database after the run, `decisions.created_at -
messages.created_at` (no polling), and split with RQ's job timestamps into the wait in the
queue and the job's run time. The backlog at the end of the load tells whether the workers
keep up.

    python -m bench.pipeline [--rate 200] [--duration 20] [--job-workers 1,2]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import datetime
from typing import Any

from bench import common, intake
from bench.common import HOST, log

TARGET_P50_MS = 20.0
TARGET_P99_MS = 100.0
RQ_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"


def backlog(database_url: str, queue: str, after_id: int) -> dict[str, int]:
    pending = common.db_rows(
        database_url,
        "SELECT count(*) FROM messages WHERE author = 'customer' AND processed_at IS NULL "
        f"AND id > {after_id}",
    )[0][0]
    return {"queued_jobs": int(common.redis_client().llen(f"rq:queue:{queue}")), "pending": pending}


def wait_drained(database_url: str, queue: str, after_id: int, timeout: float) -> float | None:
    """Seconds until every message after `after_id` is decided, or None on timeout."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if backlog(database_url, queue, after_id) == {"queued_jobs": 0, "pending": 0}:
            return round(time.monotonic() - started, 2)
        time.sleep(0.25)
    return None


def latencies_ms(database_url: str, after_id: int) -> list[tuple[int, float]]:
    delta = (
        "(julianday(d.created_at) - julianday(m.created_at)) * 86400000"
        if database_url.startswith("sqlite")
        else "EXTRACT(EPOCH FROM (d.created_at - m.created_at)) * 1000"
    )
    rows = common.db_rows(
        database_url,
        f"SELECT m.id, {delta} "
        "FROM messages m JOIN decisions d ON d.message_id = m.id "
        f"WHERE m.author = 'customer' AND m.id > {after_id} ORDER BY m.id",
    )
    return [(int(r[0]), float(r[1])) for r in rows]


def job_phases(message_ids: list[int]) -> dict[str, list[float]]:
    """Queue wait and run time of each message's first job, from RQ's job hashes."""
    client = common.redis_client()
    pipe = client.pipeline(transaction=False)
    for message_id in message_ids:
        pipe.hmget(
            f"rq:job:process_message-{message_id}-1", "enqueued_at", "started_at", "ended_at"
        )
    waits: list[float] = []
    runs: list[float] = []
    for enqueued, started, ended in pipe.execute():
        if not (enqueued and started and ended):
            continue  # expired (result_ttl) or not run
        e, s, n = (datetime.strptime(v.decode(), RQ_TIME) for v in (enqueued, started, ended))
        waits.append((s - e).total_seconds() * 1000)
        runs.append((n - s).total_seconds() * 1000)
    return {"queue_wait_ms": sorted(waits), "job_run_ms": sorted(runs)}


def stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        q: round(common.percentile(ordered, p), 2)
        for q, p in (("p50", 50), ("p90", 90), ("p99", 99), ("max", 100))
    }


def measure(job_workers: int, args: argparse.Namespace) -> dict[str, Any]:
    load_before = round(os.getloadavg()[0], 2)
    log(
        f"--- {job_workers} job worker(s), {args.rate:.0f} msg/s for {args.duration:.0f} s; "
        f"load average {load_before}"
    )
    with common.workdir("pipeline") as wd, common.processes() as procs:
        database_url = common.reset_database(args.backend, wd)
        common.flush_redis()
        env = common.app_env(database_url, wd, common.parse_env(args.env))
        common.migrate(env, wd)
        port = common.free_port()
        procs.append(common.start("api", common.api_argv(port, args.api_workers), env, wd))
        common.wait_http_ok(procs[-1], f"http://{HOST}:{port}/readyz")
        targets = common.create_conversations(f"http://{HOST}:{port}", args.conversations)
        targets_file = common.write_targets(targets, wd / "targets.txt")
        workers = [
            common.start(f"worker{i}", [common.relaydesk_command(), "worker"], env, wd)
            for i in range(job_workers)
        ]
        procs.extend(workers)
        common.wait_workers(job_workers, workers, timeout=120.0)
        log(f"{job_workers} worker(s) ready; warming up")
        intake.run_open_loop(port, targets_file, args.rate / 4, 2.0, "warm")
        if wait_drained(database_url, args.queue, 0, 30.0) is None:
            raise RuntimeError("the warm-up messages were not decided within 30 s")
        after_id = int(
            common.db_rows(database_url, "SELECT coalesce(max(id), 0) FROM messages")[0][0]
        )
        log(f"open loop: {args.rate:.0f} msg/s for {args.duration:.0f} s")
        load = intake.run_open_loop(port, targets_file, args.rate, args.duration, "run")
        at_end = backlog(database_url, args.queue, after_id)
        log(f"load done: {load['ok']} accepted; backlog at the end {at_end}")
        drain_s = wait_drained(database_url, args.queue, after_id, args.drain_timeout)
        pairs = latencies_ms(database_url, after_id)
        values = [ms for _, ms in pairs]
        phases = job_phases([message_id for message_id, _ in pairs])
        row: dict[str, Any] = {
            "job_workers": job_workers,
            "load_before": load_before,
            "api_workers": args.api_workers,
            "backend": args.backend,
            "offered_rate": args.rate,
            "accepted": load["ok"],
            "intake_errors": load["errors_total"],
            "intake_latency_ms": load["latency_ms"],
            "decided": len(values),
            "backlog_at_end": at_end,
            "drain_s": drain_s,
            "decision_latency_ms": stats(values),
            "queue_wait_ms": stats(phases["queue_wait_ms"]),
            "job_run_ms": stats(phases["job_run_ms"]),
            "jobs_timed": len(phases["job_run_ms"]),
        }
        log(
            f"decided {len(values)}: p50 {row['decision_latency_ms']['p50']} ms, "
            f"p99 {row['decision_latency_ms']['p99']} ms; drained in {drain_s} s"
        )
        return row


def print_results(rows: list[dict[str, Any]]) -> None:
    print()
    headers = [
        "job workers", "offered/s", "accepted", "decided", "p50 ms", "p90 ms", "p99 ms",
        "max ms", "queue wait p50/p99", "job run p50/p99", "backlog at end", "drain s",
    ]  # fmt: skip
    table = [
        [
            r["job_workers"], f"{r['offered_rate']:.0f}", r["accepted"], r["decided"],
            r["decision_latency_ms"]["p50"], r["decision_latency_ms"]["p90"],
            r["decision_latency_ms"]["p99"], r["decision_latency_ms"]["max"],
            f"{r['queue_wait_ms']['p50']}/{r['queue_wait_ms']['p99']}",
            f"{r['job_run_ms']['p50']}/{r['job_run_ms']['p99']}",
            f"{r['backlog_at_end']['queued_jobs']} jobs, {r['backlog_at_end']['pending']} msgs",
            r["drain_s"],
        ]
        for r in rows
    ]  # fmt: skip
    common.print_table(headers, table)
    print()
    for r in rows:
        lat = r["decision_latency_ms"]
        ok = lat["p50"] <= TARGET_P50_MS and lat["p99"] <= TARGET_P99_MS
        print(
            f"{r['job_workers']} worker(s): p50 {lat['p50']} ms (target {TARGET_P50_MS:.0f}), "
            f"p99 {lat['p99']} ms (target {TARGET_P99_MS:.0f}): {'met' if ok else 'MISSED'}; "
            f"keeps up: {'yes' if r['backlog_at_end']['pending'] < r['offered_rate'] else 'NO'}"
        )
    sys.stdout.flush()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=200.0, help="messages per second")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of load")
    parser.add_argument("--job-workers", default="1,2", help="worker process counts to try")
    parser.add_argument("--api-workers", type=int, default=2, help="uvicorn workers")
    parser.add_argument("--backend", default="postgresql", choices=["postgresql", "sqlite"])
    parser.add_argument("--conversations", type=int, default=1000)
    parser.add_argument("--drain-timeout", type=float, default=120.0)
    parser.add_argument("--queue", default="relaydesk", help="the RQ queue")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra environment for the relaydesk processes (repeatable)",
    )
    parser.add_argument("--output", default="pipeline", help="result file name (no .json)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    rows: list[dict[str, Any]] = []
    common.ensure_intent_model()
    try:
        for count in (int(c) for c in args.job_workers.split(",")):
            rows.append(measure(count, args))
    finally:
        common.flush_redis()
    print_results(rows)
    common.write_result(
        args.output,
        {
            "settings": {
                k: getattr(args, k)
                for k in ("rate", "duration", "api_workers", "backend", "conversations", "env")
            },
            "targets": {"p50_ms": TARGET_P50_MS, "p99_ms": TARGET_P99_MS},
            "runs": rows,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
