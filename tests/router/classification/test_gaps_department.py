"""Requests for someone from a department ("can't I just get hold of someone from customer
service instead?", "kann mich jemand vom Kundenservice anrufen?"); questions about how or when
to reach the department stay questions about contact details."""

from __future__ import annotations

import pytest

from router.classification.human_request import detect_human_request

REQUESTS: dict[str, list[str]] = {
    "en": [
        "can't I just get hold of someone from customer service instead?",
        "is there any way to get hold of a real person from your support team",
        "i'd like someone from customer service to call me back",
        "could someone from your support team ring me",
        "can someone from customer service contact me about this",
        "put me in touch with customer service pls",
        "i want to get hold of customer service",
        "can i reach someone in customer support today?",
    ],
    "de": [
        "kann mich jemand vom Kundenservice anrufen?",
        "kann ich nicht einfach jemanden vom kundendienst erreichen?",
        "ich moechte gern jemanden aus dem kundenservice sprechen",
        "bitte ruft mich jemand vom support zurueck",
        "kann ich mit wem vom kundenservice reden",
        "kann sich jemand vom kundenservice bei mir melden",
        "ich will jemanden vom Kundendienst ans Telefon kriegen",
        "kann mich bitte wer vom kundenservice zurueckrufen",
    ],
    "sv": [
        "kan jag inte bara fa tag pa nagon fran kundtjanst istallet?",
        "kan nagon fran kundtjanst ringa mig",
        "jag vill fa tag i nan pa kundservice",
        "gar det att fa prata med nagon fran supporten",
        "kan ni be nagon fran kundtjanst kontakta mig",
        "koppla mig till kundtjanst tack",
        "jag vill na nagon pa kundtjanst idag",
        "kan nan fran kundtjanst hora av sig till mig?",
    ],
    "da": [
        "kan jeg ikke bare fa fat i en fra kundeservice?",
        "kan nogen fra kundeservice ringe mig op",
        "jeg vil gerne have fat i kundeservice",
        "kan I fa en fra kundeservice til at kontakte mig",
        "er der en fra support jeg kan snakke med",
        "jeg vil tale med en fra kundeservice",
        "kan jeg komme i kontakt med en fra kundeservice i dag?",
        "kan en fra kundeservice ikke lige ringe til mig",
    ],
    "no": [
        "kan jeg ikke bare fa tak i noen fra kundeservice?",
        "kan noen fra kundeservice ringe meg",
        "jeg vil snakke med en fra kundeservice",
        "kan dere be noen fra kundeservice kontakte meg",
        "vil gjerne ha kontakt med en fra kundeservice",
        "sett meg over til kundeservice takk",
        "kan jeg komme i kontakt med noen i kundeservice i dag?",
        "kan en fra kundeservice ta kontakt med meg",
    ],
    "fi": [
        "enko vois vaan saada jonkun asiakaspalvelusta kiinni?",
        "voisiko joku asiakaspalvelusta soittaa mulle",
        "haluan puhua jonkun kanssa asiakaspalvelusta",
        "saisinko yhteyden asiakaspalveluun?",
        "voiko joku asiakaspalvelusta ottaa yhteytta",
        "yhdistakaa minut asiakaspalveluun",
        "haluan puhua jonkun asiakaspalvelijan kanssa",
        "voisko joku asiakaspalvelusta olla muhun yhteydessa",
    ],
    "fr": [
        "je peux pas juste avoir quelqu'un du service client?",
        "quelqu'un du service client peut me rappeler?",
        "je voudrais joindre quelqu'un du service client",
        "est ce que je peux parler a quelqu'un du sav",
        "mettez moi en contact avec le service client",
        "je veux avoir le service client au telephone",
        "il faudrait que quelqu'un du support me contacte",
        "passez moi quelqu'un du service clientele",
    ],
    "es": [
        "puedo hablar con alguien de atencion al cliente?",
        "no puedo simplemente hablar con alguien de atencion al cliente?",
        "que me llame alguien de atencion al cliente por favor",
        "quiero contactar con alguien del servicio al cliente",
        "me pasas con atencion al cliente?",
        "podria alguien de soporte llamarme",
        "necesito que alguien de atencion al cliente me contacte",
        "ponme con alguien del departamento de atencion al cliente",
    ],
    "it": [
        "posso parlare con qualcuno del servizio clienti?",
        "non posso semplicemente sentire qualcuno dell'assistenza clienti?",
        "mi fate richiamare da qualcuno del servizio clienti",
        "qualcuno dell'assistenza mi puo chiamare?",
        "vorrei contattare qualcuno del servizio clienti",
        "passami il servizio clienti per favore",
        "mi mettete in contatto con l'assistenza clienti?",
        "ho bisogno di qualcuno dell'assistenza clienti",
    ],
    "nl": [
        "kan ik niet gewoon iemand van de klantenservice spreken?",
        "kan iemand van de klantenservice me terugbellen",
        "ik wil iemand van klantenservice aan de lijn",
        "kan iemand van jullie klantenservice mij bellen",
        "verbind me door met de klantenservice",
        "ik wil contact met iemand van de klantenservice",
        "kan ik iemand van jullie helpdesk bereiken vandaag?",
        "kan er iemand van de klantenservice contact met me opnemen",
    ],
    "pl": [
        "moge porozmawiac z kims z obslugi klienta?",
        "czy ktos z obslugi klienta moze do mnie zadzwonic",
        "nie moge po prostu zlapac kogos z obslugi klienta?",
        "chce rozmawiac z kims z dzialu obslugi klienta",
        "prosze o kontakt z kims z obslugi klienta",
        "polaczcie mnie z obsluga klienta",
        "niech ktos z supportu do mnie oddzwoni",
        "chcialbym sie skontaktowac z kims z obslugi",
    ],
    "pt": [
        "posso falar com alguem do apoio ao cliente?",
        "nao posso so falar com alguem do apoio ao cliente?",
        "alguem do atendimento pode me ligar?",
        "quero falar com alguem do atendimento ao cliente",
        "me passa para o atendimento ao cliente",
        "gostaria que alguem do apoio ao cliente me contactasse",
        "preciso de alguem do suporte",
        "ponham-me em contacto com o apoio ao cliente",
    ],
}

CONTACT_QUESTIONS: dict[str, list[str]] = {
    "en": [
        "how do I contact customer service?",
        "when is customer service open?",
        "what's the customer service phone number",
    ],
    "de": [
        "wie kann ich den Kundenservice kontaktieren?",
        "wann ist der kundenservice erreichbar?",
    ],
    "sv": ["hur kontaktar jag kundtjanst?", "nar har kundtjanst oppet?"],
    "da": ["hvordan kontakter jeg kundeservice?", "hvornar har kundeservice abent?"],
    "no": ["hvordan kontakter jeg kundeservice?", "nar apner kundeservice?"],
    "fi": ["miten otan yhteytta asiakaspalveluun?", "milloin asiakaspalvelu on auki?"],
    "fr": ["comment contacter le service client?", "quand le service client est ouvert?"],
    "es": ["como contacto con atencion al cliente?", "cuando abre atencion al cliente?"],
    "it": ["come contatto il servizio clienti?", "quando apre il servizio clienti?"],
    "nl": ["hoe neem ik contact op met de klantenservice?", "wanneer is de klantenservice open?"],
    "pl": ["jak skontaktowac sie z obsluga klienta?", "kiedy dziala obsluga klienta?"],
    "pt": ["como contacto o apoio ao cliente?", "quando abre o atendimento ao cliente?"],
}

# Someone from a department who already called or spoke: a report, not a request.
REPORTS: dict[str, list[str]] = {
    "en": [
        "someone from customer service called me yesterday and said it was fine",
        "I spoke to someone from your support team last week",
        "how do I get hold of someone from customer service?",
    ],
    "de": ["jemand vom Kundenservice hat mich gestern angerufen"],
    "da": ["en fra kundeservice ringede i gar og sagde det var ok"],
    "sv": ["nagon fran kundtjanst ringde mig igar"],
    "es": ["alguien de atencion al cliente me llamo ayer"],
    "it": ["qualcuno del servizio clienti mi ha chiamato ieri"],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, text) for lang, texts in table.items() for text in texts]


def test_eight_per_language() -> None:
    assert len(REQUESTS) == 12 and all(len(texts) >= 8 for texts in REQUESTS.values())


@pytest.mark.parametrize(("language", "text"), _cases(REQUESTS))
def test_someone_from_a_department(language: str, text: str) -> None:
    assert detect_human_request(text, language).is_request, (language, text)


@pytest.mark.parametrize(("language", "text"), _cases(CONTACT_QUESTIONS))
def test_contact_details_questions(language: str, text: str) -> None:
    assert not detect_human_request(text, language).is_request, (language, text)


@pytest.mark.parametrize(("language", "text"), _cases(REPORTS))
def test_reports_about_a_department(language: str, text: str) -> None:
    assert not detect_human_request(text, language).is_request, (language, text)
