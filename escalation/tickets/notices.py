"""What the customer is told when a person joins, leaves or resolves their conversation,
in their language (English when we have none)."""

from __future__ import annotations

from enum import StrEnum


class Notice(StrEnum):
    JOINED = "joined"
    LEFT = "left"
    RESOLVED = "resolved"
    ABANDONED = "abandoned"
    EXPIRED = "expired"


_TEXTS: dict[Notice, dict[str, str]] = {
    Notice.JOINED: {
        "en": "{name} has joined",
        "de": "{name} ist jetzt im Chat",
        "sv": "{name} har anslutit",
        "fr": "{name} a rejoint la conversation",
        "es": "{name} se ha unido",
    },
    Notice.LEFT: {
        "en": "{name} had to leave; another person from our team will take over. You don't "
        "need to repeat anything.",
        "de": "{name} musste gehen; eine andere Person aus unserem Team übernimmt. Du musst "
        "nichts wiederholen.",
        "sv": "{name} var tvungen att gå; en annan person i vårt team tar över. Du behöver "
        "inte upprepa något.",
    },
    Notice.RESOLVED: {
        "en": "{name} has marked this conversation as resolved. Thank you!",
        "de": "{name} hat dieses Gespräch als gelöst markiert. Danke!",
        "sv": "{name} har markerat konversationen som löst. Tack!",
    },
    Notice.ABANDONED: {
        "en": "We closed this conversation because we did not hear from you. Start a new one "
        "any time.",
        "de": "Wir haben dieses Gespräch geschlossen, weil wir nichts mehr von dir gehört "
        "haben. Du kannst jederzeit ein neues beginnen.",
        "sv": "Vi stängde konversationen eftersom vi inte hörde av dig. Starta en ny när du vill.",
    },
    Notice.EXPIRED: {
        "en": "Sorry, nobody from our team could take your conversation in time. Please start "
        "a new one; you will be helped first.",
        "de": "Leider konnte niemand aus unserem Team dein Gespräch rechtzeitig übernehmen. "
        "Bitte beginne ein neues.",
        "sv": "Tyvärr kunde ingen i vårt team ta din konversation i tid. Starta gärna en ny.",
    },
}


def notice_text(notice: Notice, language: str | None, name: str) -> str:
    texts = _TEXTS[notice]
    return (texts.get(language or "en") or texts["en"]).format(name=name)
