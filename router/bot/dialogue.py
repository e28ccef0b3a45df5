"""The bot's move for one customer message: answer a topic, answer small talk, ask which of
two topics is meant, or admit a miss. Pure functions of the message, its ranked topics and
what happened in the turn before; no database, no HTTP.

- A topic the model is sure of is answered. A small-talk topic ("hi", "danke", "are you a
  bot?") is answered with its article, unless the message also carries a real question
  ("hi, where is my refund?"), which then wins.
- When two topics are close, the bot asks which one is meant; the customer's next message is
  read against those two first ("the first one", "die Rückerstattung").
- A follow-up that cannot be understood alone ("and can I move that date?") is read together
  with the customer's previous message.
- After the bot offered a person, "yes" accepts (a request for a person) and "no" declines.
- Anything else is a miss; the rules decide what a miss leads to (ask to rephrase, offer a
  person, escalate).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

import yaml

from router.bot.topics import TopicScore

ANSWER_BAR = 0.5  # the best topic's probability needed to answer it (as router.bot.answers)
SURE = 0.7  # above this a message is read on its own, whatever the turn before asked
CLARIFY_BAR = 0.18  # a runner-up this likely ...
CLARIFY_GAP = 0.3  # ... and this close to the best makes the bot ask which is meant
CHOICE_BAR = 0.1  # one of the offered choices must be at least this likely to be chosen
SMALLTALK_MAX_WORDS = 6  # a longer message with a greeting in it is about its question
TOPIC_OVER_SMALLTALK = 0.15  # a real topic this likely wins over a greeting in a long message
MARGIN_FLOOR = 0.3  # below this probability a lead over the runner-up does not count


class MoveKind(StrEnum):
    ANSWER = "answer"  # answer `topic` from its article (and the customer's data)
    SMALLTALK = "smalltalk"  # reply with the small-talk article of `topic`
    CLARIFY = "clarify"  # ask whether `options[0]` or `options[1]` is meant
    ACCEPT_OFFER = "accept_offer"  # the customer said yes to the offered person
    DECLINE_OFFER = "decline_offer"  # the customer said no thanks
    MISS = "miss"  # not understood, or nothing the bot can answer


@dataclass(frozen=True, slots=True)
class Turn:
    """What the bot did on the customer's previous message (None: nothing yet)."""

    move: str | None = None
    topic: str | None = None
    options: tuple[str, ...] = ()
    offered: bool = False  # the bot's last words offered a person
    customer_text: str = ""
    # Each option's titles (in any language): a quick-reply button sends one as the answer.
    option_titles: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Move:
    kind: MoveKind
    topic: str | None = None
    confidence: float = 0.0
    options: tuple[str, ...] = ()
    via: str = "message"  # message / with_previous / choice / offer
    ranked: tuple[TopicScore, ...] = field(default=())


Ranker = Callable[[str], Sequence[TopicScore]]

WORDS_FILE = Path(__file__).parent / "locale" / "words.yaml"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """Each list of words.yaml, all languages together, as folded phrases."""
    doc = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))  # "yes" and "no" are quoted
    return {
        name: frozenset(" ".join(words(w)) for lang in by_language.values() for w in lang)
        for name, by_language in doc.items()
    }


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(unicodedata.normalize("NFKC", text))]


def _starts_with(found: list[str], phrases: frozenset[str]) -> bool:
    return any(" ".join(found[:n]) in phrases for n in (3, 2, 1))


def is_affirmation(text: str) -> bool:
    found = words(text)
    return 0 < len(found) <= 4 and _starts_with(found, _words()["affirm"]) and not is_denial(text)


def is_denial(text: str) -> bool:
    found = words(text)
    return 0 < len(found) <= 5 and _starts_with(found, _words()["deny"])


def _ordinal_choice(text: str, options: Sequence[str]) -> str | None:
    found = set(words(text))
    if len(found) > 5 or len(options) < 2:
        return None
    first, second = bool(found & _words()["first"]), bool(found & _words()["second"])
    if first != second:
        return options[0] if first else options[1]
    return None


def decide_move(
    text: str,
    ranked: Sequence[TopicScore],
    kinds: Mapping[str, str],
    previous: Turn,
    rank: Ranker | None = None,
) -> Move:
    """The bot's move for `text`. `ranked`: its topics, best first (all of them, or at least
    the top few); `kinds`: topic -> "answer" / "smalltalk" / "other"; `rank` re-ranks
    another text (for reading a follow-up together with the previous message)."""
    ranked = tuple(ranked)
    if previous.offered:
        if is_affirmation(text):
            return Move(MoveKind.ACCEPT_OFFER, via="offer", ranked=ranked)
        if is_denial(text):
            return Move(MoveKind.DECLINE_OFFER, via="offer", ranked=ranked)
    best = ranked[0] if ranked else None
    if previous.move == MoveKind.CLARIFY and previous.options:
        titled = _title_choice(text, previous.options, previous.option_titles)
        if titled is not None:  # the very title the question named: no doubt left
            return Move(MoveKind.ANSWER, titled, 1.0, via="choice", ranked=ranked)
        chosen = _choose(text, ranked, previous.options)
        if chosen is not None and (
            best is None or best.probability < SURE or best.topic in previous.options
        ):
            return chosen
    move = _read(text, ranked, kinds)
    follows = bool(previous.customer_text) and bool(previous.topic or previous.move == "miss")
    if move.kind in (MoveKind.MISS, MoveKind.CLARIFY) and rank is not None and follows:
        both = f"{previous.customer_text} {text}"
        combined = _read(both, tuple(rank(both)), kinds)
        if combined.kind == MoveKind.ANSWER and combined.confidence >= ANSWER_BAR:
            return Move(
                MoveKind.ANSWER,
                combined.topic,
                combined.confidence,
                via="with_previous",
                ranked=ranked,
            )
    return move


def _title_choice(text: str, options: Sequence[str], titles: Sequence[Sequence[str]]) -> str | None:
    """The one option whose title `text` is (case, punctuation and spacing aside)."""
    said = " ".join(words(text))
    if not said:
        return None
    matches = {
        option
        for option, names in zip(options, titles, strict=False)
        if any(" ".join(words(name)) == said for name in names)
    }
    return matches.pop() if len(matches) == 1 else None


def _choose(text: str, ranked: Sequence[TopicScore], options: Sequence[str]) -> Move | None:
    by_ordinal = _ordinal_choice(text, options)
    if by_ordinal is not None:
        return Move(MoveKind.ANSWER, by_ordinal, 1.0, via="choice", ranked=tuple(ranked))
    among = [s for s in ranked if s.topic in options]
    if among and among[0].probability >= CHOICE_BAR:
        return Move(
            MoveKind.ANSWER,
            among[0].topic,
            among[0].probability,
            via="choice",
            ranked=tuple(ranked),
        )
    return None


def sureness(ranked: Sequence[TopicScore], kinds: Mapping[str, str]) -> float:
    """How sure the model is of its best topic: its probability, or, when it stands well
    clear of a runner-up that is another topic (not "nothing for the bot"), half a point plus
    half the gap. Probability spreads over close topics ("damaged" vs "wrong item"); a clear
    lead over them is a clear reading, a lead over out-of-scope is not."""
    first = ranked[0].probability
    if len(ranked) < 2 or first < MARGIN_FLOOR:
        return first
    second = ranked[1]
    if kinds.get(second.topic, "answer") == "other":
        return first
    return max(first, 0.5 + (first - second.probability) / 2)


def _read(text: str, ranked: Sequence[TopicScore], kinds: Mapping[str, str]) -> Move:
    """The move for a message read on its own."""
    if not ranked:
        return Move(MoveKind.MISS, ranked=tuple(ranked))
    best = ranked[0]
    kind = kinds.get(best.topic, "answer")
    topics = [s for s in ranked if kinds.get(s.topic, "answer") == "answer"]
    sure = round(sureness(ranked, kinds), 4)
    if kind == "smalltalk":
        long = len(words(text)) > SMALLTALK_MAX_WORDS
        if long and topics and topics[0].probability >= TOPIC_OVER_SMALLTALK:
            lead = round(0.5 + topics[0].probability / 2, 4)
            return Move(MoveKind.ANSWER, topics[0].topic, lead, ranked=tuple(ranked))
        if sure >= ANSWER_BAR:
            return Move(MoveKind.SMALLTALK, best.topic, sure, ranked=tuple(ranked))
        return Move(MoveKind.MISS, best.topic, sure, ranked=tuple(ranked))
    if kind == "other":
        return Move(MoveKind.MISS, None, best.probability, ranked=tuple(ranked))
    if len(topics) >= 2:
        first, second = topics[0], topics[1]
        if (
            first is best
            and first.probability < SURE
            and second.probability >= CLARIFY_BAR
            and first.probability - second.probability < CLARIFY_GAP
        ):
            return Move(
                MoveKind.CLARIFY,
                first.topic,
                first.probability,
                options=(first.topic, second.topic),
                ranked=tuple(ranked),
            )
    if sure >= ANSWER_BAR:
        return Move(MoveKind.ANSWER, best.topic, sure, ranked=tuple(ranked))
    return Move(MoveKind.MISS, best.topic, sure, ranked=tuple(ranked))
