"""Prometheus metrics of a worker. Names are the contract with deploy/ (docs/ARCHITECTURE.md).

They sit on the hot path, so the agent fills a `BatchReport` and calls `observe_batch` once per
batch; label children are bound once and cached, and histograms take a whole batch at a time.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CollectorRegistry, Gauge, Histogram, disable_created_metrics, generate_latest
from prometheus_client import Counter as PCounter
from prometheus_client.exposition import CONTENT_TYPE_LATEST

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 3600.0)
SCORE_BUCKETS = (*tuple(round(0.05 * i, 2) for i in range(1, 20)), 0.99)
BATCH_BUCKETS = (1, 5, 10, 25, 50, 100, 250, 500, 1000, 2000)
CONTENT_TYPE = CONTENT_TYPE_LATEST

# The `_created` timestamp series double every exposition and nothing here reads them.
disable_created_metrics()


@dataclass(slots=True)
class BatchReport:
    """What one batch did, counted by the agent and handed over in one call."""

    size: int = 0
    duration_s: float = 0.0
    consumed: Counter[str] = field(default_factory=Counter)  # by lang
    scored: Counter[str] = field(default_factory=Counter)  # by lang
    dead_lettered: Counter[str] = field(default_factory=Counter)  # by error code
    flagged: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # category, severity, lang
    review_items: Counter[str] = field(default_factory=Counter)  # by review category
    errors: Counter[str] = field(default_factory=Counter)  # by stage
    ingest_latency_s: list[float] = field(default_factory=list)
    review_latency_s: list[float] = field(default_factory=list)
    scores: dict[str, list[float]] = field(default_factory=dict)


class WorkerMetrics:
    """The worker's metric families, in a registry of their own (several workers may share a process)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.consumed = PCounter("postwatch_posts_consumed", "Posts consumed", ["lang"], registry=r)
        self.scored = PCounter("postwatch_posts_scored", "Posts scored", ["lang"], registry=r)
        self.dead_lettered = PCounter(
            "postwatch_posts_dead_lettered", "Messages dead-lettered", ["error"], registry=r
        )
        self.flagged = PCounter(
            "postwatch_posts_flagged", "Posts flagged", ["category", "severity", "lang"], registry=r
        )
        self.review_items = PCounter(
            "postwatch_review_items", "Review items emitted", ["category"], registry=r
        )
        self.decisions = PCounter(
            "postwatch_review_decisions", "Reviewer decisions seen", ["category", "decision"], registry=r
        )
        self.errors = PCounter("postwatch_errors", "Errors by pipeline stage", ["stage"], registry=r)
        self.ingest_latency = Histogram(
            "postwatch_ingest_to_verdict_seconds",
            "Kafka record time to verdict",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.review_latency = Histogram(
            "postwatch_created_to_review_seconds",
            "Post created_at to review emit",
            buckets=(*LATENCY_BUCKETS, 21600.0, 86400.0),
            registry=r,
        )
        self.batch_size = Histogram(
            "postwatch_batch_size", "Posts per batch", buckets=BATCH_BUCKETS, registry=r
        )
        self.batch_duration = Histogram(
            "postwatch_batch_duration_seconds",
            "Time to process one batch",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.score = Histogram(
            "postwatch_score", "Score distribution (drift)", ["category"], buckets=SCORE_BUCKETS, registry=r
        )
        self.model_info = Gauge(
            "postwatch_model_info", "Model in use", ["model_version", "trained_at"], registry=r
        )
        self.model_reloads = PCounter("postwatch_model_reloads", "Model hot reloads", registry=r)
        self.model_loaded_ts = Gauge(
            "postwatch_model_loaded_timestamp_seconds", "When the model was loaded", registry=r
        )
        self.model_promoted_ts = Gauge(
            "postwatch_model_promoted_timestamp_seconds",
            "mtime of the registry's current pointer",
            registry=r,
        )
        self.lag = Gauge(
            "postwatch_consumer_lag",
            "Messages behind the high-water mark",
            ["topic", "partition"],
            registry=r,
        )
        self.ready = Gauge("postwatch_worker_ready", "1 once partitions are assigned", registry=r)
        self._children: dict[tuple[Any, ...], Any] = {}

    def _child(self, metric: Any, *labels: str) -> Any:
        key = (id(metric), *labels)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*labels)
        return child

    def observe_batch(self, report: BatchReport) -> None:
        self._count(self.consumed, report.consumed)
        self._count(self.scored, report.scored)
        self._count(self.dead_lettered, report.dead_lettered)
        self._count(self.review_items, report.review_items)
        self._count(self.errors, report.errors)
        for labels, n in report.flagged.items():
            self._child(self.flagged, *labels).inc(n)
        observe_many(self.ingest_latency, report.ingest_latency_s)
        observe_many(self.review_latency, report.review_latency_s)
        observe_many(self.batch_size, [report.size])
        observe_many(self.batch_duration, [report.duration_s])
        for category, values in report.scores.items():
            observe_many(self._child(self.score, category), values)

    def _count(self, metric: Any, counts: Counter[str]) -> None:
        for label, n in counts.items():
            self._child(metric, label).inc(n)

    def count_decision(self, category: str, decision: str) -> None:
        self._child(self.decisions, category, decision).inc()

    def set_model(self, version: str, trained_at: str, loaded_at: float, promoted_at: float) -> None:
        self.model_info.clear()
        self.model_info.labels(version, trained_at).set(1)
        self.model_loaded_ts.set(loaded_at)
        self.model_promoted_ts.set(promoted_at)

    def set_lag(self, topic: str, partition: int, lag: int) -> None:
        self._child(self.lag, topic, str(partition)).set(lag)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def observe_many(histogram: Any, values: Sequence[float] | Iterable[float]) -> None:
    """Observe a batch of values with one bucket update each, not one locked call per value.

    prometheus-client has no bulk observe; its histogram child keeps per-bucket counters
    (non-cumulative) and a sum, which is what we update here. Falls back to observe() if
    those internals ever change.
    """
    values = list(values)
    if not values:
        return
    bounds = getattr(histogram, "_upper_bounds", None)
    buckets = getattr(histogram, "_buckets", None)
    total = getattr(histogram, "_sum", None)
    if bounds is None or buckets is None or total is None:
        for v in values:
            histogram.observe(v)
        return
    counts: Counter[int] = Counter(bisect.bisect_left(bounds, v) for v in values)
    for index, n in counts.items():
        buckets[index].inc(n)
    total.inc(sum(values))


class NullMetrics(WorkerMetrics):
    """Metrics switched off (POSTWATCH_METRICS_ENABLED=false): only the batch-size histogram is kept,
    one observation per batch, because the benchmark counts progress with it."""

    def observe_batch(self, report: BatchReport) -> None:
        self.batch_size.observe(report.size)
