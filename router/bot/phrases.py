"""The bot's sentences about a customer's own data, per language, with dates and amounts
written the way that language writes them ("49,90 €" / "€49.90", "3. Dezember" / "3 December").

Languages without templates here get English facts; the knowledge base decides which
languages the bot serves at all.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from router.customers.backend import Money

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
}  # fmt: skip
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "SEK": "kr", "NOK": "kr", "DKK": "kr"}

PHRASES: dict[str, dict[str, str]] = {
    "next_instalment": {
        "en": "Your next instalment of {amount} for order {order} is due on {date}.",
        "de": "Deine nächste Rate über {amount} für Bestellung {order} ist am {date} fällig.",
        "sv": "Din nästa delbetalning på {amount} för order {order} förfaller den {date}.",
    },
    "next_payment": {
        "en": "Your next payment of {amount} for order {order} is due on {date}.",
        "de": "Deine nächste Zahlung über {amount} für Bestellung {order} ist am {date} fällig.",
        "sv": "Din nästa betalning på {amount} för order {order} förfaller den {date}.",
    },
    "more_open": {
        "en": "After that, {count} more payments totalling {amount} are open.",
        "de": "Danach sind noch {count} weitere Zahlungen über insgesamt {amount} offen.",
        "sv": "Därefter återstår {count} betalningar på totalt {amount}.",
    },
    "nothing_open": {
        "en": "You have no open payments right now.",
        "de": "Du hast gerade keine offenen Zahlungen.",
        "sv": "Du har inga obetalda betalningar just nu.",
    },
    "order_paid": {
        "en": "Order {order} is paid in full.",
        "de": "Bestellung {order} ist vollständig bezahlt.",
        "sv": "Order {order} är helt betald.",
    },
    "order_not_found": {
        "en": "I can't find an order {order} on your account.",
        "de": "Eine Bestellung {order} finde ich in deinem Konto nicht.",
        "sv": "Jag hittar ingen order {order} på ditt konto.",
    },
    "refund_requested": {
        "en": "Your refund of {amount} for order {order} was requested on {requested}; "
        "the shop has not confirmed it yet.",
        "de": "Deine Rückerstattung über {amount} für Bestellung {order} wurde am {requested} "
        "beantragt; der Shop hat sie noch nicht bestätigt.",
        "sv": "Din återbetalning på {amount} för order {order} begärdes den {requested}; "
        "butiken har inte bekräftat den än.",
    },
    "refund_processing": {
        "en": "Your refund of {amount} for order {order} is on its way: it was started on "
        "{requested} and should reach you by {expected}.",
        "de": "Deine Rückerstattung über {amount} für Bestellung {order} ist unterwegs: Sie "
        "wurde am {requested} gestartet und sollte bis zum {expected} bei dir sein.",
        "sv": "Din återbetalning på {amount} för order {order} är på väg: den startade den "
        "{requested} och bör vara hos dig senast den {expected}.",
    },
    "refund_paid": {
        "en": "Your refund of {amount} for order {order} was paid out on {paid}.",
        "de": "Deine Rückerstattung über {amount} für Bestellung {order} wurde am {paid} "
        "ausgezahlt.",
        "sv": "Din återbetalning på {amount} för order {order} betalades ut den {paid}.",
    },
    "refund_rejected": {
        "en": "The shop declined the refund of {amount} for order {order}.",
        "de": "Der Shop hat die Rückerstattung über {amount} für Bestellung {order} abgelehnt.",
        "sv": "Butiken har avslagit återbetalningen på {amount} för order {order}.",
    },
    "no_refund_for_order": {
        "en": "I can't see a refund for order {order} yet.",
        "de": "Für Bestellung {order} sehe ich noch keine Rückerstattung.",
        "sv": "Jag ser ingen återbetalning för order {order} än.",
    },
    "no_refunds": {
        "en": "I can't see any refunds on your account right now.",
        "de": "In deinem Konto sehe ich gerade keine Rückerstattungen.",
        "sv": "Jag ser inga återbetalningar på ditt konto just nu.",
    },
    "return_registered": {
        "en": "Your return for order {order} is registered; please send it by {return_by}.",
        "de": "Deine Rücksendung für Bestellung {order} ist angemeldet; bitte schick sie bis "
        "zum {return_by} ab.",
        "sv": "Din retur för order {order} är registrerad; skicka den senast den {return_by}.",
    },
    "return_in_transit": {
        "en": "Your return for order {order} is on its way to the shop (registered on "
        "{registered}); your payment is paused until it arrives.",
        "de": "Deine Rücksendung für Bestellung {order} ist auf dem Weg zum Shop (angemeldet "
        "am {registered}); deine Zahlung ist bis dahin pausiert.",
        "sv": "Din retur för order {order} är på väg till butiken (registrerad den "
        "{registered}); din betalning är pausad tills den kommer fram.",
    },
    "return_received": {
        "en": "The shop received your return for order {order} on {received}; the refund "
        "follows once it has been checked.",
        "de": "Der Shop hat deine Rücksendung für Bestellung {order} am {received} erhalten; "
        "die Rückerstattung folgt nach der Prüfung.",
        "sv": "Butiken tog emot din retur för order {order} den {received}; återbetalningen "
        "kommer när den har kontrollerats.",
    },
    "return_accepted": {
        "en": "The shop accepted your return for order {order}.",
        "de": "Der Shop hat deine Rücksendung für Bestellung {order} angenommen.",
        "sv": "Butiken har godkänt din retur för order {order}.",
    },
    "return_rejected": {
        "en": "The shop did not accept your return for order {order}.",
        "de": "Der Shop hat deine Rücksendung für Bestellung {order} nicht angenommen.",
        "sv": "Butiken har inte godkänt din retur för order {order}.",
    },
    "order_processing": {
        "en": "Your order {order} from {shop} (placed on {placed}) has not shipped yet.",
        "de": "Deine Bestellung {order} bei {shop} (vom {placed}) ist noch nicht versandt.",
        "sv": "Din order {order} från {shop} (lagd den {placed}) har inte skickats än.",
    },
    "order_shipped": {
        "en": "Your order {order} from {shop} was shipped on {shipped}.",
        "de": "Deine Bestellung {order} bei {shop} wurde am {shipped} versandt.",
        "sv": "Din order {order} från {shop} skickades den {shipped}.",
    },
    "order_delivered": {
        "en": "Your order {order} from {shop} was delivered on {delivered}.",
        "de": "Deine Bestellung {order} bei {shop} wurde am {delivered} zugestellt.",
        "sv": "Din order {order} från {shop} levererades den {delivered}.",
    },
    "order_cancelled": {
        "en": "Your order {order} from {shop} was cancelled.",
        "de": "Deine Bestellung {order} bei {shop} wurde storniert.",
        "sv": "Din order {order} från {shop} avbeställdes.",
    },
    "order_returned": {
        "en": "Your order {order} from {shop} was returned.",
        "de": "Deine Bestellung {order} bei {shop} wurde zurückgeschickt.",
        "sv": "Din order {order} från {shop} har returnerats.",
    },
}


def phrase(key: str, language: str, **values: Any) -> str:
    texts = PHRASES[key]
    return (texts.get(language) or texts["en"]).format(**values)


def format_money(money: Money, language: str) -> str:
    """ "49,90 €" (de, sv, ...), "€49.90" (en)."""
    units, cents = divmod(abs(money.cents), 100)
    sign = "-" if money.cents < 0 else ""
    symbol = _SYMBOLS.get(money.currency, money.currency)
    if language == "en":
        number = f"{units:,}.{cents:02d}"
        if symbol in ("€", "$", "£"):
            return f"{sign}{symbol}{number}"
        return f"{sign}{number} {symbol}"
    grouping = "." if language == "de" else "\u00a0"
    number = f"{units:,}".replace(",", grouping) + f",{cents:02d}"
    return f"{sign}{number} {symbol}"


def format_date(day: date, language: str, today: date | None = None) -> str:
    """ "3. Dezember" (de), "3 December" (en), "3 december" (sv); the year only when it is
    not this year's."""
    months = _MONTHS.get(language, _MONTHS["en"])
    month = months[day.month - 1]
    text = f"{day.day}. {month}" if language == "de" else f"{day.day} {month}"
    if day.year != (today or date.today()).year:
        text += f" {day.year}"
    return text
