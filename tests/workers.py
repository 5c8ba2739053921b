"""Worker subprocesses for the integration and chaos suites."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from pipeline.process import WorkerProcess

WorkerFactory = Callable[..., WorkerProcess]


def worker_env(topic_prefix: str, data_dir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a test worker: the test's own topics, consumer group and state folder."""
    return {
        "POSTWATCH_TOPIC_PREFIX": topic_prefix,
        "POSTWATCH_APP_ID": f"pw-{topic_prefix}",
        "POSTWATCH_DATA_DIR": str(data_dir),
    } | (extra or {})


def worker_factory(broker_url: str, topic_prefix: str, tmp_path: Path) -> Iterator[WorkerFactory]:
    """Yield `start(env=None, web_port=None, partitions=None, ready_timeout=90)` -> a ready worker on
    the test's topics, each with its own state folder and log; stop every started worker afterwards."""
    started: list[WorkerProcess] = []

    def start(
        env: dict[str, str] | None = None,
        web_port: int | None = None,
        partitions: int | None = None,
        ready_timeout: float = 90.0,
    ) -> WorkerProcess:
        n = len(started)
        full_env = worker_env(topic_prefix, tmp_path / f"data{n}", env)
        if partitions is not None:
            full_env["POSTWATCH_PARTITIONS"] = str(partitions)
        worker = WorkerProcess(broker_url, web_port, full_env, tmp_path / f"worker{n}.log")
        started.append(worker)
        return worker.start(ready_timeout=ready_timeout)

    yield start
    for worker in started:
        worker.stop()
