"""Fixtures shared by the integration and chaos suites: one embedded broker (tansu) per session,
and per-test topics on it. Each suite's conftest defines its own `topic_prefix`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.broker import EmbeddedBroker
from pipeline.settings import Settings
from pipeline.topics import ensure_topics


@pytest.fixture(scope="session")
def embedded_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    log = tmp_path_factory.mktemp("broker") / "tansu.log"
    with EmbeddedBroker(log_path=log) as broker:
        yield broker


@pytest.fixture
def broker_settings(embedded_broker: EmbeddedBroker, topic_prefix: str) -> Settings:
    settings = Settings.from_env({}, broker=embedded_broker.url, topic_prefix=topic_prefix)
    ensure_topics(settings)
    return settings
