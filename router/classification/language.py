"""Language of a short chat message, for the 35 languages Relaydesk serves.

Scripts used by one language decide at once (Hangul, kana, Hebrew, Greek, Devanagari, Arabic).
Latin and Cyrillic text goes to py3langid's naive-Bayes byte n-gram model (shipped inside the
wheel), restricted to the supported languages of that script. A message too short to tell
("ok", "agent") keeps the conversation's language when a ``hint`` is given.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

SUPPORTED_LANGUAGES: frozenset[str] = frozenset(
    (  # noqa: SIM905
        "en de sv fr es it nl da no fi pl pt cs sk hu ro bg el hr sl et lv lt ga mt is tr ru uk"
        " ar he ja zh ko hi"
    ).split()
)
UNDETERMINED = "und"
_CYRILLIC = frozenset({"ru", "uk", "bg"})
_LATIN = SUPPORTED_LANGUAGES - _CYRILLIC - {"el", "ar", "he", "ja", "zh", "ko", "hi"}
_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "zh-hans": "zh", "zh-hant": "zh"}
# A hint wins when the text has fewer letters than this or the model is less sure than this.
_SHORT_LETTERS = 12
_SURE = 0.6
_MAX_CHARS = 300  # the first few sentences tell the language; keeps long pastes cheap
_URLS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[@#]\w+")
# Unambiguous chat words the n-gram model gets wrong when they stand alone.
_SHORT_WORDS: dict[str, str] = {
    "hi": "en",
    "hello": "en",
    "thanks": "en",
    "thank": "en",
    "please": "en",
    "human": "en",
    "agent": "en",
    "operator": "en",
    "representative": "en",
    "ok": "en",
    "okay": "en",
    "yes": "en",
    "thx": "en",
    "hej": "sv",
    "tack": "sv",
    "danke": "de",
    "bitte": "de",
    "hallo": "de",
    "merci": "fr",
    "bonjour": "fr",
    "svp": "fr",
    "gracias": "es",
    "hola": "es",
    "grazie": "it",
    "ciao": "it",
    "bedankt": "nl",
    "dank": "nl",
    "tak": "da",
    "takk": "no",
    "kiitos": "fi",
    "moi": "fi",
    "dzięki": "pl",
    "dziękuję": "pl",
    "obrigado": "pt",
    "obrigada": "pt",
    "díky": "cs",
    "ďakujem": "sk",
    "köszönöm": "hu",
    "mulțumesc": "ro",
    "aitäh": "et",
    "paldies": "lv",
    "ačiū": "lt",
    "takk fyrir": "is",
    "teşekkürler": "tr",
    "merhaba": "tr",
    "grazzi": "mt",
    "hvala": "hr",
}


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
    identifier.set_languages(sorted(_CYRILLIC if script == "cyrillic" else _LATIN))
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


def _hint_probability(text: str, script: str, hint: str) -> float:
    ranked = _identifier(script).rank(text)
    return float(next((p for lang, p in ranked if lang == hint), 0.0))


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
        script = "latin"
    candidates = _CYRILLIC if script == "cyrillic" else _LATIN
    word = " ".join(cleaned.lower().split()).strip(" !?.,")
    if word in _SHORT_WORDS and (hinted is None or hinted not in candidates):
        return LanguageGuess(_SHORT_WORDS[word], 0.7)
    best, confidence = _identifier(script).classify(cleaned)
    if hinted in candidates and hinted != best and (letters < _SHORT_LETTERS or confidence < _SURE):
        hint_p = _hint_probability(cleaned, script, hinted)
        return LanguageGuess(hinted, round(max(hint_p, 0.5), 3))
    return LanguageGuess(str(best), round(float(confidence), 3))
