"""What `masking` hides besides contact data: national identity numbers and street
addresses. Pure functions; every identity number is confirmed by its `python-stdnum`
validator (check digits, a real birth date), so an order number of the same length stays;
a Danish CPR number (a birth date, no check digit) counts only with its dash, a Dutch BSN
(an 11-test) only in Dutch, and any nine digits right after "SSN" or "BSN".

Addresses are matched conservatively, in the knowledge base's twelve languages: a street
word with a house number ("Storgatan 12", "Hauptstraße 5", "12 Main Street", "12 rue de la
Paix", "Via Roma 10", "ul. Marszałkowska 10/12"), and a postcode and town right after it
("Storgatan 12, 114 55 Stockholm"). Words that are ordinary in another language ("gate",
"via", "place") count only in their own language (or when the language is unknown).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache

from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as no_fnr
from stdnum.pl import pesel as pl_pesel
from stdnum.se import personnummer as se_pnr
from stdnum.us import ssn as us_ssn

ID = "[id]"
ADDRESS = "[address]"

_B = r"(?<![\w+])"  # not inside a word or after a "+" (phone numbers)
_E = r"(?![\w]|[.,/-]\d)"  # not followed by more of a word or number


@dataclass(frozen=True)
class _IdRule:
    pattern: re.Pattern[str]
    validators: tuple[Callable[[str], bool], ...]
    languages: frozenset[str] | None = None  # weak checks: only in these languages


def _rule(pattern: str, *validators: Callable[[str], bool], languages: str = "") -> _IdRule:
    return _IdRule(
        re.compile(_B + pattern + _E, re.IGNORECASE),
        validators,
        frozenset(languages.split()) if languages else None,
    )


_ID_RULES: tuple[_IdRule, ...] = (
    _rule(r"\d{3}-\d{2}-\d{4}", us_ssn.is_valid),  # 123-45-6789
    _rule(r"756[. ]?\d{4}[. ]?\d{4}[. ]?\d{2}", ch_ssn.is_valid),  # 756.1234.5678.97
    _rule(r"(?:19|20)?\d{6}[-+ ]?\d{4}", se_pnr.is_valid),  # (19)811218-9876
    _rule(r"\d{6}-\d{4}", dk_cpr.is_valid),  # 211062-5629 (a birth date, no check digit)
    _rule(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", fi_hetu.is_valid),  # 131052-308T
    _rule(r"\d{6} ?\d{5}", no_fnr.is_valid, pl_pesel.is_valid, de_idnr.is_valid),
    _rule(r"\d{2} ?\d{3} ?\d{3} ?\d{3}", de_idnr.is_valid),  # 36 574 261 809
    _rule(r"\d{2}\.?\d{2}\.?\d{2}[-.]?\d{3}\.?\d{2}", be_nn.is_valid),  # 85.07.30-033.28
    _rule(r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}", fr_nir.is_valid),
    _rule(r"\d{8}-?[A-Z]", es_dni.is_valid),  # 54362315-K
    _rule(r"[XYZ]-?\d{7}-?[A-Z]", es_nie.is_valid),
    _rule(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", it_cf.is_valid),
    # Nine digits with an 11-test pass one number in eleven: only in Dutch.
    _rule(r"\d{9}|\d{3}\.\d{3}\.\d{3}|\d{4}\.\d{2}\.\d{3}", nl_bsn.is_valid, languages="nl"),
)
_SSN_WORD = re.compile(
    r"\b(?:ssn|social security(?: number| no\.?| #)?|bsn|burgerservicenummer)"
    r"(?:\W{0,3}(?:is|nr|number|nummer|no)\b)?\W{0,3}"
    r"(\d[\d .-]{7,12}\d)(?!\w)",
    re.IGNORECASE,
)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _ssn_after_word(match: re.Match[str]) -> str:
    if len(_digits(match.group(1))) != 9:
        return match.group()
    return match.group()[: match.start(1) - match.start()] + ID


def _valid_ids(rule: _IdRule) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        found = match.group()
        return ID if any(valid(found) for valid in rule.validators) else found

    return replace


def mask_ids(text: str, language: str | None = None) -> str:
    """National identity numbers (with valid check digits) become `[id]`; so does a
    nine-digit number after "SSN" or "BSN"."""
    text = _SSN_WORD.sub(_ssn_after_word, text)
    for rule in _ID_RULES:
        if rule.languages is None or language in rule.languages:
            text = rule.pattern.sub(_valid_ids(rule), text)
    return text


# --- street addresses ----------------------------------------------------------------------

_NUMBER = r"\d{1,4}[a-zA-Z]?(?:\s?[-/]\s?\d{1,4}[a-zA-Z]?)?"
_UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ"
_NAME = r"[^\W\d_][\w'’.-]*"
_CAP_NAME = rf"[{_UPPER}][\w'’.-]*"
# Compound street names: "Storgatan", "Hauptstraße", "Damstraat", "Mannerheimintie".
_SUFFIXES: dict[str, str] = {
    "gatan gata vägen väg gränd torget torg stigen backen allén": "",
    "gade vej vejen stræde plads torv": "",
    "veien vegen vei plass": "",
    "straße strasse str. weg gasse platz allee damm ufer": "",
    "straat laan plein gracht kade singel dijk": "",
    "katu kuja polku väylä raitti": "",
    # Endings of ordinary English words ("investigate", "renegade", "untie"):
    "gate gaten": "no",
    "gade": "da",
    "tie tori": "fi",
}
# A separate street word after a name: "Karl Johans gate 1", "Berliner Straße 12".
_AFTER_NAME = (
    "Straße Strasse Str. Weg Allee Platz Gasse Damm Ufer gate gata gatan vei veien vej gade "
    "allé plass torg laan straat Street St. Road Rd. Avenue Ave. Lane Drive Boulevard Blvd. "
    "Close Crescent Terrace Square Way"
)
# A street word before the name: "Calle Mayor 5", "Via Roma 10", "ul. Długa 5".
_BEFORE_NAME: dict[str, str] = {
    "calle c/ avenida avda. av. plaza paseo camino carrer ronda": "",
    "viale piazza piazzale corso vicolo": "",
    "rua travessa praça alameda": "",
    "ul. ulica al. aleja plac os. osiedle": "",
    "via": "it",
}
# French number first: "12 rue de la Paix", "3 bis, avenue Foch".
_FRENCH: dict[str, str] = {
    "rue avenue boulevard bd chemin allée impasse quai": "",
    "place route": "fr",
}
# English number first: "12 Main Street", "221B Baker St".
_ENGLISH = (
    "Street St Road Rd Avenue Ave Lane Ln Drive Dr Way Court Ct Place Pl Boulevard Blvd "
    "Close Crescent Terrace Square Sq Gardens Grove Row Parade Walk Mews"
)
_POSTCODE = (
    r"(?:[A-Z]{1,2}-)?(?:\d{3}\s?\d{2}|\d{4}-\d{3}|\d{2}-\d{3}|\d{4}\s?[A-Z]{2}|\d{4,5}"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})"
)
_TAIL = rf"(?:,?\s+{_POSTCODE}(?:\s+{_CAP_NAME})?)?"


def _words(table: dict[str, str], language: str | None) -> list[str]:
    return [
        re.escape(word)
        for words, only in table.items()
        if not only or language is None or language in only.split()
        for word in words.split()
    ]


def _alternatives(words: Collection[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=64)
def address_patterns(language: str | None) -> tuple[re.Pattern[str], ...]:
    """The address patterns that apply to a text in `language` (None: all of them)."""
    suffixes = _alternatives(_words(_SUFFIXES, language))
    before = _alternatives(_words(_BEFORE_NAME, language))
    french = _alternatives(_words(_FRENCH, language))
    after = _alternatives([re.escape(w) for w in _AFTER_NAME.split()])
    english = _alternatives(_ENGLISH.split())
    i = "(?i:{})"
    return tuple(
        re.compile(p)
        for p in (
            rf"(?<!\w)(?i:[^\W\d_]{{2,}}(?:{suffixes}))\s+{_NUMBER}(?!\w){_TAIL}",
            rf"(?<!\w)(?:{_CAP_NAME}\s+){{1,2}}(?:{after})\s+{_NUMBER}(?!\w){_TAIL}",
            rf"(?<!\w){i.format(before)}\s+(?:{_NAME}\s+){{0,3}}{_NAME},?\s+"
            rf"(?i:n[º°o]\.?\s*)?{_NUMBER}(?!\w){_TAIL}",
            rf"(?<![\w.,])\d{{1,4}}(?:\s?(?i:bis|ter))?,?\s+{i.format(french)}\s+"
            rf"(?:(?:de|du|des|la|le|l['’]|d['’])\s*)*{_NAME}(?:[ -]{_CAP_NAME}){{0,2}}{_TAIL}",
            rf"(?<![\w.,])\d{{1,5}}[A-Za-z]?,?\s+(?:{_CAP_NAME}\s+){{1,3}}(?:{english})\b\.?{_TAIL}",
        )
    )


def mask_addresses(text: str, language: str | None = None) -> str:
    """Street addresses (with their postcode and town) become `[address]`."""
    for pattern in address_patterns(language):
        text = pattern.sub(ADDRESS, text)
    return text
