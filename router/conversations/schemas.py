from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]


class ConversationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    customer_ref: Annotated[
        str | None, Field(default=None, min_length=1, max_length=200, pattern=r"^[\w.@:+-]+$")
    ] = None
    customer_signature: Annotated[
        str | None,
        Field(
            default=None, pattern=r"^[0-9a-fA-F]{64}$",
            description="hex HMAC-SHA256 of customer_ref under the integration's identity "
            "secret, computed by the shop's backend; without it the conversation is anonymous",
        ),
    ] = None  # fmt: skip
    language: LanguageCode | None = None


class ConversationCreated(BaseModel):
    id: str
    token: str
    customer_verified: bool = False


class MessageCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Length limits are checked by the service against the settings, with a clear message.
    text: str
    client_msg_id: Annotated[
        str | None, Field(default=None, min_length=1, max_length=100, pattern=r"^[\w.:-]+$")
    ] = None


class MessageAccepted(BaseModel):
    id: int
    duplicate: bool = False


class MessageOut(BaseModel):
    id: int
    author: str
    text: str
    created_at: datetime


class QueueInfo(BaseModel):
    position: int
    estimated_wait_s: int


class ConversationOut(BaseModel):
    id: str
    status: str
    language: str | None
    messages: list[MessageOut]
    queue: QueueInfo | None
