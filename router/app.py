"""The FastAPI application: routers, error handlers, limits."""

from __future__ import annotations

from fastapi import FastAPI

from agents_ui.pages import router as pages_router
from agents_ui.pages import static_files
from core.openapi import install_openapi
from core.settings import get_settings
from escalation.agents.endpoints import router as agents_router
from escalation.metrics.endpoints import router as metrics_router
from escalation.rules.endpoints import router as rules_router
from escalation.tickets.endpoints import router as tickets_router
from router.auth.endpoints import router as auth_router
from router.classification.endpoints import router as classify_router
from router.conversations.endpoints import router as conversations_router
from router.errors import install_error_handlers
from router.health.endpoints import router as health_router
from router.limits import BodySizeLimit


def create_app() -> FastAPI:
    app = FastAPI(
        title="Relaydesk",
        version="0.1.0",
        description="Hybrid bot-plus-human router for customer-service chat.",
    )
    get_settings().check_secrets()  # refuse to serve with a secret anyone could guess
    app.add_middleware(BodySizeLimit, max_bytes=get_settings().max_body_bytes)
    install_error_handlers(app)
    install_openapi(app)
    app.include_router(health_router)
    app.include_router(conversations_router)
    app.include_router(auth_router)
    app.include_router(tickets_router)
    app.include_router(agents_router)
    app.include_router(rules_router)
    app.include_router(metrics_router)
    app.include_router(classify_router)
    app.include_router(pages_router)
    app.mount("/static", static_files(), name="static")
    return app
