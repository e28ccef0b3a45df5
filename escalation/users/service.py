"""Agent and ops accounts: creation, password checks, access tokens.

A sign-in reads the account's `Credentials` in a short unit of work and checks the password
after it closed (`router/auth/endpoints.py`): argon2 never runs inside a transaction."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core import tokens
from core.errors import Conflict, Forbidden, Unauthorized, ValidationFailed
from core.languages import LANGUAGE_NAMES
from core.settings import get_settings
from escalation.users.models import Role, User

ACCESS_TOKEN = "a"
_hasher = PasswordHasher()
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_SKILL = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
# Verified against when the user does not exist, so both cases take the same time.
_DUMMY_HASH = _hasher.hash("relaydesk-no-such-user")


def _validate(
    username: str, password: str, role: str, languages: Sequence[str], skills: Sequence[str]
) -> None:
    if not _USERNAME.match(username):
        raise ValidationFailed("username: 2-64 of a-z 0-9 . _ -, starting with a letter or digit")
    if len(password) < 8:
        raise ValidationFailed("password: at least 8 characters")
    if role not in set(Role):
        raise ValidationFailed(f"role: one of {', '.join(Role)}")
    unknown = [lang for lang in languages if lang not in LANGUAGE_NAMES]
    if unknown:
        raise ValidationFailed(f"languages: unknown code(s) {', '.join(unknown)}")
    bad = [s for s in skills if not _SKILL.match(s)]
    if bad:
        raise ValidationFailed(f"skills: invalid name(s) {', '.join(bad)}")


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: str,
    languages: Sequence[str] = (),
    skills: Sequence[str] = (),
    display_name: str | None = None,
    max_concurrent: int = 2,
) -> User:
    username = username.strip().lower()
    _validate(username, password, role, languages, skills)
    if not 1 <= max_concurrent <= 20:
        raise ValidationFailed("max_concurrent: between 1 and 20")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"user {username} already exists")
    user = User(
        username=username,
        password_hash=_hasher.hash(password),
        role=role,
        display_name=display_name or username.capitalize(),
        languages=list(dict.fromkeys(languages)),
        skills=list(dict.fromkeys(skills)),
        max_concurrent=max_concurrent,
    )
    session.add(user)
    session.flush()
    return user


def get_by_username(session: Session, username: str) -> User | None:
    return session.scalars(select(User).where(User.username == username.strip().lower())).first()


@dataclass(frozen=True)
class Credentials:
    """What a sign-in checks, read in a short unit of work and checked after it closed."""

    id: int
    role: str
    active: bool
    password_hash: str


def credentials(session: Session, username: str) -> Credentials | None:
    row = session.execute(
        select(User.id, User.role, User.active, User.password_hash).where(
            User.username == username.strip().lower()
        )
    ).first()
    return Credentials(row.id, row.role, row.active, row.password_hash) if row else None


def check_password(found: Credentials | None, password: str) -> Credentials:
    """Verify `password` (argon2: tens of milliseconds on purpose). Call it with no unit of
    work open: on SQLite every transaction holds the write lock. An unknown user is checked
    against a dummy hash, so both cases take the same time."""
    try:
        _hasher.verify(found.password_hash if found else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        raise Unauthorized("wrong username or password") from None
    if found is None:
        raise Unauthorized("wrong username or password")
    if not found.active:
        raise Forbidden("this account is disabled")
    return found


def rehashed(found: Credentials, password: str) -> str | None:
    """A new hash of the (verified) password when the hasher's parameters changed since it
    was stored, else None; computed outside any unit of work, like the check."""
    return _hasher.hash(password) if _hasher.check_needs_rehash(found.password_hash) else None


def store_rehash(session: Session, found: Credentials, new_hash: str) -> None:
    """Store `new_hash` unless the password changed meanwhile."""
    session.execute(
        update(User)
        .where(User.id == found.id, User.password_hash == found.password_hash)
        .values(password_hash=new_hash)
    )
    session.flush()


class Identity(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def role(self) -> str: ...


def access_token(user: Identity) -> str:
    exp = int(time.time()) + get_settings().access_token_ttl_s
    return tokens.sign(ACCESS_TOKEN, {"uid": user.id, "role": user.role, "exp": exp})
