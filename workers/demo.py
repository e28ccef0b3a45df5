"""`relaydesk demo`: the whole system on one machine, on embedded defaults.

One process tree: this process runs migrations, seeds demo accounts, owns the embedded
Redis server, and supervises an API process and two workers: one for customers' messages and
one for background work (webhook deliveries), so a slow webhook receiver never delays an
answer (a worker that dies is started again). Ctrl-C or SIGTERM stops all of it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from types import FrameType

from sqlalchemy import select

from core.db import unit_of_work
from core.migrate import upgrade_to_head
from core.redis import redis_url, stop_embedded_redis
from core.settings import get_settings
from escalation.rules.models import Decision
from escalation.users.service import create_user, get_by_username
from router.bot.knowledge import knowledge_base
from router.bot.topics import ensure_topic_model
from router.classification.intent_store import is_current
from router.customers.seed import seed_demo_customers
from workers.seed import seed_history

DEMO_HISTORY = 60
# `relaydesk worker --queues ROLE`, one each; with an LLM configured, one for the LLM's part.
WORKER_ROLES_RUN = ("messages", "background")


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    role: str
    name: str
    languages: tuple[str, ...]
    skills: tuple[str, ...] = ()


DEMO_USERS = (
    DemoUser("anna", "anna-demo-pass", "agent", "Anna Berg", ("de", "en"), ("refunds",)),
    DemoUser("sven", "sven-demo-pass", "agent", "Sven Lund", ("sv", "en", "no", "da"), ("fraud",)),
    DemoUser("olivia", "olivia-demo-pass", "ops", "Olivia Ops", ("en",)),
)


def seed_demo_users() -> list[DemoUser]:
    """Create the demo accounts that do not exist yet; return those that were created."""
    created = []
    with unit_of_work() as session:
        for u in DEMO_USERS:
            if get_by_username(session, u.username) is None:
                create_user(
                    session,
                    username=u.username,
                    password=u.password,
                    role=u.role,
                    languages=u.languages,
                    skills=u.skills,
                    display_name=u.name,
                )
                created.append(u)
    return created


def has_history() -> bool:
    with unit_of_work() as session:
        return session.scalar(select(Decision.id).limit(1)) is not None


def _wait_ready(url: str, proc: subprocess.Popen[bytes], timeout_s: float = 30) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310 - our own URL
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def _spawn(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "workers.cli", *args], env=os.environ.copy())


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 10
    for proc in procs:
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()


def run_demo(*, host: str, port: int) -> int:
    settings = get_settings()
    print("Relaydesk demo: preparing the database and Redis…", flush=True)
    os.environ["REDIS_URL"] = redis_url()  # starts the embedded server when none is set
    upgrade_to_head()
    seed_demo_users()

    def say(line: str) -> None:
        print(line, flush=True)

    ensure_topic_model(knowledge_base(), progress=say)  # seconds; once per knowledge base
    trainer = None
    if not is_current():
        say(
            "training the English intent model in the background (about 2 min, once); the bot "
            "answers from its topic model meanwhile"
        )
        trainer = _spawn("train")
    with unit_of_work() as session:
        seed_demo_customers(session)  # their orders and due dates move with today's date
    if not has_history():
        print("seeding demo history (so the rules simulation has something to replay)…")
        seed_history(DEMO_HISTORY, progress=lambda line: print(line, flush=True))

    stopping = False

    def _on_signal(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)

    api = _spawn("api", "--host", host, "--port", str(port))
    roles = (*WORKER_ROLES_RUN, "llm") if get_settings().llm_configured else WORKER_ROLES_RUN
    workers = {role: _spawn("worker", "--queues", role) for role in roles}
    base = f"http://{host}:{port}"
    try:
        if not _wait_ready(f"{base}/readyz", api):
            print(f"error: the API did not come up on {base}; is the port in use?", file=sys.stderr)
            return 1
        _print_banner(base, settings.resolved_database_url)
        while not stopping:
            time.sleep(0.5)
            if api.poll() is not None:
                print("error: the API process stopped; shutting down", file=sys.stderr)
                return 1
            for role, worker in workers.items():
                if worker.poll() is not None:
                    print(f"the {role} worker stopped; starting a new one", flush=True)
                    workers[role] = _spawn("worker", "--queues", role)
            if trainer is not None and trainer.poll() is not None:
                done = trainer.returncode == 0
                say(
                    "the intent model is trained"
                    if done
                    else "error: intent training failed; run `relaydesk train` to see why"
                )
                trainer = None
        print("\nstopping…", flush=True)
        return 0
    finally:
        _stop([p for p in (api, *workers.values(), trainer) if p is not None])
        stop_embedded_redis()  # a no-op unless this process started it


# Every page of the demo, as the banner lists them.
PAGES = (
    ("Customer chat", "/chat"),
    ("Sign in", "/login"),
    ("Agent board", "/agent"),
    ("Agent earnings", "/agent/earnings"),
    ("Ops console", "/ops"),
    ("API docs", "/docs"),
)


def _print_banner(base: str, database_url: str) -> None:
    lines = [
        "",
        "Relaydesk is running. Open:",
        *(f"  {name + ':':<16}{base}{path}" for name, path in PAGES),
        f"  {'API:':<16}{base}/api/v1",
        "  Rules (ops):    relaydesk rules show | simulate FILE | publish FILE; or /api/v1/rules/*",
        f"  Database:       {database_url}",
        f"  Demo accounts (sign in at {base}/login, or POST /api/v1/auth/token):",
        *(
            f"    {u.role:<5}  {u.username:<7} password {u.password:<18} "
            f"languages {','.join(u.languages)}"
            for u in DEMO_USERS
        ),
        "Press Ctrl-C to stop.",
    ]
    print("\n".join(lines), flush=True)
