"""Abuse benchmark: does a flood delay a normal customer's answer?

For each backend (SQLite as on embedded defaults, PostgreSQL) it starts the real `relaydesk
api` with its default limits, a `relaydesk worker --queues messages` and a `relaydesk worker
--queues background` (Redis db 14), and for each flood runs, one after the other:

1. a **baseline** phase: `--probes` normal customers, spread over `--duration` seconds, each
   creates a conversation, opens its event stream, posts a message ("Wo ist meine
   Rückerstattung?" or "I want to talk to a human") and waits for the first answer (a bot or
   system message) on the stream; `/healthz` is sampled every 0.2 s and an agent signs in
   every 2.5 s;
2. the **flood** phase: the same while a flooder process (this module with `--flood`, open
   loop at `--flood-rate` requests/s, ignoring Retry-After) attacks from one address.

The API trusts X-Forwarded-For from 127.0.0.1 only (`RELAYDESK_TRUSTED_PROXIES=127.0.0.1`):
every client sends its own address in that header, as clients behind a reverse proxy do, so
the flooder and each normal customer are different clients to the limits.

    python -m bench.abuse [--backends sqlite,postgresql] [--duration 15] [--probes 20]

"Delay added by the flood" = answer p95 during the flood - answer p95 in the baseline; the
target is at most 1 s. Results: bench/results/abuse.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench import common
from bench.common import HOST, log

TARGET_ADDED_S = 1.0
PROBE_TEXTS = ("Wo ist meine Rückerstattung?", "I want to talk to a human")
REPLY_TIMEOUT_S = 30.0
HEALTH_EVERY_S = 0.2
AGENT_LOGIN_EVERY_S = 2.5
RAMP_S = 1.0  # the flood runs this long before the first probe
FLOODS = ("streams", "logins-one", "logins-many", "logins-spread", "conversations", "messages")
FLOOD_TEXT = {
    "streams": "one conversation token opens event streams",
    "logins-one": "wrong passwords for one agent account",
    "logins-many": "wrong passwords for many account names",
    "logins-spread": "wrong passwords for many names, each request from a new address",
    "conversations": "new conversations",
    "messages": "messages to 200 conversations",
}
AGENT_PASSWORD = "bench-agent-password-1"
REAL_AGENTS = ("agent-a", "agent-b", "agent-c")
FLOOD_CONVERSATIONS = 200
MAX_INFLIGHT = 256  # the flooder's requests in flight at once (beyond: counted as skipped)
MAX_IDLE_S = 4.0  # uvicorn closes an idle keep-alive connection after 5 s


# --- the flooder (its own process) ---------------------------------------------------------


@dataclass
class FloodStats:
    statuses: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    latencies_ms: list[float] = field(default_factory=list)
    retry_after: list[int] = field(default_factory=list)  # of the 429s that carried it
    missing_retry_after: int = 0
    skipped: int = 0
    held: int = 0
    held_max: int = 0


@dataclass
class Conn:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    last_used: float


def http_request(
    method: str, path: str, port: int, address: str, *, token: str = "", body: bytes | None = None
) -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nX-Forwarded-For: {address}\r\n"
    if token:
        head += f"Authorization: Bearer {token}\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + (body or b"")


def spread_address(i: int) -> str:
    return f"10.77.{i // 250 % 250}.{i % 250 + 1}"


def flood_request(spec: dict[str, Any], i: int) -> bytes:
    """The flood's i-th request."""
    kind, port, address = spec["kind"], spec["port"], spec["address"]
    if kind == "streams":
        cid, token = spec["conversations"][0]
        path = f"/api/v1/conversations/{cid}/events"
        return http_request("GET", path, port, address, token=token)
    if kind == "conversations":
        return http_request("POST", "/api/v1/conversations", port, address, body=b"{}")
    if kind == "messages":
        cid, token = spec["conversations"][i % len(spec["conversations"])]
        body = json.dumps({"text": "Where is my refund???", "client_msg_id": f"f-{i}"}).encode()
        path = f"/api/v1/conversations/{cid}/messages"
        return http_request("POST", path, port, address, token=token, body=body)
    usernames: list[str] = spec["usernames"]
    login = {"username": usernames[i % len(usernames)], "password": f"guess-{i}"}
    if kind == "logins-spread":
        address = spread_address(i)
    return http_request(
        "POST", "/api/v1/auth/token", port, address, body=json.dumps(login).encode()
    )


async def read_head(reader: asyncio.StreamReader) -> tuple[int, dict[str, str]]:
    raw = await reader.readuntil(b"\r\n\r\n")
    lines = raw.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return int(lines[0].split(" ", 2)[1]), headers


async def run_flood(spec: dict[str, Any]) -> dict[str, Any]:
    """Offer `spec["rate"]` requests/s until SIGTERM; keep the streams the server accepts
    open (reading them) until then."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    stats = FloodStats()
    idle: list[Conn] = []
    inflight: set[asyncio.Task[None]] = set()
    holders: set[asyncio.Task[None]] = set()

    async def hold(conn: Conn) -> None:
        stats.held += 1
        stats.held_max = max(stats.held_max, stats.held)
        try:
            while await conn.reader.read(65536):
                pass
        finally:
            stats.held -= 1
            conn.writer.close()

    async def one(i: int) -> None:
        conn: Conn | None = None
        while idle and conn is None:
            candidate = idle.pop()
            if loop.time() - candidate.last_used < MAX_IDLE_S:
                conn = candidate
            else:
                candidate.writer.close()
        sent = loop.time()
        try:
            if conn is None:
                reader, writer = await asyncio.open_connection(HOST, spec["port"])
                conn = Conn(reader, writer, sent)
            conn.writer.write(flood_request(spec, i))
            status, headers = await asyncio.wait_for(read_head(conn.reader), 30)
            stats.latencies_ms.append((loop.time() - sent) * 1000)
            stats.statuses[str(status)] += 1
            if status == 429:
                if "retry-after" in headers:
                    stats.retry_after.append(int(headers["retry-after"]))
                else:
                    stats.missing_retry_after += 1
            if "content-length" in headers:
                await conn.reader.readexactly(int(headers["content-length"]))
                if headers.get("connection", "").lower() != "close":
                    conn.last_used = loop.time()
                    idle.append(conn)
                    conn = None
            elif status == 200 and spec["kind"] == "streams":
                task = asyncio.create_task(hold(conn))
                holders.add(task)
                task.add_done_callback(holders.discard)
                conn = None
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as exc:
            stats.errors[type(exc).__name__] += 1
        finally:
            if conn is not None:
                conn.writer.close()

    print("FLOOD_STARTED", flush=True)
    start = loop.time()
    i = 0
    while not stop.is_set():
        delay = start + i / spec["rate"] - loop.time()
        if delay > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            if stop.is_set():
                break
        if len(inflight) >= MAX_INFLIGHT:
            stats.skipped += 1
        else:
            task = asyncio.create_task(one(i))
            inflight.add(task)
            task.add_done_callback(inflight.discard)
        i += 1
    elapsed = loop.time() - start
    if inflight:
        await asyncio.wait(set(inflight), timeout=10)
    for task in [*inflight, *holders]:
        task.cancel()
    await asyncio.gather(*inflight, *holders, return_exceptions=True)
    for conn in idle:
        conn.writer.close()
    answered = sum(stats.statuses.values())
    refused = stats.statuses.get("429", 0)
    ordered = sorted(stats.latencies_ms)
    return {
        "kind": spec["kind"],
        "address": spec["address"] if spec["kind"] != "logins-spread" else "10.77.x.y",
        "rate": spec["rate"],
        "duration_s": round(elapsed, 1),
        "sent": i - stats.skipped,
        "skipped": stats.skipped,
        "answered": answered,
        "statuses": dict(stats.statuses),
        "accepted": sum(n for s, n in stats.statuses.items() if s.startswith("2")),
        "share_429": round(refused / answered, 4) if answered else None,
        "retry_after_present": len(stats.retry_after),
        "retry_after_missing": stats.missing_retry_after,
        "retry_after_s": (
            {"min": min(stats.retry_after), "max": max(stats.retry_after)}
            if stats.retry_after
            else None
        ),
        "errors": dict(stats.errors),
        "latency_ms": dist(ordered),
        "streams_held_max": stats.held_max,
    }


def flood_main(spec_path: Path) -> int:
    spec = json.loads(spec_path.read_text())
    try:
        import uvloop
    except ImportError:
        result = asyncio.run(run_flood(spec))
    else:
        with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
            result = runner.run(run_flood(spec))
    print("FLOOD_JSON " + json.dumps(result), flush=True)
    return 0


# --- a normal customer, /healthz and an agent, as seen from outside --------------------------


def dist(ordered: Sequence[float]) -> dict[str, float] | None:
    if not ordered:
        return None
    return {
        q: round(common.percentile(ordered, p), 1)
        for q, p in (("p50", 50), ("p95", 95), ("p99", 99), ("max", 100))
    }


@dataclass
class Probe:
    text: str
    address: str
    create_ms: float | None = None
    post_ms: float | None = None
    answer_ms: float | None = None  # POST of the message -> first answer visible
    via: str = "stream"  # or "polling" when the stream was refused
    error: str | None = None


def _sse_events(lines: list[str]) -> tuple[str, str]:
    event, data = "message", ""
    for line in lines:
        if line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data += line[5:].strip()
    return event, data


async def _answer_on_stream(lines: Any, after_id: Callable[[], int | None]) -> None:
    """Read server-sent events until a non-customer message after the posted one."""
    block: list[str] = []
    async for line in lines:
        if line:
            block.append(line)
            continue
        event, data = _sse_events(block)
        block = []
        if event == "status" and after_id() is None:
            return  # subscribed; the caller posts now and reads on
        posted = after_id()
        if event == "message" and data and posted is not None:
            message = json.loads(data)
            if message["author"] != "customer" and message["id"] > posted:
                return
    raise RuntimeError("the stream ended before the answer")


async def _answer_by_polling(
    client: httpx.AsyncClient, path: str, headers: dict[str, str], posted: int
) -> None:
    while True:
        response = await client.get(path, headers=headers)
        if response.status_code == 200 and any(
            m["author"] != "customer" and m["id"] > posted for m in response.json()["messages"]
        ):
            return
        await asyncio.sleep(0.05)


async def probe(client: httpx.AsyncClient, text: str, address: str, n: int) -> Probe:
    result = Probe(text, address)
    headers = {"X-Forwarded-For": address}
    loop = asyncio.get_running_loop()
    started = loop.time()
    created = await client.post("/api/v1/conversations", json={}, headers=headers)
    result.create_ms = (loop.time() - started) * 1000
    if created.status_code != 201:
        result.error = f"create {created.status_code}"
        return result
    cid, token = created.json()["id"], created.json()["token"]
    auth = {**headers, "Authorization": f"Bearer {token}"}
    path = f"/api/v1/conversations/{cid}"
    posted: list[int] = []

    async def post() -> float:
        body = {"text": text, "client_msg_id": f"probe-{n}"}
        sent = loop.time()
        response = await client.post(f"{path}/messages", json=body, headers=auth)
        result.post_ms = (loop.time() - sent) * 1000
        if response.status_code != 202:
            raise RuntimeError(f"post {response.status_code}")
        posted.append(int(response.json()["id"]))
        return sent

    try:
        async with asyncio.timeout(REPLY_TIMEOUT_S):
            async with client.stream("GET", f"{path}/events", headers=auth) as stream:
                if stream.status_code == 200:
                    lines = stream.aiter_lines()
                    last = lambda: posted[0] if posted else None  # noqa: E731
                    await _answer_on_stream(lines, last)  # until subscribed
                    sent = await post()
                    await _answer_on_stream(lines, last)
                else:
                    result.via = f"polling (stream {stream.status_code})"
            if result.via != "stream":
                sent = await post()
                await _answer_by_polling(client, path, auth, posted[0])
        result.answer_ms = (loop.time() - sent) * 1000
    except TimeoutError:
        result.error = f"no answer within {REPLY_TIMEOUT_S:.0f} s"
    except (RuntimeError, httpx.HTTPError) as exc:
        result.error = str(exc) or type(exc).__name__
    return result


async def sample_health(client: httpx.AsyncClient, stop: asyncio.Event) -> list[float]:
    loop = asyncio.get_running_loop()
    samples: list[float] = []
    while not stop.is_set():
        started = loop.time()
        try:
            response = await client.get("/healthz", timeout=10)
            if response.status_code == 200:
                samples.append((loop.time() - started) * 1000)
        except httpx.HTTPError:
            samples.append(10_000.0)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), HEALTH_EVERY_S)
    return samples


@dataclass(frozen=True)
class SignIn:
    status: int
    ms: float
    retry_after: str | None = None
    detail: str | None = None  # of a refusal


async def agent_sign_in(client: httpx.AsyncClient, username: str, address: str) -> SignIn:
    """An agent signing in with the right password, from `address`."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    response = await client.post(
        "/api/v1/auth/token",
        json={"username": username, "password": AGENT_PASSWORD},
        headers={"X-Forwarded-For": address},
    )
    ms = (loop.time() - started) * 1000
    if response.status_code == 200:
        return SignIn(200, ms)
    detail = str(response.json().get("detail", ""))[:120] if response.content else None
    return SignIn(response.status_code, ms, response.headers.get("retry-after"), detail)


async def sample_agent(
    client: httpx.AsyncClient, stop: asyncio.Event, username: str, address: str
) -> list[SignIn]:
    results: list[SignIn] = []
    while not stop.is_set():
        try:
            results.append(await agent_sign_in(client, username, address))
        except httpx.HTTPError as exc:
            results.append(SignIn(0, 0.0, detail=repr(exc)))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), AGENT_LOGIN_EVERY_S)
    return results


class Addresses:
    """A new client address for each normal customer."""

    def __init__(self, second_octet: int) -> None:
        self.second = second_octet
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return f"10.{self.second}.{self.n // 250 % 250}.{self.n % 250 + 1}"


async def run_phase(
    base_url: str, probes: int, duration: float, addresses: Addresses, agent: tuple[str, str]
) -> dict[str, Any]:
    """`probes` normal customers spread over `duration` s, /healthz, and the agent
    (username, address) signing in now and then."""
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=50)
    async with httpx.AsyncClient(base_url=base_url, timeout=30.0, limits=limits) as client:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        health = asyncio.create_task(sample_health(client, stop))
        signing_in = asyncio.create_task(sample_agent(client, stop, *agent))
        start = loop.time()
        tasks = []
        for k in range(probes):
            delay = start + k * duration / probes - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            text = PROBE_TEXTS[k % len(PROBE_TEXTS)]
            tasks.append(asyncio.create_task(probe(client, text, addresses.next(), k)))
        done: list[Probe] = await asyncio.gather(*tasks)
        stop.set()
        health_ms = await health
        sign_ins = await signing_in
    answers = sorted(p.answer_ms for p in done if p.answer_ms is not None)
    return {
        "probes": len(done),
        "answered": len(answers),
        "answer_ms": dist(answers),
        "create_ms": dist(sorted(p.create_ms for p in done if p.create_ms is not None)),
        "post_ms": dist(sorted(p.post_ms for p in done if p.post_ms is not None)),
        "via_polling": sum(p.via != "stream" for p in done),
        "errors": dict(Counter(p.error for p in done if p.error)),
        "healthz_ms": dist(sorted(health_ms)),
        "agent_sign_in": {
            "statuses": dict(Counter(str(a.status) for a in sign_ins)),
            "ms": dist(sorted(a.ms for a in sign_ins if a.status == 200)),
            "refusals": dict(Counter(a.detail for a in sign_ins if a.status != 200)),
        },
        "probe_detail": [probe_row(p) for p in done],
    }


def probe_row(p: Probe) -> dict[str, Any]:
    row = dataclasses.asdict(p)
    for key in ("create_ms", "post_ms", "answer_ms"):
        row[key] = None if row[key] is None else round(row[key], 1)
    return row


# --- setup ---------------------------------------------------------------------------------

_USERS_SCRIPT = """
import sys
from core.db import unit_of_work
from escalation.users.service import create_user
with unit_of_work() as session:
    for name in sys.argv[2:]:
        create_user(session, username=name, password=sys.argv[1], role="agent",
                    languages=["en", "de"], skills=[], display_name=name)
"""


def create_agents(env: dict[str, str], names: Sequence[str]) -> None:
    subprocess.run(
        [sys.executable, "-c", _USERS_SCRIPT, AGENT_PASSWORD, *names],
        env=env,
        cwd=common.ROOT,
        check=True,
    )


async def _setup_conversations(base_url: str, count: int) -> list[list[str]]:
    """Conversations for the flooder, created beforehand from 20 addresses (at most 10 each:
    an attacker gathers tokens over time); not part of any measured phase."""
    out: list[list[str]] = []
    async with httpx.AsyncClient(base_url=base_url, timeout=30.0) as client:
        for i in range(count):
            headers = {"X-Forwarded-For": f"10.200.{i % 20}.1"}
            while True:
                response = await client.post("/api/v1/conversations", json={}, headers=headers)
                if response.status_code != 429:
                    break
                await asyncio.sleep(float(response.headers.get("retry-after", "1")))
            response.raise_for_status()
            out.append([response.json()["id"], response.json()["token"]])
    return out


def wait_drained(database_url: str, timeout: float = 120.0) -> float | None:
    """Seconds until no customer message waits for its decision and the message queues are
    empty, or None on timeout."""
    client = common.redis_client()
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        queued = client.llen("rq:queue:relaydesk") + client.llen("rq:queue:relaydesk-messages-low")
        pending = common.db_rows(
            database_url,
            "SELECT count(*) FROM messages WHERE author = 'customer' AND processed_at IS NULL",
        )[0][0]
        if queued == 0 and pending == 0:
            return round(time.monotonic() - started, 1)
        time.sleep(0.5)
    return None


# --- one flood -----------------------------------------------------------------------------


def start_flooder(
    kind: str, spec: dict[str, Any], wd: Path, procs: list[common.Proc]
) -> common.Proc:
    spec_path = wd / f"flood-{kind}.json"
    spec_path.write_text(json.dumps(spec))
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(
            p for p in (str(common.ROOT), os.environ.get("PYTHONPATH", "")) if p
        ),
    )
    argv = [sys.executable, "-m", "bench.abuse", "--flood", str(spec_path)]
    proc = common.start(f"flood-{kind}", argv, env, wd)
    procs.append(proc)
    deadline = time.monotonic() + 30
    while "FLOOD_STARTED" not in proc.log_path.read_text():
        if proc.popen.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the flooder did not start:\n{common.tail(proc)}")
        time.sleep(0.05)
    return proc


def stop_flooder(proc: common.Proc) -> dict[str, Any]:
    common.stop(proc, timeout=30)
    text = proc.log_path.read_text(errors="replace")
    line = next((ln for ln in text.splitlines() if ln.startswith("FLOOD_JSON ")), None)
    if line is None:
        raise RuntimeError(f"the flooder printed no result:\n{common.tail(proc)}")
    result: dict[str, Any] = json.loads(line.removeprefix("FLOOD_JSON "))
    return result


def summary(phase: dict[str, Any]) -> str:
    a = phase["answer_ms"] or {}
    h = phase["healthz_ms"] or {}
    return (
        f"{phase['answered']}/{phase['probes']} answered, answer p50 {a.get('p50')} ms "
        f"p95 {a.get('p95')} ms max {a.get('max')} ms; healthz p95 {h.get('p95')} ms"
        + (f"; errors {phase['errors']}" if phase["errors"] else "")
    )


def measure_flood(
    kind: str,
    index: int,
    ctx: dict[str, Any],
    args: argparse.Namespace,
    procs: list[common.Proc],
    wd: Path,
) -> dict[str, Any]:
    port, base_url = ctx["port"], ctx["base_url"]
    flooder_address = f"10.66.{ctx['backend_index']}.{index + 1}"
    load_before = round(os.getloadavg()[0], 2)
    log(f"--- {ctx['backend']} / {kind}: {FLOOD_TEXT[kind]}; load average {load_before}")
    addresses: Addresses = ctx["addresses"]
    log(f"baseline: {args.probes} probes over {args.duration:.0f} s")
    agent = f"agent-probe-{index}"  # an account of its own for each flood
    baseline = asyncio.run(
        run_phase(base_url, args.probes, args.duration, addresses, (agent, f"10.5.{index}.1"))
    )
    log(f"baseline: {summary(baseline)}")
    spec: dict[str, Any] = {
        "kind": kind, "port": port, "rate": args.flood_rate, "address": flooder_address,
        "conversations": ctx["flood_conversations"] if kind == "messages" else [],
        "usernames": ["agent-target"] if kind == "logins-one" else ctx["many_usernames"],
    }  # fmt: skip
    if kind == "streams":
        created = httpx.post(
            f"{base_url}/api/v1/conversations",
            json={},
            headers={"X-Forwarded-For": flooder_address},
            timeout=30,
        )
        created.raise_for_status()
        spec["conversations"] = [[created.json()["id"], created.json()["token"]]]
    log(
        f"flood: {args.flood_rate:.0f} requests/s from {flooder_address}; "
        f"{args.probes} probes over {args.duration:.0f} s after {RAMP_S:.0f} s"
    )
    flooder = start_flooder(kind, spec, wd, procs)
    try:
        time.sleep(RAMP_S)
        flood = asyncio.run(
            run_phase(base_url, args.probes, args.duration, addresses, (agent, f"10.5.{index}.2"))
        )
    finally:
        flooder_result = stop_flooder(flooder)
    log(f"flood: {summary(flood)}")
    log(
        f"flooder: {flooder_result['sent']} sent, {flooder_result['statuses']}, 429 share "
        f"{flooder_result['share_429']}, Retry-After on {flooder_result['retry_after_present']}"
        f" of them (missing on {flooder_result['retry_after_missing']}), errors "
        f"{flooder_result['errors'] or 0}, skipped {flooder_result['skipped']}"
    )
    row: dict[str, Any] = {
        "backend": ctx["backend"],
        "flood": kind,
        "description": FLOOD_TEXT[kind],
        "load_before": load_before,
        "baseline": baseline,
        "flood_phase": flood,
        "flooder": flooder_result,
    }
    # Can the agents sign in once the flood is over (from a fresh address)?
    after = [agent] + (["agent-target"] if kind == "logins-one" else [])
    row["sign_in_after_flood"] = {}
    for n, username in enumerate(after):
        got = asyncio.run(_sign_in_once(base_url, username, f"10.5.{index}.{3 + n}"))
        row["sign_in_after_flood"][username] = dataclasses.asdict(got)
        log(
            f"{username} signing in with the right password after the flood: {got.status}"
            + (f" (Retry-After {got.retry_after}: {got.detail})" if got.status != 200 else "")
        )
    row["drained_after_s"] = wait_drained(ctx["database_url"])
    base_p95 = (baseline["answer_ms"] or {}).get("p95")
    flood_p95 = (flood["answer_ms"] or {}).get("p95")
    added = None if base_p95 is None or flood_p95 is None else round(flood_p95 - base_p95, 1)
    row["added_p95_ms"] = added
    row["target_met"] = (
        added is not None
        and added <= TARGET_ADDED_S * 1000
        and flood["answered"] == flood["probes"]
    )
    log(f"delay added by the flood (p95): {added} ms -> {'met' if row['target_met'] else 'MISSED'}")
    return row


async def _sign_in_once(base_url: str, username: str, address: str) -> SignIn:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        return await agent_sign_in(client, username, address)


def run_backend(backend: str, backend_index: int, args: argparse.Namespace) -> list[dict[str, Any]]:
    workers = args.api_workers or (1 if backend == "sqlite" else 2)
    rows: list[dict[str, Any]] = []
    with common.workdir("abuse") as wd, common.processes() as procs:
        database_url = common.reset_database(backend, wd)
        common.flush_redis()
        extra = {"RELAYDESK_TRUSTED_PROXIES": "127.0.0.1", **common.parse_env(args.env)}
        env = common.app_env(database_url, wd, extra, flood_limits=True)
        common.migrate(env, wd)
        probe_agents = [f"agent-probe-{n}" for n in range(len(args.floods))]
        create_agents(env, ["agent-target", *probe_agents, *REAL_AGENTS])
        port = common.free_port()
        base_url = f"http://{HOST}:{port}"
        procs.append(common.start("api", common.api_argv(port, workers), env, wd))
        common.wait_http_ok(procs[-1], f"{base_url}/readyz")
        job_workers = [
            common.start(f"worker-{role}", [common.relaydesk_command(), "worker", "--queues", role],
                         env, wd)
            for role in ("messages", "background")
        ]  # fmt: skip
        procs.extend(job_workers)
        common.wait_workers(2, job_workers, timeout=180.0)
        log(
            f"{backend}: api ({workers} uvicorn worker(s)), a messages and a background worker "
            "ready"
        )
        ctx: dict[str, Any] = {
            "backend": backend, "backend_index": backend_index, "port": port,
            "base_url": base_url, "database_url": database_url,
            "addresses": Addresses(10 + backend_index),
            "many_usernames": [*REAL_AGENTS, *(f"guess-{n}" for n in range(5000))],
        }  # fmt: skip
        if "messages" in args.floods:
            ctx["flood_conversations"] = asyncio.run(
                _setup_conversations(base_url, FLOOD_CONVERSATIONS)
            )
            log(f"created {FLOOD_CONVERSATIONS} conversations for the message flood")
            time.sleep(1.5)  # past the global window they counted in
        log("warm-up: 4 probes")
        warm_agent = ("agent-probe-0", "10.5.250.1")
        warm = asyncio.run(run_phase(base_url, 4, 2.0, ctx["addresses"], warm_agent))
        log(f"warm-up: {summary(warm)}")
        wait_drained(database_url)
        for index, kind in enumerate(args.floods):
            row = measure_flood(kind, index, ctx, args, procs, wd)
            row["api_workers"] = workers
            rows.append(row)
    return rows


# --- report --------------------------------------------------------------------------------


def _p(d: dict[str, float] | None, key: str) -> str:
    return "-" if not d else f"{d[key]:,.0f}"


def print_results(rows: Sequence[dict[str, Any]]) -> None:
    print()
    headers = [
        "backend", "flood", "flood req/s", "429 share", "Retry-After", "2xx to flooder",
        "answered", "base p50/p95/max ms", "flood p50/p95/max ms", "added p95 ms", "<= 1 s",
        "healthz p95 base/flood ms", "agent sign-ins in flood", "agent after",
    ]  # fmt: skip
    table = []
    for r in rows:
        b, f, fl = r["baseline"], r["flood_phase"], r["flooder"]
        ba, fa = b["answer_ms"], f["answer_ms"]
        share = "-" if fl["share_429"] is None else f"{fl['share_429']:.1%}"
        retry = f"{fl['retry_after_present']}/{fl['statuses'].get('429', 0)}"
        agent = f["agent_sign_in"]
        ok = agent["statuses"].get("200", 0)
        after = next(iter(r["sign_in_after_flood"].values()))["status"]
        table.append([
            r["backend"], r["flood"], f"{fl['sent'] / max(fl['duration_s'], 0.1):.0f}", share,
            retry, fl["accepted"], f"{b['answered']}/{b['probes']} | {f['answered']}/{f['probes']}",
            f"{_p(ba, 'p50')}/{_p(ba, 'p95')}/{_p(ba, 'max')}",
            f"{_p(fa, 'p50')}/{_p(fa, 'p95')}/{_p(fa, 'max')}",
            "-" if r["added_p95_ms"] is None else f"{r['added_p95_ms']:,.0f}",
            "met" if r["target_met"] else "MISSED",
            f"{_p(b['healthz_ms'], 'p95')}/{_p(f['healthz_ms'], 'p95')}",
            f"{ok}/{sum(agent['statuses'].values())} ok, p50 {_p(agent['ms'], 'p50')} ms", after,
        ])  # fmt: skip
    common.print_table(headers, table)
    print()
    for r in rows:
        if not r["target_met"]:
            print(
                f"{r['backend']} / {r['flood']}: the flood added {r['added_p95_ms']} ms to the "
                f"answer p95 (target {TARGET_ADDED_S * 1000:.0f} ms): MISSED"
            )
    for r in rows:
        for username, got in r["sign_in_after_flood"].items():
            if got["status"] != 200:
                print(
                    f"{r['backend']} / {r['flood']}: {username} cannot sign in after the flood: "
                    f"{got['status']}, Retry-After {got['retry_after']} ({got['detail']})"
                )
    sys.stdout.flush()


def limit_settings() -> dict[str, Any]:
    """The limits the API ran with: the defaults of core/settings.py (none is overridden)."""
    from core.settings import Settings

    names = (
        "rate_limit_messages",
        "rate_limit_window_s",
        "client_window_s",
        "client_conversations",
        "client_messages",
        "client_messages_soft",
        "global_window_s",
        "global_conversations",
        "global_messages",
        "login_account_failures",
        "login_account_window_s",
        "login_client_attempts",
        "login_client_window_s",
        "login_concurrency",
        "login_checks",
        "login_checks_window_s",
        "max_streams_per_conversation",
        "max_streams_per_address",
        "max_streams_total",
    )
    return {name: Settings.model_fields[name].default for name in names}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--floods", default=",".join(FLOODS), help="comma-separated, in order")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per phase")
    parser.add_argument("--probes", type=int, default=20, help="normal customers per phase")
    parser.add_argument("--flood-rate", type=float, default=200.0, help="flood requests/s")
    parser.add_argument(
        "--api-workers",
        type=int,
        default=0,
        help="uvicorn workers (default: 1 on SQLite, 2 on PostgreSQL)",
    )
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra environment for the relaydesk processes (repeatable)",
    )
    parser.add_argument("--output", default="abuse", help="result file name (no .json)")
    parser.add_argument("--flood", type=Path, help=argparse.SUPPRESS)  # the flooder process
    args = parser.parse_args(argv)
    args.floods = [f for f in args.floods.split(",") if f]
    unknown = set(args.floods) - set(FLOODS)
    if unknown:
        parser.error(f"unknown floods {sorted(unknown)}; choose from {', '.join(FLOODS)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.flood is not None:
        return flood_main(args.flood)
    backends = [b for b in args.backends.split(",") if b]
    total = len(backends) * len(args.floods) * (2 * args.duration + RAMP_S + 8) / 60
    log(
        f"abuse benchmark: {len(args.floods)} floods x {len(backends)} backends, about "
        f"{total:.0f} min plus setup"
    )
    common.ensure_intent_model()
    rows: list[dict[str, Any]] = []
    try:
        for n, backend in enumerate(backends):
            rows.extend(run_backend(backend, n, args))
    finally:
        common.flush_redis()
    print_results(rows)
    common.write_result(
        args.output,
        {
            "settings": {
                "backends": backends,
                "floods": args.floods,
                "duration_s": args.duration,
                "probes": args.probes,
                "flood_rate": args.flood_rate,
                "api_workers": args.api_workers or "1 on SQLite, 2 on PostgreSQL",
                "env": args.env,
                "trusted_proxies": "127.0.0.1",
            },
            "limits": limit_settings(),
            "target_added_p95_s": TARGET_ADDED_S,
            "runs": rows,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
