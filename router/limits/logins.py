"""Limits on signing in, checked before the password (argon2 is slow on purpose):

- per client address, every attempt counts (`RELAYDESK_LOGIN_CLIENT_ATTEMPTS` per
  `_WINDOW_S`): one address cannot make the server hash for it all day;
- per account, attempts not followed by a success (`RELAYDESK_LOGIN_ACCOUNT_FAILURES` per
  `_WINDOW_S`); a success clears them. Names that are no account count the same, so the
  answers tell nothing about which accounts exist. A flood against one account locks that
  account's sign-in for the window (from every address): the price of stopping the guessing;
  the others sign in as usual;
- for all API processes together, at most `RELAYDESK_LOGIN_CHECKS` password checks per
  `_WINDOW_S`: a flood from a new address for every request, each under its own limits,
  would otherwise keep the CPUs hashing (argon2 is slow on purpose) and starve the workers
  that answer customers. While such a flood lasts, sign-ins are refused with the time left
  (the price of keeping customers served); the check budget is spent only on attempts that
  passed every other limit;
- per API process, at most `RELAYDESK_LOGIN_CONCURRENCY` password checks at once; a sign-in
  that finds them all busy is refused at once with `Retry-After: 1`: it never waits in one of
  the threads that serve customers (a flood from many addresses, each under its own limit,
  would otherwise fill that pool with waiting sign-ins), and it does not count against the
  account, since its password was never checked.

The order: the address's attempt is counted, a password check is taken, then the budget and
the account's attempt are counted, before the password is checked, so a burst of parallel
guesses gets no more checks than the limits. Refusals are `429 RateLimited` with `Retry-After`.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from core.errors import RateLimited
from core.settings import get_settings
from router.limits import counters
from router.limits.counters import Limit

_lock = threading.Lock()
_checks: dict[int, threading.BoundedSemaphore] = {}


@contextmanager
def sign_in_attempt(address: str, username: str) -> Iterator[None]:
    """Count a sign-in attempt (RateLimited over a limit), hold one of the password checks
    while the body runs, and clear the account's failures when it returns without error."""
    s = get_settings()
    client = Limit(
        "login-client",
        address,
        s.login_client_attempts,
        s.login_client_window_s,
        "sign-in attempts from your address",
    )
    counters.enforce(client)
    checks = _semaphore(s.login_concurrency)
    if not checks.acquire(blocking=False):
        raise RateLimited("too many sign-ins at this moment; try again in 1 s", retry_after_s=1)
    try:
        budget = budget_limit()
        account = Limit(
            "login-account",
            _account_subject(username),
            s.login_account_failures,
            s.login_account_window_s,
            "failed sign-ins for this account",
        )
        # The budget first: an attempt it refuses is not counted against the account.
        counters.enforce(budget, account)
        yield
    finally:
        checks.release()
    counters.reset(account)


def budget_limit() -> Limit:
    """The password checks of all sign-ins together, per window."""
    s = get_settings()
    return Limit(
        "login-checks",
        "all",
        s.login_checks,
        s.login_checks_window_s,
        "password checks for all sign-ins together",
    )


def _account_subject(username: str) -> str:
    """The account as typed, normalised like usernames are, hashed to a fixed-size key."""
    return hashlib.sha256(username.strip().lower().encode()).hexdigest()[:32]


def _semaphore(size: int) -> threading.BoundedSemaphore:
    with _lock:
        semaphore = _checks.get(size)
        if semaphore is None:
            semaphore = _checks[size] = threading.BoundedSemaphore(size)
        return semaphore
