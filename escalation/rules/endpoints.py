"""Ops API for the escalation rules: read, validate, simulate, publish, roll back, audit."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter
from fastapi import Path as PathParam

from core.db import unit_of_work
from core.openapi import errors
from escalation.rules import service, simulation
from escalation.rules.document import parse_document
from escalation.rules.models import RulesetVersion
from escalation.rules.schemas import (
    MAX_VERSION,
    AuditOut,
    DraftIn,
    ExampleOut,
    PublishedOut,
    RollbackIn,
    RulesetOut,
    SimulateIn,
    SimulationOut,
    TallyOut,
    ValidationOut,
)
from escalation.users.auth import CurrentOps

router = APIRouter(prefix="/api/v1/rules", tags=["rules"], responses=errors(403))


def _out(row: RulesetVersion) -> RulesetOut:
    return RulesetOut.model_validate(row, from_attributes=True)


def _tally(t: simulation.Tally) -> TallyOut:
    return TallyOut(
        decisions=t.decisions,
        escalations=t.escalations,
        escalation_rate=round(t.escalation_rate, 4),
        by_queue=dict(t.by_queue),
        by_rule=dict(t.by_rule),
        by_action=dict(t.by_action),
    )


@router.get("/active")
def get_active(_: CurrentOps) -> RulesetOut:
    with unit_of_work() as session:
        active = service.active_ruleset(session)
        return _out(service.get_version(session, active.version))


@router.get("/versions")
def get_versions(_: CurrentOps) -> list[RulesetOut]:
    with unit_of_work() as session:
        return [_out(row) for row in service.list_versions(session)]


@router.get("/versions/{version}", responses=errors(404))
def get_one_version(
    version: Annotated[int, PathParam(ge=1, le=MAX_VERSION)], _: CurrentOps
) -> RulesetOut:
    with unit_of_work() as session:
        return _out(service.get_version(session, version))


@router.post("/validate")
def validate(body: DraftIn, _: CurrentOps) -> ValidationOut:
    document = parse_document(body.document)
    return ValidationOut(valid=True, name=document.name, rules=len(document.rules))


@router.post("/simulate")
def simulate(body: SimulateIn, _: CurrentOps) -> SimulationOut:
    draft = parse_document(body.document)
    with unit_of_work() as session:
        active = service.active_ruleset(session)
        history = simulation.load_history(session, body.limit)
    report = simulation.compare(active.document, draft, history)
    return SimulationOut(
        active_version=active.version,
        decisions=report.decisions,
        changed=report.changed,
        before=_tally(report.before),
        after=_tally(report.after),
        examples=[ExampleOut(**asdict(e)) for e in report.examples],
    )


@router.post("/publish", status_code=201)
def publish(body: DraftIn, user: CurrentOps) -> PublishedOut:
    draft = parse_document(body.document)  # an invalid draft stops here, nothing stored
    with unit_of_work() as session:
        previous = service.active_ruleset(session).version
        version = service.publish(session, draft, user.username, body.note)
    return PublishedOut(version=version, previous_version=previous)


@router.post("/rollback", responses=errors(404))
def rollback(body: RollbackIn, user: CurrentOps) -> PublishedOut:
    with unit_of_work() as session:
        previous = service.active_ruleset(session).version
        version = service.rollback(session, user.username, body.version, body.note)
    return PublishedOut(version=version, previous_version=previous)


@router.get("/audit")
def audit(_: CurrentOps) -> list[AuditOut]:
    with unit_of_work() as session:
        return [
            AuditOut.model_validate(a, from_attributes=True) for a in service.audit_log(session)
        ]
