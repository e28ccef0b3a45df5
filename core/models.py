"""Import every domain's models so that the metadata is complete (Alembic, tests).

This is the one place in `core/` that names the domain packages, and only by module path,
at call time.
"""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

from core.db import Base

MODEL_MODULES = (
    "router.conversations.models",
    "router.customers.models",
    "escalation.users.models",
    "escalation.agents.models",
    "escalation.tickets.models",
    "escalation.rules.models",
    "escalation.earnings.models",
    "escalation.ratings.models",
    "escalation.notes.models",
    "escalation.webhooks.models",
)


def load_all_models() -> MetaData:
    for name in MODEL_MODULES:
        importlib.import_module(name)
    return Base.metadata
