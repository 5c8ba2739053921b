"""Produce each line of a JSONL file, as is, to a topic, keyed by the post id where one parses."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import orjson

T = TypeVar("T")


@dataclass(slots=True)
class ReplayResult:
    sent: int = 0
    #: (partition, offset) of every delivered record, in file order: how the demo accounts for them.
    positions: list[tuple[int, int]] = field(default_factory=list)
    keys: list[bytes | None] = field(default_factory=list)


def read_lines(path: Path, limit: int | None = None) -> list[bytes]:
    """Raw lines without their newline; blank lines are skipped. Bytes, because some are not UTF-8."""
    lines = [line.rstrip(b"\r\n") for line in path.read_bytes().split(b"\n")]
    lines = [line for line in lines if line.strip()]
    return lines[:limit] if limit is not None else lines


def post_id_of(line: bytes) -> str | None:
    """The string `id` of a line that parses as a JSON object; else None."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    post_id = obj.get("id") if isinstance(obj, dict) else None
    return post_id if isinstance(post_id, str) else None


def key_of(line: bytes) -> bytes | None:
    """The post id as the key, where the line has one; else no key."""
    post_id = post_id_of(line)
    return None if post_id is None else post_id.encode("utf-8", "surrogatepass")


def paced(items: Iterable[T], rate: float | None) -> Iterator[T]:
    """Yield items at `rate` per second (None: as fast as possible), without drifting."""
    started = time.monotonic()
    for i, item in enumerate(items):
        if rate:
            delay = started + i / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        yield item


def replay(
    producer: Any,
    topic: str,
    lines: list[bytes],
    rate: float | None = None,
    on_sent: Callable[[int], object] | None = None,
) -> ReplayResult:
    """Send every line and wait for every delivery; `on_sent(n)` drives a progress bar."""
    futures = []
    for line in paced(lines, rate):
        key = key_of(line)
        futures.append((key, producer.send(topic, key=key, value=line)))
        if on_sent:
            on_sent(1)
    producer.flush()
    result = ReplayResult()
    for key, future in futures:
        meta = future.get(timeout=60)
        result.positions.append((meta.partition, meta.offset))
        result.keys.append(key)
    result.sent = len(futures)
    return result
