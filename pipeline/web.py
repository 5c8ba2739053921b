"""Web views on the worker's port: /metrics (Prometheus), /health (alive), /ready (partitions assigned)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import faust

from pipeline.metrics import CONTENT_TYPE, WorkerMetrics


def install_views(app: faust.App, metrics: WorkerMetrics, is_ready: Callable[[], bool]) -> None:
    @app.page("/metrics")
    async def metrics_view(web: Any, request: Any) -> Any:
        return web.bytes(metrics.exposition(), content_type=CONTENT_TYPE.split(";")[0])

    @app.page("/health")
    async def health_view(web: Any, request: Any) -> Any:
        return web.json({"status": "ok"})

    @app.page("/ready")
    async def ready_view(web: Any, request: Any) -> Any:
        ready = is_ready()
        return web.json({"ready": ready}, status=200 if ready else 503)
