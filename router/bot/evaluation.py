"""Evaluation of whole conversations: the sets, how a turn's outcome is judged, the figures.

A set is a folder of YAML files, one per language (``router/bot/data/conversations/dev/``)::

    language: de
    conversations:
      - id: de-001
        category: answerable
        customer: true            # a signed-in customer with orders and payments
        turns:
          - text: "wann muss ich zahlen?"
            expect: payment_due   # or a list of acceptable outcomes
          - text: "Mitarbeiter bitte"
            expect: person
            queue: general        # optional, with person

An outcome is a topic id (the bot answered that article), ``smalltalk``, ``clarify`` (it asked
which of two topics is meant), ``fallback`` (it asked to rephrase), ``offer`` (it offered a
person), ``decline`` (it took a "no thanks"), or ``person`` (a ticket opened). Playing the turns
through the pipeline is ``workers.eval_conversations``; this module is pure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from core.errors import ValidationFailed

DEV_SET = Path(__file__).parent / "data" / "conversations" / "dev"
OUTCOMES = frozenset({"smalltalk", "clarify", "fallback", "offer", "decline", "person"})
NOT_CONTAINED = frozenset({"person", "offer", "fallback"})
TARGET_CONTAINMENT = 0.85
TARGET_TOPIC = 0.95
TARGET_PERSON = 0.97


@dataclass(frozen=True)
class TurnSpec:
    text: str
    expect: tuple[str, ...]
    queue: str | None = None


@dataclass(frozen=True)
class ConversationSpec:
    id: str
    language: str
    category: str
    customer: bool
    turns: tuple[TurnSpec, ...]

    @property
    def person_turn(self) -> int | None:
        """The index of the turn a person is expected at, if any."""
        for n, turn in enumerate(self.turns):
            if turn.expect == ("person",):
                return n
        return None

    @property
    def answerable(self) -> bool:
        """The bot should handle the whole conversation."""
        return all(not set(t.expect) & NOT_CONTAINED for t in self.turns)


@dataclass(frozen=True)
class TurnResult:
    outcome: str
    queue: str | None = None
    reply: str = ""


@dataclass
class Played:
    spec: ConversationSpec
    results: list[TurnResult] = field(default_factory=list)


def _expect(value: object, where: str) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(i, str) and i for i in items):
        raise ValidationFailed(f"{where}: expect must be an outcome or a list of outcomes")
    return tuple(str(i) for i in items)


def load_set(folder: Path, known_topics: Iterable[str] | None = None) -> list[ConversationSpec]:
    """Every conversation of the set, validated (unknown topics, a turn after `person`)."""
    if not folder.is_dir():
        raise ValidationFailed(f"{folder} is not a folder of conversation files")
    known = None if known_topics is None else set(known_topics) | OUTCOMES
    specs: list[ConversationSpec] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ValidationFailed(f"{path}: not valid YAML: {exc}") from exc
        language = str(doc.get("language") or path.stem)
        for n, raw in enumerate(doc.get("conversations") or []):
            where = f"{path.name} #{n + 1}"
            turns = []
            for m, turn in enumerate(raw.get("turns") or []):
                at = f"{where} turn {m + 1}"
                if not isinstance(turn, dict) or not str(turn.get("text", "")).strip():
                    raise ValidationFailed(f"{at}: a turn needs a text")
                expect = _expect(turn.get("expect"), at)
                if known is not None and set(expect) - known:
                    raise ValidationFailed(f"{at}: unknown outcome {sorted(set(expect) - known)}")
                turns.append(TurnSpec(str(turn["text"]), expect, turn.get("queue")))
            if not turns:
                raise ValidationFailed(f"{where}: no turns")
            if any(t.expect == ("person",) for t in turns[:-1]):
                raise ValidationFailed(f"{where}: nothing can follow a turn that expects a person")
            specs.append(
                ConversationSpec(
                    id=str(raw.get("id") or f"{language}-{n + 1}"),
                    language=language,
                    category=str(raw.get("category") or "uncategorised"),
                    customer=bool(raw.get("customer")),
                    turns=tuple(turns),
                )
            )
    if not specs:
        raise ValidationFailed(f"{folder} holds no conversations")
    return specs


def turn_ok(turn: TurnSpec, result: TurnResult) -> bool:
    if result.outcome not in turn.expect:
        return False
    return turn.queue is None or result.outcome != "person" or result.queue == turn.queue


@dataclass
class DialogueScore:
    answerable: int = 0
    contained: int = 0
    topic_answers: int = 0
    topic_right: int = 0
    person_cases: int = 0
    person_right: int = 0
    smalltalk_turns: int = 0
    smalltalk_escalated: int = 0
    turns: int = 0
    turns_right: int = 0

    def add(self, played: Played) -> None:
        spec = played.spec
        escalated_at = next(
            (n for n, r in enumerate(played.results) if r.outcome == "person"), None
        )
        for turn, result in zip(spec.turns, played.results, strict=False):
            self.turns += 1
            self.turns_right += turn_ok(turn, result)
            topics = set(turn.expect) - OUTCOMES
            if topics and result.outcome not in OUTCOMES:  # the bot answered an article
                self.topic_answers += 1
                self.topic_right += result.outcome in topics
            if "smalltalk" in turn.expect:
                self.smalltalk_turns += 1
                self.smalltalk_escalated += result.outcome == "person"
        if spec.answerable:
            self.answerable += 1
            self.contained += escalated_at is None and all(
                turn_ok(t, r) or (set(t.expect) - OUTCOMES and r.outcome not in NOT_CONTAINED)
                for t, r in zip(spec.turns, played.results, strict=False)
            )
        expected = spec.person_turn
        if expected is not None:
            self.person_cases += 1
            last = played.results[expected] if len(played.results) > expected else None
            self.person_right += (
                escalated_at == expected
                and last is not None
                and turn_ok(spec.turns[expected], last)
            )


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def tallies(played: Iterable[Played], key: Callable[[Played], str]) -> dict[str, DialogueScore]:
    out: dict[str, DialogueScore] = defaultdict(DialogueScore)
    for p in played:
        out[key(p)].add(p)
        out["all"].add(p)
    return dict(out)


def _pct(value: float | None) -> str:
    return "    -" if value is None else f"{value * 100:5.1f}"


def report_lines(played: list[Played], *, failures: int = 40) -> list[str]:
    """The printed report: per language and per category, then the failed turns."""
    lines = [
        "containment = answerable conversations the bot handled without a person (target "
        f"{TARGET_CONTAINMENT:.0%}); topic = its article answers on the right topic (target "
        f"{TARGET_TOPIC:.0%}); person = person cases handed over at the expected turn (target "
        f"{TARGET_PERSON:.0%}); small talk escalated must be 0",
        "",
    ]
    keys: list[tuple[str, Callable[[Played], str]]] = [
        ("language", lambda p: p.spec.language),
        ("category", lambda p: p.spec.category),
    ]
    for title, key in keys:
        lines.append(
            f"{title:<16} {'convs':>5} {'contain%':>8} {'topic%':>7} {'person%':>8} "
            f"{'turns%':>7} {'talk→person':>11}"
        )
        by = tallies(played, key)
        for name in sorted(by, key=lambda n: (n == "all", n)):
            t = by[name]
            count = len([p for p in played if name == "all" or key(p) == name])
            lines.append(
                f"{name:<16} {count:>5} "
                f"{_pct(rate(t.contained, t.answerable)):>8} "
                f"{_pct(rate(t.topic_right, t.topic_answers)):>7} "
                f"{_pct(rate(t.person_right, t.person_cases)):>8} "
                f"{_pct(rate(t.turns_right, t.turns)):>7} {t.smalltalk_escalated:>11}"
            )
        lines.append("")
    failed = [
        (p, n, turn, result)
        for p in played
        for n, (turn, result) in enumerate(zip(p.spec.turns, p.results, strict=False))
        if not turn_ok(turn, result)
    ]
    lines.append(f"{len(failed)} turns not as expected" + (":" if failed else ""))
    for p, n, turn, result in failed[:failures]:
        got = result.outcome + (f" ({result.queue})" if result.queue else "")
        lines.append(
            f"  {p.spec.id} turn {n + 1} [{p.spec.category}] {turn.text[:70]!r}: "
            f"expected {'|'.join(turn.expect)}, got {got}"
        )
    if len(failed) > failures:
        lines.append(f"  ... and {len(failed) - failures} more (--failures N shows more)")
    return lines
