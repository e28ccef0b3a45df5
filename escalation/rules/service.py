"""Ruleset versions: the active one, publishing, rolling back, and the audit trail.

The shipped default (default_ruleset.yaml) is version 1, created on first use. An invalid
draft never reaches the table: documents are parsed and validated before anything is stored.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db import after_commit, is_read_only
from core.errors import NotFound, ValidationFailed
from escalation.rules.document import RulesetDocument, document_json
from escalation.rules.engine import default_ruleset
from escalation.rules.models import RulesAudit, RulesetVersion


@dataclass(frozen=True)
class ActiveRuleset:
    version: int
    document: RulesetDocument


_cache_lock = threading.Lock()
# Parsed documents by (version, created_at): a version never changes, and the timestamp
# tells apart a version number reused after the database was recreated.
_cache: dict[tuple[int, str], RulesetDocument] = {}


def _parsed(row: RulesetVersion) -> RulesetDocument:
    key = (row.version, row.created_at.isoformat())
    with _cache_lock:
        document = _cache.get(key)
        if document is None:
            document = RulesetDocument.model_validate(row.document)
            _cache[key] = document
        return document


def _active_row(session: Session) -> RulesetVersion | None:
    return session.scalars(select(RulesetVersion).where(RulesetVersion.active)).first()


# Which version is active is read from the database at most every ACTIVE_TTL_S seconds per
# process: a publish or rollback reaches every worker within that time (at once in the
# process that made it).
ACTIVE_TTL_S = 2.0
_active: tuple[float, ActiveRuleset] | None = None


def forget_active() -> None:
    global _active
    with _cache_lock:
        _active = None


def active_ruleset(session: Session) -> ActiveRuleset:
    """The active ruleset; on a fresh database the shipped default becomes version 1."""
    global _active
    now = time.monotonic()
    with _cache_lock:
        cached = _active
    if cached is not None and now - cached[0] < ACTIVE_TTL_S:
        return cached[1]
    row = _active_row(session)
    if row is None and is_read_only(session):
        # A fresh database read by a read_only() unit: the shipped default, as version 1
        # will hold it once a writer installs it; not cached, so that writer's row is read.
        return ActiveRuleset(1, default_ruleset())
    if row is None:
        row = _install_default(session)
    active = ActiveRuleset(row.version, _parsed(row))
    with _cache_lock:
        _active = (now, active)
    return active


def _install_default(session: Session) -> RulesetVersion:
    try:
        with session.begin_nested():
            row = RulesetVersion(
                version=1,
                name=default_ruleset().name,
                document=document_json(default_ruleset()),
                active=True,
                note="shipped default",
                created_by="system",
            )
            session.add(row)
    except IntegrityError:  # another process installed it first
        existing = _active_row(session)
        if existing is None:
            raise
        return existing
    return row


def list_versions(session: Session) -> list[RulesetVersion]:
    active_ruleset(session)
    return list(session.scalars(select(RulesetVersion).order_by(RulesetVersion.version.desc())))


def get_version(session: Session, version: int) -> RulesetVersion:
    row = session.scalars(select(RulesetVersion).where(RulesetVersion.version == version)).first()
    if row is None:
        raise NotFound(f"ruleset version {version} does not exist")
    return row


def _activate(session: Session, row: RulesetVersion) -> None:
    session.execute(update(RulesetVersion).where(RulesetVersion.active).values(active=False))
    session.flush()
    row.active = True
    session.flush()
    forget_active()
    after_commit(session, forget_active)


def publish(session: Session, document: RulesetDocument, actor: str, note: str = "") -> int:
    current = active_ruleset(session)
    number = (session.scalar(select(func.max(RulesetVersion.version))) or 0) + 1
    row = RulesetVersion(
        version=number,
        name=document.name,
        document=document_json(document),
        active=False,
        note=note,
        created_by=actor,
    )
    session.add(row)
    session.flush()
    _activate(session, row)
    session.add(
        RulesAudit(
            actor=actor, action="publish", version=number, from_version=current.version, note=note
        )
    )
    session.flush()
    return number


def rollback(session: Session, actor: str, to_version: int | None = None, note: str = "") -> int:
    """Make an earlier version active again (by default the one before the active one)."""
    current = active_ruleset(session)
    if to_version is None:
        previous = session.scalar(
            select(func.max(RulesetVersion.version)).where(RulesetVersion.version < current.version)
        )
        if previous is None:
            raise ValidationFailed(
                f"version {current.version} is the first; nothing to roll back to"
            )
        to_version = previous
    if to_version == current.version:
        raise ValidationFailed(f"version {to_version} is already active")
    _activate(session, get_version(session, to_version))
    session.add(
        RulesAudit(
            actor=actor,
            action="rollback",
            version=to_version,
            from_version=current.version,
            note=note,
        )
    )
    session.flush()
    return to_version


def audit_log(session: Session, limit: int = 100) -> list[RulesAudit]:
    return list(session.scalars(select(RulesAudit).order_by(RulesAudit.id.desc()).limit(limit)))
