"""Masking personal data in text shown to agents who have not claimed the conversation
(the board's preview). Pure functions; when in doubt, mask."""

from __future__ import annotations

import re

PREVIEW_CHARS = 140

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Country code, check digits, then the account in groups of up to four (spaced or not).
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?\b", re.I)
_CARD = re.compile(r"(?<![\w+])(?:\d[ -]?){12,18}\d(?!\w)")
# International (+49 ..., 0049 ...) or national (0151 ..., (030) ...) numbers in groups,
# and the North American 555-123-4567 form. Dates and plain order numbers do not match.
_PHONE = re.compile(
    r"(?<![\w+])(?!\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d))"
    r"(?:(?:\+\d{1,3}|00\d{1,3}|\(?0\d{1,5}\)?)(?:[ ./-]?\d{2,}){1,6}"
    r"|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})(?!\w)"
)
_SPACE = re.compile(r"\s+")


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_valid(number: str) -> bool:
    digits = [int(d) for d in reversed(_digits(number))]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return bool(digits) and total % 10 == 0


def _iban(match: re.Match[str]) -> str:
    return "[iban]" if len(_digits(match.group())) >= 8 else match.group()


def _card(match: re.Match[str]) -> str:
    number = match.group()
    if luhn_valid(number) or len(_digits(number)) >= 16:
        return "[card]"
    return number  # maybe a phone number: the next pattern decides


def _phone(match: re.Match[str]) -> str:
    return "[phone]" if 7 <= len(_digits(match.group())) <= 15 else match.group()


def mask_personal_data(text: str) -> str:
    """Replace e-mail addresses, IBANs, card numbers and phone numbers with placeholders."""
    text = _EMAIL.sub("[email]", text)
    text = _IBAN.sub(_iban, text)
    text = _CARD.sub(_card, text)
    return _PHONE.sub(_phone, text)


def preview(text: str | None, limit: int = PREVIEW_CHARS) -> str:
    """A one-line, masked excerpt (masked before cutting, so no number is half shown)."""
    if not text:
        return ""
    line = _SPACE.sub(" ", mask_personal_data(text)).strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
