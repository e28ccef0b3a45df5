"""Risk topics of one customer message: fraud, a stolen card, a hacked account, a dispute,
financial hardship, bereavement, a legal threat, a vulnerable customer.

Lexicons (``lexicons/risk_*.py``, en, de, nl, sv, da, no, fi, fr, es, it, pt, pl) are matched on
folded text. Some phrases name a topic on their own ("chargeback", "passed away"); others need
a second concept close by (``PAIRS``): a theft or loss word next to a card or wallet is a
stolen card, next to a phone a compromised account; a death word next to a relative is a
bereavement; an "I don't recognise" word next to a payment word is fraud. Neutral phrases hide
their words ("I stole the show", "the dispute settings page", "I'm dying to know"). Negation
is ignored on purpose: "I think my card was not stolen but lost" should still reach a human.

The classifier's intent adds topics too (``INTENT_TOPICS``): Banking77's lost or stolen card
and compromised card are ``stolen_card``, a lost or stolen phone is ``compromised_account``
(the phone holds the banking app and the one-time codes), payments the customer does not
recognise are ``fraud``, and a transaction charged twice is a ``dispute`` (a billing error the
merchant or bank reverses, not a criminal act).
"""

from __future__ import annotations

from dataclasses import dataclass

from router.classification.lexicon_match import Hit, compile_lexicon, find, split_words
from router.classification.lexicons import risk_north, risk_south
from router.classification.text_normalization import fold

TOPICS: tuple[str, ...] = (
    "fraud",
    "stolen_card",
    "compromised_account",
    "dispute",
    "hardship",
    "bereavement",
    "legal_threat",
    "vulnerable_customer",
)
MAX_CHARS = 2000

INTENT_TOPICS: dict[str, tuple[str, ...]] = {
    "lost_or_stolen_card": ("stolen_card",),
    "compromised_card": ("stolen_card",),
    "lost_or_stolen_phone": ("compromised_account",),
    "card_payment_not_recognised": ("fraud",),
    "cash_withdrawal_not_recognised": ("fraud",),
    "direct_debit_payment_not_recognised": ("fraud",),
    "transaction_charged_twice": ("dispute",),
}

LEXICON: dict[str, dict[str, str]] = {**risk_north.LEXICON, **risk_south.LEXICON}
RISK_LANGUAGES: frozenset[str] = frozenset(LEXICON)
_LEXICON = compile_lexicon(LEXICON)
_ALIASES = {"nb": "no", "nn": "no"}
_TOPIC_SET = frozenset(TOPICS)


@dataclass(frozen=True, slots=True)
class PairRule:
    """Topic raised when concept ``b`` starts ``low..high`` words after concept ``a``."""

    a: str
    b: str
    low: int
    high: int
    topic: str
    languages: frozenset[str] | None = None  # None: any language, also an unknown one
    unless: tuple[str, ...] = ()  # concepts near ``a`` that cancel the rule
    reach: int = 4  # how near (in words) an ``unless`` concept must be


PAIRS: tuple[PairRule, ...] = (
    PairRule("theft", "card", -6, 6, "stolen_card"),
    # "I found the card I thought I lost" is a reactivation, not a lost card.
    PairRule("lost", "card", -6, 6, "stolen_card", unless=("found",), reach=12),
    PairRule("theft", "device", -6, 6, "compromised_account"),
    PairRule("lost", "device", -6, 6, "compromised_account"),
    PairRule("death", "kin", -5, 5, "bereavement"),
    # "lost my husband", "perdí a mi padre", but not "lost my son's card".
    PairRule("lost", "kin", 1, 3, "bereavement", unless=("card", "device")),
    # Verb-final: "meinen Mann verloren", "mijn vader verloren".
    PairRule("kin", "lost", 1, 1, "bereavement", frozenset({"de", "nl"}), ("card", "device")),
    PairRule("unrecognised", "txn", -5, 5, "fraud"),
    PairRule("twice", "charged", -4, 4, "dispute"),
)


@dataclass(frozen=True, slots=True)
class Risk:
    topics: tuple[str, ...]  # in the order of TOPICS
    matched: tuple[str, ...]  # phrases (and "intent:<name>") that raised them

    @property
    def risky(self) -> bool:
        return bool(self.topics)


NO_RISK = Risk((), ())


def _pair_hits(rule: PairRule, by_cat: dict[str, list[Hit]]) -> tuple[Hit, Hit] | None:
    for first in by_cat.get(rule.a, ()):
        for second in by_cat.get(rule.b, ()):
            offset = second.start - first.start
            if not rule.low <= offset <= rule.high or first is second:
                continue
            near = any(
                abs(other.start - first.start) <= rule.reach
                for cat in rule.unless
                for other in by_cat.get(cat, ())
            )
            if not near:
                return first, second
    return None


def detect_risk(text: str, language: str | None = None, intent: str | None = None) -> Risk:
    """Risk topics of one message (and of its intent, when known). Pure, no I/O."""
    found: dict[str, list[str]] = {}
    if intent in INTENT_TOPICS:
        for topic in INTENT_TOPICS[intent]:
            found.setdefault(topic, []).append(f"intent:{intent}")
    text = text[:MAX_CHARS]
    if text.strip():
        lang = _ALIASES.get(language or "", language)
        words = split_words(fold(text))
        by_cat: dict[str, list[Hit]] = {}
        for hit in find(_LEXICON, words, lang):
            if hit.category in _TOPIC_SET:
                found.setdefault(hit.category, []).append(hit.phrase)
            else:
                by_cat.setdefault(hit.category, []).append(hit)
        for rule in PAIRS:
            if rule.languages is not None and lang not in rule.languages:
                continue
            pair = _pair_hits(rule, by_cat)
            if pair is not None:
                left, right = sorted(pair, key=lambda h: h.start)
                found.setdefault(rule.topic, []).append(f"{left.phrase} ... {right.phrase}")
    if not found:
        return NO_RISK
    topics = tuple(t for t in TOPICS if t in found)
    matched = tuple(dict.fromkeys(m for t in topics for m in found[t]))
    return Risk(topics, matched)
