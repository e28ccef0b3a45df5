"""Compiles the human-request lexicons (``lexicons/<code>.yaml``) into lookup tables (built
once, at import)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from router.classification.lexicons import load_lexicons
from router.classification.text_normalization import deletes, fold, slips, tokens

LEXICON: dict[str, dict[str, str]] = load_lexicons().human_request
HUMAN_REQUEST_LANGUAGES: frozenset[str] = frozenset(LEXICON)

NOUNS = ("human", "role", "weak", "service")
STRONG = frozenset({"human", "role"})
# "other": "someone else", "otra persona", "en anden": a person only after a contact verb
# ("talk to someone else", not "pay for someone else").
WORD_KEYS = (
    *NOUNS,
    "other",
    "talk",
    "want",
    "glue",
    "filler",
    "neg",
    "neg_local",
    "before",
    "after",
    "question",
    "callback",
)
# Word sets per language, not categories: ``one`` pronouns that are a person only before
# ``from`` and a department ("en fra kundeservice", "wer vom Kundenservice"), ``from`` the words
# that link them, ``rhetorical`` words that make a negated question a request ("can't I just",
# "kan jeg ikke bare", "je peux pas juste", "non posso semplicemente").
SET_KEYS = ("one", "from", "rhetorical")
# Languages that put the verb after its object ("einen Mitarbeiter sprechen", "상담원 원해요").
VERB_FINAL = frozenset({"de", "nl", "tr", "ko", "hi", "hu", "fi", "et", "ja", "lv", "lt"})
# Clause-internal words that end a negation's scope ("you aren't helping and I want an agent").
SCOPE_BREAKS = frozenset(
    fold(w)
    for w in (  # noqa: SIM905
        "and but und aber och men og mais pero maar ama но але ale mutta however then so because"
        " weil denn porque perché lakin ancak instead stattdessen plutôt sondern know understand"
        " sure how helping helpful working"
    ).split()
)
# Real words one typo away from a staff noun or a verb, or made of two listed words; never
# "corrected" or split.
FUZZY_STOP = frozenset(
    fold(w)
    for w in (  # noqa: SIM905
        "argent urgent agenda agency agence regent humor humour humid prison parson poison reason"
        " season managed manages manage operate operated mensen menschlich berate beraten"
        " persons present parent patent absent contract contracts steak sneak speck stalk chalk"
        " chart connecticut seal ideal inhuman achat alike personal personale personali"
        " personnel personnelle personnels personales persoonlijk personlig personlige"
        " prawnik prawnika prawnikiem"
    ).split()
)
# Real words one finger slip away from a short verb (see ``slips``): read as that verb only
# right before "to" or "with" and not after a determiner ("can I tall to a human?", but "a
# tall person", "I left my cat with someone").
SLIP_WORDS = frozenset("tall tal tali cat hat cha char dal".split())  # noqa: SIM905
SLIP_NEXT = frozenset({"to", "with"})
SLIP_NOT_AFTER = frozenset(
    "a an the my your his her its our their this that these those some any one no every".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What one (folded) word can be: its categories and the languages that list it."""

    cats: frozenset[str]
    langs: tuple[str, ...]
    fuzzy: bool = False


EMPTY = TokenInfo(frozenset(), ())


@dataclass(frozen=True, slots=True)
class Unit:
    """A word or listed phrase of a message with what it can be there."""

    text: str
    info: TokenInfo


@dataclass(slots=True)
class Tables:
    exact: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    multi: dict[str, list[tuple[tuple[str, ...], dict[str, list[str]]]]] = field(
        default_factory=dict
    )
    prefix: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    suffix: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    contains: list[tuple[str, str, str]] = field(default_factory=list)
    fuzzy_index: dict[str, set[str]] = field(default_factory=dict)
    anagrams: dict[tuple[str, str], str] = field(default_factory=dict)
    slips: dict[str, str] = field(default_factory=dict)
    strict_slips: dict[str, str] = field(default_factory=dict)
    gated: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    neg_window: frozenset[str] = frozenset()
    neg_adjacent: frozenset[str] = frozenset()
    neg_by_lang: dict[str, frozenset[str]] = field(default_factory=dict)
    neg_after: frozenset[str] = frozenset()
    identity: dict[str, re.Pattern[str]] = field(default_factory=dict)
    sets: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    cjk_request: re.Pattern[str] = re.compile(r"(?!x)x")
    cjk_bare: re.Pattern[str] = re.compile(r"(?!x)x")
    cjk_block: re.Pattern[str] = re.compile(r"(?!x)x")


def _add(table: dict[str, dict[str, list[str]]], key: str, cat: str, lang: str) -> None:
    table.setdefault(key, {}).setdefault(cat, []).append(lang)


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    parts = [f"(?:{fold(p)})" for p in patterns if p]
    return re.compile("|".join(parts) if parts else r"(?!x)x")


def fuzzy_limit(length: int) -> int:
    """Edits tolerated for a word of this length (0 below five letters)."""
    return 0 if length < 5 else (1 if length < 8 else 2)


def _add_slips(tables: Tables, short_verbs: set[str]) -> None:
    """Finger slips of English verbs too short for a free edit ("tslk", "taok", "tallk").

    A slip that is a real word (``SLIP_WORDS``, or a word another language lists: Danish "tak")
    goes to ``strict_slips``, trusted only before "to"/"with"; English words are left alone.
    """
    for verb in sorted(short_verbs):
        for slip in slips(verb):
            if len(slip) < 3 or slip in FUZZY_STOP:
                continue
            found = lookup(tables, slip)
            if slip in SLIP_WORDS or (found and all("en" not in g for g in found.values())):
                tables.strict_slips.setdefault(slip, verb)
            elif not found:
                tables.slips.setdefault(slip, verb)


def build_tables() -> Tables:
    tables = Tables()
    phrases: dict[tuple[str, ...], dict[str, list[str]]] = {}
    conflicts: set[str] = set()
    neg_words: dict[str, set[str]] = {}
    local_words: set[str] = set()
    short_verbs: set[str] = set()
    for lang, entries in LEXICON.items():
        for cat in WORD_KEYS:
            for raw in entries.get(cat, "").split("|"):
                entry = fold(raw.strip())
                if entry.startswith("!"):  # counts only in a message known to be in ``lang``
                    entry = entry[1:]
                    tables.gated.setdefault(entry, set()).add((cat, lang))
                if not entry:
                    continue
                if entry.startswith("*") and entry.endswith("*") and len(entry) > 2:
                    tables.contains.append((entry.strip("*"), cat, lang))
                elif entry.startswith("*"):
                    _add(tables.suffix, entry[1:], cat, lang)
                elif entry.endswith("*"):
                    _add(tables.prefix, entry[:-1], cat, lang)
                else:
                    words = tuple(tokens(entry))
                    if len(words) == 1:
                        _add(tables.exact, words[0], cat, lang)
                    elif words:
                        phrases.setdefault(words, {}).setdefault(cat, []).append(lang)
                    if len(words) == 1 and cat == "neg":
                        neg_words.setdefault(lang, set()).add(words[0])
                    elif len(words) == 1 and cat == "neg_local":
                        local_words.add(words[0])
                        neg_words.setdefault(lang, set()).add(words[0])
                    elif len(words) == 1 and cat not in ("before", "after", "question"):
                        conflicts.add(words[0])
                    fuzzy_ok = cat in NOUNS or (cat == "talk" and lang == "en")
                    if len(words) == 1 and cat == "talk" and lang == "en" and len(entry) < 5:
                        short_verbs.add(entry)
                    if len(words) == 1 and fuzzy_ok and fuzzy_limit(len(words[0])):
                        key = (words[0][0], "".join(sorted(words[0])))
                        tables.anagrams.setdefault(key, words[0])
                        for variant in deletes(words[0], fuzzy_limit(len(words[0]))):
                            tables.fuzzy_index.setdefault(variant, set()).add(words[0])
    _add_slips(tables, short_verbs)
    for words, found in phrases.items():
        tables.multi.setdefault(words[0], []).append((words, found))
    for multi in tables.multi.values():
        multi.sort(key=lambda item: -len(item[0]))
    all_neg = {w for words in neg_words.values() for w in words}
    tables.neg_window = frozenset(all_neg - local_words - conflicts)
    tables.neg_adjacent = frozenset(local_words - conflicts)
    tables.neg_by_lang = {lang: frozenset(words) for lang, words in neg_words.items()}
    tables.neg_after = frozenset(
        w for lang in VERB_FINAL for w in neg_words.get(lang, ()) if w not in conflicts
    )
    tables.sets = {
        key: {
            lang: frozenset(fold(w.strip()) for w in e[key].split("|") if w.strip())
            for lang, e in LEXICON.items()
            if e.get(key)
        }
        for key in SET_KEYS
    }
    tables.identity = {
        lang: _alternation([e["identity"]]) for lang, e in LEXICON.items() if e.get("identity")
    }
    tables.cjk_request = _alternation([e.get("cjk_request", "") for e in LEXICON.values()])
    tables.cjk_bare = _alternation([e.get("cjk_bare", "") for e in LEXICON.values()])
    tables.cjk_block = _alternation([e.get("cjk_block", "") for e in LEXICON.values()])
    return tables


def word_set(tables: Tables, key: str, language: str | None) -> frozenset[str]:
    """The ``SET_KEYS`` words of ``language`` and English (of every language when unknown)."""
    by_lang = tables.sets.get(key, {})
    if language is None:
        return frozenset().union(*by_lang.values())
    return by_lang.get(language, frozenset()) | by_lang.get("en", frozenset())


def merge(found: dict[str, list[str]], into: dict[str, list[str]]) -> None:
    for cat, langs in found.items():
        into.setdefault(cat, []).extend(langs)


def lookup(tables: Tables, word: str) -> dict[str, list[str]]:
    """Categories (with languages) of one folded word from exact, prefix and suffix entries."""
    found: dict[str, list[str]] = {}
    if word in tables.exact:
        merge(tables.exact[word], found)
    for size in range(2, len(word) + 1):
        head = word[:size]
        if head in tables.prefix:
            merge(tables.prefix[head], found)
        tail = word[-size:]
        if tail in tables.suffix:
            merge(tables.suffix[tail], found)
    for needle, cat, lang in tables.contains:
        if needle in word:
            found.setdefault(cat, []).append(lang)
    return found


# Categories a word of another language keeps in a message known to be in ``language``: long
# staff nouns and compound department names ("Mitarbeiter" typed in a Swedish chat,
# "kundeservice" in a short message taken for English). Request verbs, linking and person
# words of other languages are ordinary words elsewhere (Dutch "om", Portuguese "há",
# Scandinavian "mens") and are dropped; English ones stay except "want" and "weak" words
# ("have", "get", "someone" are too common in mixed text to trust).
_FOREIGN_MIN = {"human": 6, "role": 6, "service": 12}
_ENGLISH_DROPPED = frozenset({"want", "weak", "other"})


def for_language(
    tables: Tables, word: str, found: dict[str, list[str]], language: str | None
) -> dict[str, list[str]]:
    """``found`` (category -> languages) reduced to what counts in a message in ``language``."""
    gated = tables.gated.get(word, ())
    if gated:
        found = {
            cat: allowed
            for cat, langs in found.items()
            if (allowed := [x for x in langs if x == language or (cat, x) not in gated])
        }
    if language is None or not found:
        return found
    own = any(language in langs for langs in found.values())
    kept: dict[str, list[str]] = {}
    for cat, langs in found.items():
        keep = [
            lang
            for lang in langs
            if lang == language or (lang == "en" and cat not in _ENGLISH_DROPPED)
        ]
        if not keep and not own and len(word) >= _FOREIGN_MIN.get(cat, 99):
            keep = langs
        if keep:
            kept[cat] = keep
    return kept


def token_info(found: dict[str, list[str]], fuzzy: bool = False) -> TokenInfo:
    cats = set(found)
    for cat in ("want", "talk"):
        if cat in cats and VERB_FINAL.intersection(found[cat]):
            cats.add(cat + "_final")
    langs = tuple(dict.fromkeys(lang for group in found.values() for lang in group))
    return TokenInfo(frozenset(cats), langs, fuzzy) if cats else EMPTY


_PRONOUN_ENDS = ("one", "body")


def typo_target(tables: Tables, noun: str, lang: str | None) -> dict[str, list[str]]:
    """The categories of ``noun`` that a typo may reach in a message in ``lang``."""
    hit = for_language(tables, noun, tables.exact[noun], None)
    found: dict[str, list[str]] = {}
    for cat, langs in hit.items():
        if cat == "talk":
            langs = [x for x in langs if x == "en" and lang in (None, "en")]
        elif cat not in NOUNS:
            continue
        if lang is not None:
            langs = [x for x in langs if x == lang]
        if cat == "weak":  # English ones of seven letters or more ("someone", "assistant")
            langs = [x for x in langs if x == "en"] if len(noun) >= 7 else []
            if langs and not noun.endswith(_PRONOUN_ENDS):
                cat = "other"  # "assistanve" counts after "chat with", not after "want"
        if langs:
            found[cat] = langs
    return found


# "someone from customer service", "en fra kundeservice", "jonkun asiakaspalvelusta": a staff
# member, reached by a request verb or by a call-back verb ("call me", "mich anrufen").
_PERSONS = frozenset({"weak", "human", "role", "other"})
_LINKS = frozenset({"glue", "filler"})
_DEPT_GAP = 2  # linking words between "from" and the department ("from your support team")
_ELATIVE = ("sta", "lta")  # Finnish "from": "asiakaspalvelusta", "tuelta"


def join_departments(tables: Tables, units: list[Unit], lang: str | None) -> list[Unit]:
    """Join "someone from customer service" into one staff noun (categories ``role`` and
    ``dept``): a person word, a ``from`` word and the department, a few linking words apart."""
    ones, froms = word_set(tables, "one", lang), word_set(tables, "from", lang)
    out: list[Unit] = []
    i = 0
    while i < len(units):
        end = _department_end(units, i, ones, froms, lang)
        if end < 0:
            out.append(units[i])
            i += 1
            continue
        text = " ".join(u.text for u in units[i:end])
        out.append(Unit(text, TokenInfo(frozenset({"role", "dept"}), units[end - 1].info.langs)))
        i = end
    return out


def _department_end(
    units: list[Unit], i: int, ones: frozenset[str], froms: frozenset[str], lang: str | None
) -> int:
    """One past the department of a "someone from <department>" starting at ``i``, else -1."""
    unit = units[i]
    if not (_PERSONS & unit.info.cats or unit.text in ones) or i + 1 == len(units):
        return -1
    nxt = units[i + 1]
    if lang in (None, "fi") and "service" in nxt.info.cats and nxt.text.endswith(_ELATIVE):
        return i + 2
    if nxt.text not in froms:
        return -1
    for k in range(i + 2, min(len(units), i + 3 + _DEPT_GAP)):
        cats = units[k].info.cats
        if "service" in cats:
            return k + 1
        if not cats or not cats <= _LINKS:
            return -1
    return -1
