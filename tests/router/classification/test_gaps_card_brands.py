"""Card brands and national card names count as a card next to a theft or loss word.

Girocard, EC-Karte, Maestro, Dankort, BankAxept, carte bleue / CB, Visa, Mastercard, Amex,
pinpas, bancomat, Postepay, multibanco, as customers type them (no accents, typos, slang
theft verbs); and, against them, the same brands in ordinary questions the bot answers.
"""

from __future__ import annotations

import pytest

from router.classification.risk import detect_risk

STOLEN: dict[str, list[str]] = {
    "en": [
        "someone nicked my visa at the pub last night, what do i do now",
        "my amex got stolen on the train this morning. pls block it",
        "lost my mastercard somewhere in town, its the one linked to my account",
        "someone pinched my maestro at the gym. can you freeze it?",
        "my visa debit is missing since yesterday, cant find it anywhere",
        "got pickpocketed in barcelona, they took my mastercard and some cash",
        "my mastercrad was stolen!! what happens to my payments",
        "i misplaced my amex somewhere at the airport, need to cancel it",
    ],
    "de": [
        "Hilfe, meine Girocard wurde geklaut! was muss ich jetzt machen",
        "mir hat jemand die EC Karte geklaut, bitte sofort sperren",
        "meine ec wurde gestohlen, heute morgen in der bahn",
        "Meine Visa ist weg, ich glaub die wurde mir im Bus geklaut",
        "hab meine mastercard verloren. die ist bei euch hinterlegt",
        "Amex gestohlen, was nun? ich zahl damit meine raten",
        "ich finde meine maestro nicht mehr seit gestern abend",
        "meine girocrad ist beim einkaufen verloren gegangen glaub ich",
    ],
    "sv": [
        "mitt mastercard blev stulet i helgen, kan ni sparra det",
        "jag har tappat bort mitt amex, det ar kopplat till mitt konto",
        "nagon har knyckt min maestro pa gymmet, hjalp!",
        "mitt visa ar borta, tror det blev stulet pa bussen",
        "har blivit ranad, dom tog mitt mastercard och mobilen",
        "hittar inte min amex nanstans, borde jag sparra den",
        "min mastercard har forsvunnit sen igar",
        "nan har pallat mitt visa ur jackan pa krogen",
    ],
    "da": [
        "mit dankort er blevet stjalet i toget, hvad gor jeg",
        "nogen har hugget mit visa i byen i gar",
        "jeg har mistet mit mastercard, det er koblet til min konto",
        "mit dankort er vaek, kan ikke finde det nogen steder",
        "min maestro blev stjalet paa arbejdet i dag",
        "mit amex er blevet nappet, spaer det venligst",
        "min pung med dankortet er blevet stjalet",
        "kan ikke finde mit visa dankort, tror jeg har tabt det",
    ],
    "no": [
        "noen har rappa bankaxepten min paa byen",
        "jeg har mistet visaen min, hva gjor jeg naa",
        "mastercardet mitt ble stjalet i helgen",
        "finner ikke bankaxepten min noen steder",
        "amex er borte, tror den ble stjalet paa flyplassen",
        "har mistet bankaxept kortet, maa sperre det",
        "mistet mastercarden min paa bussen i gar",
        "noen knabbet visaen min ut av lomma",
    ],
    "fi": [
        "visani varastettiin eilen baarissa, mita nyt",
        "mastercardini katosi, en loyda sita mistaan",
        "joku pollii mun amexin junassa",
        "hukkasin visa electronin kaupungilla",
        "mun maestro on kadonnut, pitaako se sulkea",
        "mastercard vietiin laukusta ostoskeskuksessa",
        "amexini varastettiin lomalla, auttakaa",
        "en loyda mun visaa mistaan, taisin hukata sen",
    ],
    "fr": [
        "on m'a vole ma CB dans le metro, je fais quoi",
        "ma visa a ete volee ce matin au marche",
        "je trouve plus ma mastercard, elle a du tomber",
        "on m'a pique mon amex au resto hier",
        "ma cb est introuvable depuis ce matin",
        "je me suis fait voler ma visa premier a la gare",
        "j'ai paume ma maestro en soiree, elle est liee a mon compte",
        "ma carte bleue a disparu, je pense qu'on me l'a volee",
    ],
    "es": [
        "me han robado la visa en el metro, que hago",
        "he perdido mi mastercard esta manana en el centro",
        "no encuentro mi amex por ningun lado",
        "me mangaron la visa en la playa",
        "perdi la maestro ayer en el bar, esta vinculada a mi cuenta",
        "se me ha perdido la mastercard, la tengo asociada a vosotros",
        "me robaron la tarjeta de debito en el bus",
        "me birlaron la visa del bolsillo en el concierto",
    ],
    "it": [
        "mi hanno rubato la postepay stamattina",
        "ho perso la mia visa ieri sera in centro",
        "non trovo piu la mastercard, forse me l'hanno fregata",
        "mi hanno fregato la amex in metro",
        "la mia postepay e stata rubata al mercato",
        "la maestro non la trovo piu da ieri",
        "mi hanno rubato il bancomat e la visa",
        "ho smarrito la mastercard in vacanza, cosa devo fare",
    ],
    "nl": [
        "mijn pinpas is gestolen op het station",
        "iemand heeft mijn pinpas gejat in de trein",
        "ik ben mijn maestro kwijt, kan ik die blokkeren",
        "mijn visa is gestolen op vakantie",
        "mastercard kwijtgeraakt gisteren in de stad",
        "mijn amex is gepikt uit mn jas",
        "kan mijn pinpas nergens vinden, help",
        "mn pinpasje is gejat bij de supermarkt",
    ],
    "pl": [
        "ukradli mi karte debetowa w tramwaju",
        "zgubilem visa wczoraj, co mam robic",
        "ktos ukradl moja mastercard w sklepie",
        "nie moge znalezc mojej visy od rana",
        "skradziono mi maestro w autobusie",
        "zgubilam amex na lotnisku, trzeba zastrzec",
        "moja visa zaginela, chyba ktos ja zwinal",
        "zajumali mi mastercard na imprezie",
    ],
    "pt": [
        "roubaram o meu multibanco no autocarro",
        "perdi o meu visa ontem a noite",
        "me roubaram o mastercard no onibus",
        "o meu multibanco desapareceu, nao o encontro",
        "gamaram-me o visa na praia",
        "nao encontro o meu amex em lado nenhum",
        "furtaram o meu cartao de debito no metro",
        "perdi o mastercard no cafe, esta ligado a minha conta",
    ],
}

ORDINARY: dict[str, list[str]] = {
    "en": [
        "can I pay with visa or mastercard?",
        "my visa payment is missing from the app",
        "i lost my password, can i still pay with my amex",
    ],
    "de": ["kann ich mit girocard oder ec karte zahlen?", "meine visa ist abgelaufen"],
    "sv": [
        "jag har tappat bort mitt losenord, kan du visa hur jag gor",
        "kan ni visa mig mina kop? hittar inte fakturan",
    ],
    "da": ["kan jeg betale med dankort?", "mit visa er udlobet, hvordan skifter jeg"],
    "no": ["kan jeg betale med bankaxept?", "tar dere visa?"],
    "fi": ["kayko visa maksuun?", "voinko maksaa mastercardilla?"],
    "fr": ["je peux payer par cb?", "ma visa a expire, comment la changer"],
    "es": ["puedo pagar con visa?", "la tarjeta de debito no funciona"],
    "it": ["posso pagare con postepay?", "il maestro di mio figlio ha perso il treno"],
    "nl": ["kan ik met pinpas betalen?", "mijn visa is verlopen"],
    "pl": ["czy moge zaplacic visa?", "zgubilem haslo, czy moge placic karta"],
    "pt": ["posso pagar com multibanco?", "perdi a password, posso pagar com visa?"],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, text) for lang, texts in table.items() for text in texts]


def test_eight_per_language() -> None:
    assert len(STOLEN) == 12 and all(len(texts) >= 8 for texts in STOLEN.values())


@pytest.mark.parametrize(("language", "text"), _cases(STOLEN))
def test_card_brand_theft_or_loss(language: str, text: str) -> None:
    assert "stolen_card" in detect_risk(text, language).topics, (language, text)


@pytest.mark.parametrize(("language", "text"), _cases(ORDINARY))
def test_card_brand_in_ordinary_questions(language: str, text: str) -> None:
    assert not detect_risk(text, language).risky, (language, text)
