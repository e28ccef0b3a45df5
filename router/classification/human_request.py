"""Explicit request for a human agent ("Mitarbeiter", "can I talk to a real person?").

Rules over multilingual lexicons (``lexicons/<code>.yaml``): a message asks for a human
when a clause is only a staff noun ("agent", "AGENT AGENT", "un conseiller svp"), or when a
request verb reaches a person noun over a few linking words ("ich möchte mit einem
Mitarbeiter sprechen", "connect me to a live agent"). A clause does not count when it asks
what the bot is ("am I talking to a real person?"), when the noun is negated ("I don't need an
agent") or is part of something else ("travel agent", "human resources"). Staff nouns of five
letters or more are matched with one typo (two from eight letters: "mitarbieter", "hunam").
English contact verbs too short for that ("talk", "chat") are matched with one finger slip
(letters swapped, doubled or dropped, a neighbouring key: "tlak", "tallk", "taok"), and words
typed without a space are cut into English words ("italk", "toocontact"); as every verb, they
count only where they reach a person noun.

When the message's language is known, words of other languages count only as long staff
nouns (Dutch "om" is no Romanian "human", Portuguese "há" no request verb), typos are read
only as that language's staff nouns, and words marked ``!`` in a lexicon only in their own
language. Pronoun-like person words ("nogen", "joku", "en anden") need a contact verb or a
known word after them ("er der nogen fees" is no request). A department on its own is a
request ("Kundenservice bitte"), but not in a question about how or when to reach it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from router.classification.human_request_rules import (
    EMPTY,
    FUZZY_STOP,
    NOUNS,
    SCOPE_BREAKS,
    SLIP_NEXT,
    SLIP_NOT_AFTER,
    STRONG,
    TokenInfo,
    Unit,
    build_tables,
    for_language,
    fuzzy_limit,
    join_departments,
    lookup,
    token_info,
    typo_target,
    word_set,
)
from router.classification.text_normalization import WORD, deletes, edit_distance, fold, has_cjk

_TABLES = build_tables()
_CLAUSE = re.compile(r"[^.!?;:,\n。！？，、،؟।]+[.!?;:,\n。！？，、،؟।]*")
_KANA = re.compile(r"[\u3040-\u30ff]")
_MAX_GAP = 4
_PASS_THROUGH = frozenset({"glue", "want", "talk", "human", "role", "weak", "service", "filler"})
_LINKS = frozenset({"glue", "filler"})
_NEG_WINDOW = 5
# Contractions whose "t" we glue back so that "don't" becomes one negation word.
_NT = frozenset(
    (  # noqa: SIM905
        "don can won isn aren didn doesn couldn wouldn shouldn haven hasn wasn weren ain mustn"
        " needn"
    ).split()
)
_NT_WORDS = frozenset(w + "t" for w in _NT) | {"cannot"}
NOUNS_SET = frozenset(NOUNS)
_INABILITY = frozenset({"cant", "cannot", "couldnt", "unable"})
_SLIP = TokenInfo(frozenset({"talk"}), ("en",), fuzzy=True)  # a slip of "talk", "chat"
_REQUEST = frozenset({*NOUNS, "talk", "want"})
# Pieces of words typed without a space, besides listed words ("ineed", "howdo", "toocontact").
_HEAD_LETTERS = frozenset({"i", "u"})  # "italk", "uneed"
_TAIL_LETTERS = frozenset({"a"})  # "senda", "wanta"
_EN_WORDS = frozenset(
    w for w, cats in _TABLES.exact.items() if any("en" in g for g in cats.values())
)
# Typo targets outside English are staff and department nouns only: person words of other
# languages are pronouns and determiners one letter from ordinary words ("heute"/"Leute",
# "något"/"någon", "anstånd"/"anställd").
_BARE = STRONG | {"service"}  # "Kundenservice", "asiakaspalvelu kiitos" ask on their own
_VERBS = frozenset({"want", "talk"})
_POLITE = frozenset({"bitte", "graag", "prosze", "poprosze", "lutfen", "please"})
_INFINITIVE = frozenset({"to", "zu", "om", "att", "at", "a", "de", "per", "para", "pra"})
_JOINED = frozenset({"u", "do", "too", "how", "what", "and", "if", "should", "would"}) | _NT_WORDS
_CALLBACK = 0.9  # "can someone from customer service call me", "mich anrufen"
_Unit = Unit


@dataclass(frozen=True, slots=True)
class HumanRequest:
    is_request: bool
    confidence: float
    matched: str | None
    language: str | None


@dataclass(frozen=True, slots=True)
class _Match:
    phrase: str
    confidence: float
    langs: tuple[str, ...]


@lru_cache(maxsize=65536)
def _info(word: str, lang: str | None) -> TokenInfo:
    """What ``word`` can be in a message in ``lang`` (None: any language)."""
    if word in _NT_WORDS:
        return TokenInfo(frozenset({"neg"}), ("en",))
    found = lookup(_TABLES, word)
    if found:
        return token_info(for_language(_TABLES, word, found, lang))
    return _typo(word, lang)


@lru_cache(maxsize=16384)
def _typo(word: str, lang: str | None) -> TokenInfo:
    """The person noun or contact verb that ``word`` is a typo of ("hunam", "tslk"), or EMPTY.

    With the message's language known, only that language's nouns are typo targets (Italian
    "personali" is no typo of Swedish "personal"), and English verbs only in English.
    """
    if word in _TABLES.slips:
        return _SLIP if lang in (None, "en") else EMPTY
    limit = fuzzy_limit(len(word) + 1)
    if limit == 0 or word in FUZZY_STOP or not word.isalpha():
        return EMPTY
    best: str | None = None
    best_key = (limit + 1, 0)
    for variant in deletes(word, limit):
        for noun in _TABLES.fuzzy_index.get(variant, ()):
            if not typo_target(_TABLES, noun, lang):
                continue
            allowed = fuzzy_limit(len(noun)) if NOUNS_SET & _TABLES.exact[noun].keys() else 1
            distance = edit_distance(word, noun, allowed)
            key = (distance, -len(noun))  # closest first, then the longer word
            if distance <= allowed and key < best_key:
                best, best_key = noun, key
    if best is None and len(word) >= 5:
        best = _TABLES.anagrams.get((word[0], "".join(sorted(word))))
        if best is not None and not typo_target(_TABLES, best, lang):
            best = None
    if best is None:
        return EMPTY
    return token_info(typo_target(_TABLES, best, lang), fuzzy=True)


def _units(words: list[str], lang: str | None) -> list[_Unit]:
    """Words (and listed phrases) with what they can be in a message in ``lang``."""
    merged: list[str] = []
    for word in words:
        if word == "t" and merged and merged[-1] in _NT:
            merged[-1] += "t"
        else:
            merged.append(word)
    units: list[_Unit] = []
    i = 0
    while i < len(merged):
        for phrase, found in _TABLES.multi.get(merged[i], ()):
            if tuple(merged[i : i + len(phrase)]) == phrase:
                text = " ".join(phrase)
                info = token_info(for_language(_TABLES, text, found, lang))
                if info is EMPTY:
                    continue
                units.append(_Unit(text, info))
                i += len(phrase)
                break
        else:
            info = _word_info(merged, i, lang)
            parts = _split(merged[i], lang) if info is EMPTY else None
            if parts:
                units.extend(_Unit(part, _info(part, lang)) for part in parts)
            else:
                units.append(_Unit(merged[i], info))
            i += 1
    return join_departments(_TABLES, units, lang)


def _word_info(words: list[str], i: int, lang: str | None) -> TokenInfo:
    """What ``words[i]`` can be, with the typo readings that depend on the message or context.

    In an English message a word that only other languages list as a linking word may be an
    English typo ("uman", Romanian for "human", typed for "human").
    """
    word = words[i]
    info = _info(word, lang)
    if lang == "en" and not info.cats:
        info = _info(word, None)
        if info.cats and info.cats <= _LINKS and "en" not in info.langs:
            return _typo(word, lang)
        info = EMPTY
    if lang in (None, "en") and (
        word in _TABLES.strict_slips
        and i + 1 < len(words)
        and words[i + 1] in SLIP_NEXT
        and (i == 0 or words[i - 1] not in SLIP_NOT_AFTER)
    ):
        return _SLIP  # "can I tall to a human?", but "a tall person", "my cat with someone"
    return info


@lru_cache(maxsize=16384)
def _split(word: str, lang: str | None) -> tuple[str, ...] | None:
    """Listed words typed without a space ("humanagent", "talkto", "italk", "toocontactsomeone").

    Up to three English pieces, one of them a request word of four letters or more (a person
    noun, a request or contact verb), in a message that may be English; else two listed words
    of one language, the message's when known ("toan" links; not "be|tala" in Swedish
    "betala", "mens|ile" in Italian "mensile").
    """
    if len(word) < 4 or word in FUZZY_STOP:
        return None
    if lang in (None, "en"):
        for depth in (2, 3):  # fewest pieces first: "cannot|chat", not "can|not|chat"
            for pieces in _segmentations(word, depth):
                if len(pieces) == depth and any(
                    len(piece) >= 4 and _REQUEST & _info(piece, "en").cats for piece in pieces
                ):
                    return pieces
    if len(word) < 6:
        return None
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if head in _TABLES.exact and tail in _TABLES.exact:
            shared = set(_info(head, lang).langs) & set(_info(tail, lang).langs)
            if shared and (lang is None or lang in shared):
                return head, tail
    return None


def _segmentations(word: str, depth: int, first: bool = True) -> Iterator[tuple[str, ...]]:
    """Ways to cut ``word`` into 2..``depth`` English words (see ``_piece``)."""
    for cut in range(1, len(word)):
        head, tail = word[:cut], word[cut:]
        if not _piece(head, _HEAD_LETTERS if first else frozenset()):
            continue
        if _piece(tail, _TAIL_LETTERS):
            yield head, tail
        if depth > 2:
            for rest in _segmentations(tail, depth - 1, first=False):
                yield (head, *rest)


def _piece(part: str, letters: frozenset[str]) -> bool:
    if len(part) < 2:
        return part in letters
    return part in _EN_WORDS or part in _JOINED or part in _TABLES.slips


def _rhetorical(units: list[_Unit], k: int, rhetorical: frozenset[str]) -> bool:
    """The negation at ``k`` asks "can't I just ...?" ("kan jeg ikke bare", "niet gewoon")."""
    after = [u.text for u in units[k + 1 : k + 4]]  # "no puedo simplemente": a verb between
    pairs = [" ".join(after[n : n + 2]) for n in range(len(after) - 1)]
    return any(text in rhetorical for text in (*after[:2], *pairs))


def _negated(
    units: list[_Unit], start: int, end: int, neg: frozenset[str], rhetorical: frozenset[str]
) -> bool:
    """Negation cue before ``start`` (within the scope window) or between start and end."""
    for k in range(start - 1, max(-1, start - 1 - _NEG_WINDOW), -1):
        text = units[k].text
        if text in SCOPE_BREAKS:
            break
        if text in _INABILITY or _rhetorical(units, k, rhetorical):
            continue  # "I can't reach an agent" complains that it cannot, it still asks
        if text in neg or text in _NT_WORDS or _negating_phrase(units[k]):
            return True
        if text in _TABLES.neg_adjacent and k == start - 1:
            return True
    for k in range(start, end + 1):
        text = units[k].text
        if _rhetorical(units, k, rhetorical):
            continue
        if text in _TABLES.neg_adjacent or text in neg or _negating_phrase(units[k]):
            return True
    # Verb-final languages negate after the verb ("बात नहीं करनी", "연결 원하지 않아요").
    return any(u.text in _TABLES.neg_after for u in units[end + 1 : end + 4])


def _negating_phrase(unit: _Unit) -> bool:
    """A listed negation of several words ("no need", "rather not", "nicht mehr")."""
    return " " in unit.text and "neg" in unit.info.cats


def _modifier(unit: _Unit, *kinds: str) -> bool:
    """A word that makes a staff noun something else ("travel agent"), unless it also links."""
    cats = unit.info.cats
    return any(kind in cats for kind in kinds) and not cats & _LINKS


def _noun_kind(info: TokenInfo) -> str | None:
    for kind in ("role", "human", "weak", "service", "other"):
        if kind in info.cats:
            return kind
    return None


def _trigger_fits(kind: str, trigger: TokenInfo, forward: bool) -> float:
    """Confidence that ``trigger`` (verb) reaches a noun of ``kind``; 0.0 when it does not."""
    if "callback" in trigger.cats and kind in ("role", "human"):
        return _CALLBACK  # "can a human call me", "qualcuno dell'assistenza mi può chiamare"
    if forward and "talk_final" not in trigger.cats and "want_final" not in trigger.cats:
        return 0.0
    if "talk" in trigger.cats:
        return {"role": 0.97, "human": 0.96, "weak": 0.9, "service": 0.85, "other": 0.85}[kind]
    wants = "want_final" if forward else "want"
    if wants in trigger.cats and kind == "other":
        return 0.75  # "can I get someone else on the line", checked in ``_frame``
    if wants in trigger.cats and kind != "service":
        return {"role": 0.93, "human": 0.92, "weak": 0.8}[kind]
    return 0.0


def _frame(units: list[_Unit], neg: frozenset[str], lang: str | None) -> _Match | None:
    asks_how = any("question" in u.info.cats for u in units)
    for j, unit in enumerate(units):
        kind = _noun_kind(unit.info)
        if kind is None or (unit.info.cats & {"service", "dept"} and asks_how):
            continue  # "how do I contact customer service?" asks for contact details
        if j > 0 and _modifier(units[j - 1], "before"):
            continue
        if j + 1 < len(units) and _modifier(units[j + 1], "after"):
            continue
        for step in (-1, 1):
            k, gap, unknown = j + step, 0, False
            while 0 <= k < len(units) and gap <= _MAX_GAP:
                score = _trigger_fits(kind, units[k].info, forward=step == 1)
                if score and kind in ("weak", "other") and "talk" not in units[k].info.cats:
                    # "is there anyone ...?" but not "are there any fees?", "någon gräns",
                    # "can I pay someone": nothing unknown next to the person word; "someone
                    # else", "en anden" more than "another one": a word must follow
                    last = j + 1 == len(units)
                    if unknown or (not last and not units[j + 1].info.cats):
                        break
                    if kind == "other" and (last or unit.info.fuzzy or _to_do(units, j + 1)):
                        break  # "I want someone else to pay for it"
                if score:
                    lo, hi = min(j, k), max(j, k)
                    if _negated(units, lo, hi, neg, word_set(_TABLES, "rhetorical", lang)):
                        return None
                    if unit.info.fuzzy:
                        score *= 0.9
                    if units[k].info.fuzzy:
                        score *= 0.95
                    phrase = " ".join(u.text for u in units[lo : hi + 1])
                    return _Match(phrase, score, unit.info.langs)
                cats = units[k].info.cats
                dept = "dept" in unit.info.cats  # "quelqu'un du SAV peut me rappeler"
                if not cats and not unknown and (step == -1 or dept) and kind != "other":
                    unknown = True  # one unknown word (a typo, a swear word) may sit in between
                elif not cats & _PASS_THROUGH or _modifier(units[k], "before", "after"):
                    break
                k, gap = k + step, gap + 1
    return None


def _to_do(units: list[_Unit], i: int) -> bool:
    """``units[i]`` is an infinitive marker before an unlisted verb ("to pay", "att betala")."""
    return units[i].text in _INFINITIVE and i + 1 < len(units) and not units[i + 1].info.cats


def _bare(units: list[_Unit], question: bool) -> _Match | None:
    nouns = [u for u in units if _BARE & u.info.cats]
    if not nouns:
        return None
    departments = all(STRONG.isdisjoint(u.info.cats) for u in nouns)
    for unit in units:
        cats = unit.info.cats
        if not (_BARE & cats or "filler" in cats) or _modifier(unit, "before", "after"):
            return None
        if departments and cats & _VERBS and unit.text not in _POLITE:
            return None  # "customer service please", but not "I need assistance"
    if question and all("role" not in u.info.cats for u in nouns):
        return None  # "Human?" / "Mensch?" asks what the bot is; "support?" what it is
    fuzzy = all(u.info.fuzzy for u in nouns)
    return _Match(" ".join(u.text for u in nouns), 0.85 if fuzzy else 0.95, nouns[0].info.langs)


def _clause_match(clause: str, neg: frozenset[str], language: str | None) -> _Match | None:
    words = [fold(w) for w in WORD.findall(clause)]
    if not words:
        return None
    if has_cjk(clause):
        joined = fold(clause)
        if _TABLES.cjk_block.search(joined):
            return None
        cjk = _TABLES.cjk_request.search(joined) or _TABLES.cjk_bare.search(joined.strip())
        if cjk:
            lang = "ja" if _KANA.search(joined) else "zh"
            return _Match(cjk.group(0), 0.93, (lang,))
    units = _units(words, language)
    found = _frame(units, neg, language) or _bare(units, question="?" in clause or "？" in clause)
    if found is None:
        return None
    # "am I talking to a real person?": checked only for the languages in play, as it is costly.
    folded = " ".join(words)
    langs = {lang for unit in units for lang in unit.info.langs} | {language or "en", "en"}
    for lang in langs:
        pattern = _TABLES.identity.get(lang)
        if pattern is not None and pattern.search(folded):
            return None
    return found


def detect_human_request(text: str, language: str | None = None) -> HumanRequest:
    """Does this message explicitly ask for a human agent? Pure and fast (no I/O)."""
    lang = language if language in _TABLES.neg_by_lang else None
    neg = _TABLES.neg_window | _TABLES.neg_by_lang.get(lang or "", frozenset())
    best: _Match | None = None
    for clause in _CLAUSE.findall(text[:2000]):
        found = _clause_match(clause, neg, lang)
        if found and (best is None or found.confidence > best.confidence):
            best = found
    if best is None:
        return HumanRequest(False, 0.9, None, lang)
    if lang is None and best.langs:
        lang = best.langs[0]
    return HumanRequest(True, best.confidence, best.phrase, lang)
