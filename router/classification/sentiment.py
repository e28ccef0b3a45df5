"""Sentiment and frustration of one customer message, from lexicons and typography.

Words come from ``lexicons/<code>.yaml`` (en, de, nl, sv, da, no, fi, fr, es, it, pt, pl),
matched on folded text so accents and case do not matter. Every frustration cue has a weight;
they combine as independent pieces of evidence (``1 - prod(1 - w)``), so one insult gives 0.75
and an insult in capitals with "!!" about 0.9. Typographic cues (capitals, "?!?!", many "!")
only count when the words are not positive: "THANK YOU!!!" is not frustrated. Negation flips
the next few words of the clause ("not bad" is mildly positive, "not helpful" negative).

A message is frustrated from ``FRUSTRATED`` (0.4) on: any one explicit cue (insult, swearing,
"useless", "I already told you", "stop it", "I give up") reaches it, a polite complaint
("unfortunately my parcel has not arrived, could you check?") stays below it. It is angry from
``ANGRY`` (0.7, where the default rules escalate) on: the insults and outraged phrases native
speakers use ("Saftladen", "Verarsche", "sois unos inútiles", "c'est inadmissible",
"skitföretag", "siete ridicoli", "waardeloos", "żenada", "uma vergonha", "helt håpløst", "ihan
surkeaa", "useless bot", "this is a joke") reach it alone, and so does disbelief ("are you
kidding me", "wollt ihr mich verarschen", "I er til grin", "żartujecie sobie?") unless the words
are positive ("you're kidding, it worked, thanks!"), and so does strong swearing
(``expletive``: "perkele", "kurwa", "foda-se", "joder", "me cago en todo", "ihr könnt mich mal",
"what the hell") and mild swearing aimed at a ``target`` (the company, its app or service, the
customer's money: "vaya mierda de servicio", "this shitty app", "my damn refund"); a mild curse
alone ("shit, I forgot my PIN") and mild dissatisfaction ("hmm, that did not help") do not. A
customer telling the bot its answer missed ("that doesn't answer my question", "you already
said that", "still no answer") is ``unhelpful``: frustrated, below the escalation bar.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from router.classification.lexicon_match import Hit, Words, compile_lexicon, find, split_words
from router.classification.lexicons import load_lexicons
from router.classification.text_normalization import WORD, fold

FRUSTRATED = 0.4
ANGRY = 0.7  # the default escalation rules hand a customer over from here
MAX_CHARS = 2000

LEXICON: dict[str, dict[str, str]] = load_lexicons().sentiment
SENTIMENT_LANGUAGES: frozenset[str] = frozenset(LEXICON)
_LEXICON = compile_lexicon(LEXICON)
_ALIASES = {"nb": "no", "nn": "no"}

# category -> (polarity, frustration weight, cue name). From ``ANGRY`` (0.7) on, one cue alone
# escalates under the default rules: an insult, "I'm furious", "useless", "this is a joke",
# "pathetic service". Swearing, "that didn't help", "I already told you" and "I give up" stay
# below it alone and reach it together or with typography.
_WORD_CUES: dict[str, tuple[float, float, str]] = {
    "insult": (-2.0, 0.75, "insult"),
    "profanity": (-1.5, 0.45, "profanity"),
    "expletive": (-2.0, 0.7, "profanity"),
    "anger": (-1.5, 0.7, "anger"),
    "useless": (-1.5, 0.7, "useless_bot"),
    "unhelpful": (-1.0, 0.45, "unhelpful"),
    "ridiculous": (-1.5, 0.7, "ridiculous"),
    "unbelievable": (-0.5, 0.3, "unbelievable"),
    "disbelief": (-1.5, 0.7, "disbelief"),
    "harsh": (-1.5, 0.7, "harsh_words"),
    "told": (-1.0, 0.45, "already_told"),
    "give_up": (-1.5, 0.5, "giving_up"),
    "stop": (-1.0, 0.4, "stop"),
}
_POLAR = {"pos": 1.0, "neg": -1.0, "mild": -0.35}
# Cues a negation cancels ("I'm not angry", "not useless"); insults and swearing it does not,
# nor "that's not what I asked" or "das ist nicht euer Ernst" (their phrases hold their own
# negation: "no, not what I asked"; "non mais vous rigolez" is no Italian "non").
_NEGATABLE = frozenset(
    {"pos", "neg", "mild", "anger", "useless", "ridiculous", "unbelievable", "harsh"}
)
# Mild swearing aimed at the company, its service or the customer's money ("this shitty app",
# "servicio de mierda", "my damn refund"): at most this many words between swear and target.
_AIMED_GAP = 2
_SWEARING = frozenset({"profanity", "expletive"})
_AIMED = 0.7
_NEG_REACH = 3
_AGAIN = 0.2
_ALL_CAPS = (-0.5, 0.35)  # alone below FRUSTRATED: some customers just type in capitals
_REPEATED = (-0.5, 0.25)
_EXCLAIM = (-0.3, 0.15)
_ANGRY_EMOJI = (-1.5, 0.35)
_NEGATIVE_WORDS_PER_UNIT = 0.08
_NEGATIVE_WORDS_MAX = 0.25
_CAPS_MIN_LETTERS = 8
_CAPS_MIN_WORDS = 2
_CAPS_RATIO = 0.7

_PUNCT_RUN = re.compile(r"[!?！？]{2,}")
_ANGRY = re.compile("[\U0001f620\U0001f621\U0001f92c\U0001f4a9\U0001f595\U0001f44e\U0001f624]")
_SAD = re.compile("[\U0001f622\U0001f62d\U0001f61e\U0001f61f\u2639\U0001f641\U0001f612\U0001f644]")
_HAPPY = re.compile(
    "[\U0001f600-\U0001f60d\U0001f642\U0001f917\U0001f44d\u2764\U0001f64f\U0001f970\U0001f929"
    "\U0001f60a\u263a\U0001f496\U0001f44c]"
)
# Capitalised by convention, not shouted: never counted as capitals.
_ACRONYMS = frozenset(
    (  # noqa: SIM905
        "iban pin puk cvv cvc sepa bic swift atm faq ok okay usa eu uk id qr nfc api url vat mwst"
        " ust moms tva iva otp tan eur usd gbp sek nok dkk pln chf bnpl kyc ssn dhl ups dpd gls"
        " postnord pos app ios gdpr dsgvo rgpd avg asap fyi bankid mitid nemid psd2 paypal visa"
        " amex mastercard maestro pc sms mms pdf tv gps ec giro ing abn amro seb dnb nda ceo vip"
        " sim esim wifi nif nie dni cpf bsn cpr nip pesel klarna ikea hm"
    ).split()
)


@dataclass(frozen=True, slots=True)
class Sentiment:
    sentiment: float  # -1 (very negative) .. 1 (very positive)
    frustration: float  # 0 .. 1; frustrated from FRUSTRATED on
    cues: tuple[str, ...]  # what raised negativity or frustration, in a fixed order

    @property
    def frustrated(self) -> bool:
        return self.frustration >= FRUSTRATED


NEUTRAL = Sentiment(0.0, 0.0, ())


def _negated(hit: Hit, negators: list[Hit], words: Words) -> bool:
    clause = words.clauses[hit.start]
    return any(
        0 <= hit.start - neg.end < _NEG_REACH and words.clauses[neg.start] == clause
        for neg in negators
    )


def _aimed(hits: list[Hit], words: Words) -> bool:
    """Swearing next to a ``target`` word of the same clause, on either side."""
    swears = [h for h in hits if h.category == "profanity"]
    targets = [h for h in hits if h.category == "target"]
    return any(
        words.clauses[s.start] == words.clauses[t.start]
        and (0 <= t.start - s.end <= _AIMED_GAP or 0 <= s.start - t.end <= _AIMED_GAP)
        for s in swears
        for t in targets
    )


def _bare_stop(hits: list[Hit], words: Words) -> bool:
    """A clause made only of stop words and fillers ("Stop!", "stopp jetzt", "basta ya")."""
    covered: dict[int, set[int]] = {}
    stops: set[int] = set()
    for hit in hits:
        if hit.category in ("stop_bare", "filler"):
            clause = words.clauses[hit.start]
            covered.setdefault(clause, set()).update(range(hit.start, hit.end))
            if hit.category == "stop_bare":
                stops.add(clause)
    for clause in stops:
        size = sum(1 for c in words.clauses if c == clause)
        if len(covered[clause]) == size:
            return True
    return False


def _shouting(text: str) -> bool:
    if sum(map(str.isupper, text)) < _CAPS_MIN_LETTERS:
        return False
    upper = lower = caps_words = 0
    for word in WORD.findall(text):
        if len(word) < 2 or not word.isalpha() or word.casefold() in _ACRONYMS:
            continue
        if word.isupper():
            upper += len(word)
            caps_words += 1
        elif word != word.upper():
            lower += len(word)
    return (
        caps_words >= _CAPS_MIN_WORDS
        and upper >= _CAPS_MIN_LETTERS
        and upper >= _CAPS_RATIO * (upper + lower)
    )


def _repeated_punctuation(text: str) -> bool:
    for match in _PUNCT_RUN.finditer(text):
        run = match.group(0)
        if "!" in run or "！" in run or len(run) >= 3:
            return True
    return False


def detect_sentiment(text: str, language: str | None = None) -> Sentiment:
    """Sentiment in [-1, 1] and frustration in [0, 1] of one message. Pure, no I/O."""
    text = text[:MAX_CHARS]
    if not text.strip():
        return NEUTRAL
    lang = _ALIASES.get(language or "", language)
    words = split_words(fold(text))
    hits = find(_LEXICON, words, lang)
    negators = [h for h in hits if h.category == "negator"]
    polarity = 0.0
    negative_units = 0.0
    weights: dict[str, float] = {}
    again = unbelievable = disbelief = False
    praised = {h.start for h in hits if h.category == "pos"}
    for hit in hits:
        cat = hit.category
        if cat in _SWEARING and hit.end in praised:
            continue  # "fucking awesome", "vitun hyvä": an intensifier of praise
        negated = cat in _NEGATABLE and _negated(hit, negators, words)
        if cat in _POLAR:
            value = _POLAR[cat]
            if negated:
                value = -0.7 * value if value > 0 else 0.3
            polarity += value
            negative_units += max(0.0, -value)
        elif cat == "unbelievable" and not negated:
            unbelievable = True  # counted below, once the words are known not to be positive
        elif cat == "disbelief":
            disbelief = True  # "are you serious?!" angry, "you're kidding, it worked!" not
        elif cat in _WORD_CUES and not negated:
            value, weight, cue = _WORD_CUES[cat]
            polarity += value
            weights[cue] = max(weights.get(cue, 0.0), weight)
        elif cat == "again":
            again = True
    if "profanity" in weights and _aimed(hits, words):
        weights["profanity"] = max(weights["profanity"], _AIMED)
    if _bare_stop(hits, words):
        polarity += _WORD_CUES["stop"][0]
        weights["stop"] = _WORD_CUES["stop"][1]
    angry = 0
    if not text.isascii():
        angry = len(_ANGRY.findall(text))
        polarity += 1.0 * len(_HAPPY.findall(text)) - 1.0 * len(_SAD.findall(text))
    if angry:
        polarity += _ANGRY_EMOJI[0] * min(angry, 3)
        weights["angry_emoji"] = _ANGRY_EMOJI[1]
    for present, cat in ((disbelief, "disbelief"), (unbelievable, "unbelievable")):
        if present and polarity <= 0:  # "unbelievable, it worked!" is not outrage
            value, weight, cue = _WORD_CUES[cat]
            polarity += value
            weights[cue] = weight
    if polarity <= 0:  # typography amplifies what the words say; "THANKS!!!" stays positive
        exclaims = text.count("!") + text.count("！")
        for cue, (value, weight), present in (
            ("all_caps", _ALL_CAPS, _shouting(text)),
            ("repeated_punctuation", _REPEATED, _repeated_punctuation(text)),
            ("exclamations", _EXCLAIM, exclaims >= 3),
        ):
            if present:
                polarity += value
                weights[cue] = weight
        if again and (exclaims or weights or polarity < 0):
            polarity -= 0.5
            weights["again"] = _AGAIN
    if negative_units and polarity < 0:
        weights["negative_words"] = min(
            _NEGATIVE_WORDS_MAX, _NEGATIVE_WORDS_PER_UNIT * negative_units
        )
    calm = 1.0
    for weight in weights.values():
        calm *= 1.0 - weight
    score = polarity / math.sqrt(polarity * polarity + 4.0)
    return Sentiment(round(score, 3), round(1.0 - calm, 3), tuple(sorted(weights)))
