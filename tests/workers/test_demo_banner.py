"""`make demo` tells where every page is, and each address it prints is served."""

from __future__ import annotations

import re

import pytest

from tests.support.helpers import client
from workers.demo import _print_banner


@pytest.mark.usefixtures("backend")
def test_the_banner_lists_every_page_and_each_is_served(capsys: pytest.CaptureFixture[str]) -> None:
    _print_banner("http://127.0.0.1:8000", "sqlite:///var/relaydesk.sqlite3")
    out = capsys.readouterr().out
    for label in ("Customer chat", "Sign in", "Agent board", "Ops console", "API docs"):
        assert re.search(rf"^  {label}:\s+http://127\.0\.0\.1:8000/", out, re.M), label
    paths = re.findall(r"http://127\.0\.0\.1:8000(/[a-z]*)\s*$", out, re.M)
    assert {"/chat", "/login", "/agent", "/ops", "/docs"} <= set(paths)
    c = client()
    for path in paths:
        if path.startswith("/api"):
            continue
        r = c.get(path)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html"), path
