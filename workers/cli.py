"""The `relaydesk` command."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import redis
from sqlalchemy.exc import OperationalError

from core.errors import RelaydeskError
from core.jobs import WORKER_ROLES


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def cmd_migrate(_: argparse.Namespace) -> int:
    from core.migrate import upgrade_to_head

    upgrade_to_head()
    print("database is at the newest schema")
    return 0


def cmd_api(args: argparse.Namespace) -> int:
    import uvicorn

    from core.settings import get_settings

    get_settings().check_secrets()  # one clear error here, not one traceback per worker
    # X-Forwarded-For/-Proto only from RELAYDESK_TRUSTED_PROXIES (uvicorn would trust
    # 127.0.0.1 by default), the same rule as router/limits/clients.py.
    proxies = get_settings().trusted_proxies
    uvicorn.run(
        "router.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="warning",
        proxy_headers=bool(proxies),
        forwarded_allow_ips=proxies or None,
    )
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from workers.worker import run_worker

    run_worker(burst=args.burst, role=args.queues)
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from core.db import unit_of_work
    from escalation.users.service import create_user

    with unit_of_work() as session:
        user = create_user(
            session,
            username=args.username,
            password=args.password,
            role=args.role,
            languages=_split(args.languages),
            skills=_split(args.skills),
            display_name=args.name,
            max_concurrent=args.max_concurrent,
        )
        print(f"created {user.role} {user.username} (id {user.id})")
    return 0


def cmd_sweep(_: argparse.Namespace) -> int:
    from workers.recovery import sweep

    print(sweep())
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    from router.bot.knowledge import knowledge_base
    from router.bot.topics import ensure_topic_model
    from router.classification.intent_store import model_dir, read_labelled_csv, train_and_save

    path = ensure_topic_model(knowledge_base(), progress=lambda line: print(line, flush=True))
    print(f"topic model of the knowledge base in {path}")
    if args.topics:
        return 0
    rows = read_labelled_csv(args.data) if args.data else None
    target = args.out or model_dir()
    model = train_and_save(rows, target=target, progress=lambda line: print(line, flush=True))
    print(f"intent model with {len(model.labels)} intents written to {target}")
    print_holdout(model.metadata.get("holdout"))
    print("restart the workers to use it")
    return 0


def print_holdout(holdout: dict[str, Any] | None) -> None:
    """The evaluation ``relaydesk train`` prints: the model fitted without the hold-out, on it."""
    if not holdout:
        print("no hold-out evaluation: too few rows per intent to hold any out")
        return
    print(
        f"evaluation on a hold-out of {holdout['rows']} rows (the model fitted on the other "
        "rows; the saved model is then refitted on all of them):"
    )
    print(f"  accuracy                     {holdout['accuracy']:7.2%}")
    print(f"  macro-F1                     {holdout['macro_f1']:7.2%}")
    print(f"  turned away as out of scope  {holdout['out_of_scope_rate']:7.2%}")
    if holdout["top_errors"]:
        print("  most frequent confusions (count  gold -> predicted):")
        for gold, predicted, count in holdout["top_errors"]:
            print(f"    {count:4d}  {gold} -> {predicted}")


def cmd_eval(args: argparse.Namespace) -> int:
    if args.what == "conversations":
        from router.bot.evaluation import DEV_SET
        from workers.eval_conversations import run

        say = lambda line: print(line, flush=True)  # noqa: E731
        return run(args.data or DEV_SET, say, limit=args.limit, failures=args.failures)
    from router.classification.report import default_data_dir, run_eval

    run_eval(args.data or default_data_dir(), out=lambda line: print(line, flush=True))
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    from core.migrate import upgrade_to_head
    from workers.seed import seed_history

    upgrade_to_head()
    decided = seed_history(args.conversations, progress=lambda line: print(line, flush=True))
    print(f"{decided} messages decided")
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from core.db import unit_of_work
    from escalation.rules import service, simulation
    from escalation.rules.document import parse_document

    if args.rules_command == "show":
        with unit_of_work() as session:
            active = service.active_ruleset(session)
        print(f"# active ruleset: version {active.version}")
        print(yaml_dump(active.document.model_dump(mode="json", exclude_defaults=True)))
        return 0
    document = parse_document(args.file.read_text(encoding="utf-8"))
    if args.rules_command == "validate":
        print(f"valid: {document.name!r} with {len(document.rules)} rules")
    elif args.rules_command == "simulate":
        with unit_of_work() as session:
            active = service.active_ruleset(session)
            history = simulation.load_history(session, args.limit)
        report = simulation.compare(active.document, document, history)
        print(f"{report.decisions} decisions replayed, {report.changed} would change")
        print(
            f"escalation rate: {report.before.escalation_rate:.1%} (version "
            f"{active.version}) -> {report.after.escalation_rate:.1%} (draft)"
        )
        queues = sorted(set(report.before.by_queue) | set(report.after.by_queue))
        for queue in queues:
            print(
                f"  queue {queue:<12} {report.before.by_queue[queue]:>6} -> "
                f"{report.after.by_queue[queue]:>6}"
            )
    else:
        with unit_of_work() as session:
            version = service.publish(session, document, args.actor, args.note)
        print(f"published as version {version}")
    return 0


def yaml_dump(data: object) -> str:
    import yaml

    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def cmd_demo(args: argparse.Namespace) -> int:
    from workers.demo import run_demo

    return run_demo(host=args.host, port=args.port)


def cmd_simulate(args: argparse.Namespace) -> int:
    from workers.simulate import cmd_simulate as run

    return run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="relaydesk", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="run everything on embedded defaults")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8000)
    demo.set_defaults(func=cmd_demo)

    api = sub.add_parser("api", help="run the HTTP API")
    api.add_argument("--host", default="127.0.0.1")
    api.add_argument("--port", type=int, default=8000)
    api.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    api.set_defaults(func=cmd_api)

    worker = sub.add_parser("worker", help="run a job worker")
    worker.add_argument("--burst", action="store_true", help="stop when the queue is empty")
    worker.add_argument(
        "--queues",
        choices=list(WORKER_ROLES),
        default="all",
        help="messages: customers' messages (then the low-priority ones); llm: the part of a "
        "message that waits for the LLM; background: webhook deliveries; all: the four in "
        "that order",
    )
    worker.set_defaults(func=cmd_worker)

    sub.add_parser("migrate", help="upgrade the database schema").set_defaults(func=cmd_migrate)
    sub.add_parser("sweep", help="re-enqueue messages whose job was lost, once").set_defaults(
        func=cmd_sweep
    )

    train = sub.add_parser(
        "train", help="train the knowledge base's topic model and the offline intent model"
    )
    train.add_argument(
        "--topics", action="store_true", help="only the topic model (seconds), not the intent model"
    )
    train.add_argument("--data", type=Path, help="your labelled CSV (columns text, intent)")
    train.add_argument("--out", type=Path, help="model folder (default: the configured one)")
    train.set_defaults(func=cmd_train)

    evaluate = sub.add_parser(
        "eval", help="evaluate the local classifiers, or (eval conversations) whole conversations"
    )
    evaluate.add_argument(
        "what", nargs="?", choices=["classifiers", "conversations"], default="classifiers"
    )
    evaluate.add_argument(
        "--data",
        type=Path,
        help="classifiers: the shared data folder (default ../shared/data); conversations: a "
        "folder of conversation files (default: the development set)",
    )
    evaluate.add_argument("--limit", type=int, help="conversations: play only the first N")
    evaluate.add_argument("--failures", type=int, default=40, help="failed turns to list")
    evaluate.set_defaults(func=cmd_eval)

    from workers.simulate import add_arguments as simulate_arguments

    simulate = sub.add_parser("simulate", help="drive a running deployment with simulated traffic")
    simulate_arguments(simulate)
    simulate.set_defaults(func=cmd_simulate)

    seed = sub.add_parser("seed", help="create demo history through the real pipeline")
    seed.add_argument("--conversations", type=int, default=60)
    seed.set_defaults(func=cmd_seed)

    rules = sub.add_parser("rules", help="escalation rulesets")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    rules_sub.add_parser("show", help="print the active ruleset").set_defaults(func=cmd_rules)
    for name, text in (
        ("validate", "check a ruleset file"),
        ("simulate", "replay a ruleset file on stored decisions"),
        ("publish", "make a ruleset file the active version"),
    ):
        command = rules_sub.add_parser(name, help=text)
        command.add_argument("file", type=Path)
        command.set_defaults(func=cmd_rules)
        if name == "simulate":
            command.add_argument("--limit", type=int, default=5000)
        if name == "publish":
            command.add_argument("--note", default="")
            command.add_argument("--actor", default="cli")

    users = sub.add_parser("users", help="manage agent and ops accounts")
    users_sub = users.add_subparsers(dest="users_command", required=True)
    add = users_sub.add_parser("add", help="create an account")
    add.add_argument("--role", required=True, choices=["agent", "ops"])
    add.add_argument("--username", required=True)
    add.add_argument("--password", required=True)
    add.add_argument("--name", help="display name")
    add.add_argument("--languages", help="comma-separated ISO codes, e.g. de,en")
    add.add_argument("--skills", help="comma-separated, e.g. fraud,refunds")
    add.add_argument("--max-concurrent", type=int, default=2)
    add.set_defaults(func=cmd_users_add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(
        level=os.environ.get("RELAYDESK_LOG_LEVEL", "WARNING").upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except RelaydeskError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 2
    except OperationalError as exc:
        print(
            f"error: cannot use the database ({exc.orig}); check DATABASE_URL, or unset it to "
            "use the embedded SQLite database",
            file=sys.stderr,
        )
        return 3
    except redis.ConnectionError as exc:
        print(
            f"error: cannot reach Redis ({exc}); check REDIS_URL, or unset it to use the "
            "embedded Redis server",
            file=sys.stderr,
        )
        return 3
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
