"""Every APIRouter the app serves, in one list (`router.app` includes them in this order).

A new endpoints module adds its router here and nowhere else: no router includes another."""

from __future__ import annotations

from fastapi import APIRouter

from agents_ui.pages import router as pages_router
from escalation.agents.endpoints import router as agents_router
from escalation.metrics.endpoints import router as metrics_router
from escalation.notes.endpoints import router as notes_router
from escalation.queues.endpoints import router as queues_router
from escalation.ratings.endpoints import router as ratings_router
from escalation.rules.endpoints import router as rules_router
from escalation.tickets.endpoints import router as tickets_router
from escalation.users.endpoints import router as users_router
from escalation.webhooks.endpoints import router as webhooks_router
from router.auth.endpoints import router as auth_router
from router.chat.endpoints import router as conversations_router
from router.classification.endpoints import router as classify_router
from router.health.endpoints import router as health_router

ROUTERS: tuple[APIRouter, ...] = (
    health_router,
    conversations_router,
    auth_router,
    tickets_router,
    queues_router,
    ratings_router,
    notes_router,
    webhooks_router,
    users_router,
    agents_router,
    rules_router,
    metrics_router,
    classify_router,
    pages_router,  # the server-rendered pages last: the API's paths come first
)
