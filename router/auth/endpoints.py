from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from core.db import unit_of_work
from core.text import Text
from escalation.users import service as users

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class TokenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Text = Field(min_length=1, max_length=64)
    password: Text = Field(min_length=1, max_length=256)


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    role: str


@router.post("/token")
def issue_token(body: TokenRequest) -> TokenResponse:
    with unit_of_work() as session:
        user = users.authenticate(session, body.username, body.password)
        return TokenResponse(access_token=users.access_token(user), role=user.role)
