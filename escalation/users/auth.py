"""Who is calling: FastAPI dependencies for agent and ops access tokens.

`Authorization: Bearer <access token>` (from `POST /api/v1/auth/token`); the user is
loaded on every request, so a disabled account or a changed role takes effect at once.
Customers' conversation tokens are a different kind and never pass here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header

from core import tokens
from core.db import unit_of_work
from core.errors import Forbidden, Unauthorized
from escalation.users.models import Role, User
from escalation.users.service import ACCESS_TOKEN


@dataclass(frozen=True)
class Principal:
    """The authenticated user, detached from any database session."""

    id: int
    username: str
    role: str
    display_name: str


def authenticate(authorization: str | None, roles: frozenset[str]) -> Principal:
    claims = tokens.verify(ACCESS_TOKEN, tokens.bearer(authorization))
    uid = claims.get("uid")
    if not isinstance(uid, int) or isinstance(uid, bool):
        raise Unauthorized("malformed token")
    with unit_of_work() as session:
        user = session.get(User, uid)
        if user is None:
            raise Unauthorized("this account no longer exists")
        if not user.active:
            raise Forbidden("this account is disabled")
        if user.role not in roles:
            raise Forbidden(f"this needs an account with role {' or '.join(sorted(roles))}")
        return Principal(user.id, user.username, user.role, user.display_name)


def agent(authorization: Annotated[str | None, Header()] = None) -> Principal:
    return authenticate(authorization, frozenset({Role.AGENT}))


def ops(authorization: Annotated[str | None, Header()] = None) -> Principal:
    return authenticate(authorization, frozenset({Role.OPS}))


CurrentAgent = Annotated[Principal, Depends(agent)]
CurrentOps = Annotated[Principal, Depends(ops)]
