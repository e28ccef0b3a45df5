"""What the benchmarks share: databases, Redis, server subprocesses, result files."""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import json
import math
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import psycopg
import redis

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "bench" / "results"
# The intent model every benchmark uses: RELAYDESK_INTENT_MODEL_DIR when set (the one the
# tests train), else one of the benchmarks' own; trained there once if missing.
INTENT_MODEL_DIR = Path(
    os.environ.get("RELAYDESK_INTENT_MODEL_DIR") or ROOT / ".cache" / "intent-model"
)
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"

PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_DATABASE = os.environ.get("BENCH_PG_DATABASE", "relaydesk_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
SECRET_KEY = "relaydesk-bench-secret-key-not-for-production"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def relaydesk_command() -> str:
    local = BIN / "relaydesk"
    if local.exists():
        return str(local)
    found = shutil.which("relaydesk")
    if found is None:
        raise SystemExit("the relaydesk command is not installed (pip install -e .)")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


# --- databases and Redis -------------------------------------------------------------


def postgres_url() -> str:
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{PG_DATABASE}"


def reset_postgres() -> str:
    """Drop and create the benchmark database; return its SQLAlchemy URL."""
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{PG_DATABASE}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{PG_DATABASE}"')
    return postgres_url()


def reset_database(backend: str, workdir: Path) -> str:
    if backend == "postgresql":
        return reset_postgres()
    if backend == "sqlite":
        path = workdir / "bench.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    raise ValueError(f"unknown backend {backend!r}")


# Test sessions (tests/conftest.py `redis_base_url`) each take the first of databases 15..1
# that nobody claims under this key in database 0, and flush it before every test; with
# several sessions at once they reach db 14. The benchmark claims its database the same way.
SESSION_DB_CLAIM = "relaydesk:test-session-db:{number}"
CLAIM_TTL_S = 4 * 3600
_claimed: list[str] = []


def claim_redis_database(url: str = REDIS_URL) -> None:
    """Claim the benchmark's Redis database against test sessions, until this process exits;
    SystemExit when a test session holds it (it would flush the benchmark's queues and
    counters mid-run, and the benchmark its data)."""
    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0)
    if not number or url in _claimed:
        return
    key = SESSION_DB_CLAIM.format(number=number)
    owner = f"bench-{os.getpid()}"
    base = redis.Redis.from_url(urlunsplit(parts._replace(path="/0")))
    try:
        if not base.set(key, owner, nx=True, ex=CLAIM_TTL_S):
            holder = base.get(key)
            if holder != owner.encode():
                raise SystemExit(
                    f"Redis database {number} is in use ({key} = {holder!r} in database 0: a "
                    "test session or another benchmark); wait for it, or set BENCH_REDIS_URL "
                    "to a free database"
                )
    finally:
        base.close()
    _claimed.append(url)
    atexit.register(_release_claim, urlunsplit(parts._replace(path="/0")), key, owner)


def _release_claim(base_url: str, key: str, owner: str) -> None:
    with contextlib.suppress(redis.RedisError):
        base = redis.Redis.from_url(base_url)
        if base.get(key) == owner.encode():
            base.delete(key)
        base.close()


def flush_redis() -> None:
    """Empty the benchmark's Redis database (db 14 by default), and only that one, after
    claiming it against test sessions (`claim_redis_database`)."""
    claim_redis_database()
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.flushdb()
    finally:
        client.close()


def ensure_intent_model() -> None:
    """Train the intent model the benchmarked processes share, once (about 1.5 min), here rather
    than in each worker (they would all train it at once, in every configuration)."""
    os.environ["RELAYDESK_INTENT_MODEL_DIR"] = str(INTENT_MODEL_DIR)
    from router.classification.intent_store import get_intent_model

    get_intent_model(progress=log)


# The flood limits (router/limits/, core/events/limits.py) count clients by address, and the
# throughput benchmarks send everything from 127.0.0.1: as one client they would be turned
# away after 30 conversations and 120 messages a minute, and past 200 conversations / 500
# messages a second from everyone. 0 turns a counted limit off (`router.limits.counters.hit`
# skips windows with limit 0; a soft budget of 0 keeps every message in the messages queue).
# The stream limits cannot be 0 (at least 1): the per-address one is set past anything a
# benchmark opens. Unchanged: the per-conversation message limit (the benchmarks spread their
# messages to keep it), the per-conversation/agent stream limits and the stream total, and
# the password checks at once (no benchmark but bench/abuse.py signs in through the API).
FLOOD_LIMITS_OFF = {
    "RELAYDESK_CLIENT_CONVERSATIONS": "0",
    "RELAYDESK_CLIENT_MESSAGES": "0",
    "RELAYDESK_CLIENT_MESSAGES_SOFT": "0",
    "RELAYDESK_GLOBAL_CONVERSATIONS": "0",
    "RELAYDESK_GLOBAL_MESSAGES": "0",
    "RELAYDESK_LOGIN_CLIENT_ATTEMPTS": "0",
    "RELAYDESK_LOGIN_ACCOUNT_FAILURES": "0",
    "RELAYDESK_LOGIN_CHECKS": "0",
    "RELAYDESK_MAX_STREAMS_PER_ADDRESS": "100000",
}


def app_env(
    database_url: str,
    workdir: Path,
    extra: Mapping[str, str] | None = None,
    *,
    flood_limits: bool = False,
) -> dict[str, str]:
    """The relaydesk processes' environment. Without `flood_limits` the per-address and
    global limits are off (`FLOOD_LIMITS_OFF`; `extra`, e.g. `--env`, can still set them)."""
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "REDIS_URL": REDIS_URL,
            "RELAYDESK_SECRET_KEY": SECRET_KEY,
            "RELAYDESK_VAR_DIR": str(workdir / "var"),
            "RELAYDESK_INTENT_MODEL_DIR": str(INTENT_MODEL_DIR),
            "RELAYDESK_LOG_LEVEL": "WARNING",
        }
    )
    if not flood_limits:
        env.update(FLOOD_LIMITS_OFF)
    env.update(extra or {})
    return env


def migrate(env: Mapping[str, str], workdir: Path) -> None:
    subprocess.run(
        [relaydesk_command(), "migrate"],
        env=dict(env),
        cwd=workdir,
        check=True,
        stdout=subprocess.DEVNULL,
    )


# --- subprocesses --------------------------------------------------------------------


@dataclass
class Proc:
    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path


def start(name: str, argv: Sequence[str], env: Mapping[str, str], workdir: Path) -> Proc:
    """Start a process in its own session (so its children can be stopped with it)."""
    log_path = workdir / f"{name}.log"
    with log_path.open("wb") as out:
        popen = subprocess.Popen(
            list(argv),
            env=dict(env),
            cwd=workdir,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Proc(name, popen, log_path)


def stop(proc: Proc, timeout: float = 10.0) -> None:
    """SIGTERM the process group this benchmark started, then SIGKILL if it lingers."""
    if proc.popen.poll() is not None:
        return
    pgid = proc.popen.pid  # start_new_session: the group id is the child's pid
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    try:
        proc.popen.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
        proc.popen.wait(5)


def tail(proc: Proc, lines: int = 20) -> str:
    try:
        return "\n".join(proc.log_path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def wait_http_ok(proc: Proc, url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.popen.poll() is not None:
            raise RuntimeError(f"{proc.name} exited ({proc.popen.returncode}):\n{tail(proc)}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{proc.name} did not answer {url} within {timeout} s:\n{tail(proc)}")


@contextlib.contextmanager
def processes() -> Iterator[list[Proc]]:
    """A list to start processes into; all are stopped on exit, whatever happens."""
    started: list[Proc] = []
    try:
        yield started
    finally:
        for proc in reversed(started):
            stop(proc)


@contextlib.contextmanager
def workdir(prefix: str) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=f"relaydesk-{prefix}-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def api_argv(port: int, workers: int) -> list[str]:
    return [
        relaydesk_command(),
        "api",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]


def baseline_argv(port: int, workers: int) -> list[str]:
    """The bare app under the settings `relaydesk api` gives uvicorn."""
    return [
        sys.executable, "-m", "uvicorn", "bench.baseline_app:app", "--app-dir", str(ROOT),
        "--host", HOST, "--port", str(port), "--workers", str(workers),
        "--log-level", "warning", "--proxy-headers",
    ]  # fmt: skip


# --- conversations -------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    conversation_id: str
    token: str


async def _create_conversations(base_url: str, count: int, concurrency: int) -> list[Target]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    results: list[Target] = []
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30.0) as client:
        semaphore = asyncio.Semaphore(concurrency)

        async def one(i: int) -> None:
            async with semaphore:
                response = await client.post(
                    "/api/v1/conversations", json={"customer_ref": f"bench-{i}"}
                )
                response.raise_for_status()
                body = response.json()
                results.append(Target(body["id"], body["token"]))

        await asyncio.gather(*(one(i) for i in range(count)))
    return results


def create_conversations(base_url: str, count: int, concurrency: int = 16) -> list[Target]:
    started = time.monotonic()
    targets = asyncio.run(_create_conversations(base_url, count, concurrency))
    log(f"created {len(targets)} conversations in {time.monotonic() - started:.1f} s")
    return targets


def write_targets(targets: Sequence[Target], path: Path) -> Path:
    path.write_text("".join(f"{t.conversation_id} {t.token}\n" for t in targets))
    return path


# --- results -------------------------------------------------------------------------


def classifier_stand_in() -> bool:
    """True when the temporary /tmp/shim stand-in provides the classification modules."""
    language = ROOT / "router" / "classification" / "language.py"
    return "/tmp/shim" in os.environ.get("PYTHONPATH", "") and not language.exists()


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": commit,
        "pythonpath": os.environ.get("PYTHONPATH", ""),
        "classifier_stand_in": classifier_stand_in(),
    }


def write_result(name: str, data: Mapping[str, Any]) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    payload = {
        "benchmark": name,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        **data,
    }
    tmp.write_text(json.dumps(payload, indent=2, sort_keys=False) + "\n")
    tmp.replace(path)
    log(f"wrote {path.relative_to(ROOT)}")
    return path


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.rjust(w) if n else c.ljust(w) for c, w in zip(row, widths, strict=True)))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    sys.stdout.flush()


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values (q in 0..100)."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), math.ceil(q / 100 * len(sorted_values))))
    return sorted_values[rank - 1]


def db_rows(database_url: str, sql: str) -> list[tuple[Any, ...]]:
    """Run one read-only query against the benchmark database, without the app's code."""
    if database_url.startswith("sqlite:///"):
        import sqlite3

        conn = sqlite3.connect(database_url.removeprefix("sqlite:///"), timeout=30)
        try:
            return list(conn.execute(sql).fetchall())
        finally:
            conn.close()
    with psycopg.connect(database_url.replace("+psycopg", "")) as pg:
        return list(pg.execute(sql).fetchall())  # type: ignore[arg-type]


def redis_client() -> redis.Redis:
    return redis.Redis.from_url(REDIS_URL)


def parse_env(pairs: Sequence[str]) -> dict[str, str]:
    """`NAME=VALUE` strings (the benchmarks' `--env` option) as a dict."""
    env: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise SystemExit(f"--env expects NAME=VALUE, not {pair!r}")
        env[name] = value
    return env


def wait_workers(count: int, procs: Sequence[Proc], timeout: float) -> None:
    """Until `count` RQ workers have registered (each registers after loading its models)."""
    client = redis_client()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for proc in procs:
            if proc.popen.poll() is not None:
                raise RuntimeError(f"{proc.name} exited:\n{tail(proc)}")
        if client.scard("rq:workers") >= count:
            return
        time.sleep(0.2)
    raise RuntimeError(f"{count} workers did not register within {timeout} s")
