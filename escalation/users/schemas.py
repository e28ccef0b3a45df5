"""The users API's request and response bodies (pydantic)."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from core.text import Text
from escalation.users import passwords


def _printable(value: str) -> str:
    """A display name is one line of text: stripped, no control characters."""
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        raise ValueError("must not contain control characters (line breaks, tabs, NUL)")
    return value.strip()


DisplayName = Annotated[Text, AfterValidator(_printable), Field(max_length=100)]
LanguageCode = Annotated[Text, Field(min_length=2, max_length=8)]
Skill = Annotated[Text, Field(min_length=1, max_length=40)]
Password = Annotated[
    Text | None,
    Field(
        max_length=passwords.MAX_CHARS,
        description=f"the new password ({passwords.RULES}); leave it out to have one "
        "generated and shown once in the answer",
    ),
]


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    role: str = Field(description="`agent` or `ops`")
    display_name: str = Field(description="as typed: show it as text, never as HTML")
    languages: list[str] = Field(description="ISO 639-1 codes the agent serves")
    skills: list[str]
    max_concurrent: int = Field(description="tickets an agent holds at once")
    active: bool = Field(description="false: disabled, cannot sign in, its tokens are refused")
    created_at: datetime


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: Text = Field(
        min_length=2, max_length=64, description="2-64 of a-z 0-9 . _ - (stored in lower case)"
    )
    role: Literal["agent", "ops"]
    display_name: DisplayName | None = Field(
        default=None, description="default: the username, capitalised"
    )
    languages: list[LanguageCode] = Field(
        default_factory=list, max_length=40, description="agents only: ISO 639-1 codes"
    )
    skills: list[Skill] = Field(
        default_factory=list, max_length=20, description="agents only, e.g. `fraud`, `refunds`"
    )
    max_concurrent: int = Field(default=2, ge=1, le=20, description="agents only")
    password: Password = None


class UserCreated(UserOut):
    password: str | None = Field(
        description="the generated password, shown this once (null when you gave one)"
    )


class PasswordIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    password: Password = None


class PasswordOut(BaseModel):
    user: UserOut
    password: str | None = Field(
        description="the generated password, shown this once (null when you gave one)"
    )
