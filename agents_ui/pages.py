"""Server-rendered pages. They talk only to the public API, from the browser.

The pages carry no data: every ticket, message and ruleset is fetched by the page's script
with the user's access token (kept in `localStorage`, shared by the browser's tabs, never in
a URL or a cookie) and rendered as text. Each page is sent with a Content-Security-Policy
that allows scripts, styles and connections to this origin only, so even a rendering
mistake cannot run injected script.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from router.bot.texts import languages, text
from router.conversations.identity import customer_signature
from router.errors import error_response

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
router = APIRouter(include_in_schema=False)

TICKET_ID = re.compile(r"^[0-9a-f]{32}$")
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def static_files() -> StaticFiles:
    return StaticFiles(directory=HERE / "static")


def _page(
    request: Request, template: str, status_code: int = 200, **context: object
) -> HTMLResponse:
    return templates.TemplateResponse(
        request, template, context, status_code=status_code, headers=SECURITY_HEADERS
    )


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    return _page(request, "index.html")


DEMO_CUSTOMER = "demo-customer-0"


def _talk_to_person() -> str:
    """{language: "I'd like to talk to a person"} as JSON: the message the chat's button
    sends, in the customer's language, which the request-for-a-person detector knows."""
    texts = {
        lang: text("dialogue", "talk_to_person", lang)
        for lang in sorted(languages("dialogue", "talk_to_person"))
    }
    return json.dumps(texts, ensure_ascii=False)


@router.get("/chat", response_class=HTMLResponse)
def chat(request: Request) -> HTMLResponse:
    """The demo shop's chat, signed in as its demo customer: the page carries the customer's
    id and its signature, as a shop's server would render them for its signed-in customer."""
    return _page(
        request,
        "chat.html",
        customer_ref=DEMO_CUSTOMER,
        customer_signature=customer_signature(DEMO_CUSTOMER),
        talk_to_person=_talk_to_person(),
    )


@router.get("/login", response_class=HTMLResponse)
def login(request: Request) -> HTMLResponse:
    """Agents and ops leads sign in; the role decides where they go next."""
    return _page(request, "login.html")


@router.get("/agent", response_class=HTMLResponse)
def agent_board(request: Request) -> HTMLResponse:
    """The job board: presence, live open tickets, one-tap claim, held tickets."""
    return _page(request, "agent.html")


@router.get("/agent/earnings", response_class=HTMLResponse)
def agent_earnings(request: Request) -> HTMLResponse:
    """The agent's pay today, this week and per resolved ticket, their rating and record."""
    return _page(request, "earnings.html")


@router.get("/agent/ticket/{ticket_id}", response_class=HTMLResponse)
def agent_workspace(request: Request, ticket_id: str) -> HTMLResponse:
    """One ticket's whole handoff, the reply box and the release/transfer/resolve actions."""
    if not TICKET_ID.match(ticket_id):
        return _page(request, "not_found.html", status_code=404)
    return _page(request, "workspace.html", ticket_id=ticket_id)


@router.get("/ops", response_class=HTMLResponse)
def ops_rules(request: Request) -> HTMLResponse:
    """The rules editor: validate, simulate on history, publish, roll back, audit."""
    return _page(request, "ops.html")


# --- unknown pages ------------------------------------------------------------------------

# Paths of the API and the machine endpoints: an unknown one there stays a JSON error.
API_PATHS = ("/api/", "/docs", "/redoc", "/openapi.json", "/healthz", "/readyz", "/metrics")


def wants_page(request: Request) -> bool:
    """A person's browser asking for a page (GET or HEAD, outside the API, not asking for
    JSON only): answered with the styled not-found page instead of a JSON error."""
    path = request.url.path
    if request.method not in ("GET", "HEAD") or path == "/api":
        return False
    if any(path == p.rstrip("/") or path.startswith(p) for p in API_PATHS):
        return False
    accept = request.headers.get("accept", "")
    return not ("application/json" in accept and "text/html" not in accept)


def install_not_found_page(app: FastAPI) -> None:
    """Unknown pages get the styled 404 page; the API keeps its JSON errors. Installed as
    the handler of the status 404, which Starlette asks before the handler of its class."""

    async def not_found(request: Request, exc: Exception) -> Response:
        if wants_page(request):
            return _page(request, "not_found.html", status_code=404)
        detail = exc.detail if isinstance(exc, StarletteHTTPException) else "Not Found"
        return error_response(404, "NotFound", str(detail))

    app.add_exception_handler(404, not_found)
