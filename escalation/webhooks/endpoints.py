"""Webhooks for integrators: `/api/v1/webhooks` (ops access token).

Each delivery is a POST of `{id, type, created_at, data}` with the headers
`Relaydesk-Event`, `Relaydesk-Delivery` and `Relaydesk-Signature: t=<unix>,v1=<hex>`
(HMAC-SHA256 with the endpoint's secret over `"<t>." + body`; see `signing.py`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from core.db import unit_of_work
from core.openapi import errors
from escalation.users.auth import CurrentOps
from escalation.webhooks import service
from escalation.webhooks.schemas import DeliveryOut, WebhookCreate, WebhookCreated, WebhookOut

router = APIRouter(prefix="/api/v1/webhooks", tags=["webhooks"], responses=errors(403))

EndpointId = Annotated[int, Path(ge=1, le=2**62)]


@router.post("", status_code=201)
def create_webhook(body: WebhookCreate, ops: CurrentOps) -> WebhookCreated:
    """Register an endpoint for some events. The answer holds the signing secret (yours,
    or a generated one): it is not shown again."""
    with unit_of_work() as session:
        endpoint, secret = service.create_endpoint(
            session,
            url=body.url,
            events=body.events,
            secret=body.secret,
            actor=ops.username,
        )
        return WebhookCreated(**WebhookOut.model_validate(endpoint).model_dump(), secret=secret)


@router.get("")
def list_webhooks(ops: CurrentOps) -> list[WebhookOut]:
    with unit_of_work() as session:
        return [WebhookOut.model_validate(e) for e in service.list_endpoints(session)]


@router.delete("/{endpoint_id}", status_code=204, responses=errors(404))
def delete_webhook(endpoint_id: EndpointId, ops: CurrentOps) -> Response:
    """Stop sending to this endpoint; deliveries still pending are cancelled."""
    with unit_of_work() as session:
        service.delete_endpoint(session, endpoint_id)
    return Response(status_code=204)


@router.get("/{endpoint_id}/deliveries", responses=errors(404))
def list_deliveries(endpoint_id: EndpointId, ops: CurrentOps) -> list[DeliveryOut]:
    """The delivery log, newest first: status, attempts, the last answer or error."""
    with unit_of_work() as session:
        return [DeliveryOut.model_validate(d) for d in service.deliveries(session, endpoint_id)]
