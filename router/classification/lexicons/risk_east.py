"""Risk-topic lexicon, part 4: Polish.

Keys and syntax as in ``risk_west``.
"""

LEXICON: dict[str, dict[str, str]] = {
    "pl": {
        "conj": "!i|!a|ale|potem",
        "profession": "prawnik*|adwokat*|radca prawny",
        "copula": "jest|był|była",
        "job": "pracuje|pracują|zajmuje się",
        "worker": "kolega|koleżanka|kuzyn|kuzynka|przyjaciel|przyjaciółka|znajomy|znajoma|sąsiad"
        "|sąsiadka|szef|ja|on|ona",
        "fraud": "oszust*|oszuka*|wyłudz*|phishing|podszyw*|kradzież tożsamości|nieautoryzowan*"
        "|bez mojej zgody|bez mojej wiedzy|to nie ja|to nie byłem ja|to nie byłam ja"
        "|użył mojej karty|użyła mojej karty|użyto mojej karty|naciąg*",
        "stolen_card": "sklonowan*|zastrzec kartę|zastrzeżenie karty|zastrzegłem kartę",
        "compromised_account": "zhakowan*|shakowan*|włamanie|włamał*|przejęte konto|przejęli konto"
        "|ktoś się zalogował|ktoś zalogował|nieznane urządzenie|nieznane logowanie|zmieniono hasło"
        "|duplikat karty sim",
        "dispute": "!spór|!sporu|chargeback|zwrot obciążenia|kwestionuję|zakwestionować"
        "|kwestionować|reklamacja transakcji|reklamować transakcję|zareklamować transakcję"
        "|reklamacja płatności",
        "hardship": "nie stać mnie|problemy finansowe|trudności finansowe|kłopoty finansowe"
        "|zadłużon*|mam długi|dużo długów|w długach|upadłość|bankructwo|bezrobotn*|straciłem pracę"
        "|straciłam pracę|bez pracy|bez dochodu|brak pieniędzy|nie mam pieniędzy",
        "bereavement": "zmarł|zmarła|zmarły|zmarłego|zmarłej|pogrzeb*|akt zgonu|wdowa|wdowiec"
        "|odszedł|odeszła",
        "legal_threat": "prawnik*|adwokat*|radca prawny|pozew|pozwę|pozwać|!sąd|sądu|sądzie|sądowe"
        "|kroki prawne|rzecznik finansowy|rzecznika finansowego|uokik|knf",
        "vulnerable_customer": "niepełnosprawn*|niewidom*|głuch*|demencj*|alzheimer*|nowotw*|!rak"
        "|chemioterapi*|szpital*|zdrowie psychiczne|depresj*|samobój*|przemoc domowa"
        "|opiekun prawny|pełnomocnictwo|starsza osoba|dysleksj*",
        "theft": "skradzion*|ukradzion*|ukradli|ukradł*|kradzież*|złodziej*|okradzion*|okradli"
        "|okradł*|kieszonkow*|napad*|zwinęli|zajumali|zajuma*|zwinął|zwinęła|podprowadzi*|buchnął"
        "|buchnęli|gwizdnął|gwizdnęli",
        "lost": "zgubion*|zgubiłem|zgubiłam|zgubiła|zgubił|zaginęł*|zaginion*|nie mogę znaleźć"
        "|przepadł*|zniknęł*",
        "found": "znalazłem|znalazłam|znalazł*|odnalaz*",
        "card": "kart*|portfel*|torebk*|!visa|!visy|!visę|!maestro",
        "device": "telefon*|komórk*|smartfon*|iphone|laptop*|tablet*|karta sim|karty sim",
        "death": "śmierć|śmierci|nie żyje|umarł|umarła",
        "kin": "mąż|męża|żona|żony|ojciec|ojca|tata|taty|matka|matki|mama|mamy|syn|syna|córka"
        "|córki|brat|brata|siostra|siostry|dziadek|babcia|rodzice",
        "unrecognised": "nie rozpoznaję|nie znam|nieznan*|podejrzan*|dziwn*|nie zrobiłem"
        "|nie zrobiłam|nie robiłem|nie robiłam|nie zamawiałem|nie zamawiałam|nie zamówiłem"
        "|nie zamówiłam|nie składałem|nie składałam|nie złożyłem|nie złożyłam|nie kupowałem"
        "|nie kupowałam|nie moja|nie mój|nie moje|nigdy nie zamawiał*|nigdy nie składał*"
        "|nigdy nie robił*|nigdy nie zrobił*|nigdy nie kupował*|nie zamawiał*|nie składał*"
        "|nie robił*|nie kupował*|nie autoryzował*|nie zatwierdzał*",
        "txn": "zamówieni*|płatnoś*|transakc*|obciążen*|wypłat*|zakup*|przelew*|polecenie zapłaty"
        "|faktur*|kwot*|suma|sumę|sumy",
        "who": "nie wiem kto|nie mam pojęcia kto",
        "someone": "ktoś|ktoś inny|osoba trzecia|obca osoba",
        "misuse": "na moje nazwisko|na moje dane|moimi danymi|na mój pesel|użył mojej karty"
        "|używa mojej karty|mojej tożsamości",
        "access": "zalogował się na moje konto|zalogował się|zmienił hasło|zmienił moje hasło"
        "|zmienił mi hasło|zmienił email|dostęp do mojego konta|przejął konto|przejął moje konto"
        "|wszedł na moje konto|weszli na moje konto|wszedł na konto|wszedł do mojego konta"
        "|zmienił maila|zmienił mail|zmienił adres e mail|zmienił numer|zmienił mój numer"
        "|zmienił numer telefonu",
        "collector": "windykac*|windykator*|komornik*|firma windykacyjna|egzekucj*",
        "pressure": "dzwoni*|wydzwania*|grozi*|grożą|nęka*|nachodzi*",
        "block": "kartka|kartki|kartofl*|nie zrobiłem .. na czas|nie zrobiłam .. na czas"
        "|straciłem dostęp|straciłam dostęp|przeciwdziałania oszustwom|przeciwdziałanie oszustwom"
        "|przed oszustwami|przed oszustwem|przed oszustami|zapobieganie oszustwom|dział oszustw"
        "|antyfraud*",
        "unpaid": "nie mogę zapłacić|nie jestem w stanie zapłacić|nie mogę spłacić"
        "|nie jestem w stanie spłacić|nie mam z czego zapłacić",
        "contents": "w środku|w paczce|zły produkt|inny produkt|coś innego",
        "practical": "dlaczego|czemu|na czas|w terminie|tym razem|dzisiaj|dziś|jutro"
        "|w poniedziałek|we wtorek|w środę|w czwartek|w piątek|w sobotę|w niedzielę|przez|online"
        "|w aplikacji|na stronie|kartą",
        "negator": "nie|nigdy|nic|nikt",
        "neg_det": "żaden|żadna|żadne|żadnego|żadnej",
        "hedge": "nie jestem pewien|nie jestem pewna|nie wiem czy|nie tylko",
        "breaker": "ale|tylko|po prostu|lecz",
        "conditional": "jeśli|jeżeli|gdyby|co się stanie|w razie",
        "question": "czy|czy to|czy to jest|to jest|jesteście|czy jesteście",
        "legit": "wiarygodn*|godn* zaufania|legaln*|legit|uczciw*|rzeteln*",
        "merchant": "sklep*|sprzedawc*|handlowc*",
        "pause": "wstrzymać|wstrzymanie|wstrzymuj*|zawiesić|zawieszenie|pauz*|zamrozić"
        "|mimo to muszę płacić",
        "yet": "jeszcze",
        "lure": "sms*|mail*|e mail|link*|wiadomoś*",
        "otp": "kod|kodu|kodem|kody|kod sms",
        "method": "płacić|zapłacić|płacę|zapłaciłem|zapłaciłam",
    },
}
