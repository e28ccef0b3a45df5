"""SQL the metrics need that SQLite and PostgreSQL spell differently: times as seconds,
values read from the decisions' signals (JSON), nearest-rank percentiles with window
functions (computed in the database on both), and temporary tables."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    Float,
    Integer,
    Select,
    String,
    Text,
    case,
    cast,
    column,
    extract,
    func,
    literal,
    select,
    table,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import Executable
from sqlalchemy.sql.elements import ClauseElement, ColumnElement
from sqlalchemy.sql.selectable import FromClause, TableClause

from escalation.metrics.compute import PERCENTILES

UNIX_EPOCH_JULIAN_DAY = 2440587.5
SECONDS_PER_DAY = 86400.0


def epoch_seconds(expr: Any, dialect: str) -> ColumnElement[float]:
    """Seconds since 1970 of a timestamp column, as a float (SQLite keeps milliseconds)."""
    if dialect == "sqlite":
        return cast((func.julianday(expr) - UNIX_EPOCH_JULIAN_DAY) * SECONDS_PER_DAY, Float)
    return cast(extract("epoch", expr), Float)


def seconds_between(start: Any, end: Any, dialect: str) -> ColumnElement[float]:
    """`end - start` in seconds (NULL when either is NULL)."""
    return epoch_seconds(end, dialect) - epoch_seconds(start, dialect)


def signal_true(column: Any, key: str, dialect: str) -> ColumnElement[bool]:
    """True where the JSON object `column` has `key` set to JSON `true` (nothing else: no
    cast that an odd stored value could make fail)."""
    if dialect == "sqlite":
        return _sqlite_json_type(column, key) == "true"
    # `->` keeps the JSON form: `true` for true, `"true"` for a string (one parse)
    as_json: ColumnElement[str] = cast(column.op("->")(key), Text)
    return as_json == "true"


def signal_int(column: Any, key: str, dialect: str) -> ColumnElement[int]:
    """The integer at `key` of the JSON object `column`; NULL when absent or not a number."""
    if dialect == "sqlite":
        number = func.json_extract(column, f"$.{key}")
        return case((_sqlite_json_type(column, key) == "integer", number), else_=None)
    value = column.op("->")(key)
    whole = cast(cast(column.op("->>")(key), Float), Integer)
    return case((func.json_typeof(value) == "number", whole), else_=None)


def _sqlite_json_type(column: Any, key: str) -> ColumnElement[str]:
    """JSON_TYPE of `key`, or NULL when the stored text is not JSON (JSON_TYPE would fail)."""
    return case((func.json_valid(column) == 1, func.json_type(column, f"$.{key}")), else_=None)


def percentile_query(values: FromClause, pcts: Sequence[int] = PERCENTILES) -> Select[Any]:
    """Per (metric, scope, key) of `values` (columns `metric`, `scope`, `key`, `v`): the
    count, the mean and the nearest-rank percentiles `p<pct>` of `v` (NULLs left out).

    Nearest rank: the smallest value such that at least pct % of the values are at most it,
    i.e. the value at rank ceil(pct * n / 100) in ascending order (see
    `compute.nearest_rank`)."""
    source = values.c
    partition = (source.metric, source.scope, source.key)
    ranked = (
        select(
            source.metric,
            source.scope,
            source.key,
            source.v,
            func.row_number().over(partition_by=partition, order_by=source.v).label("rn"),
            func.count().over(partition_by=partition).label("n"),
        )
        .where(source.v.is_not(None))
        .subquery("ranked")
    )
    columns: list[ColumnElement[Any]] = [
        ranked.c.metric,
        ranked.c.scope,
        ranked.c.key,
        ranked.c.n,
        func.avg(ranked.c.v).label("mean"),
    ]
    for pct in pcts:
        # ceil(pct * n / 100) in integer arithmetic, the same on both databases
        rank = (ranked.c.n * pct + 99) // 100
        at_rank = case((ranked.c.rn == rank, ranked.c.v), else_=None)
        columns.append(func.max(at_rank).label(f"p{pct}"))
    return select(*columns).group_by(ranked.c.metric, ranked.c.scope, ranked.c.key, ranked.c.n)


class CreateTemporaryTable(Executable, ClauseElement):
    """`CREATE TEMPORARY TABLE <name> AS <query>` (dropped at commit on PostgreSQL)."""

    inherit_cache = False

    def __init__(self, name: str, query: Select[Any]) -> None:
        self.name = name
        self.query = query


@compiles(CreateTemporaryTable)
def _create_temporary_table(element: CreateTemporaryTable, compiler: Any, **kw: Any) -> str:
    on_commit = " ON COMMIT DROP" if compiler.dialect.name == "postgresql" else ""
    query = compiler.process(element.query, **kw)
    return f"CREATE TEMPORARY TABLE {element.name}{on_commit} AS {query}"


@contextmanager
def temporary_table(session: Session, prefix: str, query: Select[Any]) -> Iterator[TableClause]:
    """The rows of `query` kept in a temporary table of this transaction (computed once,
    read by several statements); dropped afterwards, or with the transaction on an error."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    session.execute(CreateTemporaryTable(name, query))
    yield table(name, *(column(str(c.key), c.type) for c in query.selected_columns))
    session.execute(text(f"DROP TABLE {name}"))  # a name made here, not input


def text_literal(value: str | None) -> ColumnElement[str]:
    """A string constant (or a typed NULL) usable in every branch of a UNION ALL."""
    if value is None:
        return cast(literal(None), String(200))
    return cast(literal(value), String(200))
