"""Someone else's job, or the customer's own job, is neither a risk nor a request for a
person: "my friend works with fraud at a bank and recommended you", "my cousin is a sales
agent", "my sister is a travel agent", "I work in customer service myself"."""

from __future__ import annotations

import pytest

from router.classification.human_request import detect_human_request
from router.classification.risk import detect_risk

JOBS: dict[str, list[str]] = {
    "en": [
        "my friend works with fraud at a bank and recommended you",
        "my cousin is a sales agent, he said your app is good",
        "my sister is a travel agent and she uses you for bookings",
        "i work in customer service myself so i know its busy, no rush",
        "my dad is a lawyer and told me to ask how refunds work",
        "my wife works as a customer service agent at a phone company, she likes your app",
        "a colleague of mine handles chargebacks at another shop, she loves your checkout",
        "my mum works at the hospital, can she pay for my order?",
        "my brother is an insurance agent, can he pay my invoice for me",
    ],
    "de": [
        "meine Freundin arbeitet bei einer Bank im Bereich Betrug und hat euch empfohlen",
        "mein Cousin ist Kundenberater bei der Sparkasse und meinte ich soll euch nutzen",
        "meine Schwester arbeitet im Reisebuero als Beraterin",
        "ich arbeite selbst im Kundenservice, also kein Stress",
        "mein Vater ist Anwalt und meinte ich soll fragen wie Erstattungen laufen",
        "meine Mutter arbeitet als Krankenschwester im Krankenhaus, kann sie fuer mich zahlen?",
        "mein Kumpel arbeitet bei der Polizei mit Betrugsfaellen und hat euch empfohlen",
        "mein Bruder ist Versicherungsvertreter, kann er meine Rechnung bezahlen?",
    ],
    "sv": [
        "min kompis jobbar med bedrageri pa en bank och tipsade om er",
        "min kusin ar saljare och sa att er app ar bra",
        "min syster jobbar pa en resebyra som handlaggare",
        "jag jobbar sjalv pa kundtjanst sa jag vet att det ar mycket, ingen stress",
        "min pappa ar advokat och sa att jag skulle fraga om returer",
        "min mamma jobbar pa sjukhuset, kan hon betala min order?",
        "min bror jobbar med bedragerier pa polisen och rekommenderade er",
        "min fru jobbar som kundtjanstmedarbetare pa ett telebolag",
    ],
    "da": [
        "min ven arbejder med svindel i en bank og anbefalede jer",
        "min fætter er saelger og siger jeres app er god",
        "min soster arbejder i et rejsebureau som konsulent",
        "jeg arbejder selv i kundeservice, sa jeg ved det er travlt",
        "min far er advokat og sagde jeg skulle sporge om returnering",
        "min mor arbejder pa hospitalet, kan hun betale for min ordre?",
        "min kone arbejder som kundeservicemedarbejder hos et teleselskab",
        "min bror er forsikringsagent, kan han betale min regning",
    ],
    "no": [
        "vennen min jobber med svindel i en bank og anbefalte dere",
        "fetteren min er selger og sier appen deres er bra",
        "soster mi jobber i et reisebyra som radgiver",
        "jeg jobber selv i kundeservice, sa jeg vet det er travelt",
        "faren min er advokat og sa jeg skulle sporre om retur",
        "mora mi jobber pa sykehuset, kan hun betale for bestillingen min?",
        "kona mi jobber som kundebehandler hos et telefonselskap",
        "broren min er forsikringsagent, kan han betale fakturaen min",
    ],
    "fi": [
        "mun kaveri tekee petostutkintaa pankissa ja suositteli teita",
        "mun serkku on myyja ja sano etta teidan sovellus on hyva",
        "mun sisko on matkatoimistossa asiakasneuvojana",
        "ma oon itse asiakaspalvelussa toissa, joten ei kiirett",
        "mun isa on asianajaja ja kehotti kysymaan palautuksista",
        "aiti on toissa sairaalassa, voiko han maksaa mun tilauksen?",
        "mun vaimo on asiakaspalvelijana puhelinyhtiossa",
        "mun veli on vakuutusedustaja, voiko han maksaa mun laskun",
    ],
    "fr": [
        "mon ami travaille dans la fraude dans une banque et m'a conseille votre service",
        "mon cousin est agent commercial, il dit que votre appli est bien",
        "ma soeur est agent de voyage et utilise votre service",
        "je travaille moi meme au service client donc je comprends, pas de souci",
        "mon pere est avocat et m'a dit de demander comment marchent les remboursements",
        "ma mere travaille a l'hopital, elle peut payer ma commande?",
        "ma femme est conseillere clientele dans une banque",
        "mon frere est agent d'assurance, il peut payer ma facture?",
    ],
    "es": [
        "mi amigo trabaja en fraude en un banco y me recomendo esto",
        "mi primo es agente comercial y dice que la app esta bien",
        "mi hermana es agente de viajes y usa vuestro servicio",
        "yo tambien trabajo en atencion al cliente, asi que tranquilos",
        "mi padre es abogado y me dijo que preguntara como funcionan los reembolsos",
        "mi madre trabaja en el hospital, puede pagar mi pedido?",
        "mi mujer trabaja de agente de atencion al cliente en una telefonica",
        "mi hermano es agente de seguros, puede pagar mi factura?",
    ],
    "it": [
        "il mio amico lavora nelle frodi in una banca e mi ha consigliato voi",
        "mio cugino fa l'agente di commercio e dice che l'app e buona",
        "mia sorella e agente di viaggio e usa il vostro servizio",
        "lavoro anche io nel servizio clienti quindi capisco, nessuna fretta",
        "mio padre e avvocato e mi ha detto di chiedere come funzionano i rimborsi",
        "mia madre lavora in ospedale, puo pagare il mio ordine?",
        "mia moglie fa l'operatrice in un call center",
        "mio fratello e agente assicurativo, puo pagare la mia fattura?",
    ],
    "nl": [
        "mijn vriend werkt bij een bank op fraude en raadde jullie aan",
        "mijn neef is vertegenwoordiger en zegt dat jullie app goed is",
        "mijn zus werkt als medewerker bij een reisbureau",
        "ik werk zelf bij een klantenservice dus ik snap het, geen haast",
        "mijn vader is advocaat en zei dat ik moest vragen hoe terugbetalingen werken",
        "mijn moeder werkt in het ziekenhuis, kan zij mijn bestelling betalen?",
        "mijn vrouw werkt als klantenservicemedewerker bij een telecombedrijf",
        "mijn broer is verzekeringsagent, kan hij mijn factuur betalen?",
    ],
    "pl": [
        "moj kolega pracuje w banku przy oszustwach i polecil mi was",
        "moj kuzyn jest przedstawicielem handlowym i mowi ze apka jest dobra",
        "moja siostra pracuje w biurze podrozy jako konsultantka",
        "sam pracuje w obsludze klienta wiec rozumiem, bez pospiechu",
        "moj tata jest prawnikiem i kazal zapytac jak dzialaja zwroty",
        "moja mama pracuje w szpitalu, czy moze zaplacic za moje zamowienie?",
        "moja zona pracuje jako konsultantka w call center",
        "moj brat jest agentem ubezpieczeniowym, czy moze zaplacic moja fakture",
    ],
    "pt": [
        "o meu amigo trabalha com fraude num banco e recomendou-vos",
        "o meu primo e agente comercial e diz que a app e boa",
        "a minha irma e agente de viagens e usa o vosso servico",
        "eu tambem trabalho no apoio ao cliente, por isso sem pressa",
        "o meu pai e advogado e disse para perguntar como funcionam os reembolsos",
        "a minha mae trabalha no hospital, ela pode pagar a minha encomenda?",
        "a minha mulher trabalha como operadora num call center",
        "o meu irmao e agente de seguros, pode pagar a minha fatura?",
    ],
}

# The customer's own situation still counts, also next to a job word.
STILL_RISKY: dict[str, list[str]] = {
    "en": [
        "my husband is in hospital",
        "my brother is going to sue you",
        "I work nights and got scammed yesterday",
        "my mum is disabled, can I help her pay?",
    ],
    "de": ["ich arbeite viel und wurde betrogen", "mein Vater ist verstorben"],
    "sv": ["min man ar pa sjukhuset"],
    "fr": ["mon pere est a l'hopital"],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, text) for lang, texts in table.items() for text in texts]


def test_eight_per_language() -> None:
    assert len(JOBS) == 12 and all(len(texts) >= 8 for texts in JOBS.values())


@pytest.mark.parametrize(("language", "text"), _cases(JOBS))
def test_a_job_is_no_risk(language: str, text: str) -> None:
    assert not detect_risk(text, language).risky, (language, text)


@pytest.mark.parametrize(("language", "text"), _cases(JOBS))
def test_a_job_is_no_request(language: str, text: str) -> None:
    assert not detect_human_request(text, language).is_request, (language, text)


@pytest.mark.parametrize(("language", "text"), _cases(STILL_RISKY))
def test_own_situation_still_risky(language: str, text: str) -> None:
    assert detect_risk(text, language).risky, (language, text)
