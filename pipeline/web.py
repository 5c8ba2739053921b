"""Web views on the worker's port: /metrics (Prometheus), /health (alive), /ready (partitions assigned),
/progress (messages processed, for benchmarks)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import faust

from pipeline.metrics import CONTENT_TYPE, WorkerMetrics


def install_views(
    app: faust.App, metrics: WorkerMetrics, is_ready: Callable[[], bool], processed: Callable[[], int]
) -> None:
    @app.page("/metrics")
    async def metrics_view(web: Any, request: Any) -> Any:
        return web.bytes(metrics.exposition(), content_type=CONTENT_TYPE.split(";")[0])

    @app.page("/health")
    async def health_view(web: Any, request: Any) -> Any:
        return web.json({"status": "ok"})

    @app.page("/progress")
    async def progress_view(web: Any, request: Any) -> Any:
        # Messages taken through the posts agent: a cheap counter for benchmarks and smoke checks,
        # so they need not render the whole /metrics exposition every poll.
        return web.json({"processed": processed()})

    @app.page("/ready")
    async def ready_view(web: Any, request: Any) -> Any:
        ready = is_ready()
        return web.json({"ready": ready}, status=200 if ready else 503)
