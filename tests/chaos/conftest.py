"""Chaos fixtures: the real embedded broker (tansu), per-test topics, workers as subprocesses,
and a dedicated broker behind a TCP proxy for the connection-cut and backpressure tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.broker import EmbeddedBroker, free_port
from pipeline.settings import Settings
from pipeline.topics import ensure_topics
from tests.workers import WorkerFactory, worker_factory

from .proxy import TcpProxy


class ProxiedBroker(EmbeddedBroker):
    """tansu listening on one port but advertising another (the proxy's), so that every client
    connection, not only bootstrap, goes through the proxy."""

    def __init__(self, advertised_port: int, log_path: Path | None = None) -> None:
        super().__init__(log_path=log_path)
        self.advertised_port = advertised_port

    @property
    def advertised_url(self) -> str:
        return f"kafka://{self.host}:{self.advertised_port}"

    def command(self) -> list[str]:
        command = super().command()
        at = command.index("--advertised-listener-url")
        command[at + 1] = f"tcp://{self.host}:{self.advertised_port}"
        return command


@dataclass(frozen=True, slots=True)
class ProxiedSetup:
    broker: ProxiedBroker
    proxy: TcpProxy

    @property
    def url(self) -> str:
        """What the worker is given: bootstrap through the proxy."""
        return self.broker.advertised_url


@pytest.fixture
def proxied(tmp_path: Path) -> Iterator[ProxiedSetup]:
    """A fresh broker whose advertised listener is a proxy in front of it (loopback only)."""
    proxy_port = free_port()
    broker = ProxiedBroker(proxy_port, log_path=tmp_path / "tansu-proxied.log")
    broker.start()
    proxy = TcpProxy(proxy_port, broker.port).start()
    try:
        yield ProxiedSetup(broker, proxy)
    finally:
        proxy.stop()
        broker.stop()


@pytest.fixture
def topic_prefix() -> str:
    return f"c{uuid.uuid4().hex[:8]}."


@pytest.fixture
def worker_process(
    embedded_broker: EmbeddedBroker, topic_prefix: str, tmp_path: Path
) -> Iterator[WorkerFactory]:
    """Factory: `worker_process(env=None, ready_timeout=90)` → a ready worker on the session broker."""
    yield from worker_factory(embedded_broker.url, topic_prefix, tmp_path)


@pytest.fixture
def proxied_settings(proxied: ProxiedSetup, topic_prefix: str) -> Settings:
    """Settings for the test's own clients: bootstrap on the broker's real port (metadata then
    sends them to the proxy as well, so produce before cutting)."""
    settings = Settings.from_env({}, broker=proxied.broker.url, topic_prefix=topic_prefix)
    ensure_topics(settings)
    return settings


@pytest.fixture
def proxied_worker(proxied: ProxiedSetup, topic_prefix: str, tmp_path: Path) -> Iterator[WorkerFactory]:
    """Factory of workers that reach the broker only through the proxy."""
    yield from worker_factory(proxied.url, topic_prefix, tmp_path)
