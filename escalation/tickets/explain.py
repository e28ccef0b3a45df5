"""Why a conversation came to a person, in the words an agent reads at a glance.

Pure functions of the escalating decision (its rule, its reason and the signals stored with
it): no database, no clock. The decision's rule ids, raw signal values and slugs stay in
the ticket's details for ops; these sentences are what the workspace shows first.

- `plain_reason`: one sentence. The escalations the system makes on its own (the guardrail
  for a request for a person, no grounded answer, a message that could not be processed)
  are phrased here; a ruleset's reason is the ops lead's own text, tidied (slugs such as
  `stolen_card` become words, a capital first letter, a full stop).
- `plain_notes`: what else the signals say, one short line each ("Sounds frustrated").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from core.languages import language_name, ordinal

GUARDRAIL_RULE = "guardrail_human_request"  # escalation.rules.engine's guardrail
NO_GROUNDED_ANSWER = "no_grounded_answer"  # the catch-all matched with nothing to say
PROCESSING_FAILED = "processing_failed"  # router.pipeline.processing.give_up

_SLUG = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
_OPENERS = ("customer ", "bot ")  # "customer asked ..." reads as "The customer asked ..."
FRUSTRATED = 0.7
ANNOYED = 0.4


def words(slug: str) -> str:
    """`stolen_card` -> `stolen card`."""
    return slug.replace("_", " ").replace("-", " ").strip()


def sentence(text: str) -> str:
    """A capital first letter and a full stop; slugs become words; whitespace folded."""
    text = " ".join(_SLUG.sub(lambda m: words(m.group(0)), text).split())
    if not text:
        return ""
    if text.lower().startswith(_OPENERS):
        text = "the " + text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return float(value)


def _slugs(value: Any) -> list[str]:
    if not isinstance(value, list | tuple):
        return []
    return [words(v) for v in value if isinstance(v, str) and v]


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def plain_reason(
    rule: str | None, reason: str | None, signals: Mapping[str, Any], fallback: str = ""
) -> str:
    """One sentence: why the conversation came to a person."""
    language = signals.get("language") if isinstance(signals.get("language"), str) else None
    name = language_name(language) if language else None
    if rule == GUARDRAIL_RULE:
        requests = max(1, _int(signals.get("human_requests")))
        in_language = f", {name}" if name else ""
        return f"The customer asked for a person ({ordinal(requests)} request){in_language}."
    if rule == NO_GROUNDED_ANSWER:
        return "The bot had no answer it could back up" + (f" ({name})." if name else ".")
    if rule == PROCESSING_FAILED:
        return (
            "The bot could not process the customer's message, so a person takes over "
            "(the technical reason is in the details for ops)."
        )
    return sentence(reason or "") or sentence(fallback) or "The conversation was handed over."


def plain_notes(signals: Mapping[str, Any]) -> list[str]:
    """What else the stored signals say about the customer's situation, in plain words."""
    notes: list[str] = []
    requests = _int(signals.get("human_requests"))
    if requests:
        notes.append(f"Asked for a person {_times(requests)}")
    risks = _slugs(signals.get("risk_topics"))
    if risks:
        notes.append("Sensitive topic: " + ", ".join(risks))
    frustration = _float(signals.get("frustration"))
    if frustration >= FRUSTRATED:
        notes.append("Sounds very frustrated")
    elif frustration >= ANNOYED:
        notes.append("Sounds annoyed")
    loops = _int(signals.get("loop_count"))
    if loops:
        notes.append(f"Came back to the same question {_times(loops)}")
    misses = _int(signals.get("misses"))
    if misses >= 2:
        notes.append(f"The bot had no answer {misses} times in a row")
    if signals.get("bot_serves_language") is False:
        language = signals.get("language") if isinstance(signals.get("language"), str) else None
        notes.append(f"The bot does not speak {language_name(language)}")
    if signals.get("repeat_contact") is True:
        notes.append("Contacted us about the same topic recently")
    if signals.get("human_offered") is True:
        notes.append("The bot had already offered a person")
    if signals.get("pii_present") is True:
        notes.append("Shared personal data (masked on the board)")
    return notes


def _who(actor: str) -> str:
    return actor.split(":", 1)[1] if actor.startswith("agent:") else actor


def _quoted(detail: Mapping[str, Any]) -> str:
    why = detail.get("why")
    return f": “{why}”" if isinstance(why, str) and why.strip() else ""


def handed_on_note(kind: str, actor: str, detail: Mapping[str, Any]) -> str | None:
    """How the ticket came back to the board before this claim, from its latest such event
    (a transfer, a release, a timer), or None for other events."""
    if kind == "transferred":
        source = detail.get("from_queue")
        target = detail.get("to_agent")
        text = f"Transferred by {_who(actor)}"
        if isinstance(source, str) and source != detail.get("to_queue"):
            text += f" from the {words(source)} queue"
        if isinstance(target, str):
            text += f" to {target}"
        return text + _quoted(detail)
    if kind == "released":
        return f"Released by {_who(actor)}" + _quoted(detail)
    if kind == "first_reply_timeout":
        return "Back on the board: the agent before you did not reply in time"
    if kind == "reply_timeout":
        return "Back on the board: the agent before you did not answer the customer in time"
    if kind == "agent_offline":
        return "Back on the board: the agent before you went offline"
    return None
