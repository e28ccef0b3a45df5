"""Agent and ops accounts, managed by ops leads: `/api/v1/users` (ops access token).

What `relaydesk users add` does, from the ops page: list, create (with a password the ops
lead gives, checked for strength, or a generated one shown once), disable and enable, set a
new password. Passwords are hashed before the unit of work opens (argon2 is slow on purpose;
on SQLite a transaction holds the write lock)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from core.db import unit_of_work
from core.openapi import errors
from escalation.users import service
from escalation.users.auth import CurrentOps
from escalation.users.schemas import PasswordIn, PasswordOut, UserCreate, UserCreated, UserOut

router = APIRouter(prefix="/api/v1/users", tags=["users"], responses=errors(403))

UserId = Annotated[int, Path(ge=1, le=2**62)]


@router.get("")
def list_users(_: CurrentOps) -> list[UserOut]:
    """Every account, ops leads first, then agents, by username; disabled ones included.
    (The last sign-in is not stored.)"""
    with unit_of_work() as session:
        return [UserOut.model_validate(u) for u in service.list_users(session)]


@router.post("", status_code=201, responses=errors(409))
def create_user(body: UserCreate, _: CurrentOps) -> UserCreated:
    """Create an agent or ops account. Without `password`, one is generated and returned
    in this answer only. `409` when the username is taken."""
    username = service.normal_username(body.username)
    service.check_new_account(username, body.role, body.languages, body.skills)
    password = service.new_password(body.password, username)
    with unit_of_work() as session:
        user = service.add_user(
            session,
            username=username,
            password_hash=password.hash,
            role=body.role,
            languages=body.languages,
            skills=body.skills,
            display_name=body.display_name,
            max_concurrent=body.max_concurrent,
        )
        return UserCreated(**UserOut.model_validate(user).model_dump(), password=password.generated)


@router.post("/{user_id}/disable", responses=errors(404, 409))
def disable_user(user_id: UserId, ops: CurrentOps) -> UserOut:
    """The account can no longer sign in and its access tokens are refused at once. `409`
    for your own account and for the last active ops lead."""
    with unit_of_work() as session:
        return UserOut.model_validate(service.set_active(session, user_id, False, ops.id))


@router.post("/{user_id}/enable", responses=errors(404))
def enable_user(user_id: UserId, ops: CurrentOps) -> UserOut:
    with unit_of_work() as session:
        return UserOut.model_validate(service.set_active(session, user_id, True, ops.id))


@router.post("/{user_id}/password", responses=errors(404))
def reset_password(user_id: UserId, body: PasswordIn, _: CurrentOps) -> PasswordOut:
    """Set a new password (checked for strength), or have one generated and returned in this
    answer only. Access tokens issued before stay valid until they expire; disable the
    account to shut it out at once."""
    with unit_of_work() as session:
        username = service.get_user(session, user_id).username
    password = service.new_password(body.password, username)
    with unit_of_work() as session:
        user = service.set_password_hash(session, user_id, password.hash)
        return PasswordOut(user=UserOut.model_validate(user), password=password.generated)
