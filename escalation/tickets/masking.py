"""Masking personal data in text shown to agents who do not hold the conversation (the
cards' preview). Pure functions; when in doubt, mask.

E-mail addresses, IBANs (`stdnum.iban`, or the shape of one), card numbers (13-19 digits in
groups of spaces, dots or dashes that pass `stdnum.luhn`, or 16 and more), national identity
numbers and street addresses (`masking_patterns`), and phone numbers: those `phonenumbers`
finds valid in the regions of the ticket's language (and a few more), and, as a fallback,
possible numbers shaped like one (`+46 ...`, `0049 ...`, `(555) 123-4567`). Dates, times,
amounts and numbers after "order", "invoice", "#" ... are left alone.

A message about a bereavement, a customer's health or hardship (`router.classification.risk`)
is not shown at all: its preview names only the topic."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import iban, luhn

from escalation.tickets.masking_patterns import mask_addresses, mask_ids
from router.classification.risk import detect_risk

PREVIEW_CHARS = 100  # on the board and for ops: short
HOLDER_PREVIEW_CHARS = 140  # in the list of the agent holding the ticket
# Masked before cutting, so nothing is half shown: the first this many characters (all of
# the message when what they mask to is too short to fill the preview safely).
_WINDOW_CHARS = 600
SENSITIVE_TOPICS = ("bereavement", "vulnerable_customer", "hardship")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Country code, check digits, then the account in groups of up to four (spaced or not).
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?\b", re.I)
# Unbroken, or groups joined by one kind of separator (4-4-4-4, 4-6-5, 4-4-4-4-3).
_CARD = re.compile(
    r"(?<![\w+.,])(?:\d{13,19}|\d{4}(?P<sep>[ .-])\d{4,6}(?:(?P=sep)\d{3,5}){1,3})(?![\w]|[.,]\d)"
)
_SPACE = re.compile(r"\s+")

# Where the customers of each knowledge-base language most likely live; the fallback
# regions are tried for every text.
LANGUAGE_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("GB", "US", "IE"), "de": ("DE", "AT", "CH"), "sv": ("SE", "FI"), "da": ("DK",),
    "no": ("NO",), "nb": ("NO",), "nn": ("NO",), "fi": ("FI",), "fr": ("FR", "BE", "CH"),
    "es": ("ES",), "it": ("IT", "CH"), "nl": ("NL", "BE"), "pl": ("PL",), "pt": ("PT", "BR"),
}  # fmt: skip
FALLBACK_REGIONS = ("US", "GB", "DE")
_ALL_REGIONS = tuple(dict.fromkeys(r for rs in LANGUAGE_REGIONS.values() for r in rs))
_MIN_PHONE_DIGITS = 7
# Digits with what phone numbers are written with between them: "+46 (0)70-123 45 67".
_PHONE_RUN = re.compile(r"(?<!\w)(?:\+\s?|\()?\d(?:[ \u00a0.\-/()]{0,3}\d)+\)?")
_MAX_PHONE_DIGITS = 15
_PHONE_SHAPE = re.compile(
    r"^(?:\+|00)\d|^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$|^\(0?\d{1,5}\)|^0\d{1,5}[ ./-]\d"
)
_DATE_OR_TIME = re.compile(
    r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?:\s+\d{1,2})?$|\d:\d"
)
_AMOUNT = re.compile(r"^\d{1,3}(?:[ .,]\d{3})*[.,]\d{2}$")
_CURRENCIES = r"eur|euro|euros|usd|gbp|sek|nok|dkk|chf|pln|kr|zł"
_CURRENCY_BEFORE = re.compile(rf"(?:[€$£¥]|\b(?:{_CURRENCIES}))\s*$", re.I)
_CURRENCY_AFTER = re.compile(rf"^\s*(?:[€$£]|(?:{_CURRENCIES})\b)", re.I)
# Words that introduce a number that is not a phone number ("order 0612345678").
_NOT_PHONE_BEFORE = re.compile(
    r"(?:\b(?:order|invoice|ref|reference|tracking|ticket|case|booking|parcel|bestellung"
    r"|bestellnummer|rechnung|auftrag|sendung|kundennummer|ordernummer|faktura|kundnummer"
    r"|commande|facture|colis|pedido|factura|ordine|fattura|bestelling|factuur|tilaus|lasku"
    r"|zamówienie|encomenda|fatura|nr|no|n[º°])\.?|#)\s*[:#]?\s*$",
    re.I,
)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_valid(number: str) -> bool:
    digits = _digits(number)
    return bool(digits) and bool(luhn.is_valid(digits))


def _iban(match: re.Match[str]) -> str:
    """The longest valid IBAN the match starts with ("SE45 5000 ... 7466 tack": the
    groups may take a word after it); else, without trailing words, the shape of one."""
    found = match.group()
    groups = re.split(r"(?<=[ -])", found)
    for n in range(len(groups), 1, -1):
        head = "".join(groups[:n])
        if iban.is_valid(head.strip(" -").upper()):
            return "[iban]" + found[len(head.rstrip(" -")) :]
    while len(groups) > 2 and not any(ch.isdigit() for ch in groups[-1]):
        groups.pop()
    head = "".join(groups).rstrip(" -")
    return "[iban]" + found[len(head) :] if len(_digits(head)) >= 8 else found


def _card(match: re.Match[str]) -> str:
    digits = _digits(match.group())
    if 13 <= len(digits) <= 19 and (luhn_valid(digits) or len(digits) >= 16):
        return "[card]"
    return match.group()  # maybe a phone number or an identity number


def _not_a_phone(text: str, start: int, end: int) -> bool:
    raw = text[start:end]
    digits = len(_digits(raw))
    return (
        not _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS
        or bool(_DATE_OR_TIME.search(raw) or _AMOUNT.match(raw))
        or bool(_CURRENCY_BEFORE.search(text, 0, start) or _CURRENCY_AFTER.match(text[end:]))
        or bool(_NOT_PHONE_BEFORE.search(text[max(0, start - 40) : start]))
    )


def phone_spans(text: str, regions: Sequence[str]) -> list[tuple[int, int]]:
    """Where `text` holds phone numbers: valid in one of `regions`, or possible in the
    first fallback region and shaped like a phone number. `phonenumbers` reads only the
    runs of seven and more digits, and stops at the first region that reads a whole run."""
    spans: set[tuple[int, int]] = set()
    for run in _PHONE_RUN.finditer(text):
        digits = len(_digits(run.group()))
        if digits < _MIN_PHONE_DIGITS or _DATE_OR_TIME.search(run.group()):
            continue
        international = run.group().startswith(("+", "00"))
        for region in (*(regions[:1] if international else regions), None):
            leniency = Leniency.VALID if region else Leniency.POSSIBLE
            found = PhoneNumberMatcher(run.group(), region or FALLBACK_REGIONS[0], leniency)
            whole = False
            for match in found:
                raw = match.raw_string
                if region or _PHONE_SHAPE.search(raw.strip()):
                    start = run.start() + match.start + len(raw) - len(raw.lstrip())
                    spans.add((start, run.start() + match.end))
                    whole = whole or match.end - match.start == len(run.group())
            if whole:
                break
    return sorted(s for s in spans if not _not_a_phone(text, *s))


def mask_phones(text: str, language: str | None = None) -> str:
    regions = LANGUAGE_REGIONS.get(language or "", _ALL_REGIONS)
    out, last = [], 0
    for start, end in phone_spans(text, tuple(dict.fromkeys((*regions, *FALLBACK_REGIONS)))):
        if start >= last:
            out += [text[last:start], "[phone]"]
        last = max(last, end)  # overlapping finds of several regions: one placeholder
    return "".join([*out, text[last:]])


def mask_personal_data(text: str, language: str | None = None) -> str:
    """Replace e-mail addresses, IBANs, card numbers, identity numbers, street addresses and
    phone numbers with placeholders. `language`: the conversation's, if known."""
    text = _EMAIL.sub("[email]", text)
    text = _IBAN.sub(_iban, text)
    text = _CARD.sub(_card, text)
    text = mask_ids(text, language)
    text = mask_addresses(text, language)
    return mask_phones(text, language)


def sensitive_topic(text: str, language: str | None = None) -> str | None:
    """The first sensitive topic the message is about (bereavement, health, hardship)."""
    topics = detect_risk(text, language).topics
    return next((t for t in SENSITIVE_TOPICS if t in topics), None)


def preview(text: str | None, language: str | None = None, limit: int = PREVIEW_CHARS) -> str:
    """A short, one-line, masked excerpt (masked before cutting, so no number is half
    shown); a sensitive message shows only its topic."""
    if not text:
        return ""
    return _preview(text, language, limit)


@lru_cache(maxsize=4096)  # messages never change; the board asks for the same ones often
def _preview(text: str, language: str | None, limit: int) -> str:
    topic = sensitive_topic(text, language)
    if topic is not None:
        return f"[{topic.replace('_', ' ')}: message not shown]"
    line = _SPACE.sub(" ", text).strip()
    window = _WINDOW_CHARS
    masked = mask_personal_data(line[:window], language)
    # What the window's cut end masks to must lie well past the preview's end.
    while len(line) > window and len(masked) < limit + _WINDOW_CHARS // 2:
        window *= 2
        masked = mask_personal_data(line[:window], language)
    if len(masked) <= limit:
        return masked
    cut = masked[: limit - 1]
    if cut.rfind("[") > cut.rfind("]"):  # not half a placeholder either
        cut = cut[: cut.rfind("[")]
    return cut.rstrip() + "…"
