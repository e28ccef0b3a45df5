"""Order numbers and amounts in a customer's message (pure functions)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from router.classification.pii import find_pii

# A number introduced by an order word or "#": "order 1042", "Bestellung Nr. 1017", "#1042".
_ORDER_WORDS = (
    r"order|orders|ordernummer|ordernr|bestellung|bestellnummer|bestellnr|auftrag|beställning"
    r"|köp|commande|pedido|ordine|bestelling|bestilling|ordre|tilaus|zamówienie|purchase"
)
_KEYED = re.compile(
    rf"(?:\b(?:{_ORDER_WORDS})\b\.?\s*(?:(?:nr|no|number|nummer|numéro|número|numero|numer)\.?\s*)?"
    r"[:#]?\s*|#\s*)(\d{3,12})(?!\d)",
    re.IGNORECASE,
)
_BARE = re.compile(r"(?<![\d.,:/-])(\d{4,8})(?![\d]|[.,:/-]\d)")
_AMOUNT = re.compile(
    r"(?:(?P<pre>€|\$|£)\s?(?P<a>\d{1,7}(?:[.,]\d{1,2})?)"
    r"|(?P<b>\d{1,7}(?:[.,]\d{1,2})?)\s?(?P<post>€|eur\b|euro\b|kr\b|sek\b|\$|usd\b|£))",
    re.IGNORECASE,
)
_CURRENCIES = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "$": "USD",
    "usd": "USD",
    "£": "GBP",
    "kr": "SEK",
    "sek": "SEK",
}


@dataclass(frozen=True, slots=True)
class Amount:
    cents: int
    currency: str


def order_numbers(text: str) -> list[str]:
    """Order numbers in `text`, in order, without duplicates. Numbers introduced by an order
    word count always; a bare 4-8 digit number counts unless it is a year, part of a date, an
    amount, or inside personal data (a card number, a phone number)."""
    found = [m.group(1) for m in _KEYED.finditer(text)]
    if not found:
        taken = [(a, b) for a, b, _ in find_pii(text).spans]
        taken += [m.span() for m in _AMOUNT.finditer(text)]
        for m in _BARE.finditer(text):
            number = m.group(1)
            if any(a <= m.start() < b for a, b in taken):
                continue
            if len(number) == 4 and number[:2] in ("19", "20"):
                continue  # a year
            found.append(number)
    return list(dict.fromkeys(found))


def amounts(text: str) -> list[Amount]:
    """Amounts with a currency: "49,90 €", "€49.90", "499 kr"."""
    out: list[Amount] = []
    for m in _AMOUNT.finditer(text):
        number = m.group("a") or m.group("b")
        currency = _CURRENCIES[(m.group("pre") or m.group("post")).lower()]
        units, _, frac = number.replace(",", ".").partition(".")
        out.append(Amount(int(units) * 100 + int((frac + "00")[:2]), currency))
    return out
