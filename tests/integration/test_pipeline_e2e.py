"""A post becomes a verdict plus review items; malformed input becomes a DLQ record (real broker)."""

from __future__ import annotations

import orjson
import pytest

from pipeline.kafka_clients import consumer, producer
from pipeline.settings import Settings
from pipeline.tools.tail import TailRecord, assign_all, records
from pipeline.topics import TopicNames

from .conftest import WorkerFactory

pytestmark = pytest.mark.integration


def send(settings: Settings, values: list[tuple[bytes | None, bytes]]) -> None:
    client = producer(settings)
    for key, value in values:
        client.send(settings.topic("posts"), key=key, value=value)
    client.flush()
    client.close()


def read(settings: Settings, topics: list[str], count: int, timeout: float = 30.0) -> list[TailRecord]:
    client = consumer(settings)
    assign_all(client, topics, from_beginning=True)
    got = list(records(client, max_records=count, timeout_s=timeout))
    client.close()
    return got


def test_post_becomes_verdict_and_review_items(
    broker_settings: Settings, worker_process: WorkerFactory
) -> None:
    worker_process()
    names = TopicNames.from_settings(broker_settings)
    post = {
        "id": "it-1",
        "text": "Ministry announces free money! Share before it is deleted",
        "url": "https://example.test/it-1",
        "platform": "facebook",
        "created_at": "2026-11-23T10:00:00Z",
    }
    send(broker_settings, [(b"it-1", orjson.dumps(post))])
    scored = read(broker_settings, [names.scored], 1)
    verdict = scored[0].decoded_value()
    assert scored[0].key == b"it-1" and verdict["id"] == "it-1"
    assert set(verdict) >= {"lang", "scores", "flags", "severity", "reasons", "model_version"}
    assert "fake_news" in verdict["flags"]
    review = read(broker_settings, [names.review_fake_news], 1)[0].decoded_value()
    assert review["post_id"] == "it-1" and review["text"] == post["text"] and review["url"] == post["url"]
    assert review["source_created_at"] == post["created_at"] and len(review["review_id"]) == 32


def test_child_safety_review_item_withholds_text(
    broker_settings: Settings, worker_process: WorkerFactory
) -> None:
    worker_process()
    names = TopicNames.from_settings(broker_settings)
    post = {
        "id": "cs-1",
        "text": "how old are you? keep it secret from your parents",
        "media": [{"url": "https://cdn.example.test/x.jpg", "sha256": "ab" * 32, "pdq": "0f" * 32}],
    }
    send(broker_settings, [(b"cs-1", orjson.dumps(post))])
    record = read(broker_settings, [names.review_child_safety], 1)[0]
    assert b"keep it secret" not in (record.value or b"") and b"https://" not in (record.value or b"")
    assert record.decoded_value()["withheld"] is True


def test_malformed_messages_become_dead_letters(
    broker_settings: Settings, worker_process: WorkerFactory
) -> None:
    worker_process()
    names = TopicNames.from_settings(broker_settings)
    bad = [
        (None, b"\xff\xfe not utf-8"),
        (b"k2", b"not json"),
        (b"k3", b'{"id": 7, "text": "x"}'),
        (b"k4", b"[" * 5000 + b"]" * 5000),
        (b"k5", b'{"id":"k5","text":"' + b"x" * 1_100_000 + b'"}'),
    ]
    send(broker_settings, bad)
    letters = [r.decoded_value() for r in read(broker_settings, [names.dlq], len(bad))]
    assert sorted(letter["error"] for letter in letters) == sorted(
        ["not_utf8", "not_json", "wrong_type", "too_deep", "too_large"]
    )
    for letter in letters:
        assert letter["topic"] == names.posts and isinstance(letter["offset"], int) and letter["detail"]
        assert len(letter["raw"]) <= 4096 * 4 // 3 + 4


def test_worker_health_and_metrics_endpoints(
    broker_settings: Settings, worker_process: WorkerFactory
) -> None:
    import urllib.request

    worker = worker_process()
    with urllib.request.urlopen(f"{worker.web_url}/health", timeout=5) as response:
        assert response.status == 200
    with urllib.request.urlopen(f"{worker.web_url}/metrics", timeout=5) as response:
        body = response.read().decode()
    assert "postwatch_model_info" in body and "postwatch_worker_ready 1.0" in body
