"""kafka-python clients configured from Settings (the CLI tools: replay, tail, admin, exports)."""

from __future__ import annotations

import socket
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.errors import KafkaError

from pipeline.settings import Settings

#: Big enough for the hostile-input tests' 1.5 MB message: oversize posts must reach the DLQ,
#: not be refused by our own producer.
MAX_REQUEST_BYTES = 4 * 1024 * 1024


class BrokerUnreachable(RuntimeError):
    """No broker answered at the configured address."""


def common_config(settings: Settings) -> dict[str, Any]:
    sec = settings.security
    config: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers,
        "security_protocol": sec.security_protocol,
        "request_timeout_ms": int(settings.request_timeout_s * 1000),
    }
    optional = {
        "sasl_mechanism": sec.sasl_mechanism,
        "sasl_plain_username": sec.sasl_username,
        "sasl_plain_password": sec.sasl_password,
        "ssl_cafile": sec.ssl_cafile,
        "ssl_certfile": sec.ssl_certfile,
        "ssl_keyfile": sec.ssl_keyfile,
    }
    config.update({k: v for k, v in optional.items() if v})
    return config


def producer(settings: Settings, **overrides: Any) -> KafkaProducer:
    # acks=1 without idempotence, said explicitly: at-least-once tools, no warning on every run.
    config = common_config(settings) | {
        "linger_ms": 5,
        "max_request_size": MAX_REQUEST_BYTES,
        "acks": 1,
        "enable_idempotence": False,
    }
    return _connect(KafkaProducer, settings, **(config | overrides))


def consumer(settings: Settings, *topics: str, **overrides: Any) -> KafkaConsumer:
    config = common_config(settings) | {
        "enable_auto_commit": False,
        "max_partition_fetch_bytes": MAX_REQUEST_BYTES,
    }
    return _connect(KafkaConsumer, settings, *topics, **(config | overrides))


def admin(settings: Settings) -> KafkaAdminClient:
    return _connect(KafkaAdminClient, settings, **common_config(settings))


def check_reachable(settings: Settings, timeout: float = 3.0) -> None:
    """Fail in seconds, not after the 30 s client timeout, when no bootstrap server accepts TCP."""
    for server in settings.bootstrap_servers:
        host, _, port = server.rpartition(":")
        try:
            socket.create_connection((host.strip("[]"), int(port)), timeout=timeout).close()
            return
        except (OSError, ValueError):
            continue
    raise BrokerUnreachable(
        f"cannot reach the Kafka broker at {','.join(settings.bootstrap_servers)}; check --broker / "
        "POSTWATCH_BROKER, or leave both unset to use the embedded broker"
    )


def _connect(cls: Any, settings: Settings, *args: Any, **config: Any) -> Any:
    check_reachable(settings)
    try:
        return cls(*args, **config)
    except (KafkaError, OSError) as exc:
        raise BrokerUnreachable(
            f"cannot reach the Kafka broker at {','.join(settings.bootstrap_servers)} ({exc}); "
            "check --broker / POSTWATCH_BROKER, or leave both unset to use the embedded broker"
        ) from exc
