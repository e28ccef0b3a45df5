"""The one place where errors become HTTP responses: `ErrorOut`, that is
`{"error": ..., "detail": ...}` (and `problems` for a request that fails validation)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from core.errors import ErrorOut, FieldProblem, RelaydeskError

log = logging.getLogger(__name__)

_HTTP_NAMES = {
    400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound",
    405: "MethodNotAllowed", 409: "Conflict", 413: "PayloadTooLarge", 415: "UnsupportedMediaType",
    422: "ValidationFailed", 429: "RateLimited", 503: "ServiceUnavailable",
}  # fmt: skip
MAX_PROBLEMS = 20
_WHOLE_BODY = {
    "json_invalid": "the body is not valid JSON",
    "model_attributes_type": "the body must be a JSON object",
    "dict_type": "the body must be a JSON object",
}


def error_response(
    status: int,
    error: str,
    detail: str,
    headers: dict[str, str] | None = None,
    problems: list[FieldProblem] | None = None,
) -> JSONResponse:
    body = ErrorOut(error=error, detail=detail, problems=problems)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, headers=headers)


def _field(loc: Sequence[Any]) -> str:
    """`text` for a body field, `path.ticket_id` / `header.last-event-id` for the others."""
    parts = [str(p) for p in loc]
    if parts and parts[0] == "body":
        parts = parts[1:]
    return ".".join(parts) or "body"


def validation_problems(exc: RequestValidationError) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    for err in exc.errors()[:MAX_PROBLEMS]:
        whole = _WHOLE_BODY.get(str(err.get("type")))
        if whole is not None and (err["type"] == "json_invalid" or len(err.get("loc", ())) <= 1):
            return [FieldProblem(field="body", message=whole)]
        problems.append(FieldProblem(field=_field(err.get("loc", ())), message=err["msg"]))
    return problems


def describe(problems: list[FieldProblem]) -> str:
    if len(problems) == 1 and problems[0].field == "body":
        return problems[0].message
    return "; ".join(f"{p.field}: {p.message}" for p in problems[:5]) or "invalid input"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RelaydeskError)
    async def _relaydesk(_: Request, exc: RelaydeskError) -> JSONResponse:
        return error_response(exc.status_code, exc.error, exc.detail, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = validation_problems(exc)
        return error_response(422, "ValidationFailed", describe(problems), problems=problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and isinstance(exc.__cause__, UnicodeDecodeError):
            # FastAPI could not decode the JSON body: as malformed JSON, a 422.
            problem = FieldProblem(field="body", message=_WHOLE_BODY["json_invalid"])
            return error_response(422, "ValidationFailed", problem.message, problems=[problem])
        name = _HTTP_NAMES.get(exc.status_code, "HTTPError")
        return error_response(exc.status_code, name, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error_response(500, "InternalError", "something went wrong on our side")
