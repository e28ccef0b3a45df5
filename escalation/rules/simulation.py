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
                        decision_id, conversation_id, message_id,
                        f"{old.action}/{old.rule}", f"{new.action}/{new.rule}",
                    )
                )  # fmt: skip
    return SimulationReport(len(history), changed, before, after, examples)


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
