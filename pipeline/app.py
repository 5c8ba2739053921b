"""The Faust application factory: broker, timeouts, security and tuning come from Settings."""

from __future__ import annotations

import ssl
from typing import Any

import faust
from faust import transport
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TransportT

from pipeline.settings import KafkaSecurity, Settings


class _TunedConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # Faust hard-codes fetch_max_wait_ms=1500. A broker that holds an empty fetch that long (tansu
        # does) adds it to the latency of every post arriving at a quiet moment. aiokafka reads this
        # attribute when the consumer starts, which is after this method returns.
        consumer._fetch_max_wait_ms = getattr(self.app, "postwatch_fetch_max_wait_ms", 1500)
        return consumer


class _TunedConsumer(faust_aiokafka.Consumer):
    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return _TunedConsumerThread(self, loop=self.loop, beacon=self.beacon)


class _TunedTransport(faust_aiokafka.Transport):
    Consumer = _TunedConsumer


class PostwatchApp(faust.App):
    """faust.App whose aiokafka consumer takes its fetch wait from Settings."""

    postwatch_fetch_max_wait_ms: int = 1500

    def _new_transport(self) -> TransportT:
        cls = transport.by_url(self.conf.broker_consumer[0])
        if cls is faust_aiokafka.Transport:
            cls = _TunedTransport
        return cls(self.conf.broker_consumer, self)


def create_app(settings: Settings, app_id: str | None = None, **extra: Any) -> faust.App:
    """A Faust app with postwatch's settings. Agents are attached by `agents.worker`."""
    if not settings.broker:
        raise ValueError("create_app needs a resolved broker URL (start the embedded broker first)")
    config: dict[str, Any] = {
        "broker": settings.broker,
        "store": "memory://",
        "datadir": str(settings.data_dir),
        "web_host": settings.web_host,
        "web_port": settings.web_port,
        "topic_partitions": settings.partitions,
        "topic_replication_factor": settings.replication_factor,
        # Topics are created explicitly (pipeline.topics); no leader topic needed without tables.
        "topic_disable_leader": True,
        # tansu has no transactions: at-least-once, with idempotent review ids downstream.
        "processing_guarantee": "at_least_once",
        "broker_session_timeout": settings.session_timeout_s,
        "broker_rebalance_timeout": settings.rebalance_timeout_s,
        "broker_heartbeat_interval": settings.heartbeat_interval_s,
        "broker_request_timeout": settings.request_timeout_s,
        "broker_commit_interval": settings.commit_interval_s,
        "broker_max_poll_records": settings.max_poll_records,
        "consumer_auto_offset_reset": "earliest",
        "producer_linger": settings.producer_linger_ms / 1000,
        "producer_max_batch_size": settings.producer_max_batch_bytes,
        "producer_max_request_size": 4 * 1024 * 1024,
        "consumer_max_fetch_size": 4 * 1024 * 1024,
        "stream_buffer_maxsize": settings.stream_buffer_maxsize,
    }
    if settings.producer_compression:
        config["producer_compression_type"] = settings.producer_compression
    credentials = faust_credentials(settings.security)
    if credentials is not None:
        config["broker_credentials"] = credentials
    config.update(extra)
    app = PostwatchApp(app_id or settings.app_id, **config)
    app.postwatch_fetch_max_wait_ms = settings.fetch_max_wait_ms
    return app


def faust_credentials(sec: KafkaSecurity) -> Any:
    """SASL or SSL credentials for aiokafka, or None for PLAINTEXT."""
    protocol = sec.security_protocol.upper()
    if protocol == "PLAINTEXT":
        return None
    context = _ssl_context(sec) if "SSL" in protocol else None
    if protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=sec.sasl_username,
            password=sec.sasl_password,
            mechanism=sec.sasl_mechanism or "PLAIN",
            ssl_context=context,
        )
    return faust.SSLCredentials(context)


def _ssl_context(sec: KafkaSecurity) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=sec.ssl_cafile)
    if sec.ssl_certfile:
        context.load_cert_chain(sec.ssl_certfile, sec.ssl_keyfile)
    return context
