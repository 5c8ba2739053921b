"""Integration fixtures: per-test topics and workers as subprocesses on the session broker
(`embedded_broker` and `broker_settings` come from tests/conftest.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.broker import EmbeddedBroker
from tests.workers import WorkerFactory, worker_factory


@pytest.fixture
def topic_prefix() -> str:
    """Each test gets its own topics (and consumer group), so tests never see each other's records."""
    return f"t{uuid.uuid4().hex[:8]}."


@pytest.fixture
def worker_process(
    embedded_broker: EmbeddedBroker, topic_prefix: str, tmp_path: Path
) -> Iterator[WorkerFactory]:
    """Factory: `worker_process(env=None, web_port=None, partitions=None)` → a ready WorkerProcess."""
    yield from worker_factory(embedded_broker.url, topic_prefix, tmp_path)
