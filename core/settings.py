"""Settings from the environment (and an optional `.env` file).

With nothing configured, Relaydesk runs on embedded defaults: SQLite and an embedded
Redis server, both under `RELAYDESK_VAR_DIR` (default `./var`).
"""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import Field, PrivateAttr, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    var_dir: Path = Field(default=Path("var"), alias="RELAYDESK_VAR_DIR")
    database_url: str | None = Field(default=None, alias="DATABASE_URL")
    redis_url: str | None = Field(default=None, alias="REDIS_URL")
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

    # Pipeline.
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
        `var/secret_key`, so tokens survive restarts of the embedded demo.
        """
        if self._signing_key is None:
            self._signing_key = self._load_signing_key()
        return self._signing_key

    def _load_signing_key(self) -> bytes:
        if self.secret_key is not None:
            return self.secret_key.get_secret_value().encode()
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


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()


def reset_settings() -> None:
    """Forget cached settings (tests and the CLI change the environment)."""
    get_settings.cache_clear()
