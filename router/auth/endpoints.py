from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from core.db import unit_of_work
from core.openapi import errors
from core.text import Text
from escalation.users import service as users
from router.limits.clients import client_address
from router.limits.logins import sign_in_attempt

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class TokenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Text = Field(min_length=1, max_length=64)
    password: Text = Field(min_length=1, max_length=256)


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    role: str


@router.post("/token", responses=errors(401, 403, 429))
def issue_token(body: TokenRequest, request: Request) -> TokenResponse:
    """Limited per address and per account before the password is checked
    (`router.limits.logins`); the check runs with no transaction open."""
    with sign_in_attempt(client_address(request), body.username):
        user = _sign_in(body.username, body.password)
    return TokenResponse(access_token=users.access_token(user), role=user.role)


def _sign_in(username: str, password: str) -> users.Credentials:
    with unit_of_work() as session:  # a short read; on SQLite it holds the write lock
        found = users.credentials(session, username)
    user = users.check_password(found, password)  # slow on purpose: no transaction open
    new_hash = users.rehashed(user, password)
    if new_hash is not None:
        with unit_of_work() as session:
            users.store_rehash(session, user, new_hash)
    return user
