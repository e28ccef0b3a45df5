"""Checks of one lexicon value: entries ("a|b*|!c .. d") and regular expressions (README.md)."""

from __future__ import annotations

import re

from router.classification.text_normalization import fold, tokens

# Escapes that folding (casefold) would turn into their opposite ("\W" into "\w").
_UPPER_ESCAPE = re.compile(r"\\[ABDSWZ]")


class KeyProblem(ValueError):
    """A key whose value breaks a rule (``key`` is put in front of the message)."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


def entry_problem(entry: str, *, gaps: bool, phrase_stars: bool, plain: bool) -> str | None:
    """What is wrong with one entry, or None. ``gaps``: ".." allowed; ``phrase_stars``: "*" in
    an entry of several words; ``plain``: no markers at all."""
    body = entry[1:] if entry.startswith("!") else entry
    if plain and body != entry:
        return f"{entry!r}: no '!' here (plain words only)"
    if "!" in body:
        return f"{entry!r}: '!' may only start an entry"
    if body[:1].isspace():
        return f"{entry!r}: no space after '!'"
    words = body.split()
    if not words:
        return f"{entry!r}: nothing after '!'"
    for i, word in enumerate(words):
        if word == "..":
            if not gaps:
                return f"{entry!r}: '..' (skip words) is not understood in this section"
            if i in (0, len(words) - 1) or words[i - 1] == "..":
                return f"{entry!r}: '..' must stand between two words"
            continue
        stem = word.strip("*")
        if "*" in word:
            if plain:
                return f"{entry!r}: no '*' here (plain words only)"
            if not stem or "*" in stem or word.startswith("**") or word.endswith("**"):
                return f"{entry!r}: '*' may only start or end a word"
            if not phrase_stars and len(words) > 1:
                return f"{entry!r}: '*' only in an entry of one word in this section"
            if not phrase_stars and tokens(fold(stem)) != [fold(stem)]:
                return f"{entry!r}: a word with '*' must be letters only in this section"
            if not phrase_stars and entry.startswith("!"):
                return f"{entry!r}: '!' does not work with '*' in this section"
        if not tokens(fold(stem)):
            return f"{entry!r}: {word!r} has no letters"
    return None


def check_entries(
    key: str, value: object, *, gaps: bool, phrase_stars: bool, plain: bool = False
) -> str:
    """Validated ``"a|b|c"`` (entries stripped, one space between words)."""
    if not isinstance(value, str):
        raise KeyProblem(key, "must be a text of entries separated by '|'")
    entries = [" ".join(part.split()) for part in value.split("|")]
    if entries == [""]:
        raise KeyProblem(key, "empty (leave the key out instead)")
    seen: dict[str, str] = {}
    gated: dict[str, str] = {}
    for entry in entries:
        if not entry:
            raise KeyProblem(key, "an empty entry (two '|' in a row, or one at an end)")
        problem = entry_problem(entry, gaps=gaps, phrase_stars=phrase_stars, plain=plain)
        if problem:
            raise KeyProblem(key, problem)
        folded = fold(entry)
        if folded in seen:
            first = seen[folded]
            how = "" if first == entry else f" (as {first!r}: case and accents do not count)"
            raise KeyProblem(key, f"{entry!r} is listed twice{how}")
        seen[folded] = entry
        bare = folded.removeprefix("!")
        if bare in gated and gated[bare] != folded:
            raise KeyProblem(key, f"{entry!r} is listed both with and without '!'")
        gated[bare] = folded
    return "|".join(entries)


def check_regexes(key: str, value: object) -> str:
    """Validated alternatives of a regular expression, joined with "|"."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or not value:
        raise KeyProblem(key, "must be a list of regular expressions (the alternatives)")
    seen: set[str] = set()
    for pattern in value:
        if not pattern.strip():
            raise KeyProblem(key, "an empty regular expression")
        if pattern in seen:
            raise KeyProblem(key, f"'{pattern}' is listed twice")
        seen.add(pattern)
        upper = _UPPER_ESCAPE.search(pattern)
        if upper:
            lower = upper.group().lower()
            raise KeyProblem(
                key, f"'{pattern}': patterns are folded, {upper.group()} would be {lower}"
            )
        try:
            re.compile(fold(pattern))
        except re.error as exc:
            raise KeyProblem(key, f"'{pattern}' is no regular expression: {exc}") from exc
    return "|".join(value)
