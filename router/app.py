"""The FastAPI application: the routers of `router.api`, error handlers, limits."""

from __future__ import annotations

from fastapi import FastAPI

from agents_ui.pages import install_not_found_page, static_files
from core.openapi import install_openapi
from core.settings import get_settings
from router.api import ROUTERS
from router.errors import install_error_handlers
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
    install_not_found_page(app)  # unknown pages: the styled 404; the API keeps JSON
    install_openapi(app)
    for api_router in ROUTERS:  # every router, listed once in router/api.py
        app.include_router(api_router)
    app.mount("/static", static_files(), name="static")
    return app
