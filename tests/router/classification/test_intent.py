from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from router.classification.eval_intent import evaluate_intent, evaluate_oos, macro_f1
from router.classification.intent import (
    OUT_OF_SCOPE,
    IntentModel,
    IntentPrediction,
    normalize,
    train_intent_model,
)
from router.classification.intent_data import (
    BITEXT_INTENT_MAP,
    load_banking77,
    load_bitext,
    load_training_rows,
    rows_digest,
    stratified_split,
)
from router.classification.intent_training import fit_blocks, transform

INTENTS = [
    "card_arrival",
    "lost_or_stolen_card",
    "request_refund",
    "exchange_rate",
    "change_pin",
    "top_up_failed",
    "shop_track_order",
    "shop_cancel_order",
    "contact_human_agent",
    "shop_check_payment_methods",
    "activate_my_card",
    "atm_support",
    "cancel_transfer",
    "card_payment_fee_charged",
    "declined_card_payment",
    "pending_transfer",
    "terminate_account",
    "verify_my_identity",
    "shop_delivery_period",
    "shop_get_invoice",
    "complaint",
    "passcode_forgotten",
    "apple_pay_or_google_pay",
    "country_support",
]
PER_INTENT = 20


def _subset() -> list[tuple[str, str]]:
    by_intent: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for text, intent in load_training_rows():
        if intent in INTENTS and len(by_intent[intent]) < PER_INTENT:
            by_intent[intent].append((text, intent))
    return [row for intent in INTENTS for row in by_intent[intent]]


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, str]]:
    return _subset()


@pytest.fixture(scope="module")
def model(rows: list[tuple[str, str]]) -> IntentModel:
    messages: list[str] = []
    trained = train_intent_model(rows, progress=messages.append)
    assert messages and messages[-1].startswith("intent: trained in")
    return trained


def test_training_data_is_shipped_and_mapped() -> None:
    banking = load_banking77()
    bitext = load_bitext()
    assert len(banking) > 10_000
    assert len({intent for _, intent in banking}) == 77
    bitext_intents = {intent for _, intent in bitext}
    assert bitext_intents == set(BITEXT_INTENT_MAP.values())
    assert "shop_track_order" in bitext_intents
    assert len(bitext) == len({text.lower() for text, _ in bitext})  # deduplicated
    assert load_bitext() == bitext  # the capped sample is deterministic


def test_predicts_known_intents(model: IntentModel) -> None:
    cases = {
        "my card has not arrived yet": "card_arrival",
        "someone stole my card": "lost_or_stolen_card",
        "where is my order?": "shop_track_order",
        "I want to cancel my order": "shop_cancel_order",
        "let me talk to a human agent": "contact_human_agent",
    }
    for text, intent in cases.items():
        prediction = model.predict(text)
        assert isinstance(prediction, IntentPrediction)
        assert prediction.intent == intent, (text, prediction)
        assert not prediction.out_of_scope
        assert 0.45 <= prediction.confidence <= 1.0


def test_confidence_is_a_probability(model: IntentModel, rows: list[tuple[str, str]]) -> None:
    texts = [text for text, _ in rows[::7]] + ["hello", "?", "card card card card"]
    for prediction in model.predict_many(texts):
        assert 0.0 <= prediction.confidence <= 1.0
    probs = model.probabilities("my card has not arrived")
    assert probs.shape == (len(INTENTS),)
    assert abs(float(probs.sum()) - 1.0) < 1e-4


@pytest.mark.parametrize(
    "text",
    [
        "asdkjh qwpoeiru zxmcnv",
        "set an alarm for 7am",
        "🙂🙂🙂",
        "12345 678",
        "Wie wird das Wetter morgen?",
    ],
)
def test_unrelated_text_is_out_of_scope(model: IntentModel, text: str) -> None:
    prediction = model.predict(text)
    assert prediction.out_of_scope, prediction
    assert prediction.intent == OUT_OF_SCOPE
    assert prediction.confidence < model.threshold


def test_bad_input(model: IntentModel) -> None:
    empty = model.predict("")
    assert empty == IntentPrediction(OUT_OF_SCOPE, 0.0, True)
    assert model.predict("   \n\t ").out_of_scope
    long_text = "where is my order " + "x" * 10_000
    assert model.predict(long_text).intent == "shop_track_order"
    assert model.predict("card " * 2_000).confidence <= 1.0
    assert model.predict("\x00\ud800 my card was stolen").intent == "lost_or_stolen_card"
    for bad in (None, 42, b"where is my order", ["where is my order"]):
        with pytest.raises(TypeError):
            model.predict(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        model.predict_many(["ok", None])  # type: ignore[list-item]
    assert model.predict_many([]) == []


def test_save_load_round_trip(model: IntentModel, tmp_path: Path) -> None:
    path = tmp_path / "intent"
    model.save(path)
    meta = json.loads((path / "metadata.json").read_text())
    assert meta["format_version"] == 2
    assert meta["word_pieces"] is (model.embeddings is not None)
    assert meta["labels"] == sorted(INTENTS)
    assert meta["training_sha256"] == rows_digest(_subset())
    loaded = IntentModel.load(path)
    texts = ["my card has not arrived", "where is my order?", "blorp", ""]
    assert loaded.predict_many(texts) == model.predict_many(texts)
    assert loaded.threshold == model.threshold
    assert loaded.temperature == model.temperature


def test_load_rejects_other_formats(model: IntentModel, tmp_path: Path) -> None:
    model.save(tmp_path)
    meta = json.loads((tmp_path / "metadata.json").read_text())
    meta["format_version"] = 999
    (tmp_path / "metadata.json").write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="unsupported"):
        IntentModel.load(tmp_path)
    with pytest.raises(FileNotFoundError):
        IntentModel.load(tmp_path / "missing")


def test_training_rejects_too_few_intents() -> None:
    with pytest.raises(ValueError, match="two intents"):
        train_intent_model([("hello", "greet"), ("hi", "greet"), ("", "other")])


def test_model_features_match_training_features(model: IntentModel) -> None:
    texts = [normalize(t) for t in ["My card, PIN 1234!", "where's my refund??"]]
    blocks = fit_blocks(texts)
    matrix = transform(blocks, texts).toarray()
    assert np.allclose(np.linalg.norm(matrix[:, : len(blocks[0].vocabulary)], axis=1), 1.0)
    scores = model.decision_scores(["my card"])
    assert scores.shape == (1, len(model.labels))


def test_evaluation(model: IntentModel, rows: list[tuple[str, str]]) -> None:
    _, held_out = stratified_split(rows, 0.25, seed=1)
    report = evaluate_intent(model, held_out)
    assert report.n == len(held_out)
    assert report.accuracy > 0.9  # seen rows
    assert 0.0 <= report.macro_f1 <= 1.0
    assert len(report.top_errors) <= 10
    oos = evaluate_oos(
        model, [t for t, _ in held_out], ["asdkjh qwpoeiru zxmcnv", "what time is it in tokyo"]
    )
    assert oos.oos_recall >= 0.5 and oos.auroc > 0.9  # gibberish always; a low bar since recipe 2
    assert oos.false_oos_rate < 0.2
    assert macro_f1(["a", "b"], ["a", "a"]) == pytest.approx((2 / 3 + 0) / 2)
