"""One error base class; each error carries its HTTP status and is rendered in one place.

The wire format is `{"error": "<ErrorClass>", "detail": "..."}` (see DESIGN.md), described
by `ErrorOut`; a request that fails validation also lists its `problems` field by field.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, Field


class FieldProblem(BaseModel):
    field: str = Field(description="where: a body field (`text`), or `path.`/`query.`/`header.`")
    message: str


class ErrorOut(BaseModel):
    """The body of every error answer."""

    error: str = Field(description="the kind of error, e.g. `NotFound`, `ValidationFailed`")
    detail: str = Field(description="what went wrong, for a person to read")
    problems: list[FieldProblem] | None = Field(
        default=None,
        description="422 for a request that does not fit the schema: each field at fault",
    )


class RelaydeskError(Exception):
    status_code: ClassVar[int] = 500
    default_detail: ClassVar[str] = "internal error"

    def __init__(self, detail: str | None = None, *, headers: dict[str, str] | None = None):
        self.detail = detail or self.default_detail
        self.headers = headers or {}
        super().__init__(self.detail)

    @property
    def error(self) -> str:
        return type(self).__name__

    def to_dict(self) -> dict[str, str]:
        return {"error": self.error, "detail": self.detail}


class BadRequest(RelaydeskError):
    status_code = 400
    default_detail = "bad request"


class Unauthorized(RelaydeskError):
    status_code = 401
    default_detail = "missing or invalid credentials"

    def __init__(self, detail: str | None = None):
        super().__init__(detail, headers={"WWW-Authenticate": "Bearer"})


class Forbidden(RelaydeskError):
    status_code = 403
    default_detail = "not allowed"


class NotFound(RelaydeskError):
    status_code = 404
    default_detail = "not found"


class Conflict(RelaydeskError):
    status_code = 409
    default_detail = "conflict"


class PayloadTooLarge(RelaydeskError):
    status_code = 413
    default_detail = "request body too large"


class ValidationFailed(RelaydeskError):
    status_code = 422
    default_detail = "invalid input"


class RateLimited(RelaydeskError):
    status_code = 429
    default_detail = "too many requests"

    def __init__(self, detail: str | None = None, *, retry_after_s: int = 1):
        super().__init__(detail, headers={"Retry-After": str(retry_after_s)})


class ServiceUnavailable(RelaydeskError):
    status_code = 503
    default_detail = "service unavailable"
