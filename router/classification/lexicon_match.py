"""Phrase matching over folded words, shared by the sentiment and risk detectors.

A lexicon maps language -> category -> ``"entry|entry|..."``. An entry is a word or a phrase
of words, folded like the message (``text_normalization.fold``), so accents, case and
apostrophes match however the customer typed them. Word syntax: ``word`` exact, ``stem*``
starts with, ``*tail`` ends with, ``*part*`` contains; ``..`` between two words skips up to two
words ("kann .. nicht zahlen"). A leading ``!`` makes the entry count only when the message is
known to be in that language (Swedish "fan", Norwegian "tåpe" folds to "tape").

Matching runs left to right; at each word the longest entry wins and consumes its words, so a
longer neutral phrase ("stole the show", "no problem") hides the words inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from router.classification.text_normalization import WORD, fold, tokens

_GAP = 2
# Words, and the punctuation that ends a clause (a comma too: it ends a negation's reach).
_TOKEN = re.compile(f"({WORD.pattern})|[.!?;:,\n。！？，、]")
_MODES = ("exact", "prefix", "suffix", "contains", "gap")


@dataclass(frozen=True, slots=True)
class Entry:
    words: tuple[tuple[str, str], ...]  # (mode, text)
    category: str
    language: str
    gated: bool


@dataclass(frozen=True, slots=True)
class Hit:
    category: str
    language: str
    start: int  # first word index
    end: int  # one past the last word index
    phrase: str


@dataclass(frozen=True, slots=True)
class Words:
    words: tuple[str, ...]
    clauses: tuple[int, ...]  # clause number of each word


@dataclass(frozen=True, eq=False, slots=True)
class Lexicon:
    """Compiled lexicon: first-word indexes (hashed by identity, so it can key a cache)."""

    exact: dict[str, tuple[Entry, ...]]
    prefix: dict[str, tuple[Entry, ...]]
    suffix: dict[str, tuple[Entry, ...]]
    contains: tuple[tuple[str, Entry], ...]
    prefix_sizes: tuple[int, ...]
    suffix_sizes: tuple[int, ...]
    languages: frozenset[str]


def _word(raw: str) -> tuple[str, str]:
    if raw == "..":
        return ("gap", "")
    if len(raw) > 2 and raw.startswith("*") and raw.endswith("*"):
        return ("contains", raw[1:-1])
    if raw.startswith("*"):
        return ("suffix", raw[1:])
    if raw.endswith("*"):
        return ("prefix", raw[:-1])
    return ("exact", raw)


def _parse(raw: str) -> tuple[tuple[str, str], ...]:
    words: list[tuple[str, str]] = []
    for part in raw.split():
        if part == "..":
            words.append(("gap", ""))
            continue
        star_head, star_tail = part.startswith("*"), part.endswith("*")
        pieces = tokens(part.strip("*"))
        for k, piece in enumerate(pieces):
            head = "*" if star_head and k == 0 else ""
            tail = "*" if star_tail and k == len(pieces) - 1 else ""
            words.append(_word(head + piece + tail))
    return tuple(words)


def compile_lexicon(
    lexicon: dict[str, dict[str, str]], categories: frozenset[str] | None = None
) -> Lexicon:
    """Compile ``language -> category -> "a|b*|c d"`` into first-word indexes."""
    exact: dict[str, list[Entry]] = {}
    prefix: dict[str, list[Entry]] = {}
    suffix: dict[str, list[Entry]] = {}
    contains: list[tuple[str, Entry]] = []
    for lang, table in lexicon.items():
        for category, spec in table.items():
            if categories is not None and category not in categories:
                continue
            for raw in spec.split("|"):
                raw = raw.strip()
                gated = raw.startswith("!")
                words = _parse(fold(raw.lstrip("!")))
                if not words or words[0][0] == "gap":
                    continue
                entry = Entry(words, category, lang, gated)
                mode, text = words[0]
                if mode == "contains":
                    contains.append((text, entry))
                else:
                    index = {"exact": exact, "prefix": prefix, "suffix": suffix}[mode]
                    index.setdefault(text, []).append(entry)
    return Lexicon(
        exact={k: tuple(v) for k, v in exact.items()},
        prefix={k: tuple(v) for k, v in prefix.items()},
        suffix={k: tuple(v) for k, v in suffix.items()},
        contains=tuple(contains),
        prefix_sizes=tuple(sorted({len(k) for k in prefix})),
        suffix_sizes=tuple(sorted({len(k) for k in suffix})),
        languages=frozenset(lexicon),
    )


def split_words(folded: str) -> Words:
    """Words of a folded text with the clause each one belongs to."""
    parts = _TOKEN.findall(folded)  # "" for punctuation
    if "" not in parts:
        return Words(tuple(parts), (0,) * len(parts))
    words: list[str] = []
    clauses: list[int] = []
    clause = 0
    open_clause = False
    for part in parts:
        if part:
            words.append(part)
            clauses.append(clause)
            open_clause = True
        elif open_clause:
            clause += 1
            open_clause = False
    return Words(tuple(words), tuple(clauses))


def _word_ok(mode: str, text: str, word: str) -> bool:
    if mode == "exact":
        return word == text
    if mode == "prefix":
        return word.startswith(text)
    if mode == "suffix":
        return word.endswith(text)
    return text in word


@lru_cache(maxsize=65536)
def _starting(lexicon: Lexicon, word: str) -> tuple[Entry, ...]:
    """Entries whose first word matches ``word`` (exact entries first)."""
    found: list[Entry] = list(lexicon.exact.get(word, ()))
    for size in lexicon.prefix_sizes:
        if size > len(word):
            break
        found.extend(lexicon.prefix.get(word[:size], ()))
    for size in lexicon.suffix_sizes:
        if size > len(word):
            break
        found.extend(lexicon.suffix.get(word[-size:], ()))
    found.extend(entry for text, entry in lexicon.contains if text in word)
    return tuple(found)


def _rest(entry: Entry, words: Words, pos: int, k: int, clause: int) -> int:
    """End index if ``entry.words[k:]`` matches from ``pos`` within the clause, else -1."""
    if k == len(entry.words):
        return pos
    mode, text = entry.words[k]
    if mode == "gap":
        for skip in range(_GAP + 1):
            if skip and (pos + skip > len(words.words) or words.clauses[pos + skip - 1] != clause):
                break
            end = _rest(entry, words, pos + skip, k + 1, clause)
            if end >= 0:
                return end
        return -1
    inside = pos < len(words.words) and words.clauses[pos] == clause
    if inside and _word_ok(mode, text, words.words[pos]):
        return _rest(entry, words, pos + 1, k + 1, clause)
    return -1


def find(lexicon: Lexicon, words: Words, language: str | None) -> list[Hit]:
    """Longest-first, non-overlapping hits; every category of the winning span is kept."""
    hits: list[Hit] = []
    seq = words.words
    candidates = [_starting(lexicon, word) for word in seq]
    i = 0
    while i < len(seq):
        if not candidates[i]:
            i += 1
            continue
        best_end = -1
        best: list[Entry] = []
        for entry in candidates[i]:
            if entry.gated and entry.language != language:
                continue
            if len(entry.words) == 1:
                end = i + 1
            else:
                mode, text = entry.words[1]  # cheap test of the second word first
                if mode == "exact" and (i + 1 == len(seq) or seq[i + 1] != text):
                    continue
                end = _rest(entry, words, i + 1, 1, words.clauses[i])
            if end > best_end:
                best_end, best = end, [entry]
            elif end == best_end and end > 0:
                best.append(entry)
        if best_end < 0:
            i += 1
            continue
        phrase = " ".join(seq[i:best_end])
        seen: set[str] = set()
        for entry in best:
            if entry.category not in seen:
                seen.add(entry.category)
                hits.append(Hit(entry.category, entry.language, i, best_end, phrase))
        i = best_end
    return hits
