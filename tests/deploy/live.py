"""Helpers for the live deploy tests in tests/integration (real embedded broker, real worker processes)."""

from __future__ import annotations

import re
import time
import urllib.request
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

import orjson

from pipeline.kafka_clients import consumer, producer
from pipeline.settings import Settings
from pipeline.tools.tail import assign_all, records

TEXTS = (
    "Ministry announces free money for every family! Share before it is deleted",
    "ក្រសួងប្រកាសផ្តល់លុយឥតគិតថ្លៃ ចែករំលែកឥឡូវនេះ មុនពេលគេលុប",
    "you are a stupid idiot and I know where you live, I will find you",
    "Nice weather in Phnom Penh today, the market is open as usual",
)
_SAMPLE = re.compile(r"^([A-Za-z_:][\w:]*)(?:\{([^}]*)\})? (\S+)", re.M)


def post(i: int, prefix: str = "p") -> dict[str, str]:
    created = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    return {"id": f"{prefix}{i}", "text": f"{TEXTS[i % len(TEXTS)]} #{i}", "created_at": created}


def send_posts(settings: Settings, posts: Iterable[dict[str, str]],
               extra: Iterable[bytes] = ()) -> dict[str, int]:
    """Produce posts keyed by id (and raw `extra` values); returns post id -> partition it landed on."""
    client = producer(settings)
    futures = {p["id"]: client.send(settings.topic("posts"), key=p["id"].encode(), value=orjson.dumps(p))
               for p in posts}
    for value in extra:
        client.send(settings.topic("posts"), key=None, value=value)
    client.flush()
    placed = {pid: int(f.get(timeout=30).partition) for pid, f in futures.items()}
    client.close()
    return placed


def send_decisions(settings: Settings, values: Iterable[bytes]) -> None:
    client = producer(settings)
    for value in values:
        client.send(settings.topic("review.decisions"), key=None, value=value)
    client.flush()
    client.close()


def decision(post_id: str, category: str = "fake_news", verdict: str = "confirm") -> bytes:
    return orjson.dumps({"post_id": post_id, "category": category, "decision": verdict, "labels": {},
                         "reviewer": "test", "decided_at": "2026-11-23T11:00:00Z"})


def scrape(web_url: str) -> str:
    with urllib.request.urlopen(f"{web_url}/metrics", timeout=5) as response:
        return bytes(response.read()).decode("utf-8")


def samples(text: str) -> list[tuple[str, str, float]]:
    """(name, labels, value) for every sample line of a Prometheus text exposition."""
    return [(m[0], m[1] or "", float(m[2])) for m in _SAMPLE.findall(text)]


def sample_names(text: str) -> set[str]:
    return {name for name, _, _ in samples(text)}


def total(text: str, name: str, label_filter: str = "") -> float:
    return sum(v for n, labels, v in samples(text) if n == name and label_filter in labels)


def labels_of(text: str, name: str, label: str) -> set[str]:
    pattern = re.compile(rf'{label}="([^"]*)"')
    return {m.group(1) for n, labels, _ in samples(text) if n == name for m in [pattern.search(labels)] if m}


def wait_until(condition: Callable[[], bool], timeout: float, what: str, interval: float = 0.25) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def scored_ids(settings: Settings, expected: int, timeout: float = 30.0) -> list[str]:
    """Post ids of the verdicts on posts.scored, duplicates kept (at-least-once)."""
    client = consumer(settings)
    assign_all(client, [settings.topic("posts.scored")], from_beginning=True)
    got = [orjson.loads(r.value or b"{}")["id"] for r in records(client, max_records=None, timeout_s=3.0)
           if r.value]
    deadline = time.monotonic() + timeout
    while len(set(got)) < expected and time.monotonic() < deadline:
        got += [orjson.loads(r.value or b"{}")["id"] for r in records(client, max_records=None, timeout_s=2.0)
                if r.value]
    client.close()
    return got
