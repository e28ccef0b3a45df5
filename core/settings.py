"""Settings from the environment (and an optional `.env` file).

With nothing configured, Relaydesk runs on embedded defaults: SQLite and an embedded
Redis server, both under `RELAYDESK_VAR_DIR` (default `./var`).
"""

from __future__ import annotations

import ipaddress
import os
import re
import secrets
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from pydantic import Field, PrivateAttr, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.errors import RelaydeskError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    var_dir: Path = Field(default=Path("var"), alias="RELAYDESK_VAR_DIR")
    database_url: str | None = Field(default=None, alias="DATABASE_URL")
    redis_url: str | None = Field(default=None, alias="REDIS_URL")
    # Each Redis call waits at most this long (connect, then answer): a stalled Redis costs a
    # request about this much, never tens of seconds. Workers wait longer on their queues.
    redis_timeout_s: float = Field(default=1.0, gt=0, le=30, alias="RELAYDESK_REDIS_TIMEOUT_S")
    secret_key: SecretStr | None = Field(default=None, alias="RELAYDESK_SECRET_KEY")
    # Signs customer ids in the integrator's backend (router/conversations/identity.py).
    identity_secret: SecretStr | None = Field(default=None, alias="RELAYDESK_IDENTITY_SECRET")
    openai_api_key: SecretStr | None = Field(default=None, alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, alias="OPENAI_BASE_URL")
    openai_model: str = Field(default="gpt-4o-mini", alias="OPENAI_MODEL")

    # Intake limits.
    max_message_chars: int = Field(default=4000, alias="RELAYDESK_MAX_MESSAGE_CHARS")
    max_body_bytes: int = Field(default=64 * 1024, alias="RELAYDESK_MAX_BODY_BYTES")
    rate_limit_messages: int = Field(default=20, alias="RELAYDESK_RATE_LIMIT_MESSAGES")
    rate_limit_window_s: int = Field(default=10, alias="RELAYDESK_RATE_LIMIT_WINDOW_S")

    # Floods (router/limits/): counted per client address and in total; 0 turns a limit off.
    # The client's address is the connecting peer; X-Forwarded-For is read only when the peer
    # is one of these proxies (addresses or networks, comma-separated), never by default.
    trusted_proxies: str = Field(default="", alias="RELAYDESK_TRUSTED_PROXIES")
    client_window_s: int = Field(default=60, gt=0, alias="RELAYDESK_CLIENT_WINDOW_S")
    client_conversations: int = Field(default=30, ge=0, alias="RELAYDESK_CLIENT_CONVERSATIONS")
    client_messages: int = Field(default=120, ge=0, alias="RELAYDESK_CLIENT_MESSAGES")
    # Past this many messages in the window a client's messages wait in the low-priority queue.
    client_messages_soft: int = Field(default=30, ge=0, alias="RELAYDESK_CLIENT_MESSAGES_SOFT")
    global_window_s: int = Field(default=1, gt=0, alias="RELAYDESK_GLOBAL_WINDOW_S")
    global_conversations: int = Field(default=200, ge=0, alias="RELAYDESK_GLOBAL_CONVERSATIONS")
    global_messages: int = Field(default=500, ge=0, alias="RELAYDESK_GLOBAL_MESSAGES")
    # Sign-in: failed attempts per account, attempts per address, password checks at once.
    login_account_failures: int = Field(default=5, ge=0, alias="RELAYDESK_LOGIN_ACCOUNT_FAILURES")
    login_account_window_s: int = Field(default=900, gt=0, alias="RELAYDESK_LOGIN_ACCOUNT_WINDOW_S")
    login_client_attempts: int = Field(default=20, ge=0, alias="RELAYDESK_LOGIN_CLIENT_ATTEMPTS")
    login_client_window_s: int = Field(default=60, gt=0, alias="RELAYDESK_LOGIN_CLIENT_WINDOW_S")
    login_concurrency: int = Field(default=2, ge=1, alias="RELAYDESK_LOGIN_CONCURRENCY")
    login_checks: int = Field(default=3, ge=0, alias="RELAYDESK_LOGIN_CHECKS")
    login_checks_window_s: int = Field(default=3, gt=0, alias="RELAYDESK_LOGIN_CHECKS_WINDOW_S")

    @field_validator("trusted_proxies")
    @classmethod
    def _proxy_networks(cls, value: str) -> str:
        """Each entry must be an address or a network; normalised, comma-separated."""
        entries = [e.strip() for e in value.split(",") if e.strip()]
        try:
            return ",".join(str(ipaddress.ip_network(e, strict=False)) for e in entries)
        except ValueError as exc:
            raise ValueError(f"RELAYDESK_TRUSTED_PROXIES: {exc}") from None

    # Live event streams open at once, counted in each API process (core/events/limits.py);
    # the total also stays below the process's file descriptor limit.
    max_streams_per_conversation: int = Field(
        default=3, ge=1, alias="RELAYDESK_MAX_STREAMS_PER_CONVERSATION"
    )
    max_streams_per_agent: int = Field(default=5, ge=1, alias="RELAYDESK_MAX_STREAMS_PER_AGENT")
    max_streams_per_address: int = Field(
        default=20, ge=1, alias="RELAYDESK_MAX_STREAMS_PER_ADDRESS"
    )
    max_streams_total: int = Field(default=1000, ge=1, alias="RELAYDESK_MAX_STREAMS_TOTAL")

    # Pipeline.
    # The messages queue; beside it <name>-messages-low and <name>-background (core/jobs.py).
    queue_name: str = Field(default="relaydesk", alias="RELAYDESK_QUEUE")
    stale_after_s: float = Field(default=5.0, alias="RELAYDESK_STALE_AFTER_S")
    sweep_interval_s: float = Field(default=2.0, alias="RELAYDESK_SWEEP_INTERVAL_S")
    max_attempts: int = Field(default=5, alias="RELAYDESK_MAX_ATTEMPTS")
    job_timeout_s: int = Field(default=60, alias="RELAYDESK_JOB_TIMEOUT_S")

    # The bot's knowledge base: a folder of Markdown articles (default: the demo articles).
    kb_dir: Path | None = Field(default=None, alias="RELAYDESK_KB_DIR")

    # Classification.
    intent_model_dir: Path | None = Field(default=None, alias="RELAYDESK_INTENT_MODEL_DIR")
    # Sentence encoder distilled into the intent model at training: "auto" (the packaged
    # MiniLM when installed), a BERT model folder, or "off".
    intent_encoder: str = Field(default="auto", alias="RELAYDESK_INTENT_ENCODER")
    repeat_contact_days: int = Field(default=7, alias="RELAYDESK_REPEAT_CONTACT_DAYS")

    # Auth tokens for agents and ops leads.
    access_token_ttl_s: int = Field(default=12 * 3600, alias="RELAYDESK_ACCESS_TOKEN_TTL_S")
    # Secrets' rotation (see `check_secrets`): tokens are signed with the current key and
    # those of a previous key (comma-separated) still verify until it leaves the list; the
    # same for customer signatures under the identity secret. Customers' conversation tokens
    # last long enough to come back to a support chat.
    secret_key_previous: SecretStr | None = Field(
        default=None, alias="RELAYDESK_SECRET_KEY_PREVIOUS"
    )
    identity_secret_previous: SecretStr | None = Field(
        default=None, alias="RELAYDESK_IDENTITY_SECRET_PREVIOUS"
    )
    conversation_token_ttl_s: int = Field(
        default=7 * 24 * 3600, gt=0, alias="RELAYDESK_CONVERSATION_TOKEN_TTL_S"
    )

    # Queue wait estimate until agents' real handling times are known.
    default_handle_time_s: int = Field(default=240, alias="RELAYDESK_DEFAULT_HANDLE_TIME_S")

    # The agents' marketplace: presence and ticket timers.
    presence_timeout_s: float = Field(default=60.0, alias="RELAYDESK_PRESENCE_TIMEOUT_S")
    first_reply_timeout_s: float = Field(default=120.0, alias="RELAYDESK_FIRST_REPLY_TIMEOUT_S")
    # Once the agent has replied: how long a customer's message may wait for an answer.
    reply_timeout_s: float = Field(default=180.0, alias="RELAYDESK_REPLY_TIMEOUT_S")
    # A named agent has this long to claim a ticket transferred to them; then anyone may.
    transfer_offer_s: float = Field(default=120.0, alias="RELAYDESK_TRANSFER_OFFER_S")
    # A ticket on the board with no customer activity for this long is abandoned; one on
    # the board longer than the hard limit expires.
    abandon_after_s: float = Field(default=1800.0, alias="RELAYDESK_ABANDON_AFTER_S")
    ticket_max_age_s: float = Field(default=4 * 3600.0, alias="RELAYDESK_TICKET_MAX_AGE_S")

    # Pay and SLAs. Per-queue SLA seconds as JSON, e.g. {"fraud": 120}; others use the default.
    sla_s: dict[str, int] = Field(default_factory=dict, alias="RELAYDESK_SLA_S")
    default_sla_s: int = Field(default=300, alias="RELAYDESK_DEFAULT_SLA_S")
    surge_cap: float = Field(default=2.0, alias="RELAYDESK_SURGE_CAP")
    sla_bonus_pct: int = Field(default=50, alias="RELAYDESK_SLA_BONUS_PCT")

    # Webhooks for integrators.
    webhook_timeout_s: float = Field(default=5.0, alias="RELAYDESK_WEBHOOK_TIMEOUT_S")
    webhook_max_attempts: int = Field(default=8, alias="RELAYDESK_WEBHOOK_MAX_ATTEMPTS")
    webhook_backoff_s: float = Field(default=10.0, alias="RELAYDESK_WEBHOOK_BACKOFF_S")
    # Allow endpoints on loopback and private networks (tests, a local integration).
    webhook_allow_private: bool = Field(default=False, alias="RELAYDESK_WEBHOOK_ALLOW_PRIVATE")
    # Deliveries in flight (queued or sending) per receiving host, across all workers: a
    # receiver that never answers holds at most this many background workers.
    webhook_concurrency_per_host: int = Field(
        default=2, ge=0, alias="RELAYDESK_WEBHOOK_CONCURRENCY_PER_HOST"
    )

    # Metrics (escalation/metrics/): durable containment's re-contact window; who may scrape
    # /metrics besides ops tokens: a scrape token, and requests from this machine (loopback,
    # not forwarded by a proxy) unless turned off.
    metrics_recontact_s: int = Field(default=72 * 3600, ge=0, alias="RELAYDESK_METRICS_RECONTACT_S")
    metrics_token: SecretStr | None = Field(default=None, alias="RELAYDESK_METRICS_TOKEN")
    metrics_allow_loopback: bool = Field(default=True, alias="RELAYDESK_METRICS_ALLOW_LOOPBACK")

    _signing_key: bytes | None = PrivateAttr(default=None)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.var_dir / 'relaydesk.sqlite3').resolve()}"

    @property
    def llm_configured(self) -> bool:
        return self.openai_api_key is not None or self.openai_base_url is not None

    def signing_key(self) -> bytes:
        """The key that signs conversation and access tokens.

        Without `RELAYDESK_SECRET_KEY` a random key is generated once and kept in
        `var/secret_key`, so tokens survive restarts of the embedded demo. A configured key
        anyone could guess is refused (`InsecureSecret`).
        """
        if self._signing_key is None:
            self._signing_key = self._load_signing_key()
        return self._signing_key

    def _load_signing_key(self) -> bytes:
        if self.secret_key is not None:
            return _checked("RELAYDESK_SECRET_KEY", self.secret_key.get_secret_value())
        path = self.var_dir / "secret_key"
        if not path.exists():
            self.var_dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".secret_key.{os.getpid()}.{secrets.token_hex(4)}")
            tmp.write_text(secrets.token_urlsafe(48))
            tmp.chmod(0o600)
            try:
                os.link(tmp, path)  # atomic; the first process to create it wins
            except FileExistsError:
                pass
            finally:
                tmp.unlink()
        return path.read_text().strip().encode()

    def previous_signing_keys(self) -> list[bytes]:
        """Keys whose tokens still verify (`RELAYDESK_SECRET_KEY_PREVIOUS`); nothing is signed
        with them."""
        return _checked_list("RELAYDESK_SECRET_KEY_PREVIOUS", self.secret_key_previous)

    def configured_identity_secret(self) -> bytes | None:
        """`RELAYDESK_IDENTITY_SECRET`; None when unset or empty (then it is derived from the
        signing key, see router/conversations/identity.py)."""
        value = self.identity_secret.get_secret_value() if self.identity_secret else ""
        return _checked("RELAYDESK_IDENTITY_SECRET", value) if value else None

    def previous_identity_secrets(self) -> list[bytes]:
        return _checked_list("RELAYDESK_IDENTITY_SECRET_PREVIOUS", self.identity_secret_previous)

    def check_secrets(self) -> None:
        """Refuse to start with a configured secret anyone could guess; the API, the worker and
        `relaydesk api` call this before serving. Without `RELAYDESK_SECRET_KEY` (the embedded
        demo) nothing is configured and a random key is generated."""
        if self.secret_key is not None:
            _checked("RELAYDESK_SECRET_KEY", self.secret_key.get_secret_value())
        self.previous_signing_keys()
        self.configured_identity_secret()
        self.previous_identity_secrets()


# --- secrets anyone could guess --------------------------------------------------------------

MIN_SECRET_BYTES = 32
GENERATE_SECRET = 'python -c "import secrets; print(secrets.token_urlsafe(48))"'
# Compared lower-cased with everything but letters and digits removed.
_PLACEHOLDERS = frozenset(
    {
        "changeme",
        "changemetoalongrandomsecret",
        "secret",
        "secretkey",
        "dev",
        "development",
        "test",
        "testing",
        "password",
        "default",
        "relaydesk",
        "insecure",
        "example",
    }
)
_PLACEHOLDER_WORDS = ("changeme", "replaceme", "placeholder", "yoursecret", "donotuse", "example")
_MIN_DISTINCT_CHARS = 10


class InsecureSecret(RelaydeskError):
    """A configured secret that is too short, a placeholder or low in entropy: anyone could
    sign tokens with it (an ops token, say), so Relaydesk refuses to start."""

    default_detail = "a configured secret is not safe to sign with"


def secret_weakness(value: str) -> str | None:
    """Why `value` is unfit to sign with, or None. Pure: the rules of `check_secrets`."""
    size = len(value.encode())
    if size < MIN_SECRET_BYTES:
        return f"is {size} bytes long; at least {MIN_SECRET_BYTES} are needed"
    folded = re.sub(r"[^a-z0-9]", "", value.lower())
    if folded in _PLACEHOLDERS or any(word in folded for word in _PLACEHOLDER_WORDS):
        return "is a well-known placeholder"
    if len(set(value)) < _MIN_DISTINCT_CHARS:
        return "has too little entropy (too few different characters)"
    if any(value[p:] == value[:-p] for p in range(1, len(value) // 2 + 1)):
        return "has too little entropy (a short pattern repeated)"
    steps = [ord(b) - ord(a) for a, b in pairwise(value)]
    if sum(abs(step) == 1 for step in steps) * 2 > len(steps):
        return "has too little entropy (a run of consecutive characters)"
    return None


def _checked(name: str, value: str) -> bytes:
    weakness = secret_weakness(value)
    if weakness is not None:
        raise InsecureSecret(
            f"{name} {weakness}: anyone who guesses it can forge tokens. Generate a secret "
            f"with `{GENERATE_SECRET}` (the embedded demo needs none: without "
            "RELAYDESK_SECRET_KEY a random key is kept in var/secret_key)."
        )
    return value.encode()


def _checked_list(name: str, value: SecretStr | None) -> list[bytes]:
    """A comma-separated list of secrets (empty entries ignored), each checked."""
    entries = [e.strip() for e in (value.get_secret_value() if value else "").split(",")]
    return [_checked(f"{name} (entry {i})", e) for i, e in enumerate(entries, 1) if e]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def reset_settings() -> None:
    """Forget cached settings (tests and the CLI change the environment)."""
    get_settings.cache_clear()
