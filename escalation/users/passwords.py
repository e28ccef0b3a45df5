"""How strong a password an ops lead may give an account, and generated passwords. Pure.

After NIST SP 800-63B (5.1.1.2): length over composition rules, and a check against
passwords that are commonly used, expected or compromised: no "Passw0rd!2024", no
keyboard or alphabet runs, not the account's own name. The sign-in form accepts up to
`MAX_CHARS` characters, so nothing longer is stored.
"""

from __future__ import annotations

import re
import secrets
import unicodedata

MIN_CHARS = 12
MAX_CHARS = 256  # what POST /api/v1/auth/token accepts
MIN_DISTINCT = 6
RULES = (
    f"at least {MIN_CHARS} characters (at most {MAX_CHARS}), at least {MIN_DISTINCT} different "
    "ones, not a common password or a variation of one, not the username"
)

# The bases of the most common passwords (lower case, letters only: "P@ssw0rd123!" reads as
# "password"), from the published top lists (SplashData, NCSC's 100k most common).
_COMMON_WORDS = """
    password passwort motdepasse contrasena wachtwoord losenord salasana haslo senha
    qwerty qwertz azerty asdf asdfgh asdfghjkl zxcvbn zxcvbnm qazwsx qwertyuiop
    letmein welcome welcomeback iloveyou admin administrator root login master secret
    monkey dragon football baseball soccer hockey sunshine princess shadow superman
    batman trustno michael jennifer jordan charlie freedom whatever starwars pokemon
    abc abcd abcdef abcdefgh changeme default test tester guest user hello hellothere
    relaydesk support customer service agent operator helpdesk summer winter spring
    autumn love lovely flower computer internet google
"""
COMMON = frozenset(_COMMON_WORDS.split())
# Runs a password may not be a piece of: the alphabet, digits, and the keyboard's rows.
RUNS = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789012345678901234567890",
    "qwertyuiopasdfghjklzxcvbnm",
    "qwertzuiopasdfghjklyxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
)
_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "+": "t",
    }
)
# Generated passwords: no look-alikes (0/o, 1/l/i), read out or typed on a phone.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_GROUPS, _GROUP_CHARS = 4, 5  # 20 characters from 31: about 99 bits


def _is_run(text: str) -> bool:
    """The text is a piece of a run, forwards or backwards (e.g. "qwertyuiop", "987654")."""
    return any(text in run or text in run[::-1] for run in RUNS)


def problem(password: str, username: str) -> str | None:
    """Why `password` is too weak for the account `username`, or None when it is fine."""
    if len(password) < MIN_CHARS:
        return f"password: at least {MIN_CHARS} characters"
    if len(password) > MAX_CHARS:
        return f"password: at most {MAX_CHARS} characters"
    if any(unicodedata.category(ch) == "Cc" for ch in password):
        return "password: no control characters (tabs, line breaks, NUL)"
    if len(set(password)) < MIN_DISTINCT:
        return f"password: at least {MIN_DISTINCT} different characters"
    lowered = password.lower()
    name = username.strip().lower()
    if len(name) >= 3 and (name in lowered or name in lowered.translate(_LEET)):
        return "password: must not contain the username"
    if _guessable(lowered):
        return "password: too common or too easy to guess; use a longer phrase or a generated one"
    return None


def _guessable(lowered: str) -> bool:
    """Common words dressed up ("P@ssw0rd2024!", "Welcome2Relaydesk": what lies between the
    first and the last letter, leetspeak undone), a run ("qwertyuiop12", "123456789012"), or
    a repetition."""
    letters = [i for i, ch in enumerate(lowered) if ch.isalpha()]
    core = lowered[letters[0] : letters[-1] + 1] if letters else ""
    base = "".join(ch for ch in core.translate(_LEET) if ch.isalpha())
    compact = "".join(ch for ch in lowered if ch.isalnum())
    words = [w for w in re.split(r"[^a-z]+", core.translate(_LEET)) if w]
    if base in COMMON or (words and all(w in COMMON for w in words)):
        return True
    if _is_run(compact) or _repeats(compact):
        return True
    return len(base) >= 4 and (_is_run(base) or _repeats(base))


def _repeats(text: str) -> bool:
    """The text is one short piece said again and again ("abcabcabcabc", "20242024")."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return True
    return False


def generate(username: str) -> str:
    """A random password that passes `problem` for `username`, e.g.
    "k7pq2-x9mfd-3ahtn-uw4ce"."""
    while True:
        groups = (
            "".join(secrets.choice(_ALPHABET) for _ in range(_GROUP_CHARS)) for _ in range(_GROUPS)
        )
        candidate = "-".join(groups)
        if problem(candidate, username) is None:
            return candidate
