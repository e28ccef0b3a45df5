"""Replaying a draft ruleset on stored decisions, before it is published.

Each stored decision carries the signals it was made on. The draft and the active ruleset
are both evaluated on those signals (so the comparison shows the draft's effect, not older
rulesets'), and the differences are summarised. Signals that depend on earlier decisions
(bot turns, whether a person was offered) are taken as they were; a draft that changes early
decisions would change them too, which this replay does not follow.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from escalation.rules.document import RulesetDocument
from escalation.rules.engine import evaluate
from escalation.rules.models import Decision
from escalation.rules.signals import Action, Outcome, Signals

MAX_EXAMPLES = 10


@dataclass
class Tally:
    decisions: int = 0
    escalations: int = 0
    by_queue: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    by_action: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.decisions += 1
        self.by_action[outcome.action] += 1
        self.by_rule[outcome.rule] += 1
        if outcome.action == Action.ESCALATE:
            self.escalations += 1
            self.by_queue[outcome.queue or "general"] += 1

    @property
    def escalation_rate(self) -> float:
        return self.escalations / self.decisions if self.decisions else 0.0


@dataclass(frozen=True)
class ChangedExample:
    decision_id: int
    conversation_id: str
    message_id: int
    before: str  # "action/rule"
    after: str


@dataclass
class SimulationReport:
    decisions: int
    changed: int
    before: Tally
    after: Tally
    examples: list[ChangedExample]


def compare(
    active: RulesetDocument, draft: RulesetDocument, history: list[tuple[int, str, int, Signals]]
) -> SimulationReport:
    """Pure: evaluate both rulesets on each `(decision id, conversation, message, signals)`."""
    before, after = Tally(), Tally()
    examples: list[ChangedExample] = []
    changed = 0
    for decision_id, conversation_id, message_id, signals in history:
        old, new = evaluate(active, signals), evaluate(draft, signals)
        before.add(old)
        after.add(new)
        if (old.action, old.rule, old.queue) != (new.action, new.rule, new.queue):
            changed += 1
            if len(examples) < MAX_EXAMPLES:
                examples.append(
                    ChangedExample(
                        decision_id,
                        conversation_id,
                        message_id,
                        f"{old.action}/{old.rule}",
                        f"{new.action}/{new.rule}",
                    )
                )
    return SimulationReport(len(history), changed, before, after, examples)


QueueLanguage = tuple[str, str | None]


@dataclass(frozen=True)
class EscalationMix:
    """Conversations of a replayed history, and where each ruleset sends them: per (queue,
    language) the conversations whose first escalation in the replay goes there."""

    conversations: int
    before: Counter[QueueLanguage]
    after: Counter[QueueLanguage]


def escalation_mix(
    active: RulesetDocument, draft: RulesetDocument, history: list[tuple[int, str, int, Signals]]
) -> EscalationMix:
    """Pure: per conversation, the first of its decisions (oldest first) that each ruleset
    escalates, by the ticket's queue and language. A conversation counts once per ruleset,
    as one ticket: after an escalation a person owns it, so the replayed later messages of a
    conversation the draft would escalate earlier would not have reached the bot."""
    first: dict[str, tuple[QueueLanguage | None, QueueLanguage | None]] = {}
    for _, conversation_id, _, signals in sorted(history, key=lambda row: row[0]):
        old, new = first.get(conversation_id, (None, None))
        if old is None:
            old = _ticket(evaluate(active, signals))
        if new is None:
            new = _ticket(evaluate(draft, signals))
        first[conversation_id] = (old, new)
    before = Counter(old for old, _ in first.values() if old is not None)
    after = Counter(new for _, new in first.values() if new is not None)
    return EscalationMix(len(first), before, after)


def _ticket(outcome: Outcome) -> QueueLanguage | None:
    """Where an escalation's ticket goes (as `router.pipeline.processing` opens it)."""
    if outcome.action != Action.ESCALATE:
        return None
    return (outcome.queue or "general", outcome.language)


def load_history(session: Session, limit: int) -> list[tuple[int, str, int, Signals]]:
    """The newest `limit` decisions made while the bot owned the conversation."""
    rows = session.execute(
        select(Decision.id, Decision.conversation_id, Decision.message_id, Decision.signals)
        .where(Decision.action != Action.HOLD)
        .order_by(Decision.id.desc())
        .limit(limit)
    ).all()
    history = []
    for decision_id, conversation_id, message_id, signals in rows:
        if not signals:
            continue  # decisions made without signals (processing failures)
        history.append((decision_id, conversation_id, message_id, Signals.from_dict(signals)))
    return history
