"""One frozen settings object, read from `POSTWATCH_*` environment variables and CLI overrides."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

ENV_PREFIX = "POSTWATCH_"


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message names the variable."""


@dataclass(frozen=True, slots=True)
class KafkaSecurity:
    """SASL/SSL settings, passed through to Faust (aiokafka) and kafka-python alike."""

    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str | None = None
    sasl_username: str | None = None
    sasl_password: str | None = field(default=None, repr=False)
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a worker or a CLI tool needs to know. Build with `Settings.from_env()`."""

    #: Bootstrap URL (`kafka://host:port[;host:port]`); None means "start the embedded broker".
    broker: str | None = None
    topic_prefix: str = ""
    partitions: int = 4
    replication_factor: int = 1
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    app_id: str = "postwatch"
    data_dir: Path = Path(".postwatch")
    model_dir: Path | None = None
    # Faust's 60 s defaults make the first group join take ~30 s on tansu; ~6 s/1 s joins in ~5 s.
    session_timeout_s: float = 6.0
    rebalance_timeout_s: float = 6.0
    heartbeat_interval_s: float = 1.0
    request_timeout_s: float = 30.0
    commit_interval_s: float = 1.0
    batch_max: int = 500
    batch_within_s: float = 0.05
    max_poll_records: int = 2000
    stream_buffer_maxsize: int = 4096
    #: How long the broker may hold an empty fetch. Faust's fixed 1500 ms is the latency floor on tansu.
    fetch_max_wait_ms: int = 100
    producer_linger_ms: int = 5
    producer_max_batch_bytes: int = 1_048_576
    producer_compression: str | None = None
    max_message_bytes: int = 1_000_000
    max_text_chars: int = 20_000
    max_id_chars: int = 128
    max_json_depth: int = 64
    metrics_enabled: bool = True
    #: `pipeline` (the real work) or `passthrough` (read and ack only: the benchmark's ceiling).
    worker_mode: str = "pipeline"
    #: Write a pyinstrument profile of the worker here when it stops (benchmarks).
    profile_path: Path | None = None
    security: KafkaSecurity = field(default_factory=KafkaSecurity)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read `POSTWATCH_<FIELD>` variables, then apply non-None keyword overrides (CLI flags)."""
        env = os.environ if env is None else env
        values = _read_fields(cls, env, exclude={"security"})
        values["security"] = KafkaSecurity(**_read_fields(KafkaSecurity, env, exclude=set()))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values).validated()

    def validated(self) -> Settings:
        if self.partitions < 1:
            raise SettingsError("POSTWATCH_PARTITIONS must be at least 1")
        if not 0 < self.web_port < 65536:
            raise SettingsError("POSTWATCH_WEB_PORT must be a TCP port (1-65535)")
        if self.worker_mode not in {"pipeline", "passthrough"}:
            raise SettingsError("POSTWATCH_WORKER_MODE must be 'pipeline' or 'passthrough'")
        if self.batch_max < 1:
            raise SettingsError("POSTWATCH_BATCH_MAX must be at least 1")
        return self

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes).validated()

    def topic(self, name: str) -> str:
        """The full topic name for a default name such as `posts.scored`."""
        return f"{self.topic_prefix}{name}"

    @property
    def bootstrap_servers(self) -> list[str]:
        """host:port list for kafka-python; requires a resolved broker URL."""
        if not self.broker:
            raise SettingsError("no broker URL: set --broker or POSTWATCH_BROKER")
        return bootstrap_servers(self.broker)


def bootstrap_servers(url: str) -> list[str]:
    """`kafka://a:9092;b:9092` (Faust style) or `a:9092,b:9092` → ['a:9092', 'b:9092']."""
    bare = url.split("://", 1)[1] if "://" in url else url
    return [part.strip() for part in bare.replace(";", ",").split(",") if part.strip()]


def _read_fields(cls: type, env: Mapping[str, str], exclude: set[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in fields(cls):
        key = ENV_PREFIX + f.name.upper()
        if f.name in exclude or key not in env:
            continue
        values[f.name] = _parse(key, env[key], f.type)
    return values


def _parse(key: str, raw: str, annotation: object) -> Any:
    kind = str(annotation)
    try:
        if kind.startswith("bool"):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
        if kind.startswith("Path"):
            return Path(raw).expanduser() if raw else None
    except ValueError as exc:
        raise SettingsError(f"{key}={raw!r} is not a valid {kind.split(' ')[0]}") from exc
    return raw or None if "None" in kind else raw
