"""An open-loop HTTP load generator: POSTs customer messages at a fixed rate.

Raw asyncio HTTP/1.1 with keep-alive connections (lighter than an HTTP client library, so
the generator takes little of a 2-core machine). Request i is due at `start + i / rate`
whether or not earlier ones have been answered; its latency is measured from that due time,
so a server that falls behind shows it (no coordinated omission). Run it as its own process:

    python -m bench.loadgen --port 8000 --targets targets.txt --rate 200 --duration 20

It prints one JSON line with the result (counts per status, latency percentiles in ms).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.common import HOST, percentile

TEXTS = (
    "Hello, where is my parcel? It has not arrived yet.",
    "How do I return an item?",
    "My card was declined when I tried to pay, what can I do?",
    "Can I pay my invoice later?",
    "I want to talk to a human",
    "Wo ist mein Paket? Die Lieferung ist nicht angekommen.",
    "Hur returnerar jag en vara?",
    "Ich möchte einen Mitarbeiter sprechen",
)


# uvicorn closes a keep-alive connection after 5 s idle; reopen before that.
MAX_IDLE_S = 4.0


@dataclass
class Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    last_used: float = 0.0


@dataclass
class Stats:
    statuses: Counter[str] = field(default_factory=Counter)
    latencies_ms: list[float] = field(default_factory=list)  # from the due time
    service_ms: list[float] = field(default_factory=list)  # from the actual send
    completed_at: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)


def build_request(port: int, path: str, token: str, body: bytes) -> bytes:
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
        f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def exchange(conn: Connection, request: bytes) -> tuple[int, bool]:
    """Send one request, read its response; return (status, keep the connection)."""
    conn.writer.write(request)
    head = await conn.reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = 0
    keep = True
    for line in lines[1:]:
        name, _, value = line.partition(":")
        lowered = name.strip().lower()
        if lowered == "content-length":
            length = int(value)
        elif lowered == "connection" and value.strip().lower() == "close":
            keep = False
    if length:
        await conn.reader.readexactly(length)
    return status, keep


async def run(
    port: int,
    targets: list[tuple[str, str]],
    rate: float,
    duration: float,
    max_connections: int,
    prefix: str,
    timeout: float,
) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    pool: asyncio.LifoQueue[Connection | None] = asyncio.LifoQueue()
    for _ in range(max_connections):
        pool.put_nowait(None)  # a slot; opened on first use
    stats = Stats()
    total = int(rate * duration)

    async def one(i: int, due: float) -> None:
        conversation_id, token = targets[i % len(targets)]
        text = TEXTS[i % len(TEXTS)]
        body = json.dumps({"text": text, "client_msg_id": f"{prefix}-{i}"}).encode()
        request = build_request(
            port, f"/api/v1/conversations/{conversation_id}/messages", token, body
        )
        conn = await pool.get()
        keep: Connection | None = None
        sent = loop.time()
        try:
            if conn is not None and loop.time() - conn.last_used > MAX_IDLE_S:
                conn.writer.close()
                conn = None
            if conn is None:
                reader, writer = await asyncio.open_connection(HOST, port)
                conn = Connection(reader, writer)
            sent = loop.time()
            status, keep_alive = await asyncio.wait_for(exchange(conn, request), timeout)
            end = loop.time()
            conn.last_used = end
            stats.statuses[str(status)] += 1
            stats.latencies_ms.append((end - due) * 1000)
            stats.service_ms.append((end - sent) * 1000)
            stats.completed_at.append(end)
            keep = conn if keep_alive else None
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as exc:
            stats.errors[type(exc).__name__] += 1
        finally:
            if keep is None and conn is not None:
                conn.writer.close()
            pool.put_nowait(keep)

    tasks: set[asyncio.Task[None]] = set()
    start = loop.time() + 0.05
    for i in range(total):
        due = start + i / rate
        delay = due - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        task = asyncio.create_task(one(i, due))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    sent_done = loop.time()
    if tasks:
        await asyncio.wait(set(tasks), timeout=timeout + 5)
    finished = loop.time()
    while not pool.empty():
        conn = pool.get_nowait()
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.writer.close()

    latencies = sorted(stats.latencies_ms)
    service = sorted(stats.service_ms)
    completed = len(latencies)
    window = [t for t in stats.completed_at if t <= start + duration]
    return {
        "offered_rate": rate,
        "duration_s": duration,
        "sent": total,
        "completed": completed,
        "statuses": dict(stats.statuses),
        "errors": dict(stats.errors),
        "unfinished": total - completed - sum(stats.errors.values()),
        "send_lag_s": round(sent_done - (start + (total - 1) / rate), 3),
        "drain_s": round(finished - sent_done, 3),
        "completed_per_s_in_window": round(len(window) / duration, 1),
        "latency_ms": {
            q: round(percentile(latencies, p), 2)
            for q, p in (("p50", 50), ("p90", 90), ("p99", 99), ("p999", 99.9), ("max", 100))
        },
        "service_ms": {q: round(percentile(service, p), 2) for q, p in (("p50", 50), ("p99", 99))},
    }


def read_targets(path: Path) -> list[tuple[str, str]]:
    pairs = [line.split() for line in path.read_text().splitlines() if line.strip()]
    return [(p[0], p[1]) for p in pairs]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--targets", type=Path, required=True, help='"id token" per line')
    parser.add_argument("--rate", type=float, required=True, help="requests per second")
    parser.add_argument("--duration", type=float, required=True, help="seconds")
    parser.add_argument("--connections", type=int, default=256)
    parser.add_argument("--prefix", default="open", help="client_msg_id prefix")
    parser.add_argument("--timeout", type=float, default=30.0)
    args = parser.parse_args(argv)
    coro = run(
        args.port,
        read_targets(args.targets),
        args.rate,
        args.duration,
        args.connections,
        args.prefix,
        args.timeout,
    )
    try:
        import uvloop
    except ImportError:
        result = asyncio.run(coro)
    else:
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            result = runner.run(coro)
    print("LOADGEN_JSON " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
