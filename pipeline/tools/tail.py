"""Read a topic's records: as JSON lines, or pretty for people."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson
from kafka import TopicPartition

from pipeline.records import encode_raw


@dataclass(frozen=True, slots=True)
class TailRecord:
    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    key: bytes | None
    value: bytes | None

    def decoded_value(self) -> Any:
        """The JSON value, or the raw text (base64 if not UTF-8) when it is not JSON."""
        try:
            return orjson.loads(self.value or b"null")
        except orjson.JSONDecodeError:
            return {"raw": encode_raw(self.value)[0]}

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "partition": self.partition,
            "offset": self.offset,
            "timestamp_ms": self.timestamp_ms,
            "key": None if self.key is None else self.key.decode("utf-8", "replace"),
            "value": self.decoded_value(),
        }


def assign_all(consumer: Any, topics: list[str], from_beginning: bool) -> None:
    """Manual assignment of every partition (no group): tailing never disturbs a consumer group."""
    partitions = [
        TopicPartition(t, p) for t in topics for p in sorted(consumer.partitions_for_topic(t) or ())
    ]
    if not partitions:
        raise LookupError(f"topic(s) {', '.join(topics)} not found on the broker")
    consumer.assign(partitions)
    if from_beginning:
        consumer.seek_to_beginning(*partitions)
    else:
        consumer.seek_to_end(*partitions)
    for tp in partitions:
        # Seeks are lazy: resolve them now, so "end" means now, not whenever the first poll happens.
        consumer.position(tp)


def records(
    consumer: Any,
    max_records: int | None,
    timeout_s: float | None,
    until: Callable[[], bool] | None = None,
) -> Iterator[TailRecord]:
    """Yield records until `max_records`, until `timeout_s` passes with nothing new, or until `until()`
    is true. `until` is checked between polled batches only: leaving a batch half-read would drop the
    rest of it, since the consumer's position has already moved past it."""
    count, idle_since = 0, time.monotonic()
    while (max_records is None or count < max_records) and not (until and until()):
        batch = consumer.poll(timeout_ms=200, max_records=500)
        if not batch:
            if timeout_s is not None and time.monotonic() - idle_since > timeout_s:
                return
            continue
        idle_since = time.monotonic()
        for record in (r for rs in batch.values() for r in rs):
            yield _tail_record(record)
            count += 1
            if max_records is not None and count >= max_records:
                return


def _tail_record(record: Any) -> TailRecord:
    return TailRecord(
        record.topic, record.partition, record.offset, record.timestamp, record.key, record.value
    )
