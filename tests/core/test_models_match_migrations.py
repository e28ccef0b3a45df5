"""The ORM models and the migrations describe the same schema, on SQLite and PostgreSQL: a
column added to a model without a migration (or the other way round) fails here, not in
production."""

from __future__ import annotations

from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from core.db import get_engine
from core.models import load_all_models

pytestmark = pytest.mark.usefixtures("backend")


def _differences() -> list[Any]:
    metadata = load_all_models()
    with get_engine().connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": False}
        )
        return list(compare_metadata(context, metadata))


def _describe(diff: Any) -> str:
    if isinstance(diff, list):  # column modifications come grouped
        return "; ".join(_describe(d) for d in diff)
    kind, *rest = diff
    names = [getattr(r, "name", None) or repr(r) for r in rest[:3]]
    return f"{kind}: {', '.join(str(n) for n in names)}"


def test_the_migrated_schema_is_what_the_models_declare() -> None:
    differences = _differences()
    assert not differences, "models and migrations disagree:\n" + "\n".join(
        _describe(d) for d in differences
    )
