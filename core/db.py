"""Database engine, declarative base and the unit of work.

Services only `flush`; whoever opened the unit of work (a request or a job) owns the
transaction. Work that must only happen once the data is durable (enqueueing a job,
publishing an event) is registered with `after_commit` and runs after the commit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, create_engine, event, text
from sqlalchemy.engine import Dialect, Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from core.settings import get_settings

log = logging.getLogger(__name__)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    return datetime.now(UTC)


_lock = threading.Lock()
_engine: Engine | None = None
_sessionmaker: sessionmaker[Session] | None = None


READ_ONLY = "relaydesk_read_only"  # the execution option `read_only()` sets


def _configure_sqlite(engine: Engine) -> None:
    """WAL, a busy timeout and `BEGIN IMMEDIATE`, so that concurrent writers (API and
    worker processes) queue for the write lock instead of failing half-way through; a
    `read_only()` unit begins a deferred transaction, which in WAL mode neither waits for
    the writer nor blocks it."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's "begin" event emit BEGIN
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=15000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        deferred = conn.get_execution_options().get(READ_ONLY, False)
        conn.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")


def build_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})
        _configure_sqlite(engine)
        return engine
    # Enough pooled connections that they are reused, not opened per request, under load
    # (a connection is held only inside a unit of work); recycled hourly instead of pinged
    # before every use (a dropped connection fails one request and the pool reconnects).
    # Mind PostgreSQL's max_connections (100 by default) when running many processes.
    return create_engine(url, pool_size=20, max_overflow=10, pool_recycle=3600)


def get_engine() -> Engine:
    global _engine, _sessionmaker
    with _lock:
        if _engine is None:
            _engine = build_engine(get_settings().resolved_database_url)
            _sessionmaker = sessionmaker(bind=_engine, expire_on_commit=False)
        return _engine


def reset_engine() -> None:
    """Dispose of the process's engine (tests, and after a fork)."""
    global _engine, _sessionmaker
    with _lock:
        if _engine is not None:
            _engine.dispose()
        _engine = None
        _sessionmaker = None


def is_sqlite() -> bool:
    return get_engine().dialect.name == "sqlite"


def after_commit(session: Session, callback: Callable[[], object]) -> None:
    """Run `callback` once the unit of work that owns `session` has committed."""
    session.info.setdefault("after_commit", []).append(callback)


@contextmanager
def unit_of_work() -> Iterator[Session]:
    get_engine()
    assert _sessionmaker is not None
    session = _sessionmaker()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        callbacks: list[Callable[[], object]] = session.info.pop("after_commit", [])
        session.close()
    for callback in callbacks:
        try:
            callback()
        except Exception:  # the data is committed; a failed side effect must not undo that
            log.exception("after-commit callback failed")


@contextmanager
def read_only() -> Iterator[Session]:
    """A unit of work that only reads (a page's or a poll's snapshot, the metrics): on
    SQLite it does not take the database's write lock, so long reads never hold up the
    customers' messages (PostgreSQL's readers never block writers anyway; its transaction
    is not declared READ ONLY, since the metrics' reads use temporary tables). Writing
    through the ORM in it raises `ReadOnlyViolation`; it always ends with a rollback."""
    get_engine()
    assert _sessionmaker is not None
    session = _sessionmaker()
    session.info[READ_ONLY] = True
    try:
        session.connection(execution_options={READ_ONLY: True})
        yield session
    finally:
        session.rollback()
        session.close()


def is_read_only(session: Session) -> bool:
    """Whether `session` belongs to a `read_only()` unit of work."""
    return bool(session.info.get(READ_ONLY))


class ReadOnlyViolation(RuntimeError):
    """A write was attempted in a `read_only()` unit of work: a programming error."""


@event.listens_for(Session, "before_flush")
def _refuse_writes(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(READ_ONLY) and (session.new or session.dirty or session.deleted):
        raise ReadOnlyViolation("a read_only() unit of work cannot write; use unit_of_work()")


def ping_database() -> None:
    with get_engine().connect() as conn:
        conn.execute(text("SELECT 1"))


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend (SQLite stores it naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use core.db.utcnow()")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# Integer primary keys: BIGINT on PostgreSQL, INTEGER (the rowid alias) on SQLite.
BigIntPK = BigInteger().with_variant(Integer(), "sqlite")
