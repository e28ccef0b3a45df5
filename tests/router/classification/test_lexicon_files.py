"""Lexicon files (router/classification/lexicons/<code>.yaml, risk_pairs.yaml): every file loads,
the detectors read what was loaded, and a broken file stops loading with a message naming the
file, the key and the problem."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from core.errors import ValidationFailed
from core.languages import LANGUAGE_NAMES
from router.classification import human_request_rules, risk, sentiment
from router.classification.human_request import detect_human_request
from router.classification.lexicons import (
    FOLDER,
    LANGUAGE_ORDER,
    PAIRS_FILE,
    RISK_TOPICS,
    PairRule,
    load_lexicons,
)
from router.classification.risk import detect_risk
from router.classification.sentiment import detect_sentiment

NINE_LANGUAGES = {"en", "de", "nl", "sv", "da", "no", "fi", "fr", "es", "it", "pt", "pl"}


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _fails(tmp_path: Path, files: dict[str, str]) -> str:
    with pytest.raises(ValidationFailed) as caught:
        load_lexicons(_folder(tmp_path, files))
    return caught.value.detail


# --- the shipped files ------------------------------------------------------------------------


def test_every_language_file_loads() -> None:
    lexicons = load_lexicons()
    files = {p.stem for p in FOLDER.glob("*.yaml") if p.name != PAIRS_FILE}
    assert files == set(LANGUAGE_NAMES)
    assert set(lexicons.human_request) == files
    assert set(lexicons.risk) == set(lexicons.sentiment) == NINE_LANGUAGES
    for table in (lexicons.human_request, lexicons.risk, lexicons.sentiment):
        for keys in table.values():
            assert keys and all(value and "||" not in value for value in keys.values())
    assert len(lexicons.risk_pairs) == 15
    assert lexicons.risk_pairs[0] == PairRule("theft", "card", -6, 6, "stolen_card")
    kin_lost = next(r for r in lexicons.risk_pairs if (r.a, r.b) == ("kin", "lost"))
    assert kin_lost.languages == frozenset({"de", "nl"})
    assert kin_lost.unless == ("card", "device")


def test_detectors_read_the_loaded_files() -> None:
    lexicons = load_lexicons()
    assert load_lexicons() is lexicons  # read once
    assert human_request_rules.LEXICON is lexicons.human_request
    assert risk.LEXICON is lexicons.risk and risk.PAIRS is lexicons.risk_pairs
    assert sentiment.LEXICON is lexicons.sentiment
    assert set(risk.TOPICS) == RISK_TOPICS
    # languages in LANGUAGE_ORDER: English first names a word several languages list
    assert list(lexicons.human_request) == [c for c in LANGUAGE_ORDER if c in LANGUAGE_NAMES]
    assert detect_human_request("agent").language == "en"


def test_files_ship_inside_the_package() -> None:
    package = resources.files("router.classification.lexicons")
    assert package.joinpath("en.yaml").is_file() and package.joinpath(PAIRS_FILE).is_file()
    assert Path(str(package)) == FOLDER


@pytest.mark.parametrize(
    ("text", "language", "detector", "expected"),
    [
        # spellings that fold like a removed duplicate still match through the one kept
        ("chcę rozmawiać z osobą", "pl", "human", True),
        ("أريد التحدث مع موظف", "ar", "human", True),
        ("Ich weiss nicht, wer diese Zahlung gemacht hat", "de", "risk", ("fraud",)),
        ("Weiß nicht wer diese Zahlung gemacht hat", "de", "risk", ("fraud",)),
        ("mi hermano murió ayer", "es", "risk", ("bereavement",)),
        ("So ein Scheissladen!", "de", "sentiment", True),
        ("vous etes sérieux ??", "fr", "sentiment", True),
    ],
)
def test_folded_spellings_match_once_listed(
    text: str, language: str, detector: str, expected: object
) -> None:
    if detector == "human":
        assert detect_human_request(text, language).is_request is expected
    elif detector == "risk":
        assert detect_risk(text, language).topics == expected
    else:
        assert detect_sentiment(text, language).frustrated is expected


# --- a folder of test files -------------------------------------------------------------------

VALID_DE = """\
human_request:
  role: >-
    mitarbeiter|berater*
    |kundenberater
  identity:
    - '\\bbist du (ein )?(mensch|bot)\\b'
    - '\\bwer bist du\\b'
risk:
  fraud: 'betrug*|!abzocke|kann .. nicht zahlen'
"""
VALID_EN = "sentiment:\n  pos: thanks|great\n"
VALID_PAIRS = "- {a: theft, b: card, low: -6, high: 6, topic: stolen_card}\n"


def test_a_valid_folder_gives_the_detectors_structures(tmp_path: Path) -> None:
    lexicons = load_lexicons(
        _folder(tmp_path, {"de.yaml": VALID_DE, "en.yaml": VALID_EN, PAIRS_FILE: VALID_PAIRS})
    )
    assert lexicons.human_request == {
        "de": {
            "role": "mitarbeiter|berater*|kundenberater",
            "identity": r"\bbist du (ein )?(mensch|bot)\b|\bwer bist du\b",
        }
    }
    assert lexicons.risk == {"de": {"fraud": "betrug*|!abzocke|kann .. nicht zahlen"}}
    assert lexicons.sentiment == {"en": {"pos": "thanks|great"}}
    assert lexicons.risk_pairs == (PairRule("theft", "card", -6, 6, "stolen_card"),)


def test_languages_follow_the_language_order_not_the_file_names(tmp_path: Path) -> None:
    files = {f"{code}.yaml": VALID_EN for code in ("zh", "da", "en", "ar")}
    assert list(load_lexicons(_folder(tmp_path, files)).sentiment) == ["en", "da", "ar", "zh"]


def test_a_fixed_file_loads_after_a_failure(tmp_path: Path) -> None:
    assert "listed twice" in _fails(tmp_path, {"en.yaml": "sentiment:\n  pos: a|b|a\n"})
    (tmp_path / "en.yaml").write_text("sentiment:\n  pos: a|b\n", encoding="utf-8")
    assert load_lexicons(tmp_path).sentiment == {"en": {"pos": "a|b"}}


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # duplicates
        (
            "de.yaml",
            "risk:\n  fraud: betrug|abzocke|betrug\n",
            "risk.fraud: 'betrug' is listed twice",
        ),
        (
            "de.yaml",
            "risk:\n  who: weiß nicht wer|weiss nicht wer\n",
            "risk.who: 'weiss nicht wer' is listed twice (as 'weiß nicht wer'",
        ),
        (
            "de.yaml",
            "risk:\n  fraud: >-\n    betrug|abzocke\n    |Betrug\n",
            "risk.fraud: 'Betrug'",
        ),
        (
            "es.yaml",
            "risk:\n  theft: >-\n    robo|robó\n",
            "risk.theft: 'robó' is listed twice (as 'robo'",
        ),
        (
            "es.yaml",
            "risk:\n  theft: >-\n    robó|!robo\n",
            "risk.theft: '!robo' is listed both with and without '!'",
        ),
        (
            "de.yaml",
            "human_request:\n  identity:\n    - 'a'\n    - 'a'\n",
            "human_request.identity: 'a' is listed twice",
        ),
        (
            "de.yaml",
            "risk:\n  fraud: betrug\n  fraud: abzocke\n",
            "line 3: key 'fraud' is defined twice",
        ),
        # unknown names
        ("de.yaml", "risky:\n  fraud: betrug\n", "de.yaml: risky: unknown section"),
        ("de.yaml", "risk:\n  fruad: betrug\n", "de.yaml: risk.fruad: unknown key"),
        ("de.yaml", "sentiment:\n  fraud: betrug\n", "sentiment.fraud: unknown key"),
        ("xx.yaml", "risk:\n  fraud: betrug\n", "xx.yaml: 'xx' is no language code"),
        # empty and malformed entries
        ("de.yaml", "risk:\n  fraud: betrug||abzocke\n", "risk.fraud: an empty entry"),
        ("de.yaml", "risk:\n  fraud: betrug|\n", "risk.fraud: an empty entry"),
        ("de.yaml", "risk:\n  fraud: ''\n", "risk.fraud: empty (leave the key out"),
        (
            "de.yaml",
            "risk:\n  fraud: be*trug\n",
            "risk.fraud: 'be*trug': '*' may only start or end",
        ),
        ("de.yaml", "risk:\n  fraud: '**'\n", "'*' may only start or end"),
        ("de.yaml", "risk:\n  fraud: betrug!\n", "risk.fraud: 'betrug!': '!' may only start"),
        ("de.yaml", "risk:\n  fraud: '!'\n", "nothing after '!'"),
        ("de.yaml", "risk:\n  fraud: '! betrug'\n", "risk.fraud: '! betrug': no space after '!'"),
        ("de.yaml", "risk:\n  fraud: .. betrug\n", "'..' must stand between two words"),
        ("de.yaml", "risk:\n  fraud: ?? betrug\n", "'??' has no letters"),
        (
            "de.yaml",
            "human_request:\n  talk: sprechen .. mit\n",
            "human_request.talk: 'sprechen .. mit': '..'",
        ),
        (
            "de.yaml",
            "human_request:\n  role: kunden berater*\n",
            "human_request.role: 'kunden berater*': '*' only in an entry of one word",
        ),
        ("de.yaml", "human_request:\n  role: '!berater*'\n", "'!' does not work with '*'"),
        ("de.yaml", "human_request:\n  from: von*\n", "human_request.from: 'von*': no '*' here"),
        ("de.yaml", "risk:\n  fraud: 12\n", "risk.fraud: must be a text of entries"),
        ("de.yaml", "risk:\n  fraud: [betrug]\n", "risk.fraud: must be a text of entries"),
        ("de.yaml", "risk: [fraud]\n", "de.yaml: risk: Input should be a valid dictionary"),
        # regular expressions
        (
            "de.yaml",
            "human_request:\n  identity: '\\bwer\\b'\n",
            "human_request.identity: must be a list",
        ),
        (
            "de.yaml",
            "human_request:\n  identity:\n    - '(bist du'\n",
            "human_request.identity: '(bist du' is no regular expression",
        ),
        ("de.yaml", "human_request:\n  identity:\n    - '\\Wbot'\n", "\\W would be \\w"),
        ("de.yaml", "human_request:\n  identity:\n    - ' '\n", "an empty regular expression"),
        # whole files
        ("de.yaml", "risk:\n  fraud: [betrug\n", "de.yaml: line"),
        ("de.yaml", "- risk\n", "de.yaml: must map sections"),
        ("de.yaml", "", "de.yaml: must map sections"),
        ("de.yaml", "risk:\n  fraud: *betrug\n", "de.yaml: line 2: found undefined alias"),
    ],
)
def test_a_broken_language_file_names_file_key_and_problem(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    detail = _fails(tmp_path, {"en.yaml": VALID_EN, name: text})
    assert name in detail
    assert expected in detail


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- {a: theft, b: cart, low: -6, high: 6, topic: stolen_card}\n",
            "risk_pairs.yaml: rule 1.b: 'cart' is no key of the risk sections",
        ),
        (
            VALID_PAIRS + "- {a: theft, b: card, low: 6, high: -6, topic: stolen_card}\n",
            "rule 2: low (6) is above high (-6)",
        ),
        (
            "- {a: theft, b: card, low: -6, high: 6, topic: stolen}\n",
            "rule 1.topic: 'stolen' is no risk topic",
        ),
        (
            "- {a: kin, b: lost, low: 1, high: 1, topic: bereavement, languages: [xx]}\n",
            "rule 1.languages: 'xx' is no language code",
        ),
        (
            "- {a: lost, b: card, low: -6, high: 6, topic: stolen_card, unless: [fonud]}\n",
            "rule 1.unless: 'fonud' is no key",
        ),
        (
            "- {a: theft, b: card, low: -6, high: 6, topic: stolen_card, reach: -1}\n",
            "rule 1.reach: must be 0 or more",
        ),
        (
            "- {a: theft, b: card, low: '-6', high: 6, topic: stolen_card}\n",
            "rule 1.low: Input should be a valid integer",
        ),
        (
            "- {a: theft, b: card, low: -6, high: 6, topic: stolen_card, near: 3}\n",
            "rule 1.near: Extra inputs are not permitted",
        ),
        ("- {a: theft, b: card, low: -6, high: 6}\n", "rule 1.topic: Field required"),
        ("{a: theft}\n", "risk_pairs.yaml: must be a list of pair rules"),
    ],
)
def test_a_broken_pair_rule_names_the_rule_and_the_problem(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert expected in _fails(tmp_path, {"en.yaml": VALID_EN, PAIRS_FILE: text})


def test_an_empty_folder_is_refused(tmp_path: Path) -> None:
    assert "no lexicon files" in _fails(tmp_path, {})


def test_risk_sections_need_the_pair_rules(tmp_path: Path) -> None:
    detail = _fails(tmp_path, {"de.yaml": "risk:\n  fraud: betrug\n"})
    assert f"{PAIRS_FILE} is missing" in detail
