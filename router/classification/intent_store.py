"""Where the offline intent model lives, and training it on first use.

The model is trained from the data shipped in `router/classification/data/training` (or an
operator's CSV, `relaydesk train --data`) into `RELAYDESK_INTENT_MODEL_DIR` (default
`var/models/intent`). A process that finds no model trains one, printing progress; the
write is atomic, so concurrent processes never read half a model.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from core.errors import ValidationFailed
from core.settings import get_settings
from router.classification.intent import RECIPE, IntentModel
from router.classification.intent_data import load_training_rows

log = logging.getLogger(__name__)
_lock = threading.Lock()
_model: IntentModel | None = None
Progress = Callable[[str], None]


def model_dir() -> Path:
    settings = get_settings()
    return settings.intent_model_dir or settings.var_dir / "models" / "intent"


def read_labelled_csv(path: Path) -> list[tuple[str, str]]:
    """Rows of an operator's CSV with columns `text` and `intent` (or `label`)."""
    if not path.is_file():
        raise ValidationFailed(f"{path} is not a file")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        columns = set(reader.fieldnames or ())
        label = "intent" if "intent" in columns else "label" if "label" in columns else None
        if "text" not in columns or label is None:
            raise ValidationFailed(f"{path}: needs a header with 'text' and 'intent' (or 'label')")
        rows = [
            (r["text"].strip(), r[label].strip())
            for r in reader
            if (r.get("text") or "").strip() and (r.get(label) or "").strip()
        ]
    if len({intent for _, intent in rows}) < 2:
        raise ValidationFailed(f"{path}: needs labelled rows of at least two intents")
    return rows


def train_and_save(
    rows: list[tuple[str, str]] | None = None,
    target: Path | None = None,
    progress: Progress | None = None,
) -> IntentModel:
    from router.classification.intent_training import train_intent_model  # needs scikit-learn

    target = target or model_dir()
    model = train_intent_model(
        rows if rows is not None else load_training_rows(), progress, cache_dir=target.parent
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".intent-", dir=target.parent))
    model.save(staging)
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    try:
        staging.rename(target)
    except OSError:  # another process installed a model meanwhile; keep theirs
        shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
    return model


def is_current(path: Path | None = None) -> bool:
    """A model of today's recipe, trained on the shipped data, with the sentence encoder when
    one is installed: what the demo and the tests use (they retrain anything else)."""
    from router.classification.encoder import find_encoder_dir
    from router.classification.intent_data import rows_digest

    path = path or model_dir()
    try:
        meta = json.loads((path / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    encoder_ok = bool(meta.get("word_pieces")) or find_encoder_dir() is None
    return (
        meta.get("recipe") == RECIPE
        and meta.get("training_sha256") == rows_digest(load_training_rows())
        and encoder_ok
    )


def get_intent_model(progress: Progress | None = None) -> IntentModel:
    """The process's model: loaded from disk, or trained there first (about 15 s)."""
    global _model
    with _lock:
        if _model is None:
            path = model_dir()
            if not (path / "metadata.json").exists():
                say = progress or (lambda line: log.warning("%s", line))
                say(f"no intent model in {path}; training one from the shipped data…")
                train_and_save(target=path, progress=say)
            _model = IntentModel.load(path)
        return _model


_next_look = 0.0
_loaded_at = 0.0  # the loaded model's metadata file time
LOOK_EVERY_S = 5.0


def ready_intent_model() -> IntentModel | None:
    """The model when it is on disk, else None: serving never waits for training (the demo
    trains it in the background on first start; `relaydesk train` does it for operators).
    Looks at most every few seconds for a model that appeared or was trained anew."""
    global _model, _next_look, _loaded_at
    now = time.monotonic()
    if now < _next_look:
        return _model
    with _lock:
        _next_look = now + LOOK_EVERY_S
        meta = model_dir() / "metadata.json"
        try:
            written = meta.stat().st_mtime
        except OSError:
            return _model
        if _model is None or written != _loaded_at:
            try:
                _model, _loaded_at = IntentModel.load(model_dir()), written
            except (OSError, ValueError, KeyError) as exc:  # half-written by another process
                log.warning("intent model in %s not loadable yet: %s", model_dir(), exc)
        return _model


def reset_intent_model() -> None:
    global _model, _next_look
    with _lock:
        _model = None
        _next_look = 0.0
