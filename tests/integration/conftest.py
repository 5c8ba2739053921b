"""Fixtures on the real embedded broker (tansu): one broker per session, workers as subprocesses."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pipeline.broker import EmbeddedBroker
from pipeline.process import WorkerProcess
from pipeline.settings import Settings
from pipeline.topics import ensure_topics


@pytest.fixture(scope="session")
def embedded_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    log = tmp_path_factory.mktemp("broker") / "tansu.log"
    with EmbeddedBroker(log_path=log) as broker:
        yield broker


@pytest.fixture
def topic_prefix() -> str:
    """Each test gets its own topics (and consumer group), so tests never see each other's records."""
    return f"t{uuid.uuid4().hex[:8]}."


@pytest.fixture
def broker_settings(embedded_broker: EmbeddedBroker, topic_prefix: str) -> Settings:
    settings = Settings.from_env({}, broker=embedded_broker.url, topic_prefix=topic_prefix)
    ensure_topics(settings)
    return settings


WorkerFactory = Callable[..., WorkerProcess]


@pytest.fixture
def worker_process(
    embedded_broker: EmbeddedBroker, topic_prefix: str, tmp_path: Path
) -> Iterator[WorkerFactory]:
    """Factory: `worker_process(web_port=None, env=None, partitions=None)` → a ready WorkerProcess."""
    started: list[WorkerProcess] = []

    def start(
        web_port: int | None = None, env: dict[str, str] | None = None, partitions: int | None = None
    ) -> WorkerProcess:
        full_env = {
            "POSTWATCH_TOPIC_PREFIX": topic_prefix,
            "POSTWATCH_APP_ID": f"pw-{topic_prefix}",
            "POSTWATCH_DATA_DIR": str(tmp_path / f"data{len(started)}"),
        } | (env or {})
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
