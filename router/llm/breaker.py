"""A circuit breaker for the LLM endpoint: stop calling a service that keeps failing.

Closed: calls go through; `failure_threshold` consecutive failures open it. Open: calls fail
fast for `cooldown_s`. Half-open: after the cool-down one trial call goes through; its success
closes the breaker, its failure opens it for another cool-down. The clock is injected, so the
state machine is tested without sleeping; a lock makes it safe to share between threads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from enum import StrEnum


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    def __init__(
        self,
        *,
        failure_threshold: int = 5,
        cooldown_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if failure_threshold < 1:
            raise ValueError("failure_threshold must be at least 1")
        if cooldown_s < 0:
            raise ValueError("cooldown_s must not be negative")
        self.failure_threshold = failure_threshold
        self.cooldown_s = cooldown_s
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        # When the half-open trial started; a trial whose outcome is never recorded expires
        # after another cool-down, so a lost trial cannot keep the breaker shut for good.
        self._trial_started_at: float | None = None

    @property
    def state(self) -> BreakerState:
        with self._lock:
            return self._state(self._clock())

    @property
    def consecutive_failures(self) -> int:
        return self._failures

    def _state(self, now: float) -> BreakerState:
        if self._opened_at is None:
            return BreakerState.CLOSED
        if now - self._opened_at < self.cooldown_s:
            return BreakerState.OPEN
        return BreakerState.HALF_OPEN

    def allow(self) -> bool:
        """May a call go out now? In half-open state only one caller gets the trial."""
        with self._lock:
            now = self._clock()
            state = self._state(now)
            if state is BreakerState.CLOSED:
                return True
            if state is BreakerState.OPEN:
                return False
            trial = self._trial_started_at
            if trial is not None and now - trial < max(self.cooldown_s, 1e-9):
                return False  # another caller's trial is in flight
            self._trial_started_at = now
            return True

    def retry_after_s(self) -> float:
        """Seconds until the breaker lets a trial call through (0 when it is closed)."""
        with self._lock:
            if self._opened_at is None:
                return 0.0
            return max(0.0, self._opened_at + self.cooldown_s - self._clock())

    def record_success(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._trial_started_at = None

    def record_failure(self) -> None:
        with self._lock:
            now = self._clock()
            self._failures += 1
            self._trial_started_at = None
            if self._opened_at is not None or self._failures >= self.failure_threshold:
                self._opened_at = now  # open, or open again after a failed trial
