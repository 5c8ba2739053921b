"""The Faust worker: stream → validation → scorer → topics + metrics.

Agent bodies are loop, call, emit. At-least-once: `take_events` acks a batch only after the
loop body returns, and the body returns only once every output of the batch is delivered.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import faust
import orjson
from faust.types import TP

from agents.models_glue import ScorerSource, scorer_source
from agents.processing import BatchProcessor, InMessage, OutRecord
from models.text import warm_up
from pipeline.app import create_app
from pipeline.metrics import NullMetrics, WorkerMetrics
from pipeline.settings import Settings
from pipeline.topics import TopicNames
from pipeline.validation import Limits
from pipeline.web import install_views

log = logging.getLogger(__name__)
SEND_RETRY_S = (0.5, 1.0, 2.0, 5.0)


@dataclass
class Worker:
    """Everything one worker process holds; `app` is the Faust app to run."""

    app: faust.App
    settings: Settings
    topics: TopicNames
    metrics: WorkerMetrics
    models: ScorerSource
    processor: BatchProcessor
    ready: bool = False
    processed: int = 0
    last_offsets: dict[tuple[str, int], int] = field(default_factory=dict)


def build_worker(settings: Settings, models: ScorerSource | None = None) -> Worker:
    # Load the language-ID profiles now, not inside the first batch that meets an undecided post.
    warm_up()
    app = create_app(settings)
    topics = TopicNames.from_settings(settings)
    worker = Worker(
        app=app,
        settings=settings,
        topics=topics,
        metrics=WorkerMetrics() if settings.metrics_enabled else NullMetrics(),
        models=models or scorer_source(settings.model_dir),
        processor=BatchProcessor(topics, Limits.from_settings(settings)),
    )
    _attach_agents(worker)
    install_views(app, worker.metrics, lambda: worker.ready, lambda: worker.processed)
    _note_model(worker)
    return worker


def _attach_agents(worker: Worker) -> None:
    app, topics, settings = worker.app, worker.topics, worker.settings
    posts = app.topic(
        topics.posts, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
    )
    decisions = app.topic(topics.decisions, key_serializer="raw", value_serializer="raw")

    if settings.worker_mode == "passthrough":
        _attach_passthrough(worker, posts)
    else:
        _attach_pipeline(worker, posts)

    @app.agent(decisions, name="count_decisions")
    async def count_decisions(stream: faust.StreamT) -> None:
        async for value in stream:
            _count_decision(worker, value)

    @app.timer(5.0)
    async def update_lag() -> None:
        _update_lag(worker)

    @app.on_partitions_assigned.connect  # type: ignore[arg-type]
    async def on_assigned(sender: Any, assigned: set[TP], **kwargs: Any) -> None:
        worker.ready = True
        worker.metrics.ready.set(1)


def _attach_pipeline(worker: Worker, posts: faust.TopicT) -> None:
    settings = worker.settings

    @worker.app.agent(posts, name="score_posts")
    async def score_posts(stream: faust.StreamT) -> None:
        async for events in stream.take_events(  # type: ignore[attr-defined]
            settings.batch_max, within=settings.batch_within_s
        ):
            await process_events(worker, events)


def _attach_passthrough(worker: Worker, posts: faust.TopicT) -> None:
    """The benchmark's ceiling: same topic, consumer settings and batching, no work at all."""
    settings = worker.settings

    @worker.app.agent(posts, name="score_posts")
    async def passthrough(stream: faust.StreamT) -> None:
        async for events in stream.take_events(  # type: ignore[attr-defined]
            settings.batch_max, within=settings.batch_within_s
        ):
            worker.metrics.batch_size.observe(len(events))
            worker.processed += len(events)


async def process_events(worker: Worker, events: Sequence[Any]) -> None:
    """One batch: maybe swap the model, score, deliver every output, then record metrics."""
    _maybe_reload(worker)
    output = worker.processor.process([_in_message(e.message) for e in events], worker.models.scorer)
    started = time.perf_counter()
    await deliver(worker, output.records)
    output.report.duration_s += time.perf_counter() - started
    for event in events:
        worker.last_offsets[(event.message.topic, event.message.partition)] = event.message.offset
    worker.metrics.observe_batch(output.report)
    worker.processed += len(events)


def _in_message(message: Any) -> InMessage:
    return InMessage(
        message.value, message.key, message.topic, message.partition, message.offset, message.timestamp
    )


async def deliver(worker: Worker, records: Sequence[OutRecord]) -> None:
    """Produce all records and wait for every delivery; retry the batch's sends until they land.

    Review ids are deterministic, so a retried send that had in fact landed is a harmless duplicate.
    """
    # Unbounded on purpose: falling out of this loop would ack a batch whose outputs never landed.
    for attempt in itertools.count():
        try:
            await _send_all(worker.app, records)
            return
        except Exception as exc:
            worker.metrics.errors.labels("produce").inc()
            delay = SEND_RETRY_S[min(attempt, len(SEND_RETRY_S) - 1)]
            log.warning(
                "delivering %d records failed (%s); retrying in %.1f s",
                len(records),
                type(exc).__name__,
                delay,
            )
            await asyncio.sleep(delay)


async def _send_all(app: faust.App, records: Sequence[OutRecord]) -> None:
    producer = app.producer
    pending = [await producer.send(r.topic, r.key, r.value, None, None, None) for r in records]
    await asyncio.gather(*pending)


def _maybe_reload(worker: Worker) -> None:
    try:
        if worker.models.maybe_reload():
            worker.metrics.model_reloads.inc()
            _note_model(worker)
    except Exception as exc:
        # A bad new model must not stop scoring: keep the old one and say so.
        worker.metrics.errors.labels("reload").inc()
        log.error("model reload failed, keeping %s: %s", worker.models.scorer.model_version, exc)


def _note_model(worker: Worker) -> None:
    models = worker.models
    worker.metrics.set_model(
        models.scorer.model_version, models.trained_at, models.loaded_at, models.promoted_at
    )
    log.info("scoring with model %s", models.scorer.model_version)


def _count_decision(worker: Worker, value: bytes) -> None:
    try:
        decision = orjson.loads(value)
        worker.metrics.count_decision(str(decision.get("category")), str(decision.get("decision")))
    except Exception:
        worker.metrics.errors.labels("decode").inc()


def _update_lag(worker: Worker) -> None:
    try:
        consumer = worker.app.consumer
        for tp in consumer.assignment():
            if tp.topic != worker.topics.posts:
                continue
            highwater = consumer.highwater(tp) or 0
            done = worker.last_offsets.get((tp.topic, tp.partition), -1) + 1
            worker.metrics.set_lag(tp.topic, tp.partition, max(0, highwater - done))
    except Exception as exc:
        worker.metrics.errors.labels("lag").inc()
        log.debug("lag update failed: %s", exc)
