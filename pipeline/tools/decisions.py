"""Kafka reading for `postwatch decisions export`: topics read from the beginning to their end.

Reviewer decisions carry no post text, so the export joins them with the review items the reviewers
saw (`review.fake_news`, `review.abuse`), which do carry the text. `review.child_safety` is never
read for text: those items are withheld by construction.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

import orjson
from kafka import TopicPartition

from pipeline.kafka_clients import consumer
from pipeline.settings import Settings
from pipeline.topics import DECISIONS

#: Review topics whose items may carry the post text (never child safety).
TEXT_TOPICS: tuple[str, ...] = ("review.fake_news", "review.abuse")


def _partitions(client: Any, topic: str) -> list[TopicPartition]:
    return [TopicPartition(topic, p) for p in sorted(client.partitions_for_topic(topic) or ())]


def _drain(client: Any, parts: list[TopicPartition], timeout_s: float) -> Iterable[bytes]:
    """Values from the beginning up to the end offsets seen at the start (a consistent snapshot)."""
    client.assign(parts)
    client.seek_to_beginning(*parts)
    end = {tp: off for tp, off in client.end_offsets(parts).items() if off > 0}
    deadline = time.monotonic() + timeout_s
    while end and time.monotonic() < deadline:
        for tp, batch in client.poll(timeout_ms=200, max_records=1000).items():
            yield from (r.value for r in batch if r.offset < end.get(tp, 0) and r.value is not None)
        end = {tp: off for tp, off in end.items() if client.position(tp) < off}
    if end:
        raise TimeoutError(f"could not read {len(end)} partition(s) to the end within {timeout_s:.0f} s")


def read_json_topic(
    settings: Settings, topic: str, timeout_s: float = 60.0
) -> tuple[list[dict[str, Any]], int]:
    """(JSON objects, count of undecodable values) of a topic, from the beginning to its end."""
    client = consumer(settings, group_id=None, consumer_timeout_ms=1000)
    try:
        parts = _partitions(client, topic)
        if not parts:
            return [], 0
        objects, bad = [], 0
        for value in _drain(client, parts, timeout_s):
            try:
                obj = orjson.loads(value)
            except orjson.JSONDecodeError:
                bad += 1
                continue
            if isinstance(obj, dict):
                objects.append(obj)
            else:
                bad += 1
        return objects, bad
    finally:
        client.close()


def read_decisions(settings: Settings, timeout_s: float = 60.0) -> tuple[list[dict[str, Any]], int]:
    return read_json_topic(settings, settings.topic(DECISIONS), timeout_s)


def read_review_items(settings: Settings, timeout_s: float = 60.0) -> dict[str, dict[str, Any]]:
    """post_id -> {text, lang, flags, model_version} from review items that carry text."""
    items: dict[str, dict[str, Any]] = {}
    for name in TEXT_TOPICS:
        values, _ = read_json_topic(settings, settings.topic(name), timeout_s)
        for item in values:
            text, post_id = item.get("text"), item.get("post_id")
            if isinstance(text, str) and isinstance(post_id, str) and not item.get("withheld"):
                keep = {k: item.get(k) for k in ("lang", "flags", "model_version")}
                items[post_id] = {"text": text, **keep}
    return items
