"""Personal data in a message: card numbers, IBANs, e-mail addresses and phone numbers.

Everything is checked, not just shaped right: a card number is 13-19 digits (spaces or dashes
allowed) with a card-network first digit that passes the Luhn check, so an order number or a
16-digit reference is left alone; an IBAN has the length of its country and passes the mod-97
check. A phone number is international (``+46 70 123 45 67``, ``0049 30 1234567``) or national
(``070-123 45 67``, ``030 12345678``, ``912 34 567``) with 8 to 15 digits, and is never a date
(``2026-11-25``, ``25.11.2026``), an amount (``€ 1.234,56``, ``12 345 kr``) or a number that a
word such as "order" or "invoice" introduces. The whole text is scanned (no length cap), since
``redact`` must not leave anything behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KINDS: tuple[str, ...] = ("card_number", "iban", "email", "phone")
PLACEHOLDERS: dict[str, str] = {
    "card_number": "[card number]",
    "iban": "[IBAN]",
    "email": "[e-mail]",
    "phone": "[phone]",
}

# IBAN length per country (ISO 13616 registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip

_SEP = r"[ \u00a0.\-/]"
_EMAIL = re.compile(
    r"(?<![\w.+%-])[\w.+%-]{1,64}@[^\W_](?:[\w-]{0,62}[^\W_])?(?:\.[^\W_](?:[\w-]{0,62}[^\W_])?)*"
    r"\.[^\W\d_]{2,24}(?![\w-])"
)
# A run of digit groups joined by single spaces or dashes (card numbers).
_DIGIT_RUN = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0-]\d+)*(?![\w]|[.,]\d)")
_DIGITS = re.compile(r"\d+")
_IBAN_HEAD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}[ \u00a0]?$")
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})(?=[ \u00a0]?[A-Za-z0-9])")
_IBAN_BODY = re.compile(r"[ \u00a0]?[A-Za-z0-9]")
_PHONE = re.compile(
    r"(?<![\w+])(?<!\d" + _SEP + r")"
    r"(?:(?:\+|00)[ \u00a0]?[1-9]|\(?0\d{0,4}\)?|\(?[1-9])"
    r"(?:[ \u00a0.\-/()]{0,2}\d){6,16}"
    r"(?![\w]|[.,]\d|" + _SEP + r"\d)"
)
# A date, possibly followed by the hour of a time ("2026-11-25 14" of "2026-11-25 14:30").
_DATE = re.compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?!\d)")
# Words that introduce a number that is not a phone number ("order 1042", "Rechnung 0123...").
_NOT_PHONE_BEFORE = re.compile(
    r"\b(?:order|invoice|ref|reference|tracking|ticket|case|account|customer|contract|booking"
    r"|parcel|package|iban|card|bestellung|bestellnummer|rechnung|kundennummer|konto|vertrag"
    r"|sendung|auftrag|order|faktura|ordernummer|kundnummer|kontonummer|commande|facture"
    r"|référence|colis|pedido|factura|referencia|ordine|fattura|riferimento|bestelling"
    r"|factuur|referentie|bestilling|tilaus|lasku|viite|zamówienie|faktura|numer zamówienia"
    r"|encomenda|fatura|nº|no|nr|#)\.?\s*[:#]?\s*(?:(?:number|nummer|nr|no|n°|nº|numéro"
    r"|número|numero|numer)\.?\s*[:#]?\s*)?$",
    re.IGNORECASE,
)
_CURRENCY = re.compile(
    r"(?:€|\$|£|¥|eur|euro|euros|usd|gbp|sek|nok|dkk|chf|pln|zł|zl|kr|kn|czk|huf)\s*$",
    re.IGNORECASE,
)
_CURRENCY_AFTER = re.compile(
    r"\s*(?:€|\$|£|eur\b|euro|usd\b|gbp\b|sek\b|nok\b|dkk\b|chf\b|pln\b|zł|zl\b|kr\b|:-)",
    re.IGNORECASE,
)
_DOT_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+$")
_PHONE_BEFORE = re.compile(
    r"\b(?:tel|phone|mobile|mob|cell|handy|telefon|telefoon|puhelin|puh|tlf|téléphone|teléfono"
    r"|telefone|telemóvel|celular|cellulare|móvil|portable|komórka|ring|call|whatsapp|sms)\w*"
    r"\.?\s*(?:no|nr|number|nummer|numéro|número|numero|numer)?\.?\s*[:#]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PiiFindings:
    kinds: tuple[str, ...]  # in the order of KINDS
    spans: tuple[tuple[int, int, str], ...]  # (start, end, kind), by start

    @property
    def found(self) -> bool:
        return bool(self.spans)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if i % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def iban_ok(compact: str) -> bool:
    """Mod-97 check of an IBAN without spaces (letters in any case)."""
    code = compact[:2].upper()
    if IBAN_LENGTHS.get(code) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = (compact[4:] + compact[:4]).upper()
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


def _cards(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for run in _DIGIT_RUN.finditer(text):
        chunk = run.group(0)
        if len(chunk) < 13 or _IBAN_HEAD.search(text, max(0, run.start() - 6), run.start()):
            continue  # too short, or the digits of an IBAN that failed its check
        groups = [(m.start(), m.group(0)) for m in _DIGITS.finditer(chunk)]
        # The longest window of whole groups that is a valid card number, leftmost first.
        best: tuple[int, int] | None = None
        for first in range(len(groups)):
            digits = ""
            for last in range(first, len(groups)):
                digits += groups[last][1]
                if len(digits) > 19:
                    break
                if (
                    len(digits) >= 13
                    and digits[0] in "23456"
                    and (best is None or last - first > best[1] - best[0])
                    and luhn_ok(digits)
                ):
                    best = (first, last)
        if best is not None:
            start = run.start() + groups[best[0]][0]
            end = run.start() + groups[best[1]][0] + len(groups[best[1]][1])
            found.append((start, end, "card_number"))
    return found


def _ibans(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for start in _IBAN_START.finditer(text):
        length = IBAN_LENGTHS.get(start.group(1).upper())
        if length is None:
            continue
        pos, compact = start.end(), start.group(1) + start.group(2)
        while len(compact) < length:
            body = _IBAN_BODY.match(text, pos)
            if body is None:
                break
            compact += body.group(0)[-1]
            pos = body.end()
        ends_word = not (pos < len(text) and text[pos].isalnum())
        if len(compact) == length and ends_word and iban_ok(compact):
            found.append((start.start(), pos, "iban"))
    return found


def _phone_ok(text: str, start: int, end: int) -> bool:
    candidate = text[start:end].strip("() ")
    digits = re.sub(r"\D", "", candidate)
    international = candidate.startswith(("+", "00"))
    if international:
        digits = digits[2:] if candidate.startswith("00") else digits
        if not 8 <= len(digits) <= 15:
            return False
    elif not 8 <= len(digits) <= 12:
        return False
    if _DATE.match(candidate) or _DOT_THOUSANDS.match(candidate):
        return False
    before = text[max(0, start - 40) : start]
    if _CURRENCY.search(before) or _CURRENCY_AFTER.match(text, end):
        return False
    if _PHONE_BEFORE.search(before):
        return True
    if _NOT_PHONE_BEFORE.search(before):
        return False
    if international or candidate[0] == "0":
        return True
    # No prefix: a national number written in groups ("912 34 567", "512-345-678").
    groups = re.split(r"[ \u00a0.\-/]+", candidate)
    return len(groups) >= 2 and all(len(g) <= 4 for g in groups)


def _phones(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for match in _PHONE.finditer(text):
        start, end = match.span()
        if any(start < b and a < end for a, b, _ in taken):
            continue
        if _phone_ok(text, start, end):
            found.append((start, end, "phone"))
    return found


def find_pii(text: str) -> PiiFindings:
    """Card numbers, IBANs, e-mail addresses and phone numbers in ``text``. Pure, no I/O."""
    spans = _ibans(text)
    spans += [c for c in _cards(text) if not any(c[0] < b and a < c[1] for a, b, _ in spans)]
    if "@" in text:
        spans += [(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
    spans += _phones(text, spans)
    spans.sort()
    kinds = tuple(k for k in KINDS if any(s[2] == k for s in spans))
    return PiiFindings(kinds, tuple(spans))


def redact(text: str) -> str:
    """``text`` with every finding replaced by its placeholder ("[card number]", "[IBAN]")."""
    parts: list[str] = []
    last = 0
    for start, end, kind in find_pii(text).spans:
        if start < last:
            continue
        parts.append(text[last:start])
        parts.append(PLACEHOLDERS[kind])
        last = end
    parts.append(text[last:])
    return "".join(parts)
