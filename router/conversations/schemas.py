from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

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
    author_name: str | None = Field(
        default=None,
        description="for a message from an agent: the display name of the agent who wrote it",
    )
    choices: list[str] | None = Field(
        default=None,
        description="for a bot message that asked which of two topics is meant: their titles "
        "in the customer's language; sending one of them as the next message chooses it",
    )


class QueueInfo(BaseModel):
    position: int
    estimated_wait_s: int = Field(
        description="the likely wait for a person; with `estimate_basis` `no_agents_online` "
        "only a guess, not a promise"
    )
    agents_online: int = Field(
        default=0, description="agents online now who could take this conversation"
    )
    estimate_basis: Literal["recent_claims", "handle_time", "no_agents_online"] = Field(
        default="handle_time",
        description="`recent_claims`: how long recent customers of this queue and language "
        "waited; `handle_time`: a typical handle time shared among the agents online; "
        "`no_agents_online`: nobody who could take it is online now",
    )
    usual_hours_utc: list[int] = Field(
        default_factory=list,
        description="with nobody online: the hours of the day (UTC, 0-23) in which people "
        "usually take such conversations (from recent claims); empty when unknown",
    )


ClosedReason = Literal["abandoned", "expired"]


class ConversationOut(BaseModel):
    id: str
    status: str
    language: str | None
    messages: list[MessageOut]
    queue: QueueInfo | None
    resolved_by_person: bool = Field(
        default=False,
        description="a person resolved (or handed back) this conversation after writing to "
        "the customer; the bot has it again",
    )
    rating_requested: bool = Field(
        default=False,
        description="the customer may rate the person's help now "
        "(`POST /api/v1/conversations/{id}/rating`): a person resolved it, no rating yet",
    )
    closed_reason: ClosedReason | None = Field(
        default=None,
        description="why a `closed` conversation ended: `abandoned` (the customer went quiet) "
        "or `expired` (nobody took it in time)",
    )
