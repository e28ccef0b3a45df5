"""Lexicons of the local classifiers: one YAML file per language, read once and validated.

``<code>.yaml`` (a code of ``core.languages``) holds that language's sections ``human_request``,
``risk`` and ``sentiment``; ``risk_pairs.yaml`` the risk rules that pair two concepts. The
syntax and the keys are described in README.md beside them. ``load_lexicons`` gives the
detectors what they read: per section, language -> key -> ``"entry|entry|..."``. A file that
breaks a rule stops loading with ``ValidationFailed`` naming the file, the key and the problem.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    StrictInt,
    StrictStr,
    ValidationError,
    field_validator,
    model_validator,
)

from core.errors import ValidationFailed
from core.languages import LANGUAGE_NAMES
from router.classification.lexicons.syntax import KeyProblem, check_entries, check_regexes

FOLDER = Path(__file__).parent
PAIRS_FILE = "risk_pairs.yaml"
# When several languages list a word, the detectors meet them in this order; the first one
# names the language of a message whose language is unknown. Other codes follow, A to Z.
LANGUAGE_ORDER = (
    *("en", "de", "nl", "sv", "da", "no", "is", "fr", "es", "it", "pt", "ro", "ga", "mt"),
    *("pl", "cs", "sk", "sl", "hr", "bg", "ru", "uk", "el", "hu", "fi", "et", "lv", "lt"),
    *("tr", "ar", "he", "hi", "ko", "ja", "zh"),
)

# human_request: entries as in ``lexicon_match``, but "*" only in an entry of one word and no
# ".."; ``HUMAN_REQUEST_SETS`` plain words; ``HUMAN_REQUEST_REGEXES`` regular expressions.
HUMAN_REQUEST_WORDS = frozenset(
    {"human", "role", "weak", "service", "other", "talk", "want", "glue", "filler", "neg"}
    | {"neg_local", "before", "after", "question", "callback"}
)
HUMAN_REQUEST_SETS = frozenset({"one", "from", "rhetorical"})
HUMAN_REQUEST_REGEXES = frozenset({"identity", "cjk_request", "cjk_bare", "cjk_block"})
RISK_TOPICS = frozenset(
    {"fraud", "stolen_card", "compromised_account", "dispute", "hardship", "bereavement"}
    | {"legal_threat", "vulnerable_customer"}
)
RISK_CONCEPTS = frozenset(
    {"theft", "lost", "found", "card", "device", "death", "kin", "unrecognised", "txn", "rel"}
    | {"who", "someone", "misuse", "access", "collector", "pressure", "lure", "otp", "contents"}
)
RISK_KEYS = (
    RISK_TOPICS
    | RISK_CONCEPTS
    | {"block", "unpaid", "practical", "method", "negator", "neg_det", "hedge", "breaker"}
    | {"conditional", "question", "legit", "merchant", "pause", "yet", "conj", "profession"}
    | {"copula", "job", "worker"}
)
# Concepts that risk.py makes of other ones: a fraud word that asks about the service.
RISK_DERIVED = frozenset({"asked"})
SENTIMENT_KEYS = frozenset(
    {"pos", "neg", "mild", "anger", "insult", "profanity", "expletive", "useless", "unhelpful"}
    | {"ridiculous", "unbelievable", "disbelief", "harsh", "told", "give_up", "stop"}
    | {"stop_bare", "again", "negator", "filler", "block", "target"}
)

Table = dict[str, dict[str, str]]  # language -> key -> "entry|entry|..."


@dataclass(frozen=True, slots=True)
class PairRule:
    """Topic raised when concept ``b`` starts ``low..high`` words after concept ``a``."""

    a: str
    b: str
    low: int
    high: int
    topic: str
    languages: frozenset[str] | None = None  # None: any language, also an unknown one
    unless: tuple[str, ...] = ()  # concepts near ``a`` that cancel the rule
    reach: int = 4  # how near (in words) an ``unless`` concept must be


@dataclass(frozen=True, slots=True)
class Lexicons:
    human_request: Table
    risk: Table
    sentiment: Table
    risk_pairs: tuple[PairRule, ...]


def _section(
    table: dict[str, object], known: frozenset[str], check: Callable[[str, object], str]
) -> dict[str, str]:
    for key in table:
        if key not in known:
            raise KeyProblem(key, f"unknown key (known: {', '.join(sorted(known))})")
    return {key: check(key, value) for key, value in table.items()}


def _human_request_value(key: str, value: object) -> str:
    if key in HUMAN_REQUEST_REGEXES:
        return check_regexes(key, value)
    plain = key in HUMAN_REQUEST_SETS
    return check_entries(key, value, gaps=False, phrase_stars=False, plain=plain)


def _lexicon_value(key: str, value: object) -> str:
    return check_entries(key, value, gaps=True, phrase_stars=True)


class _LanguageFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    human_request: dict[StrictStr, object] = {}
    risk: dict[StrictStr, object] = {}
    sentiment: dict[StrictStr, object] = {}

    @field_validator("human_request")
    @classmethod
    def _human_request(cls, table: dict[str, object]) -> dict[str, str]:
        known = HUMAN_REQUEST_WORDS | HUMAN_REQUEST_SETS | HUMAN_REQUEST_REGEXES
        return _section(table, known, _human_request_value)

    @field_validator("risk")
    @classmethod
    def _risk(cls, table: dict[str, object]) -> dict[str, str]:
        return _section(table, RISK_KEYS, _lexicon_value)

    @field_validator("sentiment")
    @classmethod
    def _sentiment(cls, table: dict[str, object]) -> dict[str, str]:
        return _section(table, SENTIMENT_KEYS, _lexicon_value)


class _Pair(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    a: StrictStr
    b: StrictStr
    low: StrictInt
    high: StrictInt
    topic: StrictStr
    languages: list[StrictStr] | None = None
    unless: list[StrictStr] = []
    reach: StrictInt = 4

    @field_validator("a", "b")
    @classmethod
    def _concept(cls, name: str) -> str:
        if name not in RISK_KEYS | RISK_DERIVED:
            raise ValueError(f"{name!r} is no key of the risk sections")
        return name

    @field_validator("unless")
    @classmethod
    def _concepts(cls, names: list[str]) -> list[str]:
        for name in names:
            cls._concept(name)
        return names

    @field_validator("topic")
    @classmethod
    def _topic(cls, name: str) -> str:
        if name not in RISK_TOPICS:
            raise ValueError(f"{name!r} is no risk topic ({', '.join(sorted(RISK_TOPICS))})")
        return name

    @field_validator("languages")
    @classmethod
    def _languages(cls, codes: list[str] | None) -> list[str] | None:
        for code in codes or ():
            if code not in LANGUAGE_NAMES:
                raise ValueError(f"{code!r} is no language code of core/languages.py")
        return codes

    @field_validator("reach")
    @classmethod
    def _reach(cls, reach: int) -> int:
        if reach < 0:
            raise ValueError("must be 0 or more")
        return reach

    @model_validator(mode="after")
    def _window(self) -> _Pair:
        if self.low > self.high:
            raise ValueError(f"low ({self.low}) is above high ({self.high})")
        return self

    def rule(self) -> PairRule:
        languages = None if self.languages is None else frozenset(self.languages)
        return PairRule(
            self.a,
            self.b,
            self.low,
            self.high,
            self.topic,
            languages,
            tuple(self.unless),
            self.reach,
        )


class _UniqueKeyLoader(yaml.SafeLoader):
    """Safe YAML that refuses a key twice in one mapping (plain YAML keeps the last)."""


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if isinstance(key, str | int | float | bool) and key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is defined twice", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


_HINT = " (quote a value that starts with '*' or '!', or write it as a '>-' block)"


def _read(path: Path) -> object:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}: " if mark is not None else ""
        hint = _HINT if re.search(r"alias|tag", exc.problem or "") else ""
        raise ValidationFailed(f"{path.name}: {where}{exc.problem}{hint}") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ValidationFailed(f"{path.name}: not valid YAML: {exc}") from exc


def _message(path: Path, exc: ValidationError, within: str = "") -> str:
    """``file: where: problem`` for each problem (``where`` a section and key, or a field)."""
    problems = []
    for error in exc.errors():
        where = ".".join([within] * bool(within) + [str(part) for part in error["loc"]])
        cause = error.get("ctx", {}).get("error")
        if isinstance(cause, KeyProblem):
            where, problem = f"{where}.{cause.key}", cause.problem
        elif isinstance(cause, ValueError):
            problem = str(cause)
        elif error["type"] == "extra_forbidden" and not within:
            problem = "unknown section (known: human_request, risk, sentiment)"
        else:
            problem = error["msg"]
        problems.append(f"{where}: {problem}" if where else problem)
    return f"{path.name}: {'; '.join(problems)}"


def _language_file(path: Path) -> _LanguageFile:
    if path.stem not in LANGUAGE_NAMES:
        raise ValidationFailed(
            f"{path.name}: {path.stem!r} is no language code of core/languages.py"
            f" (a lexicon file is named <code>.yaml, the pair rules {PAIRS_FILE})"
        )
    data = _read(path)
    if not isinstance(data, dict) or not data:
        raise ValidationFailed(f"{path.name}: must map sections (human_request, risk, sentiment)")
    try:
        return _LanguageFile.model_validate(data)
    except ValidationError as exc:
        raise ValidationFailed(_message(path, exc)) from exc


def _pairs(path: Path) -> tuple[PairRule, ...]:
    data = _read(path)
    if not isinstance(data, list) or not data:
        raise ValidationFailed(f"{path.name}: must be a list of pair rules")
    rules = []
    for number, item in enumerate(data, 1):
        try:
            rules.append(_Pair.model_validate(item).rule())
        except ValidationError as exc:
            raise ValidationFailed(_message(path, exc, f"rule {number}")) from exc
    return tuple(rules)


def _order(code: str) -> tuple[int, str]:
    return (LANGUAGE_ORDER.index(code) if code in LANGUAGE_ORDER else len(LANGUAGE_ORDER), code)


@cache
def load_lexicons(folder: Path = FOLDER) -> Lexicons:
    """Every lexicon file of ``folder``, validated (read once per folder)."""
    files = {path.stem: path for path in folder.glob("*.yaml") if path.name != PAIRS_FILE}
    if not files:
        raise ValidationFailed(f"{folder}: no lexicon files (<code>.yaml)")
    sections: dict[str, Table] = {"human_request": {}, "risk": {}, "sentiment": {}}
    for code in sorted(files, key=_order):
        parsed = _language_file(files[code])
        for name, table in sections.items():
            entries: dict[str, str] = getattr(parsed, name)
            if entries:
                table[code] = entries
    pairs_path = folder / PAIRS_FILE
    if sections["risk"] and not pairs_path.exists():
        raise ValidationFailed(f"{PAIRS_FILE} is missing: the risk sections need its rules")
    pairs = _pairs(pairs_path) if pairs_path.exists() else ()
    return Lexicons(sections["human_request"], sections["risk"], sections["sentiment"], pairs)
