"""The rules API's request and response bodies (pydantic)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from core.text import Text

MAX_VERSION = 2**31 - 1  # the database's integer column


class DraftIn(BaseModel):
    """A ruleset document as a JSON object, or as YAML/JSON text."""

    model_config = ConfigDict(extra="forbid")

    document: dict[str, Any] | Text
    note: Text = Field(default="", max_length=1000)


class SimulateIn(DraftIn):
    limit: int = Field(default=5000, ge=1, le=100_000)


class RollbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int | None = Field(default=None, ge=1, le=MAX_VERSION)
    note: Text = Field(default="", max_length=1000)


class RulesetOut(BaseModel):
    version: int
    name: str
    active: bool
    note: str
    created_by: str
    created_at: datetime
    document: dict[str, Any]


class ValidationOut(BaseModel):
    valid: bool
    name: str
    rules: int


class TallyOut(BaseModel):
    decisions: int
    escalations: int
    escalation_rate: float
    by_queue: dict[str, int]
    by_rule: dict[str, int]
    by_action: dict[str, int]


class ExampleOut(BaseModel):
    decision_id: int
    conversation_id: str
    message_id: int
    before: str
    after: str


class SimulationOut(BaseModel):
    active_version: int
    decisions: int
    changed: int
    before: TallyOut
    after: TallyOut
    examples: list[ExampleOut]


class PublishedOut(BaseModel):
    version: int
    previous_version: int


class AuditOut(BaseModel):
    actor: str
    action: str
    version: int
    from_version: int | None
    note: str
    created_at: datetime
