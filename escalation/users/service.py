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
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import tokens
from core.errors import Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed
from core.languages import LANGUAGE_NAMES
from core.settings import get_settings
from escalation.users import passwords
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
    validate_account(username, role, languages, skills)
    if len(password) < 8:
        raise ValidationFailed("password: at least 8 characters")


def validate_account(
    username: str, role: str, languages: Sequence[str], skills: Sequence[str]
) -> None:
    """Everything about a new account but its password (`username` already normalised)."""
    if not _USERNAME.match(username):
        raise ValidationFailed("username: 2-64 of a-z 0-9 . _ -, starting with a letter or digit")
    if role not in set(Role):
        raise ValidationFailed(f"role: one of {', '.join(Role)}")
    unknown = [lang for lang in languages if lang not in LANGUAGE_NAMES]
    if unknown:
        raise ValidationFailed(f"languages: unknown code(s) {', '.join(unknown)}")
    bad = [s for s in skills if not _SKILL.match(s)]
    if bad:
        raise ValidationFailed(f"skills: invalid name(s) {', '.join(bad)}")


def normal_username(username: str) -> str:
    return username.strip().lower()


def hash_password(password: str) -> str:
    """argon2: tens of milliseconds on purpose; call it with no unit of work open."""
    return _hasher.hash(password)


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
    username = normal_username(username)
    _validate(username, password, role, languages, skills)
    return add_user(
        session,
        username=username,
        password_hash=hash_password(password),
        role=role,
        languages=languages,
        skills=skills,
        display_name=display_name,
        max_concurrent=max_concurrent,
    )


def add_user(
    session: Session,
    *,
    username: str,
    password_hash: str,
    role: str,
    languages: Sequence[str] = (),
    skills: Sequence[str] = (),
    display_name: str | None = None,
    max_concurrent: int = 2,
) -> User:
    """Store a new account whose password was hashed beforehand (outside the unit of work);
    `Conflict` when the username is taken, also by a concurrent request."""
    username = normal_username(username)
    validate_account(username, role, languages, skills)
    if not 1 <= max_concurrent <= 20:
        raise ValidationFailed("max_concurrent: between 1 and 20")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"user {username} already exists")
    user = User(
        username=username,
        password_hash=password_hash,
        role=role,
        display_name=display_name or username.capitalize(),
        languages=list(dict.fromkeys(languages)),
        skills=list(dict.fromkeys(skills)),
        max_concurrent=max_concurrent,
    )
    session.add(user)
    try:
        session.flush()
    except IntegrityError:  # the same username, committed by a concurrent request
        raise Conflict(f"user {username} already exists") from None
    return user


# --- managed by ops leads (`escalation/users/endpoints.py`) --------------------------------


def check_new_account(
    username: str, role: str, languages: Sequence[str], skills: Sequence[str]
) -> None:
    """What an ops lead asks for, checked before any password is hashed."""
    validate_account(username, role, languages, skills)
    if role == Role.OPS and (languages or skills):
        raise ValidationFailed("languages and skills are for agents; leave them out for ops")


@dataclass(frozen=True)
class NewPassword:
    hash: str
    generated: str | None  # shown once to the ops lead who set it, never stored


def new_password(password: str | None, username: str) -> NewPassword:
    """Check the password an ops lead gives (`passwords.problem`) or generate one, and hash
    it. Slow on purpose (argon2): call it with no unit of work open."""
    if password is None:
        generated = passwords.generate(username)
        return NewPassword(hash_password(generated), generated)
    weak = passwords.problem(password, username)
    if weak:
        raise ValidationFailed(weak)
    return NewPassword(hash_password(password), None)


def list_users(session: Session) -> list[User]:
    """Every account: ops leads first, then agents, each by username."""
    return list(session.scalars(select(User).order_by(User.role.desc(), User.username)))


def get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"user {user_id} not found")
    return user


def set_active(session: Session, user_id: int, active: bool, actor_id: int) -> User:
    """Enable or disable an account. A disabled account cannot sign in and its access tokens
    are refused (`auth.authenticate` reads the account on every request). Nobody disables
    their own account, and the last active ops lead stays: with the active ops leads locked
    (in id order), so two leads disabling each other at once cannot both succeed."""
    if active:
        enabled = get_user(session, user_id)
        enabled.active = True
        session.flush()
        return enabled
    leads = session.scalars(
        select(User)
        .where(User.role == Role.OPS, User.active)
        .order_by(User.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).all()
    if actor_id not in {lead.id for lead in leads}:
        raise Forbidden("this account is disabled")  # disabled meanwhile by another lead
    user = session.get(User, user_id, with_for_update=True, populate_existing=True)
    if user is None:
        raise NotFound(f"user {user_id} not found")
    if user.active and user.role == Role.OPS and len(leads) <= 1:
        raise Conflict("the last active ops lead cannot be disabled; add another one first")
    if user_id == actor_id:
        raise Conflict("you cannot disable your own account; ask another ops lead")
    user.active = False
    session.flush()
    return user


def set_password_hash(session: Session, user_id: int, password_hash: str) -> User:
    """Store a new password (hashed beforehand, outside the unit of work)."""
    user = get_user(session, user_id)
    user.password_hash = password_hash
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
