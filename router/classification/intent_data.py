"""Training data for the intent model: Banking77 plus the shop intents taken from Bitext.

Both loaders read the layout of ``data/training/`` in this package (the same layout as the
project's shared data folder)::

    banking77/train.csv                  text,category
    bitext/customer_support_20000.csv    flags,utterance,category,intent

Bitext intents are either mapped onto the Banking77 intent with the same meaning, renamed with a
``shop_`` prefix (order, delivery, invoice and shop payment questions of a buy-now-pay-later
shop), kept under a generic name (complaints, reviews, contact requests) or left out.
"""

from __future__ import annotations

import csv
import hashlib
import random
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

TRAINING_DIR = Path(__file__).resolve().parent / "data" / "training"
BANKING77_TRAIN = Path("banking77") / "train.csv"
BITEXT_TRAIN = Path("bitext") / "customer_support_20000.csv"

# Bitext intent -> Relaydesk intent. Bitext intents missing here are not used.
BITEXT_INTENT_MAP: dict[str, str] = {
    # Same customer need as a Banking77 intent: merged into it.
    "get_refund": "request_refund",
    "track_refund": "Refund_not_showing_up",
    "recover_password": "passcode_forgotten",
    "delete_account": "terminate_account",
    "edit_account": "edit_personal_details",
    # What a buy-now-pay-later shop adds to a bank's intents.
    "cancel_order": "shop_cancel_order",
    "change_order": "shop_change_order",
    "place_order": "shop_place_order",
    "track_order": "shop_track_order",
    "delivery_period": "shop_delivery_period",
    "delivery_options": "shop_delivery_options",
    "change_shipping_address": "shop_change_shipping_address",
    "set_up_shipping_address": "shop_set_up_shipping_address",
    "check_refund_policy": "shop_check_refund_policy",
    "check_cancellation_fee": "shop_check_cancellation_fee",
    "payment_issue": "shop_payment_issue",
    "check_payment_methods": "shop_check_payment_methods",
    "get_invoice": "shop_get_invoice",
    "check_invoices": "shop_check_invoices",
    "create_account": "shop_create_account",
    "registration_problems": "shop_registration_problems",
    # Generic service intents, not specific to a shop.
    "complaint": "complaint",
    "review": "review",
    "contact_customer_service": "contact_customer_service",
    "contact_human_agent": "contact_human_agent",
    # Left out: switch_account, newsletter_subscription (no use for a BNPL shop's chat).
}

# Examples per Bitext intent: Bitext has up to 4,000 near-duplicate template variants per
# intent, Banking77 about 130 per intent; capping keeps the classes balanced and training fast.
BITEXT_PER_NEW_INTENT = 120
# Bitext rows added to a Banking77 intent: few, so that Banking77's own wording stays dominant.
BITEXT_PER_MERGED_INTENT = 30
BITEXT_SEED = 7


def load_banking77(data_dir: Path = TRAINING_DIR) -> list[tuple[str, str]]:
    """Rows ``(text, intent)`` of Banking77's train.csv under ``data_dir``."""
    with (data_dir / BANKING77_TRAIN).open(encoding="utf-8", newline="") as handle:
        return [
            (row["text"].strip(), row["category"].strip())
            for row in csv.DictReader(handle)
            if row["text"].strip()
        ]


def load_bitext(
    data_dir: Path = TRAINING_DIR,
    per_new_intent: int = BITEXT_PER_NEW_INTENT,
    per_merged_intent: int = BITEXT_PER_MERGED_INTENT,
    seed: int = BITEXT_SEED,
) -> list[tuple[str, str]]:
    """Mapped rows ``(text, intent)`` of Bitext, deduplicated and capped per intent."""
    by_intent: dict[str, list[str]] = defaultdict(list)
    seen: set[str] = set()
    with (data_dir / BITEXT_TRAIN).open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            intent = BITEXT_INTENT_MAP.get(row["intent"].strip())
            text = " ".join(row["utterance"].split())
            key = text.lower()
            if intent is None or not text or key in seen:
                continue
            seen.add(key)
            by_intent[intent].append(text)
    rng = random.Random(seed)
    rows: list[tuple[str, str]] = []
    for intent in sorted(by_intent):
        texts = by_intent[intent]
        cap = per_new_intent if _is_new_intent(intent) else per_merged_intent
        chosen = rng.sample(texts, cap) if len(texts) > cap else texts
        rows.extend((text, intent) for text in chosen)
    return rows


def load_training_rows(data_dir: Path = TRAINING_DIR) -> list[tuple[str, str]]:
    """All training rows: Banking77 followed by the mapped Bitext rows."""
    return load_banking77(data_dir) + load_bitext(data_dir)


def rows_digest(rows: Iterable[tuple[str, str]]) -> str:
    """SHA-256 over the rows in order, to record which data a model was trained on."""
    digest = hashlib.sha256()
    for text, intent in rows:
        digest.update(text.encode("utf-8"))
        digest.update(b"\x1f")
        digest.update(intent.encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def stratified_split(
    rows: list[tuple[str, str]], fraction: float, seed: int
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Split rows into (train, held_out), holding out ``fraction`` of each intent."""
    by_intent: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        by_intent[row[1]].append(row)
    rng = random.Random(seed)
    train: list[tuple[str, str]] = []
    held_out: list[tuple[str, str]] = []
    for intent in sorted(by_intent):
        group = list(by_intent[intent])
        rng.shuffle(group)
        n_held = round(len(group) * fraction)
        held_out.extend(group[:n_held])
        train.extend(group[n_held:])
    return train, held_out


def _is_new_intent(intent: str) -> bool:
    return intent.startswith("shop_") or intent in {
        "complaint",
        "review",
        "contact_customer_service",
        "contact_human_agent",
    }
