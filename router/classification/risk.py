"""Risk topics of one customer message: fraud, a stolen card, a hacked account, a dispute,
financial hardship, bereavement, a legal threat, a vulnerable customer.

Lexicons (``lexicons/<code>.yaml``, en, de, nl, sv, da, no, fi, fr, es, it, pt, pl) are matched on
folded text. Some phrases name a topic on their own ("chargeback", "passed away"); others need
a second concept close by (``PAIRS``): a theft or loss word next to a card or wallet is a
stolen card, next to a phone a compromised account; a death word next to a relative is a
bereavement; an "I don't recognise" word next to a payment word is fraud, also in a relative
clause after it ("purchases I never made", "Käufe, die ich nie gemacht habe", "ostoksia joita en
oo tehny", "zakupy, których nie robiłem"); "someone" next to "in my name" is fraud, next to
"changed my password" a compromised account; a debt collector next to "keeps calling" is
hardship. Neutral phrases hide their words ("I stole the show",
"the dispute settings page", "I'm dying to know", "fraud prevention", "Betrugsschutz"). Words
one slip of a finger away from a key word of the lexicon ("stollen", "hakced", "paymnet") are
read as that word.

Negation (function words in each language's table: ``negator``, ``neg_det``, ``hedge``,
``breaker``, ``conditional``): a topic word or an event concept (theft, loss, "I don't
recognise", death, a debt collector) right after a negator ("not", "isn't", "kein", "inte",
"ikke", "ei", "pas", "no", "non", "niet", "nie", "não": at most two words between, one for
"no" / "kein" / "ingen" before a noun) does not count: "my card isn't stolen", "no fraud",
"nothing was stolen", "I wasn't scammed". Negation stops at a comma and at a contrast ("not
lost but stolen"); phrases that hold their own negation stay positive ("I don't recognise this
payment", "it wasn't me", "I don't know who made this payment"), and so do hedges ("I'm not
sure if it's fraud", "not only"). A denied topic also cancels the same topic from the intent
(the classifier reads "my card isn't stolen" as a lost card); a topic the text states wins.
Hardship under a condition ("what happens if I can't pay my instalment?") is a question the
bot answers, not a stated hardship, and so is "I can't pay" about when or how (``practical``:
"can't pay on Friday", "je peux pas payer avec vous sur le site", "why can't I pay?").

Ordinary support topics the bot answers raise no topic: a parcel that has not arrived, a
duplicate charge or card reservation, a wrong amount, reminders and late fees, debt collection
asked about or a letter about it, a payment holiday asked for, a declined payment, "the app
doesn't show my payment", "not my order, there is something else inside". A word that is
ordinary in another language counts only in its own (``!``: Portuguese "golpe" is Spanish "de
golpe", Norwegian "mista" Finnish "mistä", German "tot" Dutch "tot", Swedish "döv" Italian
"dov'è"). An explicit dispute or chargeback, a legal threat and hardship the customer states
("I lost my job", "a debt collector keeps calling me") still do. Questions about the service
are not risks: a fraud word after a question opener in a sentence that ends with "?" ("is this
a scam?", "czy to oszustwo?") or next to a legitimacy word ("legit or a scam", "seriös oder
Abzocke"), unless a lure is near ("a text asked for my PIN, is this a scam?"); a dispute next to
pausing the payments, or with the shop in a question ("a dispute with the shop, can I pause
the payment?"); "I haven't made the payment yet"; "I lost my phone, I can't get the login
code" (a login problem).

The classifier's intent adds topics too (``INTENT_TOPICS``): Banking77's lost or stolen card
and compromised card are ``stolen_card``, a lost or stolen phone is ``compromised_account``
(the phone holds the banking app and the one-time codes), payments the customer does not
recognise are ``fraud``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from router.classification.lexicon_match import Hit, Words, compile_lexicon, find, split_words
from router.classification.lexicons import PairRule, load_lexicons
from router.classification.text_normalization import WORD, deletes, fold, slips, tokens

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
}

LEXICON: dict[str, dict[str, str]] = load_lexicons().risk
PAIRS: tuple[PairRule, ...] = load_lexicons().risk_pairs
RISK_LANGUAGES: frozenset[str] = frozenset(LEXICON)
_LEXICON = compile_lexicon(
    LEXICON, frozenset({k for t in LEXICON.values() for k in t} - {"practical", "method"})
)
# Matched on their own, so a "can't pay" phrase that spans one ("kann Freitag nicht zahlen")
# still sees it, and "pay with" does not hide "payment" ("pago con tarjeta").
_PRACTICAL = compile_lexicon(LEXICON, frozenset({"practical"}))
_METHOD = compile_lexicon(LEXICON, frozenset({"method"}))
_METHOD_GAP = 2  # "pay with my visa", "pagar com o cartão"
_ALIASES = {"nb": "no", "nn": "no"}
_TOPIC_SET = frozenset(TOPICS)
_SECURITY = ("fraud", "stolen_card", "compromised_account")
_NEG_REACH = {"negator": 2, "neg_det": 1}
# Event concepts a negation cancels, and the topics a cancelled one denies.
_EVENTS: dict[str, tuple[str, ...]] = {
    "theft": ("stolen_card", "compromised_account"),
    "lost": ("stolen_card", "compromised_account"),
    "unrecognised": ("fraud",),
    "who": ("fraud",),
    "misuse": ("fraud",),
    "access": ("compromised_account",),
    "death": ("bereavement",),
    "collector": ("hardship",),
    "unpaid": ("hardship",),
}
_HYPOTHETICAL = frozenset({"hardship"})
_CONDITION_REACH = 6
_PRACTICAL_BEFORE = 4  # "this time I can't pay", "pourquoi je peux pas payer"
_PRACTICAL_AFTER = 3  # "can't pay on time", "no puedo pagarlo con esta tarjeta"
_QUESTION_REACH = 3  # "is this a scam?", "are you guys a scam?", "c'est une arnaque ou pas ?"
_MERCHANT_REACH = 4  # "a dispute with the shop", "un litige avec la boutique"
_PAUSE_REACH = 6  # "pause my payments during the dispute", "pausa pago disputa"
_YET_REACH = 2  # "I haven't made the payment yet", "ich habe die Zahlung noch nicht gemacht"
_CUES = ("question", "legit", "merchant", "pause", "yet", "worker", "kin", "job", "copula", "conj")
_SUBJECT_REACH = 2  # "my friend works", "a colleague of mine handles", "faren min er"
_JOB_REACH = 5  # "meine Freundin arbeitet bei einer Bank im Bereich Betrug"
_COPULA_REACH = 2  # "my dad is a lawyer", "mon père est avocat"
# Words and the marks that end a sentence (a comma does not): which sentences are questions.
_SENTENCE = re.compile(f"({WORD.pattern})|[.!?\n。！？]")
# "I don't know, who made this payment": a comma before "who" does not end the clause.
_COMMA_WHO = re.compile(
    r",(\s*(?:who|wer|wie|vem|hvem|kuka|kenen|qui|quien|chi|kto|quem)\b)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Risk:
    topics: tuple[str, ...]  # in the order of TOPICS
    matched: tuple[str, ...]  # phrases (and "intent:<name>") that raised them

    @property
    def risky(self) -> bool:
        return bool(self.topics)


NO_RISK = Risk((), ())


# Concepts whose words are worth correcting: rare words, and few real words one slip away.
_TYPO_CATEGORIES = frozenset(
    {*_SECURITY, "theft", "lost", "card", "device", "unrecognised", "txn", "someone", "misuse"}
    | {"access", "who"}
)


def _typo_index() -> tuple[dict[str, dict[str, frozenset[str]]], frozenset[str]]:
    """Per language: the words of six letters or more of ``_TYPO_CATEGORIES``, indexed by
    themselves and by each one-letter deletion (a finger slip of a word shares one of them);
    and every word the lexicon knows (a known word is never a typo)."""
    index: dict[str, dict[str, set[str]]] = {}
    known: set[str] = set()
    for lang, table in LEXICON.items():
        for category, spec in table.items():
            for raw in spec.split("|"):
                for part in fold(raw.strip().lstrip("!")).split():
                    for word in tokens(part.strip("*")):
                        known.add(word)
                        if category in _TYPO_CATEGORIES and len(word) >= 6 and part[0] != "*":
                            by_key = index.setdefault(lang, {})
                            for key in deletes(word, 1):
                                by_key.setdefault(key, set()).add(word)
    frozen = {
        lang: {key: frozenset(words) for key, words in table.items()}
        for lang, table in index.items()
    }
    return frozen, frozenset(known)


_TYPO_INDEX, _KNOWN = _typo_index()


@lru_cache(maxsize=8192)
def _slips(word: str) -> frozenset[str]:
    """Finger slips inside the word that change the letters' count or order. A wrong letter
    in place of a right one, or a change at either end, is too often another word ("backed"
    is not "hacked", "disable" not "disabled", "state" not "estate")."""
    letters = sorted(word)
    return frozenset(
        s
        for s in slips(word)
        if s[0] == word[0] and s[-1] == word[-1] and (len(s) != len(word) or sorted(s) == letters)
    )


@lru_cache(maxsize=16384)
def _fix(word: str, lang: str | None) -> str:
    """The lexicon word ``word`` is one finger slip away from, if exactly one."""
    if word in _KNOWN or len(word) < 6:
        return word
    tables = [_TYPO_INDEX[lang]] if lang in _TYPO_INDEX else list(_TYPO_INDEX.values())
    found = {
        candidate
        for table in tables
        for key in deletes(word, 1)
        for candidate in table.get(key, ())
        if word in _slips(candidate)
    }
    return found.pop() if len(found) == 1 else word


def _correct(words: Words, lang: str | None) -> Words:
    fixed = tuple(_fix(word, lang) for word in words.words)
    return words if fixed == words.words else Words(fixed, words.clauses)


def _negated(hit: Hit, negators: list[Hit], breakers: list[Hit], words: Words) -> bool:
    clause = words.clauses[hit.start]
    for neg in negators:
        gap = hit.start - neg.end
        if not 0 <= gap <= _NEG_REACH[neg.category] or words.clauses[neg.start] != clause:
            continue
        if not any(neg.end <= b.start < hit.start for b in breakers):
            return True
    return False


def _conditional(hit: Hit, conditions: list[Hit], words: Words) -> bool:
    clause = words.clauses[hit.start]
    return any(
        0 <= hit.start - c.end <= _CONDITION_REACH and words.clauses[c.start] == clause
        for c in conditions
    )


def _practical(hit: Hit, practical: list[Hit], words: Words) -> bool:
    """A "can't pay" about when or how ("can't pay on Friday", "je peux pas payer avec vous
    sur le site", "why can't I pay"): moving a due date or a failed payment, not hardship."""
    clause = words.clauses[hit.start]
    return any(
        words.clauses[p.start] == clause
        and p.start < hit.end + _PRACTICAL_AFTER
        and p.end > hit.start - _PRACTICAL_BEFORE
        for p in practical
    )


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


def _asked(folded: str) -> tuple[bool, ...]:
    """Per word of ``split_words(folded)``: whether its sentence ends with a question mark."""
    flags: list[bool] = []
    start = 0
    for match in _SENTENCE.finditer(folded):
        if match.group(1):
            flags.append(False)
            continue
        if match.group(0) in "?？":
            flags[start:] = [True] * (len(flags) - start)
        start = len(flags)
    return tuple(flags)


def _near(hit: Hit, others: list[Hit], reach: int, words: Words, clause: bool = True) -> bool:
    """Another hit at most ``reach`` words before or after ``hit`` (in its clause)."""
    return any(
        max(o.start - hit.end, hit.start - o.end) <= reach
        and (not clause or words.clauses[o.start] == words.clauses[hit.start])
        for o in others
    )


def _about_us(hit: Hit, cues: dict[str, list[Hit]], asked: tuple[bool, ...], words: Words) -> bool:
    """A fraud word that asks about the service: "is this a scam?", "legit or a scam"."""
    clause = words.clauses[hit.start]
    if any(words.clauses[h.start] == clause for h in cues["legit"]):
        return True
    return asked[hit.start] and any(
        words.clauses[q.start] == clause and 0 <= hit.start - q.end <= _QUESTION_REACH
        for q in cues["question"]
    )


def _paid_with(hit: Hit, methods: list[Hit], words: Words) -> bool:
    """A card named as the way to pay ("pay with my visa", "płacić kartą"), not as a thing."""
    return any(
        0 <= hit.start - m.end <= _METHOD_GAP and words.clauses[m.start] == words.clauses[hit.start]
        for m in methods
    )


def _on_the_job(hit: Hit, cues: dict[str, list[Hit]], profession: bool, words: Words) -> bool:
    """A topic word naming someone's job: "my friend works with fraud at a bank", "my mum
    works at the hospital", "mon père est avocat" (a profession after a copula), but not "my
    husband is in hospital" or "my brother is going to sue you"."""
    clause = words.clauses[hit.start]
    subjects = [h for h in cues["worker"] + cues["kin"] if words.clauses[h.start] == clause]

    def said_of_someone(verb: Hit) -> bool:
        return words.clauses[verb.start] == clause and any(
            0 <= verb.start - s.end <= _SUBJECT_REACH for s in subjects
        )

    if any(
        0 <= hit.start - v.end <= _JOB_REACH
        and said_of_someone(v)
        and not any(v.end <= c.start < hit.start for c in cues["conj"])  # "I work, and got scammed"
        for v in cues["job"]
    ):
        return True
    return profession and any(
        0 <= hit.start - c.end <= _COPULA_REACH and said_of_someone(c) for c in cues["copula"]
    )


def _shop_dispute(
    hit: Hit, cues: dict[str, list[Hit]], asked: tuple[bool, ...], words: Words
) -> bool:
    """Pausing payments during a dispute with the shop (the bot answers it), not a dispute
    with us: "pause my payments during the dispute", "a dispute with the shop, can I ...?"."""
    if _near(hit, cues["pause"], _PAUSE_REACH, words, clause=False):
        return True
    return asked[hit.start] and _near(hit, cues["merchant"], _MERCHANT_REACH, words)


def _text_topics(text: str, lang: str | None) -> tuple[dict[str, list[str]], set[str]]:
    """Topics the text states (with their phrases) and topics it denies."""
    found: dict[str, list[str]] = {}
    denied: set[str] = set()
    folded = _COMMA_WHO.sub(r"\1", fold(text))
    words = _correct(split_words(folded), lang)
    asked = _asked(folded)
    hits = find(_LEXICON, words, lang)
    # A block phrase hides the words of its span, also one word another key names too.
    blocked = {(h.start, h.end) for h in hits if h.category == "block"}
    hits = [h for h in hits if h.category == "block" or (h.start, h.end) not in blocked]
    cues = {cue: [h for h in hits if h.category == cue] for cue in _CUES}
    negators = [h for h in hits if h.category in _NEG_REACH]
    breakers = [h for h in hits if h.category == "breaker"]
    conditions = [h for h in hits if h.category == "conditional"]
    methods = find(_METHOD, words, lang)
    professions = {(h.start, h.end) for h in hits if h.category == "profession"}
    by_cat: dict[str, list[Hit]] = {}
    for hit in hits:
        cat = hit.category
        profession = (hit.start, hit.end) in professions
        if cat in _TOPIC_SET and _on_the_job(hit, cues, profession, words):
            continue  # "my friend works with fraud at a bank", "my dad is a lawyer"
        if (cat in _TOPIC_SET or cat in _EVENTS) and _negated(hit, negators, breakers, words):
            denied.update(_SECURITY if cat in _SECURITY else _EVENTS.get(cat, (cat,)))
            continue
        if cat == "unrecognised" and _near(hit, cues["yet"], _YET_REACH, words):
            continue  # "I haven't made the payment yet"
        if cat == "fraud" and _about_us(hit, cues, asked, words):
            by_cat.setdefault("asked", []).append(hit)
            continue
        if cat == "dispute" and _shop_dispute(hit, cues, asked, words):
            continue
        if cat == "card" and _paid_with(hit, methods, words):
            continue  # "I lost my password, can I pay with my Visa?"
        if cat == "unpaid":  # stated "I can't pay", unless asked, or about when or how
            practical = find(_PRACTICAL, words, lang)
            if not (_conditional(hit, conditions, words) or _practical(hit, practical, words)):
                found.setdefault("hardship", []).append(hit.phrase)
        elif cat in _TOPIC_SET:
            if not (cat in _HYPOTHETICAL and _conditional(hit, conditions, words)):
                found.setdefault(cat, []).append(hit.phrase)
        else:
            by_cat.setdefault(cat, []).append(hit)
    for rule in PAIRS:
        if rule.languages is not None and lang not in rule.languages:
            continue
        pair = _pair_hits(rule, by_cat)
        if pair is None:
            continue
        left, right = sorted(pair, key=lambda h: h.start)
        if rule.topic in _HYPOTHETICAL and _conditional(left, conditions, words):
            continue
        found.setdefault(rule.topic, []).append(f"{left.phrase} ... {right.phrase}")
    return found, denied


def detect_risk(text: str, language: str | None = None, intent: str | None = None) -> Risk:
    """Risk topics of one message (and of its intent, when known). Pure, no I/O."""
    text = text[:MAX_CHARS]
    found: dict[str, list[str]] = {}
    denied: set[str] = set()
    if text.strip():
        found, denied = _text_topics(text, _ALIASES.get(language or "", language))
    for topic in INTENT_TOPICS.get(intent or "", ()):
        if topic in found or topic not in denied:
            found.setdefault(topic, []).append(f"intent:{intent}")
    if not found:
        return NO_RISK
    topics = tuple(t for t in TOPICS if t in found)
    matched = tuple(dict.fromkeys(m for t in topics for m in found[t]))
    return Risk(topics, matched)
