"""`relaydesk simulate`: traffic for demos, load and planning, against a RUNNING deployment,
over its public HTTP API only.

Customers arrive as a Poisson process (`--rate` per MINUTE, `--minutes` long, `--languages`
mix) and write what `workers.simulate_script` takes from the shipped data; each waits for
the bot's answer before the next turn, and one whose conversation escalates waits for a
person (up to `--patience-s`), sometimes thanks them, and sometimes rates the help after the
agent resolved it. Simulated agents (`--agents`) sign in, go online, keep a heartbeat, take
the most urgent ticket of their board after `--claim-s`, reply after `--reply-s` (a paid
resolution needs a reply first) and resolve after `--handle-s`. Every delay is drawn
uniformly from half to one and a half times its mean. Refusals (`429`) are waited out
(`Retry-After`). After the arrivals stop, the run waits up to `--drain-s` for the
conversations to finish, takes the agents offline, and prints `GET /api/v1/metrics` for the
run's window (signed in as the ops user).

Everything comes from one client address: the API's per-address limits (default 30 new
conversations and 120 messages a minute; past 30 messages a minute they wait in the
low-priority queue) bound the rate; the default rate stays well within them.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import random
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, TextIO

import httpx

from core.errors import ValidationFailed
from workers.simulate_actors import Account, Actors, Api, SimulationError, TrafficCounts

DEFAULT_URL = "http://127.0.0.1:8000"
DEFAULT_LANGUAGES = "en:0.4,de:0.3,sv:0.3"
SOFT_RATE_PER_MIN = 10.0  # ~25 messages a minute: within the default per-address budget


@dataclass
class Config:
    url: str = DEFAULT_URL
    minutes: float = 2.0
    rate: float = 5.0  # new customers per minute (Poisson)
    languages: dict[str, float] = field(default_factory=lambda: {"en": 1.0})
    mix: dict[str, float] = field(default_factory=dict)
    agents: int = 2
    accounts: list[tuple[str, str]] = field(default_factory=list)
    ops: tuple[str, str] = ("", "")
    think_s: float = 4.0
    claim_s: float = 5.0
    reply_s: float = 8.0
    handle_s: float = 30.0
    patience_s: float = 240.0
    rating_share: float = 0.6
    drain_s: float = 120.0
    answer_timeout_s: float = 60.0
    poll_s: float = 1.0
    signed: bool = False
    seed: int | None = None
    progress: bool = True


@dataclass
class Report:
    start: datetime
    end: datetime
    metrics: dict[str, Any]
    table: list[str]
    tally: TrafficCounts


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options (light: `relaydesk --help` builds every parser)."""
    add = parser.add_argument
    add("--url", default=DEFAULT_URL, help="the running deployment (default %(default)s)")
    add("--minutes", type=float, default=2.0, help="how long customers arrive (default 2)")
    add(
        "--rate",
        type=float,
        default=5.0,
        help="new customers per MINUTE, a Poisson process (default %(default)s; at most "
        f"{SOFT_RATE_PER_MIN:g} stays within the API's default per-address limits)",
    )
    add("--languages", default=DEFAULT_LANGUAGES, help="language mix, e.g. %(default)s")
    add(
        "--mix",
        help="customers' behaviours: question, thanks, person, loop, angry, dialogue, "
        "e.g. question:0.35,thanks:0.2,person:0.15,loop:0.1,angry:0.1,dialogue:0.1 (default)",
    )
    add("--agents", type=int, default=2, help="simulated agents (default %(default)s)")
    add(
        "--agent-user",
        metavar="PREFIX",
        help="agent accounts PREFIX1..PREFIXN (create them with `relaydesk users add`); "
        "default: the demo's agents, shared when --agents is larger",
    )
    add("--agent-password", help="their password (with --agent-user)")
    add("--ops-user", help="ops account for the metrics (default: the demo's, olivia)")
    add("--ops-password", help="its password (default: the demo's)")
    for name, default, what in (
        ("think-s", 4.0, "mean seconds a customer pauses before the next message"),
        ("claim-s", 5.0, "mean seconds before an agent claims a ticket on their board"),
        ("reply-s", 8.0, "mean seconds from the claim to the agent's first reply"),
        ("handle-s", 30.0, "mean seconds from the claim to the resolution"),
        ("patience-s", 240.0, "seconds a customer waits for a person before leaving"),
        ("drain-s", 120.0, "after the arrivals, the longest wait for conversations to end"),
    ):
        add(f"--{name}", type=float, default=default, help=f"{what} (default {default:g})")
    add(
        "--rating-share",
        type=float,
        default=0.6,
        help="share of customers who rate a person's help after it was resolved",
    )
    add(
        "--signed",
        action="store_true",
        help="sign customer ids with this machine's identity secret, as a shop's backend "
        "does (needs the server's RELAYDESK_IDENTITY_SECRET or its var/ folder): enables "
        "repeat contacts and durable containment by customer",
    )
    add("--seed", type=int, help="random seed, for a repeatable run")
    add("--no-progress", action="store_true", help="no progress line")


def config_from_args(args: argparse.Namespace) -> Config:
    from workers.demo import DEMO_USERS
    from workers.simulate_script import BEHAVIOURS, DEFAULT_MIX, parse_mix, shipped_phrasebook

    if not 0 < args.minutes <= 24 * 60:
        raise ValidationFailed("--minutes: between 0 and 1440")
    if not 0 < args.rate <= 6000:
        raise ValidationFailed("--rate: new customers per minute, more than 0, at most 6000")
    if not 0 <= args.agents <= 200:
        raise ValidationFailed("--agents: 0 to 200")
    if not 0 <= args.rating_share <= 1:
        raise ValidationFailed("--rating-share: between 0 and 1")
    delays = ("think_s", "claim_s", "reply_s", "handle_s", "patience_s", "drain_s")
    if any(not 0 <= getattr(args, d) <= 86400 for d in delays):
        raise ValidationFailed("delays are seconds between 0 and 86400")
    book = shipped_phrasebook()
    if args.agent_user:
        if not args.agent_password:
            raise ValidationFailed("--agent-user needs --agent-password")
        accounts = [
            (f"{args.agent_user}{n}", args.agent_password) for n in range(1, args.agents + 1)
        ]
    else:
        accounts = [(u.username, u.password) for u in DEMO_USERS if u.role == "agent"]
    if args.ops_user and not args.ops_password:
        raise ValidationFailed("--ops-user needs --ops-password")
    demo_ops = next(u for u in DEMO_USERS if u.role == "ops")
    ops = (args.ops_user or demo_ops.username, args.ops_password or demo_ops.password)
    mix = args.mix or ",".join(f"{k}:{v:g}" for k, v in DEFAULT_MIX.items())
    return Config(
        url=args.url.rstrip("/"),
        minutes=args.minutes,
        rate=args.rate,
        languages=parse_mix(args.languages, sorted(book), "--languages"),
        mix=parse_mix(mix, BEHAVIOURS, "--mix"),
        agents=args.agents,
        accounts=accounts,
        ops=ops,
        think_s=args.think_s,
        claim_s=args.claim_s,
        reply_s=args.reply_s,
        handle_s=max(args.handle_s, args.reply_s),
        patience_s=args.patience_s,
        rating_share=args.rating_share,
        drain_s=args.drain_s,
        signed=args.signed,
        seed=args.seed,
        progress=not args.no_progress,
    )


def cmd_simulate(args: argparse.Namespace) -> int:
    """The command; errors the user must fix are RelaydeskErrors, printed by the CLI."""
    asyncio.run(simulate(config_from_args(args), out=sys.stdout, err=sys.stderr))
    return 0


def _server_offset(response: httpx.Response) -> timedelta:
    """The server's clock minus ours, from a response's Date header (0 within 2 s: the
    header has whole seconds, and most runs are on the same machine)."""
    try:
        server = parsedate_to_datetime(response.headers["date"])
    except (KeyError, TypeError, ValueError):
        return timedelta(0)
    offset = server - datetime.now(UTC)
    return offset if abs(offset) > timedelta(seconds=2) else timedelta(0)


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def simulate(config: Config, out: TextIO, err: TextIO) -> Report:
    """One run; raises SimulationError for what the user must fix (no server, sign-in)."""
    rng = random.Random(config.seed)
    tally = TrafficCounts()
    stop = asyncio.Event()
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=32)
    async with httpx.AsyncClient(base_url=config.url, timeout=20, limits=limits) as client:
        api = Api(client, tally)
        try:
            ready = await client.get("/readyz")
        except httpx.TransportError as exc:
            raise SimulationError(f"cannot reach {config.url} ({exc}); is it running?") from exc
        if ready.status_code != 200:
            raise SimulationError(f"{config.url}/readyz answers {ready.status_code}: not ready")
        offset = _server_offset(ready)
        ops_token = await api.sign_in(*config.ops, role="ops")
        actors = Actors(api, config, rng, tally)
        accounts = await actors.sign_in_agents()
        _say_setup(config, accounts, err)
        with _ctrl_c_ends_run(stop):
            start = datetime.now(UTC) + offset
            await _run(actors, config, rng, stop, tally, ops_token, err)
            end = datetime.now(UTC) + offset
        window_start = start.replace(microsecond=0) - timedelta(seconds=1)
        window_end = end.replace(microsecond=0) + timedelta(seconds=2)
        response = await api.call(
            "GET",
            "/api/v1/metrics",
            token=ops_token,
            params={"from": _iso(window_start), "to": _iso(window_end)},
        )
        metrics = api.json(response, "GET /api/v1/metrics")
    from workers.simulate_report import metrics_table

    table = metrics_table(metrics)
    print("\n".join([*table, "", *tally.summary()]), file=out, flush=True)
    return Report(window_start, window_end, metrics, table, tally)


@contextlib.contextmanager
def _ctrl_c_ends_run(stop: asyncio.Event) -> Iterator[None]:
    """Ctrl-C ends the run early: no more arrivals, no drain, the agents go offline, and
    the metrics are still printed (a Ctrl-C after that stops the command)."""
    loop = asyncio.get_running_loop()
    try:
        loop.add_signal_handler(signal.SIGINT, stop.set)
    except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, Windows
        yield
        return
    try:
        yield
    finally:
        loop.remove_signal_handler(signal.SIGINT)


def _say_setup(config: Config, accounts: list[Account], err: TextIO) -> None:
    names = sorted({a.username for a in accounts})
    if config.agents > len(names):
        print(
            f"note: {config.agents} simulated agents share {len(names)} accounts "
            f"({', '.join(names)}), each account holding at most its capacity; for separate "
            "agents create accounts (relaydesk users add --role agent --username sim1 ...) "
            "and pass --agent-user sim --agent-password ...",
            file=err,
        )
    if config.rate > SOFT_RATE_PER_MIN:
        print(
            f"note: {config.rate:g} customers a minute from one address: past the API's "
            "default per-address limits (30 new conversations, 120 messages a minute; past "
            "30 messages a minute they wait in the low-priority queue) the run waits out "
            "429s; raise RELAYDESK_CLIENT_* on the server for load tests",
            file=err,
        )


async def _run(
    actors: Actors,
    config: Config,
    rng: random.Random,
    stop: asyncio.Event,
    tally: TrafficCounts,
    ops_token: str,
    err: TextIO,
) -> None:
    duration = config.minutes * 60
    began = time.monotonic()
    progress = asyncio.create_task(
        _progress(actors.api, tally, ops_token, began, duration, stop, err, config.progress)
    )
    await actors.start_agents()
    customers: list[asyncio.Task[None]] = []
    at = 0.0
    while True:
        at += rng.expovariate(config.rate / 60)
        if at >= duration:
            break
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=max(0.0, began + at - time.monotonic()))
        if stop.is_set():
            break
        customers.append(asyncio.create_task(actors.customer(len(customers) + 1)))
    remaining = max(0.0, began + duration - time.monotonic())
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=remaining)
    tally.phase = "draining"
    if customers and not stop.is_set():
        waiting: asyncio.Future[Any] = asyncio.gather(*customers, return_exceptions=True)
        stopped: asyncio.Future[Any] = asyncio.ensure_future(stop.wait())
        await asyncio.wait(
            [waiting, stopped], timeout=config.drain_s, return_when=asyncio.FIRST_COMPLETED
        )
        stopped.cancel()
    unfinished = [t for t in customers if not t.done()]
    tally.unfinished = len(unfinished)
    for task in unfinished:
        task.cancel()
    await asyncio.gather(*customers, return_exceptions=True)
    for task in customers:
        if not task.cancelled() and task.exception() is not None:
            tally.errors.append(repr(task.exception()))
    tally.phase = "stopping agents"
    await actors.stop_agents(grace_s=0 if stop.is_set() else config.handle_s * 1.5 + 5)
    stop.set()
    await progress


async def _progress(
    api: Api,
    tally: TrafficCounts,
    ops_token: str,
    began: float,
    duration: float,
    stop: asyncio.Event,
    err: TextIO,
    enabled: bool,
) -> None:
    """A progress line on stderr: in place on a terminal, else every 10 s."""
    tty = err.isatty()
    last_print = last_live = 0.0
    while True:
        now = time.monotonic()
        if now - last_live >= 5:
            last_live = now
            tally.open_tickets = await _open_tickets(api, ops_token)
        if enabled and (tty or now - last_print >= 10):
            last_print = now
            line = tally.progress_line(now - began, duration)
            print(("\r" + line + "\x1b[K") if tty else line, end="" if tty else "\n", file=err)
            err.flush()
        if stop.is_set():
            break
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=1)
    if enabled and tty:
        print(file=err)


async def _open_tickets(api: Api, ops_token: str) -> int | None:
    try:
        response = await api.call("GET", "/api/v1/metrics/live", token=ops_token, retries=1)
    except httpx.HTTPError:
        return None
    if response.status_code != 200:
        return None
    body = response.json()
    return int(body["waiting"]) + sum(int(q["held"]) for q in body["queues"])


def progress_bar(fraction: float, width: int = 20) -> str:
    filled = min(width, max(0, math.floor(fraction * width)))
    return "[" + "#" * filled + "-" * (width - filled) + "]"
