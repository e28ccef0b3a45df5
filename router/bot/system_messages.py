"""System messages to the customer, in their language (English when we have none)."""

from __future__ import annotations

from enum import StrEnum


class SystemMessage(StrEnum):
    HANDOFF = "handoff"
    HANDOFF_UNSURE = "handoff_unsure"
    PROCESSING_FAILED = "processing_failed"
    OFFER_HUMAN = "offer_human"


_TEXTS: dict[SystemMessage, dict[str, str]] = {
    SystemMessage.HANDOFF: {
        "en": "I'm connecting you with a person from our team. You don't need to repeat "
        "anything: they will see this conversation.",
        "de": "Ich verbinde dich mit einer Person aus unserem Team. Du musst nichts "
        "wiederholen: Sie sieht diesen Chatverlauf.",
        "sv": "Jag kopplar dig till en person i vårt team. Du behöver inte upprepa något: "
        "hen ser hela den här konversationen.",
        "fr": "Je vous mets en relation avec une personne de notre équipe. Inutile de vous "
        "répéter : elle verra cette conversation.",
        "es": "Te paso con una persona de nuestro equipo. No hace falta que repitas nada: "
        "verá esta conversación.",
        "it": "Ti metto in contatto con una persona del nostro team. Non devi ripetere "
        "nulla: vedrà questa conversazione.",
        "nl": "Ik verbind je door met een medewerker van ons team. Je hoeft niets te "
        "herhalen: die ziet dit gesprek.",
        "da": "Jeg sætter dig i forbindelse med en person fra vores team. Du behøver ikke "
        "gentage noget: de kan se hele samtalen.",
        "no": "Jeg setter deg over til en person i teamet vårt. Du trenger ikke gjenta "
        "noe: de ser hele samtalen.",
        "fi": "Yhdistän sinut tiimimme henkilölle. Sinun ei tarvitse toistaa mitään: hän "
        "näkee tämän keskustelun.",
        "pl": "Łączę Cię z osobą z naszego zespołu. Nie musisz niczego powtarzać: zobaczy "
        "całą tę rozmowę.",
    },
    SystemMessage.HANDOFF_UNSURE: {
        "en": "I'm not sure I can answer that correctly, so I'm bringing in a person from "
        "our team. They will see this conversation.",
        "de": "Da bin ich mir nicht sicher, deshalb hole ich eine Person aus unserem Team "
        "dazu. Sie sieht diesen Chatverlauf.",
        "sv": "Det är jag inte säker på att jag kan svara rätt på, så jag tar in en person "
        "från vårt team. Hen ser hela konversationen.",
        "fr": "Je ne suis pas sûr de pouvoir bien répondre, je fais donc appel à une "
        "personne de notre équipe. Elle verra cette conversation.",
        "es": "No estoy seguro de poder responder bien, así que aviso a una persona de "
        "nuestro equipo. Verá esta conversación.",
        "it": "Non sono sicuro di poter rispondere correttamente, quindi chiamo una persona "
        "del nostro team. Vedrà questa conversazione.",
        "nl": "Ik weet niet zeker of ik dat goed kan beantwoorden, dus ik schakel een "
        "medewerker in. Die ziet dit gesprek.",
        "da": "Jeg er ikke sikker på, at jeg kan svare rigtigt, så jeg henter en person fra "
        "vores team. De kan se samtalen.",
        "no": "Jeg er ikke sikker på at jeg kan svare riktig, så jeg henter inn en person "
        "fra teamet vårt. De ser samtalen.",
        "fi": "En ole varma, osaanko vastata oikein, joten pyydän apuun henkilön "
        "tiimistämme. Hän näkee tämän keskustelun.",
        "pl": "Nie jestem pewien, czy odpowiem poprawnie, więc proszę o pomoc osobę z "
        "naszego zespołu. Zobaczy tę rozmowę.",
    },
    SystemMessage.OFFER_HUMAN: {
        "en": "If this doesn't solve it, just say so and I'll bring in a person from our team.",
        "de": "Wenn dir das nicht weiterhilft, sag einfach Bescheid, dann hole ich eine Person "
        "aus unserem Team dazu.",
        "sv": "Om det här inte löser saken, säg bara till så tar jag in en person från vårt team.",
        "fr": "Si cela ne règle pas le problème, dites-le et je fais appel à une personne de "
        "notre équipe.",
        "es": "Si esto no lo resuelve, dímelo y aviso a una persona de nuestro equipo.",
        "it": "Se questo non risolve, dimmelo e chiamo una persona del nostro team.",
        "nl": "Lost dit het niet op? Zeg het gerust, dan schakel ik een medewerker in.",
        "da": "Hvis det ikke løser det, så sig til, så henter jeg en person fra vores team.",
        "no": "Hvis dette ikke løser det, si ifra, så henter jeg inn en person fra teamet vårt.",
        "fi": "Jos tämä ei auta, kerro siitä, niin pyydän apuun henkilön tiimistämme.",
        "pl": "Jeśli to nie pomoże, daj znać, a poproszę o pomoc osobę z naszego zespołu.",
    },
    SystemMessage.PROCESSING_FAILED: {
        "en": "Something went wrong on our side, so a person from our team will take over. "
        "They will see this conversation.",
        "de": "Bei uns ist etwas schiefgelaufen, deshalb übernimmt eine Person aus unserem "
        "Team. Sie sieht diesen Chatverlauf.",
        "sv": "Något gick fel hos oss, så en person i vårt team tar över. Hen ser hela "
        "konversationen.",
    },
}


def system_text(key: SystemMessage, language: str | None) -> str:
    texts = _TEXTS[key]
    return texts.get(language or "en") or texts["en"]


def system_languages(key: SystemMessage) -> frozenset[str]:
    return frozenset(_TEXTS[key])
