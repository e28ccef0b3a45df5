from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from core.text import Text

MAX_NOTE_CHARS = 2000
MAX_NOTES_PER_TICKET = 200  # a guard against a runaway client, far above any real ticket
MAX_TITLE_CHARS = 100
# A saved reply's text is as long as an agent's message may be (RELAYDESK_MAX_MESSAGE_CHARS).
MAX_REPLIES_PER_AGENT = 200
MAX_TEAM_REPLIES = 500

Language = Field(
    default=None,
    pattern=r"^[a-z]{2}$",
    description="ISO 639-1 code of the language the reply is written in; null for any",
)


class NoteCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Checked by the service: not blank, at most MAX_NOTE_CHARS; stored as written.
    text: Text = Field(description=f"the note, up to {MAX_NOTE_CHARS} characters")


class NoteOut(BaseModel):
    id: int
    ticket_id: str
    text: str = Field(description="as the author wrote it: show it as text, never as HTML")
    author_id: int
    author_name: str
    author_role: str = Field(description="`agent` or `ops`")
    created_at: datetime


class ReplyScope(StrEnum):
    MINE = "mine"  # the caller's own
    TEAM = "team"  # everyone's; ops leads manage them


class SavedReplyUpdate(BaseModel):
    """The whole reply (PUT replaces it)."""

    model_config = ConfigDict(extra="forbid")

    title: Text = Field(
        description=f"unique among your replies, up to {MAX_TITLE_CHARS} characters"
    )
    text: Text = Field(description="inserted into the reply box; at most a message's length")
    language: str | None = Language


class SavedReplyCreate(SavedReplyUpdate):
    scope: ReplyScope = Field(
        default=ReplyScope.MINE, description="`team` is for ops leads: a reply every agent sees"
    )


class SavedReplyOut(BaseModel):
    id: int
    scope: ReplyScope
    title: str
    text: str = Field(description="as written: show it as text, never as HTML")
    language: str | None
    editable: bool = Field(description="whether the caller may change or delete it")
    updated_by: str
    created_at: datetime
    updated_at: datetime
