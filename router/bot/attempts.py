"""What the bot hands back: an answer with the sources it rests on, and what it cost."""

from __future__ import annotations

from dataclasses import dataclass

from router.llm.client import Usage


@dataclass(frozen=True, slots=True)
class TokenUsage:
    """LLM tokens and cost spent on one answer (all calls of its tool loop together)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    calls: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def add(self, usage: Usage) -> TokenUsage:
        return TokenUsage(
            self.prompt_tokens + usage.prompt_tokens,
            self.completion_tokens + usage.completion_tokens,
            round(self.cost_usd + (usage.cost_usd or 0.0), 8),
            self.calls + 1,
        )


NO_USAGE = TokenUsage()


@dataclass(frozen=True, slots=True)
class BotAnswer:
    """A grounded answer. `sources` are "article:<id>" and "tool:<name>:<key>"."""

    text: str
    confidence: float  # 0..1; the rules escalate below their bar (0.5 by default)
    sources: tuple[str, ...]
    article: str | None  # the knowledge-base article it rests on, if any
    language: str
    via: str = "offline"  # "offline" or "llm"
    kind: str = "article"  # article / smalltalk / clarify / decline / repeat (points back)


@dataclass(frozen=True, slots=True)
class AnswerAttempt:
    """The outcome of trying to answer: the answer, or None and why not; the LLM's cost
    either way (an LLM answer that was refused still cost tokens)."""

    answer: BotAnswer | None
    reason: str | None  # why there is no answer, or why the LLM's answer was not used
    usage: TokenUsage = NO_USAGE
