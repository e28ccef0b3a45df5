"""The bot's sentences about a customer's own data, per language (the ``facts`` section of
``router/bot/locale/<language>.yaml``), with dates and amounts written the way that language
writes them (Babel's CLDR data: "49,90 €" / "€49.90", "3. Dezember" / "3 December" /
"3 grudnia"). A language without a sentence gets the English one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from babel.dates import format_skeleton
from babel.numbers import format_currency

from router.bot.texts import text
from router.customers.backend import Money

# The locale whose conventions a language's customers read (the demo shop is European).
LOCALES: dict[str, str] = {
    "en": "en_IE", "de": "de_DE", "sv": "sv_SE", "da": "da_DK", "no": "nb_NO", "fi": "fi_FI",
    "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL", "pt": "pt_PT",
}  # fmt: skip
_NARROW_SYMBOLS = {"SEK": "kr", "NOK": "kr", "DKK": "kr"}  # "499,00 kr", not "499,00 SEK"


def _locale(language: str) -> str:
    return LOCALES.get(language, language if language.isalpha() else "en_IE")


def phrase(key: str, language: str, **values: Any) -> str:
    return text("facts", key, language, **values)


def format_money(money: Money, language: str) -> str:
    """The amount as the language writes it; spaces inside are plain spaces."""
    amount = Decimal(money.cents) / 100
    try:
        written = format_currency(amount, money.currency, locale=_locale(language))
    except (ValueError, LookupError):
        written = format_currency(amount, money.currency, locale="en_IE")
    symbol = _NARROW_SYMBOLS.get(money.currency)
    if symbol:
        written = written.replace(money.currency, symbol)
    return written.replace("\u00a0", " ").replace("\u202f", " ")


def format_date(day: date, language: str, today: date | None = None) -> str:
    """Day and month ("3. Dezember", "3 December"); the year only when it is not this
    year's."""
    skeleton = "MMMMd" if day.year == (today or date.today()).year else "yMMMMd"
    try:
        written = format_skeleton(skeleton, day, locale=_locale(language))
    except (ValueError, LookupError):
        written = format_skeleton(skeleton, day, locale="en_IE")
    return written.replace("\u00a0", " ")
