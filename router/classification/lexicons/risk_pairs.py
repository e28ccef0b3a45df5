"""Risk topics raised by two concepts of the risk lexicons close to each other (see ``risk``)."""

from __future__ import annotations

from dataclasses import dataclass


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
    # "I lost my phone and can't get the login code" is a login problem the bot answers.
    PairRule("lost", "device", -6, 6, "compromised_account", unless=("otp",), reach=8),
    PairRule("death", "kin", -5, 5, "bereavement"),
    # "lost my husband", "perdí a mi padre", but not "lost my son's card".
    PairRule("lost", "kin", 1, 3, "bereavement", unless=("card", "device")),
    # Verb-final: "meinen Mann verloren", "mijn vader verloren".
    PairRule("kin", "lost", 1, 1, "bereavement", frozenset({"de", "nl"}), ("card", "device")),
    # "not my order, there is something else inside" is a wrong item, not fraud.
    # "there are purchases on my account I never made", "a charge of 50 and no clue what it is".
    PairRule("unrecognised", "txn", -7, 6, "fraud", unless=("contents",), reach=8),
    PairRule("txn", "rel", 1, 8, "fraud"),  # "purchases I haven't made"
    # "I don't know who made this payment", "je ne sais pas qui a fait ce paiement".
    PairRule("who", "txn", 1, 9, "fraud"),
    PairRule("unrecognised", "misuse", -6, 6, "fraud"),
    PairRule("someone", "misuse", 1, 6, "fraud"),
    PairRule("someone", "access", 1, 3, "compromised_account"),
    PairRule("collector", "pressure", -5, 6, "hardship"),
    # "I got a text asking for my card details, is this a scam?"
    PairRule("lure", "asked", -12, 12, "fraud"),
)
