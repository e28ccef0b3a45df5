"""One file lists every router (`router/api.py`): every APIRouter of the code base is in it,
no router includes another, and the app serves exactly what the list holds."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from fastapi import APIRouter
from fastapi.routing import APIRoute

from router.api import ROUTERS
from router.app import create_app

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "router", "escalation", "workers", "agents_ui")


def _modules_making_routers() -> list[str]:
    """Modules that call `APIRouter(...)` (read from the source, not imported)."""
    found = []
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            if any(
                isinstance(n, ast.Call)
                and isinstance(n.func, ast.Name)
                and n.func.id == "APIRouter"
                for n in ast.walk(tree)
            ):
                found.append(".".join(path.relative_to(REPO).with_suffix("").parts))
    return found


def test_every_router_of_the_code_base_is_listed_once() -> None:
    modules = _modules_making_routers()
    assert "escalation.tickets.endpoints" in modules  # the scan sees them
    for name in modules:
        routers = [
            v for v in vars(importlib.import_module(name)).values() if isinstance(v, APIRouter)
        ]
        assert routers, f"{name} makes an APIRouter it does not keep"
        for router in routers:
            assert router in ROUTERS, f"{name}'s router is missing from router/api.py"
    assert len(set(map(id, ROUTERS))) == len(ROUTERS)


def test_no_router_includes_another() -> None:
    includes = []
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for n in ast.walk(tree):
                if isinstance(n, ast.Attribute) and n.attr == "include_router":
                    includes.append(str(path.relative_to(REPO)))
    assert includes == ["router/app.py"]


def test_the_app_serves_exactly_the_listed_routes() -> None:
    listed = {
        (route.path, method.lower())
        for router in ROUTERS
        for route in router.routes
        if isinstance(route, APIRoute) and route.include_in_schema
        for method in route.methods or ()
    }
    served = {
        (path, method)
        for path, operations in create_app().openapi()["paths"].items()
        for method in operations
    }
    assert served == listed
    assert ("/api/v1/conversations/{conversation_id}/rating", "post") in served
    assert ("/api/v1/webhooks", "post") in served and ("/api/v1/tickets", "get") in served
