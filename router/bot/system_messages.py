"""System messages to the customer, in their language (English when we have none): the
bot's, and what the customer is told when a person joins, leaves or resolves their
conversation or the ticket closes without one.

Some take values: `system_text(SystemMessage.QUEUE_POSITION, "de", position=3, minutes=4)`.
A text is never sent with a placeholder left in it: a missing value raises `KeyError`.
"""

from __future__ import annotations

import math
import string
from enum import StrEnum
from typing import Any


class SystemMessage(StrEnum):
    HANDOFF = "handoff"
    HANDOFF_UNSURE = "handoff_unsure"
    PROCESSING_FAILED = "processing_failed"
    OFFER_HUMAN = "offer_human"
    QUEUE_POSITION = "queue_position"  # {position}, {minutes}
    AGENT_JOINED = "agent_joined"  # {name}: the agent claimed the ticket
    AGENT_LEFT = "agent_left"  # {name}: the ticket went back to the board
    RESOLVED = "resolved"  # {name}: the agent resolved the ticket
    ABANDONED = "abandoned"  # the ticket closed: the customer went quiet
    EXPIRED = "expired"  # the ticket closed: nobody took it in time
    RATE_US = "rate_us"
    HANDED_BACK = "handed_back"  # {name}: the agent gave the conversation back to the bot


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
        "fr": "Un problème est survenu de notre côté, une personne de notre équipe prend donc "
        "le relais. Elle verra cette conversation.",
        "es": "Algo ha fallado por nuestra parte, así que una persona de nuestro equipo se "
        "encargará. Verá esta conversación.",
        "it": "Qualcosa è andato storto da parte nostra, quindi subentra una persona del "
        "nostro team. Vedrà questa conversazione.",
        "nl": "Er ging bij ons iets mis, dus een medewerker van ons team neemt het over. Die "
        "ziet dit gesprek.",
        "da": "Noget gik galt hos os, så en person fra vores team tager over. De kan se samtalen.",
        "no": "Noe gikk galt hos oss, så en person i teamet vårt tar over. De ser samtalen.",
        "fi": "Meillä meni jotain vikaan, joten tiimimme henkilö jatkaa tästä. Hän näkee tämän "
        "keskustelun.",
        "pl": "Coś poszło nie tak po naszej stronie, więc sprawę przejmie osoba z naszego "
        "zespołu. Zobaczy tę rozmowę.",
    },
    SystemMessage.QUEUE_POSITION: {
        "en": "You are number {position} in the queue, about {minutes} min.",
        "de": "Du bist Nummer {position} in der Warteschlange, etwa {minutes} Min.",
        "sv": "Du är nummer {position} i kön, cirka {minutes} min.",
        "fr": "Vous êtes numéro {position} dans la file d'attente, environ {minutes} min.",
        "es": "Eres el número {position} en la cola, unos {minutes} min.",
        "it": "Sei il numero {position} in coda, circa {minutes} min.",
        "nl": "Je bent nummer {position} in de wachtrij, ongeveer {minutes} min.",
        "da": "Du er nummer {position} i køen, cirka {minutes} min.",
        "no": "Du er nummer {position} i køen, omtrent {minutes} min.",
        "fi": "Olet jonossa sijalla {position}, noin {minutes} min.",
        "pl": "Jesteś {position}. w kolejce, około {minutes} min.",
    },
    SystemMessage.AGENT_JOINED: {
        "en": "{name} has joined",
        "de": "{name} ist jetzt im Chat",
        "sv": "{name} har anslutit",
        "fr": "{name} a rejoint la conversation",
        "es": "{name} se ha unido",
        "it": "{name} è entrato/a nella chat",
        "nl": "{name} neemt nu deel aan de chat",
        "da": "{name} har sluttet sig til chatten",
        "no": "{name} har blitt med i chatten",
        "fi": "{name} liittyi keskusteluun",
        "pl": "{name} dołącza do czatu",
    },
    SystemMessage.AGENT_LEFT: {
        "en": "{name} had to leave; another person from our team will take over. You don't "
        "need to repeat anything.",
        "de": "{name} musste gehen; eine andere Person aus unserem Team übernimmt. Du musst "
        "nichts wiederholen.",
        "sv": "{name} var tvungen att gå; en annan person i vårt team tar över. Du behöver "
        "inte upprepa något.",
    },
    SystemMessage.RESOLVED: {
        "en": "{name} has marked this conversation as resolved. Thank you!",
        "de": "{name} hat dieses Gespräch als gelöst markiert. Danke!",
        "sv": "{name} har markerat konversationen som löst. Tack!",
    },
    SystemMessage.ABANDONED: {
        "en": "We closed this conversation because we did not hear from you. Start a new one "
        "any time.",
        "de": "Wir haben dieses Gespräch geschlossen, weil wir nichts mehr von dir gehört "
        "haben. Du kannst jederzeit ein neues beginnen.",
        "sv": "Vi stängde konversationen eftersom vi inte hörde av dig. Starta en ny när du vill.",
    },
    SystemMessage.EXPIRED: {
        "en": "Sorry, nobody from our team could take your conversation in time. Please start "
        "a new one; you will be helped first.",
        "de": "Leider konnte niemand aus unserem Team dein Gespräch rechtzeitig übernehmen. "
        "Bitte beginne ein neues.",
        "sv": "Tyvärr kunde ingen i vårt team ta din konversation i tid. Starta gärna en ny.",
    },
    SystemMessage.RATE_US: {
        "en": "Glad we could help. How did we do? Please rate this conversation from 1 to 5.",
        "de": "Schön, dass wir helfen konnten. Wie war's? Bitte bewerte dieses Gespräch von "
        "1 bis 5.",
        "sv": "Vad bra att vi kunde hjälpa till. Hur gick det? Betygsätt gärna samtalet från "
        "1 till 5.",
        "fr": "Ravis d'avoir pu vous aider. Comment était-ce ? Notez cette conversation de 1 à 5.",
        "es": "Nos alegra haberte ayudado. ¿Qué tal lo hicimos? Valora esta conversación del "
        "1 al 5.",
        "it": "Siamo felici di averti aiutato. Com'è andata? Valuta questa conversazione da 1 a 5.",
        "nl": "Fijn dat we konden helpen. Hoe deden we het? Geef dit gesprek een cijfer van 1 "
        "tot 5.",
        "da": "Godt, at vi kunne hjælpe. Hvordan klarede vi det? Giv samtalen en vurdering fra "
        "1 til 5.",
        "no": "Så bra at vi kunne hjelpe. Hvordan gjorde vi det? Gi samtalen en vurdering fra "
        "1 til 5.",
        "fi": "Kiva, että pystyimme auttamaan. Miten onnistuimme? Arvioi keskustelu asteikolla "
        "1-5.",
        "pl": "Cieszymy się, że mogliśmy pomóc. Jak nam poszło? Oceń tę rozmowę od 1 do 5.",
    },
    SystemMessage.HANDED_BACK: {
        "en": "{name} has handed you back to our assistant. Ask me anything; you can ask for "
        "a person again at any time.",
        "de": "{name} hat dich wieder an unseren Assistenten übergeben. Frag mich gern; du "
        "kannst jederzeit wieder nach einer Person fragen.",
        "sv": "{name} har lämnat tillbaka dig till vår assistent. Fråga gärna; du kan be om en "
        "person igen när som helst.",
        "fr": "{name} vous a redirigé vers notre assistant. Posez-moi vos questions ; vous "
        "pouvez redemander une personne à tout moment.",
        "es": "{name} te ha devuelto a nuestro asistente. Pregúntame lo que quieras; puedes "
        "pedir una persona de nuevo cuando quieras.",
        "it": "{name} ti ha riaffidato al nostro assistente. Chiedimi pure; puoi richiedere una "
        "persona in qualsiasi momento.",
        "nl": "{name} heeft je teruggezet naar onze assistent. Vraag gerust; je kunt altijd "
        "weer om een medewerker vragen.",
        "da": "{name} har givet dig tilbage til vores assistent. Spørg bare; du kan bede om en "
        "person igen når som helst.",
        "no": "{name} har satt deg tilbake til assistenten vår. Spør i vei; du kan be om en "
        "person igjen når som helst.",
        "fi": "{name} palautti sinut avustajallemme. Kysy vapaasti; voit pyytää henkilöä "
        "uudelleen milloin tahansa.",
        "pl": "{name} przekazuje Cię z powrotem naszemu asystentowi. Pytaj śmiało; w każdej "
        "chwili możesz znów poprosić o osobę.",
    },
}


def system_text(key: SystemMessage, language: str | None, **values: Any) -> str:
    """The message in `language` (English when there is none), with `values` filled in."""
    texts = _TEXTS[key]
    text = texts.get(language or "en") or texts["en"]
    needed = _placeholders(text)
    missing = needed - values.keys()
    if missing:
        raise KeyError(f"system message {key.value!r} needs {', '.join(sorted(missing))}")
    return text.format(**values) if needed else text


def system_languages(key: SystemMessage) -> frozenset[str]:
    return frozenset(_TEXTS[key])


def system_placeholders(key: SystemMessage) -> frozenset[str]:
    """The values the message's English text takes (every language takes the same)."""
    return _placeholders(_TEXTS[key]["en"])


def _placeholders(text: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)


def wait_minutes(estimated_wait_s: float) -> int:
    """Whole minutes for "about {minutes} min": rounded up, at least 1."""
    return max(1, math.ceil(estimated_wait_s / 60))
