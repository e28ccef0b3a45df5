"""Text fields clients send: no NUL characters (PostgreSQL cannot store them in text, and no
person types them), so they are refused with a clear 422 instead of failing at the database."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    return value


Text = Annotated[str, AfterValidator(_no_nul)]
