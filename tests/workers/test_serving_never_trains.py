"""Serving never trains: the API and the workers load the models `relaydesk train` wrote, or
say clearly what to run; scikit-learn is imported by training only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.settings import reset_settings
from router.bot import topics
from router.bot.knowledge import knowledge_base
from router.bot.topics import TopicModelMissing, topic_model, topic_model_path
from tests.support.processes import REPO
from workers.cli import main


@pytest.fixture
def empty_models(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A models folder with nothing trained in it, and no topic model cached in memory."""
    monkeypatch.setenv("RELAYDESK_INTENT_MODEL_DIR", str(tmp_path / "models" / "intent"))
    reset_settings()
    monkeypatch.setattr(topics, "_models", {})
    return tmp_path / "models"


def test_a_missing_topic_model_is_an_error_that_says_what_to_run(empty_models: Path) -> None:
    with pytest.raises(TopicModelMissing, match="relaydesk train --topics") as caught:
        topic_model(knowledge_base())
    assert caught.value.status_code == 503
    assert not any(empty_models.glob("topics-*"))  # nothing was trained on the way


def test_a_worker_without_models_refuses_to_start_and_says_why(empty_models: Path) -> None:
    env = {**os.environ, "RELAYDESK_INTENT_MODEL_DIR": str(empty_models / "intent")}
    done = subprocess.run(
        [sys.executable, "-m", "workers.cli", "worker", "--burst", "--queues", "messages"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "relaydesk train --topics" in done.stderr
    assert not any(empty_models.glob("topics-*"))


def test_relaydesk_train_topics_writes_the_model_serving_loads(
    empty_models: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["train", "--topics"]) == 0
    assert "topic model of the knowledge base in" in capsys.readouterr().out
    kb = knowledge_base()
    assert (topic_model_path(kb) / "metadata.json").exists()
    model = topic_model(kb)
    assert set(model.labels) >= {"payment_due", "return_item"}
    assert not (empty_models / "intent").exists()  # --topics: the intent model is not trained


def test_serving_imports_no_scikit_learn() -> None:
    code = (
        "import sys\n"
        "from router.app import create_app\n"
        "import workers.tasks, workers.worker\n"
        "create_app()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sklearn'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
