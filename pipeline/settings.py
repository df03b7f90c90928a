"""All configuration in one typed object, read from the environment (and a `.env` file).

`KAFKA_BOOTSTRAP_SERVERS` is the one production must set; left empty, the program starts an
embedded in-memory broker that keeps nothing across restarts.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from nlp.classifiers import DEFAULT_MODEL
from nlp.config_file import ConfigError
from nlp.discovery.candidates import DiscoveryPolicy
from nlp.discovery.known import KNOWN_SHARE
from nlp.taxonomy import DEFAULT_TAXONOMY
from pipeline.detect.detectors import DetectionConfig

PACKAGE_DATA = Path(__file__).with_name("data")
ENV_PREFIX = "FEEDBACK_LOOP_"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_file=".env", extra="ignore")

    kafka_bootstrap_servers: str | None = Field(
        default=None,
        validation_alias=AliasChoices("KAFKA_BOOTSTRAP_SERVERS", "FEEDBACK_LOOP_KAFKA_BOOTSTRAP_SERVERS"),
        description="host:port[,host:port]; empty starts the embedded broker.",
    )
    app_id: str = Field(default="feedback-loop", description="Faust app id: consumer group and table prefix.")
    topic_partitions: int = Field(default=4, ge=1, description="Partitions per core topic: max parallel workers.")
    topic_replication_factor: int = Field(default=1, ge=1, description="Use 3 on a production cluster.")
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=1, le=65535, description="HTTP ingestion and /metrics.")
    web_read_timeout_seconds: float = Field(default=30.0, gt=0, description="Time a client has to send a body.")
    web_idle_timeout_seconds: float = Field(
        default=15.0, gt=0, description="Connections with no complete request for this long are closed."
    )
    web_send_timeout_seconds: float = Field(
        default=10.0, gt=0, description="POST /contacts answers 503 if the broker has not acknowledged a batch by then."
    )
    consumer_fetch_max_wait_ms: int = Field(
        default=100, ge=1, le=1500, description="Longest a fetch waits for records (the embedded broker waits it out)."
    )
    classify_batch_size: int = Field(
        default=64, ge=1, le=10_000, description="Contacts redacted and classified together (spaCy `nlp.pipe`)."
    )
    classify_batch_seconds: float = Field(
        default=0.05, gt=0, le=10, description="A batch is processed when full or after this long."
    )
    window_seconds: int = Field(default=3600, ge=60, description="Tumbling window of the counts detection sees.")
    window_grace_seconds: int = Field(default=120, ge=0, description="Late contacts this late are still counted.")
    window_idle_seconds: float = Field(
        default=60.0, gt=0, description="A partition this long without contacts closes its last window by the clock."
    )
    window_tick_seconds: float = Field(default=5.0, gt=0, description="How often due windows are closed.")
    signal_threshold: int = Field(
        default=10, ge=1, description="While the seasonal baseline is cold: contacts per label per window that signal."
    )
    detection_sensitivity: float = Field(default=2e-3, gt=0, lt=1, description="Spike: tail p-value must be below.")
    detection_min_excess: float = Field(default=5.0, ge=0, description="Spike: at least this many above expected.")
    detection_baseline_min_weeks: int = Field(default=2, ge=1, description="History before the baseline decides.")
    discovery_similarity: float = Field(
        default=DiscoveryPolicy().similarity, gt=0, le=1, description="Discovery: join a candidate at this cosine."
    )
    discovery_min_contacts: int = Field(
        default=DiscoveryPolicy().min_contacts, ge=2, description="Discovery: contacts before a candidate signals."
    )
    discovery_min_windows: int = Field(
        default=DiscoveryPolicy().min_windows, ge=1, description="Discovery: windows a candidate must recur in."
    )
    discovery_max_confidence: float = Field(
        default=DiscoveryPolicy().max_confidence,
        ge=0,
        le=1,
        description="Discovery also looks at contacts labelled with less confidence than this.",
    )
    discovery_min_novelty: float = Field(
        default=DiscoveryPolicy().min_novelty,
        ge=0,
        le=1,
        description="Discovery: an unsure labelled contact goes only when this unlike its label's examples.",
    )
    discovery_known_share: float = Field(
        default=KNOWN_SHARE,
        gt=0,
        le=1,
        description="Discovery: a candidate whose members were this often given one known label is not new.",
    )
    subscriptions_path: Path = Field(default=PACKAGE_DATA / "subscriptions.yaml")
    taxonomy_path: Path = Field(default=DEFAULT_TAXONOMY)
    model_path: Path = Field(
        default=DEFAULT_MODEL, description="Trained classifier (`make model`); the phrase classifier when absent."
    )
    verification_baseline_days: int = Field(default=28, ge=1, description="Before a fix: the baseline period.")
    verification_observation_hours: int = Field(
        default=168, ge=1, description="After a fix: how long (event time) before its drop is measured."
    )
    verification_check_seconds: float = Field(default=30.0, gt=0, description="How often fixed issues are checked.")
    consumer_session_timeout_seconds: float = Field(
        default=60.0,
        ge=3,
        le=90,
        description="Consumer-group session and rebalance timeout. The embedded broker completes a group join "
        "only after about half of it, so `run` uses 6s there unless this is set.",
    )
    public_url: str | None = Field(
        default=None, description="The web UI's address as departments reach it, for links in alerts."
    )
    delivery_max_attempts: int = Field(default=8, ge=1, le=100, description="Tries per alert and channel.")
    delivery_backoff_initial_seconds: float = Field(default=1.0, gt=0, description="First wait between tries.")
    delivery_backoff_max_seconds: float = Field(default=60.0, gt=0, description="Longest wait between tries.")
    delivery_budget_seconds: float = Field(
        default=300.0, gt=0, description="After this long an alert a channel will not take is dead-lettered."
    )
    delivery_check_seconds: float = Field(
        default=30.0, gt=0, description="How often held alerts and alerts the agent never finished are checked."
    )
    delivery_sweep_grace_seconds: float = Field(
        default=60.0, gt=0, description="An alert this old that the agent never took up is queued again."
    )
    data_dir: Path = Field(default=Path("data"), description="Faust's local state directory.")
    log_level: str = Field(default="info", pattern="^(crit|error|warn|info|debug)$")
    pseudonym_key: SecretStr | None = Field(
        default=None,
        min_length=16,
        description="Key of the customer_ref/agent_id pseudonyms (HMAC-SHA256); the same on every worker. "
        "Unset: generated once in the data directory.",
    )
    topic_check_seconds: float = Field(
        default=30.0, gt=0, description="How often the worker checks that the broker still has its topics."
    )
    stop_timeout_seconds: float = Field(
        default=15.0,
        gt=0,
        description="After SIGTERM/SIGINT, exit even if the clean stop (final commit) has not finished by then.",
    )

    def detection(self) -> DetectionConfig:
        return DetectionConfig(
            window_seconds=self.window_seconds,
            sensitivity=self.detection_sensitivity,
            min_excess=self.detection_min_excess,
            baseline_min_weeks=self.detection_baseline_min_weeks,
        )

    def discovery(self) -> DiscoveryPolicy:
        return DiscoveryPolicy(
            similarity=self.discovery_similarity,
            min_contacts=self.discovery_min_contacts,
            min_windows=self.discovery_min_windows,
            max_confidence=self.discovery_max_confidence,
            min_novelty=self.discovery_min_novelty,
            window_minutes=max(1, self.window_seconds // 60),
        )

    def ui_url(self) -> str:
        return (self.public_url or f"http://{self.web_host}:{self.web_port}").rstrip("/")

    def broker_url(self) -> str:
        assert self.kafka_bootstrap_servers, "broker_url() needs bootstrap servers (embedded broker not started?)"
        return ";".join(f"kafka://{server.strip()}" for server in self.kafka_bootstrap_servers.split(","))


def load_settings() -> Settings:
    """Settings from the environment; errors name the variable and the problem (never its value)."""
    try:
        return Settings()
    except ValidationError as error:
        problems = []
        for item in error.errors(include_input=False, include_url=False):
            field = str(item["loc"][0]) if item["loc"] else ""
            variable = field.upper() if field.isupper() else f"{ENV_PREFIX}{field.upper()}"
            problems.append(f"{variable}: {item['msg']}")
        raise ConfigError(f"environment or .env: {'; '.join(problems)}") from None
