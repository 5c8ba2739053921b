"""Worker subprocesses for the integration and chaos suites."""

from __future__ import annotations

from collections.abc import Callable
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
