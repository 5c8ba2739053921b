"""Scale-out on the embedded broker: two workers split a 4-partition `posts`, both process posts, and when
one stops the other takes over with nothing lost. Also measures the 2-worker / 1-worker throughput ratio."""

from __future__ import annotations

import os
import time
import uuid
from collections import Counter

import pytest

from pipeline.broker import EmbeddedBroker
from pipeline.process import WorkerProcess
from pipeline.settings import Settings
from pipeline.topics import ensure_topics
from tests.deploy.live import labels_of, post, scored_ids, scrape, send_posts, total, wait_until

from .conftest import WorkerFactory

pytestmark = pytest.mark.integration

PARTITIONS = 4
CONSUMED = "postwatch_posts_consumed_total"
LAG = "postwatch_consumer_lag"


def consumed(worker: WorkerProcess) -> float:
    return total(scrape(worker.web_url), CONSUMED)


def assigned(worker: WorkerProcess, settings: Settings) -> set[int]:
    """Partitions of posts the worker has reported lag for (its assignment, set by a 5 s timer)."""
    text = scrape(worker.web_url)
    posts = settings.topic("posts")
    lines = [line for line in text.splitlines() if line.startswith(f"{LAG}{{") and f'topic="{posts}"' in line]
    return {int(p) for p in labels_of("\n".join(lines), LAG, "partition")}


def test_two_workers_split_partitions_and_fail_over(broker_settings: Settings,
                                                    worker_process: WorkerFactory) -> None:
    first = worker_process(partitions=PARTITIONS)
    second = worker_process(partitions=PARTITIONS)
    wait_until(lambda: len(assigned(second, broker_settings)) > 0, 30, "the second worker's assignment")
    second_parts = assigned(second, broker_settings)
    assert len(second_parts) == PARTITIONS // 2, second_parts

    batch_a = [post(i, "a") for i in range(200)]
    placed = send_posts(broker_settings, batch_a)
    assert set(placed.values()) == set(range(PARTITIONS))
    wait_until(lambda: consumed(first) + consumed(second) >= len(batch_a), 60, "batch A to be consumed")
    on_second = sum(1 for p in placed.values() if p in second_parts)
    assert consumed(second) == on_second > 0
    assert consumed(first) == len(batch_a) - on_second > 0

    # Stop the second worker while batch B is in flight, then send batch C to the survivor.
    batch_b = [post(i, "b") for i in range(200)]
    send_posts(broker_settings, batch_b)
    second.stop()
    before_c = consumed(first)
    batch_c = [post(i, "c") for i in range(100)]
    send_posts(broker_settings, batch_c)
    wait_until(lambda: assigned(first, broker_settings) == set(range(PARTITIONS)), 60, "takeover")
    wait_until(lambda: consumed(first) >= before_c + len(batch_c), 60, "the survivor to consume batch C")

    expected = {p["id"] for p in batch_a + batch_b + batch_c}
    got = scored_ids(broker_settings, len(expected))
    assert expected - set(got) == set(), "posts lost in the takeover"
    duplicates = sum(n - 1 for n in Counter(got).values())
    print(f"\nscale-out: {len(expected)} posts, {len(got)} verdicts, {duplicates} duplicates (at-least-once)")


def measure_rate(worker_process: WorkerFactory, broker_url: str, workers: int, posts: int) -> float:
    """Posts/s consumed by `workers` workers from a backlog of `posts`, between 10 % and 90 % done."""
    prefix = f"tp{uuid.uuid4().hex[:8]}."
    settings = Settings.from_env({}, broker=broker_url, topic_prefix=prefix)
    ensure_topics(settings)
    env = {"POSTWATCH_TOPIC_PREFIX": prefix, "POSTWATCH_APP_ID": f"pw-{prefix}"}
    started = [worker_process(env=env, partitions=PARTITIONS) for _ in range(workers)]
    wait_until(lambda: all(assigned(w, settings) for w in started), 30, "every worker's assignment")
    send_posts(settings, [post(i, "t") for i in range(posts)])
    marks: list[tuple[float, float]] = []
    deadline = time.monotonic() + 120
    while (not marks or marks[-1][1] < posts) and time.monotonic() < deadline:
        marks.append((time.monotonic(), sum(consumed(w) for w in started)))
        time.sleep(0.1)
    for worker in started:
        worker.stop()
    assert marks[-1][1] >= posts, f"only {marks[-1][1]} of {posts} consumed"
    t10 = next(t for t, n in marks if n >= 0.1 * posts)
    t90 = next(t for t, n in marks if n >= 0.9 * posts)
    return 0.8 * posts / max(t90 - t10, 1e-3)


def test_two_workers_versus_one_throughput(embedded_broker: EmbeddedBroker,
                                           worker_process: WorkerFactory) -> None:
    broker_url = embedded_broker.url
    posts = int(os.environ.get("POSTWATCH_SCALE_POSTS", "20000"))
    one = measure_rate(worker_process, broker_url, 1, posts)
    two = measure_rate(worker_process, broker_url, 2, posts)
    ratio = two / one
    cores = os.cpu_count() or 1
    print(f"\nthroughput on {PARTITIONS} partitions, {cores} cores: 1 worker {one:.0f}/s, "
          f"2 workers {two:.0f}/s, ratio {ratio:.2f}")
    # Two workers, the broker and the producer each need a core before a second worker can add ~60 %.
    # On fewer cores they share the CPU: then only check that a second worker does not stall the group.
    floor = 1.6 if cores >= 4 else 0.5
    assert ratio >= floor
