"""`relaydesk train`: an operator's CSV in, a model and a printed evaluation out."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.settings import reset_settings
from router.classification.intent import IntentModel
from workers.cli import main

ROWS = {
    "late_delivery": [
        "my parcel is late",
        "the package has not arrived",
        "where is my delivery",
        "order still not delivered",
        "tracking shows no movement",
        "delivery is a week overdue",
        "courier never came",
        "when will my parcel come",
        "shipment stuck in transit",
        "still waiting for the package",
        "no sign of my order",
        "parcel delayed again",
        "the delivery date passed",
        "package lost in the post",
    ],
    "invoice_copy": [
        "send me a copy of my invoice",
        "I need the invoice again",
        "where can I download my bill",
        "resend the receipt please",
        "invoice for my last purchase",
        "can I get a pdf of the bill",
        "lost my invoice",
        "need a receipt for my employer",
        "email me the invoice",
        "copy of the bill for order 12",
        "invoice missing from the parcel",
        "where do I find my receipts",
        "get invoice for tax purposes",
        "download the invoice",
    ],
    "close_account": [
        "delete my account",
        "I want to close my account",
        "remove all my data",
        "cancel my membership",
        "how do I terminate my account",
        "please close my profile",
        "get rid of my account",
        "I no longer want an account",
        "deactivate my account",
        "erase my customer account",
        "stop my account permanently",
        "close everything and delete me",
        "account deletion request",
        "unsubscribe me and delete the account",
    ],
}


@pytest.fixture
def no_encoder(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("RELAYDESK_INTENT_ENCODER", "off")
    reset_settings()
    yield
    monkeypatch.delenv("RELAYDESK_INTENT_ENCODER")
    reset_settings()


def _write(path: Path, rows: list[dict[str, str]], fields: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.usefixtures("no_encoder")
def test_train_prints_an_evaluation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"text": t, "intent": i} for i, texts in ROWS.items() for t in texts]
    rows.append({"text": "<script>alert(1)</script>'; DROP TABLE tickets; --", "intent": "other"})
    rows.append({"text": "<img src=x onerror=alert(1)> tell me a joke", "intent": "other"})
    data = _write(tmp_path / "mine.csv", rows, ["text", "intent"])
    assert main(["train", "--data", str(data), "--out", str(tmp_path / "model")]) == 0
    out = capsys.readouterr().out
    assert "no sentence encoder" in out and "n-gram features only" in out
    assert "intent model with 4 intents written to" in out
    assert "evaluation on a hold-out of" in out
    assert "accuracy" in out and "macro-F1" in out
    model = IntentModel.load(tmp_path / "model")
    holdout = model.metadata["holdout"]
    assert holdout["rows"] == 6  # two of each 14-row intent; the 2-row intent keeps both
    assert 0.0 <= holdout["accuracy"] <= 1.0
    assert model.predict("my parcel has not come yet").intent == "late_delivery"


@pytest.mark.usefixtures("no_encoder")
def test_train_refuses_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "model")
    wrong = _write(tmp_path / "wrong.csv", [{"message": "hi", "tag": "x"}], ["message", "tag"])
    assert main(["train", "--data", str(wrong), "--out", out]) == 2
    assert "needs a header with 'text' and 'intent'" in capsys.readouterr().err
    one = _write(tmp_path / "one.csv", [{"text": "hi", "intent": "greet"}] * 5, ["text", "intent"])
    assert main(["train", "--data", str(one), "--out", out]) == 2
    assert "at least two intents" in capsys.readouterr().err
    assert main(["train", "--data", str(tmp_path / "missing.csv"), "--out", out]) == 2
    assert "is not a file" in capsys.readouterr().err
    assert not (tmp_path / "model").exists()
