"""Explicit human-request detection: bare words, sentences, typos, hard negatives, 35 languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from router.classification.evaluation_human import (
    EvalRow,
    customer_service_rate,
    evaluate_human_request,
    load_eval_csv,
    shared_english_rows,
    split_of,
)
from router.classification.human_request import HumanRequest, detect_human_request
from router.classification.language import SUPPORTED_LANGUAGES
from router.classification.text_normalization import key_neighbours, slips

SHARED_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"

POSITIVES = [
    "Mitarbeiter",
    "agent",
    "human",
    "operator",
    "AGENT AGENT",
    "mitarbieter",
    "hunam",
    "människa",
    "handläggare",
    "conseiller",
    "persona",
    "operatore",
    "medewerker",
    "Ich möchte mit einem Mitarbeiter sprechen",
    "kan jag få prata med en människa",
    "can I talk to a real person please",
    "connect me to a live agent",
    "I don't understand you, I want a human",
    "I can't reach an agent",
    "humanagent please",
    "AGENT!!!",
    "transfer me to an operatr",
    "can i tlak to a human",
    "ttalk to a live agent",
    "I need to tslk to an agent",
    "how can italk to a human?",
    "I want toocontact someone",
]
HARD_NEGATIVES = [
    "are you a bot?",
    "am I talking to a real person?",
    "Sind Sie ein Mensch?",
    "Human?",
    "the employee in the shop was rude",
    "I don't need an agent, just tell me my balance",
    "my travel agent booked it",
    "human resources",
    "real estate agent",
    "please, ask an agent where my parcel is",
    "where is my refund?",
    "my card was declined",
    "I want to cancel my order",
    "Wouldn't you rather be a human?",
    "no human error here",
    "is this a real person I'm chatting with?",
    "je veux mon argent",
    "the agent said I would get my money back",
    "a tall person answered the phone",
    "I left my cat with someone",
    "the ideal person for this job",
    "no need to talk to an agent, I found it",
    "I don't need to tlak to an agent",
    "do I chat with a bot?",
    "tlak",
    "the connection to the agent dropped",
]

BY_LANGUAGE: dict[str, tuple[str, str, str]] = {
    # language: (bare word, sentence, hard negative)
    "en": ("representative", "let me speak with a human", "am I speaking with a real person?"),
    "de": ("Mitarbeiter", "Kann ich bitte mit einem Menschen reden?", "Bist du ein Mensch?"),
    "sv": ("handläggare", "koppla mig till en handläggare", "pratar jag med en människa?"),
    "fr": ("conseiller", "je veux parler à un conseiller", "est-ce que je parle à un humain ?"),
    "es": ("agente", "quiero hablar con una persona", "¿estoy hablando con una persona?"),
    "it": ("operatore", "voglio parlare con un operatore", "sto parlando con una persona?"),
    "nl": ("medewerker", "ik wil met een medewerker spreken", "praat ik met een mens?"),
    "da": ("medarbejder", "kan jeg tale med et menneske?", "taler jeg med et menneske?"),
    "no": ("medarbeider", "kan jeg snakke med et menneske?", "snakker jeg med et menneske?"),
    "fi": ("asiakaspalvelija", "haluan puhua asiakaspalvelijan kanssa", "puhunko ihmisen kanssa?"),
    "pl": ("konsultant", "chcę rozmawiać z konsultantem", "czy rozmawiam z człowiekiem?"),
    "pt": ("atendente", "quero falar com um atendente", "estou falando com uma pessoa?"),
    "cs": ("operátor", "chci mluvit s operátorem", "mluvím s člověkem?"),
    "sk": ("operátor", "chcem hovoriť s operátorom", "hovorím s človekom?"),
    "hu": ("ügyintéző", "ügyintézővel szeretnék beszélni", "emberrel beszélek?"),
    "ro": ("operator", "vreau să vorbesc cu un operator", "vorbesc cu un om?"),
    "bg": ("оператор", "искам да говоря с оператор", "говоря ли с човек?"),
    "el": ("εκπρόσωπο", "θέλω να μιλήσω με εκπρόσωπο", "μιλάω με άνθρωπο;"),
    "hr": ("operater", "želim razgovarati s operaterom", "razgovaram li s čovjekom?"),
    "sl": ("operater", "želim govoriti z operaterjem", "ali govorim s človekom?"),
    "et": ("klienditeenindaja", "tahan rääkida klienditeenindajaga", "kas ma räägin inimesega?"),
    "lv": ("operators", "gribu runāt ar operatoru", "vai es runāju ar cilvēku?"),
    "lt": ("operatorius", "noriu kalbėti su operatoriumi", "ar aš kalbu su žmogumi?"),
    "ga": ("gníomhaire", "ba mhaith liom labhairt le gníomhaire", "an bhfuil mé ag caint le duine"),
    "mt": ("aġent", "irrid nitkellem ma' aġent", "qed nitkellem ma' bniedem?"),
    "is": ("starfsmaður", "ég vil tala við starfsmann", "er ég að tala við manneskju?"),
    "tr": ("temsilci", "bir temsilciyle konuşmak istiyorum", "gerçek bir insanla mı konuşuyorum?"),
    "ru": ("оператор", "хочу поговорить с оператором", "я говорю с человеком?"),
    "uk": ("оператор", "хочу поговорити з оператором", "я розмовляю з людиною?"),
    "ar": ("موظف", "أريد التحدث مع موظف", "هل أتحدث مع إنسان؟"),
    "he": ("נציג", "אני רוצה לדבר עם נציג", "האם אני מדבר עם בן אדם?"),
    "ja": ("オペレーター", "オペレーターと話したい", "あなたは人間ですか？"),
    "zh": ("人工客服", "我想和人工客服说话", "你是真人吗"),
    "ko": ("상담원", "상담원 연결해 주세요", "너 로봇이야?"),
    "hi": ("एजेंट", "मुझे किसी एजेंट से बात करनी है", "क्या आप रोबोट हैं?"),
}


def test_every_supported_language_is_covered() -> None:
    assert set(BY_LANGUAGE) == SUPPORTED_LANGUAGES


@pytest.mark.parametrize("text", POSITIVES)
def test_requests(text: str) -> None:
    result = detect_human_request(text)
    assert result.is_request, text
    assert result.matched
    assert result.confidence >= 0.8


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives(text: str) -> None:
    assert not detect_human_request(text, "en").is_request, text


@pytest.mark.parametrize("language", sorted(BY_LANGUAGE))
def test_each_language(language: str) -> None:
    bare, sentence, negative = BY_LANGUAGE[language]
    for text in (bare, sentence, bare.upper(), f"{bare} {bare}"):
        assert detect_human_request(text, language).is_request, text
        assert detect_human_request(text).is_request, text  # language not known
    assert not detect_human_request(negative, language).is_request, negative


def test_result_shape() -> None:
    result = detect_human_request("Ich möchte mit einem Mitarbeiter sprechen")
    assert result == HumanRequest(True, result.confidence, result.matched, "de")
    assert result.matched is not None and "mitarbeiter" in result.matched
    assert detect_human_request("where is my parcel", "en") == HumanRequest(False, 0.9, None, "en")
    assert detect_human_request("", None).is_request is False


def test_request_in_a_later_clause_wins() -> None:
    assert detect_human_request("are you a bot? I want a human").is_request
    assert detect_human_request("no, I want to talk to a person", "en").is_request


def test_negation_scope_ends_at_a_new_clause() -> None:
    assert detect_human_request("you aren't helping and I want to speak with an agent").is_request
    assert not detect_human_request("I do not want to talk to an agent").is_request
    assert not detect_human_request("je ne veux pas parler à un conseiller", "fr").is_request
    assert not detect_human_request("no quiero hablar con un agente", "es").is_request


def test_eval_csv_meets_targets_in_every_language() -> None:
    rows = load_eval_csv()
    counts: dict[tuple[str, bool], int] = {}
    for row in rows:
        counts[(row.language, row.is_request)] = counts.get((row.language, row.is_request), 0) + 1
    languages = {lang for lang, _ in counts}
    assert len(languages) >= 25
    assert all(counts.get((lang, flag), 0) >= 15 for lang in languages for flag in (True, False))
    report = evaluate_human_request(rows)
    assert report.overall.recall >= 0.99
    assert report.overall.false_alarm_rate <= 0.01
    for lang, score in report.per_language.items():
        assert score.false_alarm_rate <= 0.01, (lang, score.false_alarms)
        assert score.recall >= 0.9, (lang, score.misses)  # 15-25 positives: one miss is 4-7 %


def test_evaluation_function_counts() -> None:
    rows = [
        EvalRow("en", "agent", True),
        EvalRow("en", "hello", True),
        EvalRow("en", "are you a bot?", False),
        EvalRow("de", "Mitarbeiter", True),
    ]
    report = evaluate_human_request(rows)
    assert report.overall.positives == 3 and report.overall.negatives == 1
    assert report.per_language["en"].recall == 0.5
    assert report.per_language["en"].misses == ("hello",)
    assert report.per_language["de"].false_alarm_rate == 0.0
    assert report.worst() == (0.5, 0.0)


def test_split_is_fixed() -> None:
    assert split_of("I want a human") == split_of("  i WANT a   human ")


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared data sets not present")
@pytest.mark.parametrize(
    ("split", "min_recall"),
    # The held-out half is scored only after tuning on the dev half (and on typo variants of
    # it); its recall (98.3 %, 99.2 % with finger slips and glued words) is a regression floor,
    # not raised by tuning on it.
    [("dev", 0.99), ("heldout", 0.99)],
)
def test_shared_english_data(split: str, min_recall: float) -> None:
    rows, borderline = shared_english_rows(SHARED_DATA, split)  # type: ignore[arg-type]
    report = evaluate_human_request(rows)
    assert report.overall.positives > 400 and report.overall.negatives > 9000
    assert report.overall.recall >= min_recall
    assert report.overall.false_alarm_rate <= 0.01
    assert 0.0 < customer_service_rate(borderline) < 1.0


def test_slips_are_one_finger_slip_away() -> None:
    assert set(key_neighbours("a")) == {"q", "w", "s", "z"}
    assert key_neighbours("7") == ""
    found = slips("talk")
    assert {"tlak", "atlk", "tallk", "ttalk", "tak", "tlk", "taok", "tslk", "talkj"} <= found
    assert "talk" not in found
    assert not {"walk", "tale", "task", "tell"} & found  # w, e, s, e are not next to t, k, l, a


@pytest.mark.parametrize(
    "text",
    ["tlak to a human", "can I taok to an agent?", "i want to cjat with a person", "chta with me"],
)
def test_short_verb_slips_need_a_person(text: str) -> None:
    expected = "with me" not in text
    assert detect_human_request(text, "en").is_request is expected, text


def test_real_words_near_a_verb_count_only_before_to_or_with() -> None:
    assert detect_human_request("could you tall to a human for me", "en").is_request
    assert detect_human_request("can i tal with an agent", "en").is_request
    assert not detect_human_request("a tall human answered", "en").is_request
    assert not detect_human_request("the agent was tall", "en").is_request
    assert not detect_human_request("I gave the hat to an agent", "en").is_request
    assert not detect_human_request("no conozco a tal persona", "es").is_request
    assert not detect_human_request("tak til medarbejderen for hjælpen", "da").is_request


@pytest.mark.parametrize(
    "text",
    [
        "how can italk to a human?",
        "Ineed a human agent",
        "uneed to connect me to an agent",
        "i cannotchat with this bot, agent please",
        "what should i dotospeak with a person",
    ],
)
def test_words_typed_without_a_space(text: str) -> None:
    assert detect_human_request(text, "en").is_request, text


def test_foreign_linking_word_read_as_english_typo_only_in_english() -> None:
    assert detect_human_request("I need to talk to a uman", "en").is_request
    assert not detect_human_request("I need to talk to a uman", None).is_request
    assert detect_human_request("vreau să vorbesc cu un operator uman", "ro").is_request
    assert not detect_human_request("nu vreau un operator uman", "ro").is_request


def test_frustration_before_a_request_does_not_negate_it() -> None:
    assert detect_human_request("you aren't helping i want to talk to a human", "en").is_request
    assert detect_human_request("hwo do I speak to a real person?", "en").is_request
    assert not detect_human_request("you aren't helping", "en").is_request
    assert not detect_human_request("do I talk to a bot?", "en").is_request
    assert not detect_human_request("there is no need to talk to a human", "en").is_request
