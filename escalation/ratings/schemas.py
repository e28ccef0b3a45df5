from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, StrictInt

MAX_COMMENT_CHARS = 1000


class RatingCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    score: StrictInt = Field(ge=1, le=5)
    # Checked by the service (length, control characters) like a chat message.
    comment: str | None = None


class RatingOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    conversation_id: str
    score: int
    comment: str | None
    created_at: datetime
