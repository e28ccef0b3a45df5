"""Agent and ops accounts: creation, password checks, access tokens."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
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


def authenticate(session: Session, username: str, password: str) -> User:
    user = get_by_username(session, username)
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        raise Unauthorized("wrong username or password") from None
    if user is None:
        raise Unauthorized("wrong username or password")
    if not user.active:
        raise Forbidden("this account is disabled")
    return user


def access_token(user: User) -> str:
    exp = int(time.time()) + get_settings().access_token_ttl_s
    return tokens.sign(ACCESS_TOKEN, {"uid": user.id, "role": user.role, "exp": exp})
