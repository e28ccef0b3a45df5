"""The OpenAPI document tells the error answers each operation can really give.

Routers and routes declare the errors of their own logic with `errors(403, 404, ...)` as
`responses=` (each with the `ErrorOut` body and a description). `install_openapi` adds
what follows from the request itself, the same for every operation:

- 401 for an operation that reads a bearer token (the `Authorization` header its auth
  dependency declares becomes the `bearer` security scheme);
- 413 for an operation with a body (the body size limit in front of every route);
- 422 for an operation with any input, with `ErrorOut` as the body: FastAPI's default
  `HTTPValidationError` is not what the error handlers send, and it is removed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

from core.errors import ErrorOut

Responses = dict[int | str, dict[str, Any]]

BEARER = "bearer"
DESCRIPTIONS: dict[int, str] = {
    400: "The request is malformed.",
    401: "No valid bearer token: missing, malformed, expired, or of another kind.",
    403: "The token is valid but does not allow this (another conversation, a disabled "
    "account, a role without the right).",
    404: "What the path names does not exist.",
    409: "Not possible in the current state; `detail` says why.",
    413: "The body is larger than the limit (`RELAYDESK_MAX_BODY_BYTES`).",
    422: "The input does not fit the schema or the rules; `problems` lists the fields at fault "
    "when the request does not fit the schema.",
    429: "Too many requests; wait `Retry-After` seconds.",
    503: "A service this needs (database, Redis) does not answer.",
}
_HEADERS: dict[int, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"description": "`Bearer`", "schema": {"type": "string"}}},
    429: {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}},
}
_SECURITY_SCHEME = {
    "type": "http",
    "scheme": "bearer",
    "description": "A conversation's token (from `POST /api/v1/conversations`) for that "
    "conversation's routes; an agent's or ops lead's access token (from "
    "`POST /api/v1/auth/token`) for the others.",
}
_ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}


def errors(*statuses: int) -> Responses:
    """The `responses=` of a router or route that can answer with these error statuses."""
    responses: Responses = {}
    for status in statuses:
        response: dict[str, Any] = {"model": ErrorOut, "description": DESCRIPTIONS[status]}
        if status in _HEADERS:
            response["headers"] = _HEADERS[status]
        responses[status] = response
    return responses


def event_stream(description: str) -> Responses:
    """The 200 answer of a server-sent events route."""
    content = {"text/event-stream": {"schema": {"type": "string", "description": description}}}
    return {200: {"description": "Server-sent events.", "content": content}}


def install_openapi(app: FastAPI) -> None:
    """Make `app.openapi()` return the document with the derived error answers above."""
    generate: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = generate()
            _complete(document)
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _complete(document: dict[str, Any]) -> None:
    components = document.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    if "ErrorOut" not in schemas:
        error_schema = ErrorOut.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(error_schema.pop("$defs", {}))
        schemas["ErrorOut"] = error_schema
    secured = False
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            secured |= _complete_operation(operation)
    if secured:
        components.setdefault("securitySchemes", {})[BEARER] = _SECURITY_SCHEME
    for name in ("HTTPValidationError", "ValidationError"):  # unless something still uses it
        if f'/{name}"' not in json.dumps(document["paths"]):
            schemas.pop(name, None)


def _complete_operation(operation: dict[str, Any]) -> bool:
    """Add the derived answers to one operation; True if it reads a bearer token."""
    responses: dict[str, Any] = operation.setdefault("responses", {})
    parameters = operation.get("parameters", [])
    auth = [p for p in parameters if p["in"] == "header" and p["name"].lower() == "authorization"]
    if auth:
        parameters = [p for p in parameters if p not in auth]
        operation["parameters"] = parameters
        if not parameters:
            del operation["parameters"]
        operation["security"] = [{BEARER: []}]
        _add(responses, 401)
    if "requestBody" in operation:
        _add(responses, 413)
    default_422 = "HTTPValidationError" in json.dumps(responses.get("422", {}))
    if default_422:
        del responses["422"]
    if parameters or "requestBody" in operation:
        _add(responses, 422)
    operation["responses"] = dict(sorted(responses.items()))
    return bool(auth)


def _add(responses: dict[str, Any], status: int) -> None:
    response: dict[str, Any] = {
        "description": DESCRIPTIONS[status],
        "content": {"application/json": {"schema": dict(_ERROR_REF)}},
    }
    if status in _HEADERS:
        response["headers"] = _HEADERS[status]
    responses.setdefault(str(status), response)
