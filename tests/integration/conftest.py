"""Integration fixtures: per-test topics and workers as subprocesses on the session broker
(`embedded_broker` and `broker_settings` come from tests/conftest.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.broker import EmbeddedBroker
from pipeline.process import WorkerProcess
from tests.workers import WorkerFactory, worker_env


@pytest.fixture
def topic_prefix() -> str:
    """Each test gets its own topics (and consumer group), so tests never see each other's records."""
    return f"t{uuid.uuid4().hex[:8]}."


@pytest.fixture
def worker_process(
    embedded_broker: EmbeddedBroker, topic_prefix: str, tmp_path: Path
) -> Iterator[WorkerFactory]:
    """Factory: `worker_process(web_port=None, env=None, partitions=None)` → a ready WorkerProcess."""
    started: list[WorkerProcess] = []

    def start(
        web_port: int | None = None, env: dict[str, str] | None = None, partitions: int | None = None
    ) -> WorkerProcess:
        full_env = worker_env(topic_prefix, tmp_path / f"data{len(started)}", env)
        if partitions is not None:
            full_env["POSTWATCH_PARTITIONS"] = str(partitions)
        worker = WorkerProcess(
            embedded_broker.url, web_port, full_env, tmp_path / f"worker{len(started)}.log"
        )
        started.append(worker)
        return worker.start(ready_timeout=90)

    yield start
    for worker in started:
        worker.stop()
