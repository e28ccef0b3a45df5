"""The ruleset document: what operations leads write (YAML or JSON), validated by pydantic.

A ruleset is an ordered list of rules; the first rule whose conditions all hold decides.
The last rule must be a catch-all (no conditions). Reasons are templates filled from the
signals: {language}, {intent}, {human_requests}, {human_request_ordinal}, {risk}, {loop_count}.
"""

from __future__ import annotations

import json
import re
from datetime import time
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from core.errors import ValidationFailed

Slug = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]{0,63}$")]
LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2}$")]
REASON_FIELDS = frozenset(
    {
        "language",
        "intent",
        "human_requests",
        "human_request_ordinal",
        "risk",
        "loop_count",
        "misses",
        "topic",
    }
)
MAX_DOCUMENT_BYTES = 256 * 1024
# No ruleset can make a customer ask for a person more than this many times.
GUARDRAIL_MAX_REQUESTS = 2


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(_Strict):
    """All given tests must hold. `any_of` holds when at least one sub-condition does."""

    intent_in: list[str] | None = None
    intent_not_in: list[str] | None = None
    human_requests_gte: int | None = Field(default=None, ge=1)
    bot_turns_gte: int | None = Field(default=None, ge=0)
    loop_count_gte: int | None = Field(default=None, ge=1)
    misses_gte: int | None = Field(default=None, ge=1)
    topic_in: list[Slug] | None = None
    sentiment_lte: float | None = Field(default=None, ge=-1, le=1)
    frustration_gte: float | None = Field(default=None, ge=0, le=1)
    intent_confidence_lt: float | None = Field(default=None, ge=0, le=1)
    answer_confidence_lt: float | None = Field(default=None, ge=0, le=1)
    out_of_scope: bool | None = None
    language_in: list[LanguageCode] | None = None
    language_not_served: bool | None = None
    repeat_contact: bool | None = None
    risk_in: list[Slug] | None = None
    pii_present: bool | None = None
    human_offered: bool | None = None
    customer: dict[str, str | int | float | bool] | None = None
    within_business_hours: bool | None = None
    any_of: list[Condition] | None = Field(default=None, min_length=1)

    def is_empty(self) -> bool:
        return all(v is None for v in self.__dict__.values())


class Then(_Strict):
    action: Literal["answer", "offer_human", "rephrase", "escalate"]
    queue: Slug | None = None
    priority: int = Field(default=0, ge=0, le=10)
    skills: list[Slug] = Field(default_factory=list)
    reason: str = Field(default="", max_length=300)

    @model_validator(mode="after")
    def _escalation_needs_a_queue(self) -> Then:
        if self.action == "escalate" and not self.queue:
            raise ValueError("an escalating rule needs a queue")
        if self.action not in ("answer", "rephrase") and not self.reason:
            raise ValueError(f"action {self.action!r} needs a reason")
        unknown = set(re.findall(r"{(\w+)}", self.reason)) - REASON_FIELDS
        if unknown:
            raise ValueError(
                f"reason uses unknown field(s) {sorted(unknown)}; known: {sorted(REASON_FIELDS)}"
            )
        return self


class Rule(_Strict):
    id: Slug
    description: str = Field(default="", max_length=500)
    enabled: bool = True
    when: Condition = Field(default_factory=Condition)
    then: Then


class BusinessHours(_Strict):
    timezone: str = "Europe/Berlin"
    days: list[int] = Field(default=[0, 1, 2, 3, 4], description="0 = Monday")
    start: time = time(8, 0)
    end: time = time(20, 0)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("days")
    @classmethod
    def _weekdays(cls, value: list[int]) -> list[int]:
        if not value or any(d not in range(7) for d in value):
            raise ValueError("days are 0 (Monday) to 6 (Sunday), at least one")
        return sorted(set(value))


class Guardrail(_Strict):
    escalate_on_human_request: int = Field(
        default=1, ge=1, description="escalate at this request for a person (at most the 2nd)"
    )

    @property
    def effective(self) -> int:
        return min(self.escalate_on_human_request, GUARDRAIL_MAX_REQUESTS)


class RulesetDocument(_Strict):
    name: str = Field(min_length=1, max_length=100)
    description: str = Field(default="", max_length=2000)
    guardrail: Guardrail = Field(default_factory=Guardrail)
    business_hours: BusinessHours | None = None
    rules: list[Rule] = Field(min_length=1, max_length=200)

    @model_validator(mode="after")
    def _ids_unique_and_catch_all_last(self) -> RulesetDocument:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} is used twice")
            seen.add(rule.id)
        last = self.rules[-1]
        if not last.when.is_empty() or not last.enabled:
            raise ValueError(
                f"the last rule ({last.id!r}) must be an enabled catch-all with no conditions"
            )
        if self.business_hours is None and any(_uses_hours(r.when) for r in self.rules):
            raise ValueError("a rule tests within_business_hours but business_hours is not set")
        return self


def _uses_hours(condition: Condition) -> bool:
    if condition.within_business_hours is not None:
        return True
    return any(_uses_hours(c) for c in condition.any_of or ())


def _location(loc: tuple[int | str, ...], data: Any) -> str:
    """`rules[3] (id 'refunds').then.queue` rather than `rules.3.then.queue`."""
    parts: list[str] = []
    node = data
    for item in loc:
        if isinstance(item, int):
            parts[-1] = f"{parts[-1]}[{item}]" if parts else f"[{item}]"
            node = node[item] if isinstance(node, list) and item < len(node) else None
            if isinstance(node, dict) and "id" in node and parts and parts[-1].startswith("rules"):
                parts[-1] += f" (id {node['id']!r})"
        else:
            parts.append(str(item))
            node = node.get(item) if isinstance(node, dict) else None
    return ".".join(parts) or "document"


def parse_document(source: str | bytes | dict[str, Any]) -> RulesetDocument:
    """Parse YAML or JSON text (or a mapping) into a ruleset; raise ValidationFailed whose
    detail names each offending place, e.g. `rules[2] (id 'refunds').then: ...`."""
    if isinstance(source, bytes | str):
        if len(source) > MAX_DOCUMENT_BYTES:
            raise ValidationFailed(f"the ruleset is larger than {MAX_DOCUMENT_BYTES} bytes")
        try:
            data = yaml.safe_load(source)
        except yaml.YAMLError as exc:
            raise ValidationFailed(f"not valid YAML or JSON: {exc}") from exc
    else:
        data = source
    if not isinstance(data, dict):
        raise ValidationFailed("a ruleset is a mapping with at least 'name' and 'rules'")
    try:
        return RulesetDocument.model_validate(data)
    except ValidationError as exc:
        problems = [
            f"{_location(tuple(e['loc']), data)}: {e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors()[:10]
        ]
        raise ValidationFailed("; ".join(problems)) from None


def document_json(document: RulesetDocument) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(document.model_dump_json(exclude_defaults=False))
    return result
