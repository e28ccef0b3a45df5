"""The bare endpoint intake is compared with: one POST that parses the same JSON body
(the same pydantic shape as `MessageCreate`) and answers 202, nothing else.

Run by `bench.intake` as `uvicorn bench.baseline_app:app` with the settings `relaydesk api`
uses (httptools, uvloop, log level warning, proxy headers).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Path
from pydantic import BaseModel, ConfigDict, Field

app = FastAPI(title="bare baseline")


class MessageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    client_msg_id: Annotated[
        str | None, Field(default=None, min_length=1, max_length=100, pattern=r"^[\w.:-]+$")
    ] = None


class Accepted(BaseModel):
    id: int
    duplicate: bool = False


@app.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@app.post("/api/v1/conversations/{conversation_id}/messages", status_code=202)
async def post_message(
    conversation_id: Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")], body: MessageIn
) -> Accepted:
    return Accepted(id=len(body.text))
