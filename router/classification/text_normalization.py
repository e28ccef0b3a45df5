"""Text normalisation shared by the local classifiers: casefold, accents, words, typos."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose but that users routinely type without the accent.
_FOLD = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ß": "ss",
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
    }
)
# Combining marks that carry meaning and must survive accent stripping:
# kana voicing marks, and Devanagari vowel signs and virama.
_KEEP_MARKS = frozenset({"\u3099", "\u309a"})
# Letters plus the combining marks of scripts whose words contain them (Devanagari vowel signs,
# Hebrew and Arabic points, kana voicing): without them \w would split such words apart.
WORD = re.compile(
    r"[^\W_][\w\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f"
    r"\u0951-\u0957\u0962\u0963\u3099\u309a]*"
)
_REPEATS = re.compile(r"(.)\1{2,}")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _keep_mark(char: str) -> bool:
    return char in _KEEP_MARKS or "\u0900" <= char <= "\u097f"


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Casefold, drop accents (keeping kana/Devanagari marks) and squeeze letter runs (>=3)."""
    text = text.casefold().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c) or _keep_mark(c))
    return _REPEATS.sub(r"\1", unicodedata.normalize("NFC", stripped))


def tokens(folded: str) -> list[str]:
    """Word tokens of an already folded text (apostrophes split words: "don't" -> don, t)."""
    return WORD.findall(folded)


def has_cjk(text: str) -> bool:
    """True if the text contains Han characters or kana (scripts written without spaces)."""
    return _CJK.search(text) is not None


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (adjacent swaps cost 1), capped at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        row_min = i
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, prev2[j - 2] + 1)
            cur[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[len(b)]


def deletes(word: str, depth: int) -> set[str]:
    """All strings reachable from ``word`` by deleting up to ``depth`` characters."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


# QWERTY rows, for the typos a finger makes: a neighbouring key instead of (or as well as) the
# intended one. Other layouts (AZERTY, QWERTZ) differ on a few keys only.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {key: (row, col) for row, keys in enumerate(_KEY_ROWS) for col, key in enumerate(keys)}


def key_neighbours(char: str) -> str:
    """Letters next to ``char`` on a QWERTY keyboard (same row, and the rows above and below)."""
    if char not in _KEY_AT:
        return ""
    row, col = _KEY_AT[char]
    found: list[str] = []
    for d_row, d_col in ((0, -1), (0, 1), (-1, 0), (-1, 1), (1, -1), (1, 0)):
        r, c = row + d_row, col + d_col
        if 0 <= r < len(_KEY_ROWS) and 0 <= c < len(_KEY_ROWS[r]):
            found.append(_KEY_ROWS[r][c])
    return "".join(found)


def slips(word: str) -> set[str]:
    """Strings one finger slip away from ``word``: two adjacent letters swapped, a letter
    dropped or doubled, a neighbouring key hit instead of a letter or next to it.

    Narrower than an edit distance of one (a replaced or added letter must be a neighbouring
    key), so that it can be used on words too short for a free edit ("tslk", "taok", "tallk").
    """
    found: set[str] = set()
    for i, char in enumerate(word):
        head, tail = word[:i], word[i + 1 :]
        found.add(head + tail)
        found.add(head + char + char + tail)
        if tail and tail[0] != char:
            found.add(head + tail[0] + char + tail[1:])
        for key in key_neighbours(char):
            found.update((head + key + tail, head + key + char + tail, head + char + key + tail))
    found.discard(word)
    return found
