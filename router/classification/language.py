"""Language of a short chat message, for the 35 languages Relaydesk serves.

Scripts used by one language decide at once (Hangul, kana, Hebrew, Greek, Devanagari, Arabic).
Cyrillic text goes to py3langid's naive-Bayes byte n-gram model (shipped inside the wheel),
restricted to the supported Cyrillic languages.

Latin text, where most messages are a few words long, adds three things to the model's
(restricted) probabilities, as log-linear scores:

* word lists per language: greetings, thanks, yes/no words, function words and the customer
  service words of chat messages, also without their accents ("ruckerstattung") - a word used
  by one language only is strong evidence, one shared by several lifts them all a little;
* a small prior for the twelve languages the bot serves, over the other Latin ones;
* the conversation's language (``hint``): a short or unsure message keeps it, a message that
  is clearly in another language (its words, or a long enough text) switches.

Words every language borrows from English ("ok", "agent", "refund") tell nothing when a hint is
given, and mean English only without one.
"""

from __future__ import annotations

import copy
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

SUPPORTED_LANGUAGES: frozenset[str] = frozenset(
    (  # noqa: SIM905
        "en de sv fr es it nl da no fi pl pt cs sk hu ro bg el hr sl et lv lt ga mt is tr ru uk"
        " ar he ja zh ko hi"
    ).split()
)
# The languages the bot talks in; the other supported ones get system notices only.
SERVED_LANGUAGES: frozenset[str] = frozenset(
    {"en", "de", "sv", "da", "no", "fi", "fr", "es", "it", "nl", "pl", "pt"}
)
UNDETERMINED = "und"
_CYRILLIC = frozenset({"ru", "uk", "bg"})
_LATIN = SUPPORTED_LANGUAGES - _CYRILLIC - {"el", "ar", "he", "ja", "zh", "ko", "hi"}
# Model labels folded into a supported language (Nynorsk is Norwegian).
_MODEL_ALIASES = {"nn": "no"}
_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "zh-hans": "zh", "zh-hant": "zh"}
# A hint wins when the text has fewer letters than this or the model is less sure than this
# (Latin text: unless the text has words of its own language that the hinted one lacks).
_SHORT_LETTERS = 12
_SURE = 0.6
_MAX_CHARS = 300  # the first few sentences tell the language; keeps long pastes cheap
_URLS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[@#]\w+")

# Log-linear weights for Latin text (natural-log units, added to the model's log probability).
_WORD_WEIGHT = 2.2  # per listed word of a language (half for words marked "~")
_SERVED_PRIOR = 1.0  # the twelve served languages over the other Latin ones
_HINT_PRIOR = 1.2  # the conversation's language
_BORROWED_WEIGHT = 1.0  # an English loanword, for English, when no hint is given
_MODEL_FLOOR = 0.3  # the model's weight (on its log probabilities) for the shortest text ...
_MODEL_FULL_LETTERS = 30  # ... growing to full weight at this many letters
_MAX_WORDS = 40  # words looked up; the model reads the rest
_MODEL_TOP = 8  # the model's best languages scored besides those with listed words

# Words per language (data/language_words.yaml): the words of each, "~" for half weight.
_WORDS_FILE = Path(__file__).parent / "data" / "language_words.yaml"
_WORDS: dict[str, str] = yaml.safe_load(_WORDS_FILE.read_text(encoding="utf-8"))
# Words of English every language borrows in chat: no sign of English when there is a hint.
_BORROWED = frozenset(
    (  # noqa: SIM905
        "ok okay okey oke agent app bot robot link email mail super top sorry refund tracking"
        " account online support chat login password hello hi thanks human order lol pls plz thx"
    ).split()
)
# Two-word cues a single word cannot give: ("tu", "es") is French, Spanish says "tú eres".
_PAIRS: dict[tuple[str, str], str] = {
    ("tu", "es"): "fr",
    ("wo", "ist"): "de",
    ("med", "å"): "no",
    ("med", "at"): "da",
    ("hej", "med"): "da",
    ("hav", "det"): "da",
    ("god", "morgon"): "sv",
    ("que", "tal"): "es",
    ("por", "favor"): "es",
    ("dank", "je"): "nl",
}
# Norwegian puts "min" after a definite noun ("pakken min"); Danish and Swedish before it.
_POSSESSIVES = frozenset({"min", "mitt", "mine", "din", "ditt", "dine"})
_DEFINITE = re.compile(r"\w{3,}(?:en|et|ene)$")
_NOT_DEFINITE = frozenset({"kommet", "blevet", "faaet", "leveret", "givet", "taget", "igen"})


def _strip_accents(word: str) -> str:
    return "".join(
        char for char in unicodedata.normalize("NFD", word) if not unicodedata.combining(char)
    )


def _build_lexicon() -> dict[str, dict[str, float]]:
    lexicon: dict[str, dict[str, float]] = {}
    for language, words in _WORDS.items():
        for entry in words.split():
            weight = 0.5 if entry.endswith("~") else 1.0
            word = entry.rstrip("~")
            # Written without accents a word may be another one: half weight.
            forms = {word: weight, _strip_accents(word): weight / 2}
            if language == "de":  # German written without umlauts: "ue" as well as "u"
                forms[word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")] = weight / 2
            forms[word] = weight
            for form, form_weight in forms.items():
                weights = lexicon.setdefault(form, {})
                weights[language] = max(weights.get(language, 0.0), form_weight)
    return lexicon


_LEXICON = _build_lexicon()
# A word: letters, or an elision ending in its apostrophe; not part of a code ("DE1234").
_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:'|(?!\w))")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str
    confidence: float


@lru_cache(maxsize=1)
def _base_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=2)
def _identifier(script: str) -> Any:
    """py3langid restricted to one script's languages; the model file is read once (~0.6 s)."""
    identifier = copy.copy(_base_identifier())
    languages = _CYRILLIC if script == "cyrillic" else _LATIN | set(_MODEL_ALIASES)
    identifier.set_languages(sorted(languages))
    return identifier


def load_model() -> None:
    """Load the n-gram model now (worker start-up) instead of on the first message."""
    _identifier("latin")
    _identifier("cyrillic")


_SCRIPTS = (
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")),
    ("cyrillic", re.compile(r"[\u0400-\u052f]")),
    ("el", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("ja", re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")),
    ("han", re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
)
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _script_counts(text: str) -> dict[str, int]:
    if text.isascii():
        letters = len(_ASCII_LETTER.findall(text))
        return {"latin": letters} if letters else {}
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS}
    return {name: count for name, count in counts.items() if count}


def _normalise_hint(hint: str | None) -> str | None:
    if not hint:
        return None
    code = hint.strip().lower().replace("_", "-")
    code = _ALIASES.get(code, code.split("-")[0])
    code = _ALIASES.get(code, code)
    return code if code in SUPPORTED_LANGUAGES else None


def _word_scores(text: str, hinted: str | None) -> tuple[dict[str, float], set[str]]:
    """Listed words per language (weighted counts) in ``text``, and the languages that have a
    word (or cue) in it the hinted language does not list."""
    words = _WORD.findall(text.lower().replace("’", "'"))[:_MAX_WORDS]
    scores: dict[str, float] = {}
    beyond_hint: set[str] = set()
    borrowed = 0
    previous = ""
    for word in words:
        if word.rstrip("'") in _BORROWED:
            borrowed += 1
        else:
            weights = _LEXICON.get(word) or _LEXICON.get(word.rstrip("'"))
            if weights:
                for language, weight in weights.items():
                    scores[language] = scores.get(language, 0.0) + weight
                if hinted not in weights:
                    beyond_hint.update(weights)
        cues = [_PAIRS.get((previous, word))]
        if word in _POSSESSIVES and _DEFINITE.match(previous) and previous not in _NOT_DEFINITE:
            cues.append("no")
        for cue in cues:
            if cue:
                scores[cue] = scores.get(cue, 0.0) + 1.0
                if cue != hinted:
                    beyond_hint.add(cue)
        previous = word
    if borrowed and hinted is None and not scores:
        scores["en"] = _BORROWED_WEIGHT * borrowed / _WORD_WEIGHT
    return scores, beyond_hint


def _latin(text: str, letters: int, hinted: str | None) -> LanguageGuess:
    ranked = _identifier("latin").rank(text)
    words, beyond_hint = _word_scores(text, hinted)
    model = dict(ranked)
    for label, code in _MODEL_ALIASES.items():
        model[code] = model.get(code, 0.0) + model.pop(label, 0.0)
    # Scored: the model's best few, the languages with words in the text, the hinted one; the
    # rest trail the model's best few and have no word to lift them.
    candidates = {_MODEL_ALIASES.get(label, label) for label, _ in ranked[:_MODEL_TOP]}
    candidates.update(words)
    if hinted in model:
        candidates.add(hinted)
    probabilities = {code: model[code] for code in candidates}
    # The n-gram model has little to go on in a word or two: it counts fully from ~4 words.
    model_weight = min(1.0, _MODEL_FLOOR + letters / _MODEL_FULL_LETTERS)
    log, weight, prior = math.log, _WORD_WEIGHT, _SERVED_PRIOR
    scores = {
        code: model_weight * log(probability + 1e-9)
        + weight * words.get(code, 0.0)
        + (prior if code in SERVED_LANGUAGES else 0.0)
        for code, probability in probabilities.items()
    }
    if hinted in scores:
        scores[hinted] += _HINT_PRIOR
    best = max(scores, key=scores.__getitem__)
    top = scores[best]
    total = sum(math.exp(score - top) for score in scores.values())
    if hinted is not None and hinted in scores and best != hinted:
        # A short message leaves the conversation's language only for a word of its own
        # language that the hinted one lacks; a longer one also when the model is sure.
        own_word = best in beyond_hint and words.get(best, 0.0) > words.get(hinted, 0.0)
        sure_model = letters >= _SHORT_LETTERS and probabilities[best] >= _SURE
        if not (own_word or sure_model):
            hint_p = math.exp(scores[hinted] - top) / total
            return LanguageGuess(hinted, round(max(hint_p, 0.5), 3))
    return LanguageGuess(best, round(1.0 / total, 3))


def detect_language(text: str, hint: str | None = None) -> LanguageGuess:
    """Best supported language for ``text``; ``hint`` (the conversation's language) settles
    texts too short or too ambiguous to tell. ``code`` is "und" when nothing can be told."""
    hinted = _normalise_hint(hint)
    cleaned = _URLS.sub(" ", text[:_MAX_CHARS])
    counts = _script_counts(cleaned)
    if not counts:
        return LanguageGuess(hinted or UNDETERMINED, 0.5 if hinted else 0.0)
    letters = sum(counts.values())
    script = max(counts, key=lambda name: counts[name])
    if script == "han":  # Han with any kana is Japanese; Han alone is Chinese
        script = "ja" if counts.get("ja") else "zh"
        if hinted == "ja" and not counts.get("ja"):
            script = "ja"
    if script in SUPPORTED_LANGUAGES:
        return LanguageGuess(script, round(0.99 * counts.get(script, letters) / letters, 3) or 0.9)
    if script != "cyrillic":
        return _latin(cleaned, letters, hinted)
    best, confidence = _identifier(script).classify(cleaned)
    if hinted in _CYRILLIC and hinted != best and (letters < _SHORT_LETTERS or confidence < _SURE):
        ranked = _identifier(script).rank(cleaned)
        hint_p = float(next((p for lang, p in ranked if lang == hinted), 0.0))
        return LanguageGuess(hinted, round(max(hint_p, 0.5), 3))
    return LanguageGuess(str(best), round(float(confidence), 3))
