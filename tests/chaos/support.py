"""Chaos-suite helpers: paced producing with delivery metadata, accounting by reading the outputs,
worker metrics and memory, and the shared results file.

Accounting never uses end offsets (tansu undercounts them): every output record is read. A valid
post is accounted for by its id in `posts.scored`; a rejected message by the (partition, offset)
its producer future returned, which the DLQ record echoes.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
import urllib.request
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from pipeline.kafka_clients import consumer, producer
from pipeline.settings import Settings
from pipeline.tools.tail import assign_all, records
from pipeline.topics import TopicNames

RESULTS_PATH = Path("/tmp/postwatch-chaos-results.json")
SAMPLE_STREAM = Path(__file__).resolve().parents[2] / "pipeline" / "data" / "sample_stream.jsonl"
SCORED = "scored"
MAX_TEXT_CHARS = 20_000
#: Re-read from the beginning when nothing new arrived for this long and posts are still missing.
RESCAN_AFTER_S = 10.0


@dataclass(frozen=True, slots=True)
class Message:
    """One message to produce: `post_id` is set when it is a valid post (expected in posts.scored)."""

    value: bytes
    key: bytes | None = None
    post_id: str | None = None
    expect: str = SCORED  # SCORED, a DLQ error code, or "" when either outcome is acceptable
    kind: str = "post"


@dataclass(frozen=True, slots=True)
class Sent:
    message: Message
    partition: int
    offset: int


# -- inputs ----------------------------------------------------------------------------------------


def sample_texts() -> list[str]:
    """The valid texts of the bundled demo stream (Khmer, English, mixed; benign and flagged)."""
    texts = []
    for line in SAMPLE_STREAM.read_bytes().splitlines():
        with contextlib.suppress(orjson.JSONDecodeError):
            obj = orjson.loads(line)
            text = obj.get("text") if isinstance(obj, dict) else None
            # The stream holds one deliberately over-long text (a DLQ case); valid posts only here.
            if isinstance(text, str) and text.strip() and len(text) <= MAX_TEXT_CHARS:
                texts.append(text)
    return texts


def post_messages(tag: str, count: int, start: int = 0) -> list[Message]:
    """`count` valid posts with unique ids `tag-000000…`, texts cycled from the sample stream."""
    texts = sample_texts()
    out = []
    for i in range(start, start + count):
        post_id = f"{tag}-{i:06d}"
        post = {
            "id": post_id,
            "text": texts[i % len(texts)],
            "created_at": "2026-11-23T10:00:00Z",
            "url": f"https://example.test/{post_id}",
            "platform": "facebook",
        }
        out.append(Message(orjson.dumps(post), post_id.encode(), post_id))
    return out


# -- producing -------------------------------------------------------------------------------------


def produce(
    settings: Settings,
    messages: Sequence[Message],
    rate: float | None = None,
    stop: threading.Event | None = None,
) -> list[Sent]:
    """Produce to `posts` at about `rate` messages/s (None: as fast as possible); wait for every ack."""
    client = producer(settings, retries=5, linger_ms=5)
    topic = settings.topic("posts")
    futures = []
    started = time.monotonic()
    try:
        for i, message in enumerate(messages):
            if stop is not None and stop.is_set():
                break
            _pace(started, i, rate)
            futures.append((message, client.send(topic, key=message.key, value=message.value)))
        client.flush(timeout=120)
        sent = []
        for message, future in futures:
            meta = future.get(timeout=60)
            sent.append(Sent(message, meta.partition, meta.offset))
        return sent
    finally:
        client.close(timeout=10)


def _pace(started: float, index: int, rate: float | None) -> None:
    if not rate:
        return
    ahead = started + index / rate - time.monotonic()
    if ahead > 0:
        time.sleep(ahead)


# -- reading and accounting ------------------------------------------------------------------------


@dataclass
class Ledger:
    """What the outputs hold: verdicts by id, dead letters by (partition, offset), review items."""

    scored: Counter[str] = field(default_factory=Counter)
    versions: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    verdicts: int = 0
    key_mismatches: int = 0
    dead: dict[tuple[int, int], list[str]] = field(default_factory=lambda: defaultdict(list))
    dead_records: int = 0
    max_raw_chars: int = 0
    dlq_other_topic: int = 0
    reviews: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, topic: str, names: TopicNames, value: Any, key: bytes | None) -> None:
        if topic == names.scored:
            self._verdict(value, key)
        elif topic == names.dlq:
            self._dead_letter(value, names.posts)
        else:
            self.reviews[(str(value["post_id"]), str(value["category"]))].append(str(value["review_id"]))

    def _verdict(self, value: Any, key: bytes | None) -> None:
        post_id = str(value["id"])
        if key != post_id.encode("utf-8", "surrogatepass"):
            self.key_mismatches += 1
        self.scored[post_id] += 1
        self.versions[post_id].add(str(value["model_version"]))
        self.verdicts += 1

    def _dead_letter(self, value: Any, posts_topic: str) -> None:
        self.dead_records += 1
        self.max_raw_chars = max(self.max_raw_chars, len(str(value.get("raw") or "")))
        if value.get("topic") != posts_topic:
            self.dlq_other_topic += 1
            return
        self.dead[(int(value["partition"]), int(value["offset"]))].append(str(value["error"]))

    # -- questions ---------------------------------------------------------------------------

    def outcome(self, sent: Sent) -> str | None:
        """SCORED, the DLQ error code, or None when the message is not accounted for (yet)."""
        codes = self.dead.get((sent.partition, sent.offset))
        if codes:
            return codes[0]
        if sent.message.post_id is not None and self.scored[sent.message.post_id] > 0:
            return SCORED
        return None

    def missing(self, sent: Iterable[Sent]) -> list[Sent]:
        return [s for s in sent if self.outcome(s) is None]

    def duplicate_verdicts(self) -> int:
        return sum(n - 1 for n in self.scored.values() if n > 1)

    def duplicate_dead_letters(self) -> int:
        return sum(len(codes) - 1 for codes in self.dead.values() if len(codes) > 1)

    def duplicate_review_items(self) -> int:
        return sum(len(ids) - 1 for ids in self.reviews.values() if len(ids) > 1)

    def review_id_conflicts(self) -> list[tuple[str, str]]:
        """(post id, category) pairs whose duplicate review items do not share one review_id."""
        return [k for k, ids in self.reviews.items() if len(set(ids)) > 1]

    def review_items(self) -> int:
        return sum(len(ids) for ids in self.reviews.values())


class Collector:
    """A manually assigned kafka-python consumer over every output topic, read from the beginning."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.names = TopicNames.from_settings(settings)
        self.rescans = 0
        self.ledger, self.client = self._open()

    def _open(self) -> tuple[Ledger, Any]:
        client = consumer(self.settings)
        topics = [
            self.names.scored,
            self.names.dlq,
            self.names.review_fake_news,
            self.names.review_abuse,
            self.names.review_child_safety,
        ]
        assign_all(client, topics, from_beginning=True)
        return Ledger(), client

    def rescan(self) -> None:
        """Forget everything and read again from the beginning with a fresh consumer.

        A long-lived reader that polled while the worker's produce requests crawled through the
        throttling proxy was seen to skip records that a fresh read then found.
        """
        self.client.close()
        self.ledger, self.client = self._open()
        self.rescans += 1

    def drain(self, idle_s: float = 1.0, max_s: float = 30.0) -> int:
        """Read until `idle_s` passes with nothing new (at most `max_s`); returns the count read."""
        count, until = 0, time.monotonic() + max_s
        for record in records(self.client, max_records=None, timeout_s=idle_s):
            self.ledger.add(record.topic, self.names, orjson.loads(record.value or b"null"), record.key)
            count += 1
            if time.monotonic() > until:
                break
        return count

    def wait_accounted(self, sent: Sequence[Sent], deadline_s: float) -> list[Sent]:
        """Read until every sent message is accounted for or the deadline passes; returns the missing."""
        deadline = time.monotonic() + deadline_s
        missing, stalled_since = list(sent), time.monotonic()
        while True:
            if self.drain(idle_s=1.0):
                stalled_since = time.monotonic()
            missing = self.ledger.missing(missing)
            if not missing or time.monotonic() > deadline:
                return missing
            if time.monotonic() - stalled_since > RESCAN_AFTER_S:
                self.rescan()
                missing, stalled_since = list(sent), time.monotonic()

    def settle(self, idle_s: float = 3.0) -> None:
        """Read the stragglers (late duplicates) once everything is accounted for."""
        self.drain(idle_s=idle_s)

    def close(self) -> None:
        self.client.close()


@contextlib.contextmanager
def collecting(settings: Settings) -> Iterator[Collector]:
    collector = Collector(settings)
    try:
        yield collector
    finally:
        collector.close()


# -- the worker --------------------------------------------------------------------------------


def metrics_text(web_url: str) -> str:
    with urllib.request.urlopen(f"{web_url}/metrics", timeout=5) as response:
        return str(response.read().decode())


_SAMPLE = re.compile(r"^(?P<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?P<labels>[^}]*)\})?\s+(?P<value>\S+)$")


def metric_value(text: str, name: str, **labels: str) -> float | None:
    """The sum of a metric's samples whose labels include `labels`; None when there is none."""
    total, found = 0.0, False
    for line in text.splitlines():
        match = _SAMPLE.match(line.strip())
        if not match or match["name"] != name:
            continue
        have = dict(re.findall(r'(\w+)="([^"]*)"', match["labels"] or ""))
        if all(have.get(k) == v for k, v in labels.items()):
            total, found = total + float(match["value"]), True
    return total if found else None


def proc_status_kb(pid: int, field_name: str) -> int:
    """A `VmRSS`/`VmHWM`-style field of /proc/<pid>/status, in kB (0 when the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field_name}:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return 0
    return 0


class RssSampler:
    """Samples a process's VmRSS in a thread; `peak_mb` also folds in the kernel's VmHWM."""

    def __init__(self, pid: int, every_s: float = 0.2) -> None:
        self.pid = pid
        self.every_s = every_s
        self.samples: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def start(self) -> RssSampler:
        self._thread.start()
        return self

    def _run(self) -> None:
        started = time.monotonic()
        while not self._stop.wait(self.every_s):
            self.samples.append((time.monotonic() - started, proc_status_kb(self.pid, "VmRSS")))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def peak_mb(self) -> float:
        sampled = max((kb for _, kb in self.samples), default=0)
        return round(max(sampled, proc_status_kb(self.pid, "VmHWM")) / 1024, 1)


# -- results -------------------------------------------------------------------------------------


def counts(sent: Sequence[Sent], ledger: Ledger, missing: Sequence[Sent]) -> dict[str, Any]:
    outcomes = Counter(ledger.outcome(s) or "lost" for s in sent)
    return {
        "sent": len(sent),
        "scored": outcomes[SCORED],
        "dead_lettered": sum(n for k, n in outcomes.items() if k not in {SCORED, "lost"}),
        "lost": len(missing),
        "duplicate_verdicts": ledger.duplicate_verdicts(),
        "duplicate_dead_letters": ledger.duplicate_dead_letters(),
        "review_items": ledger.review_items(),
        "duplicate_review_items": ledger.duplicate_review_items(),
        "review_id_conflicts": len(ledger.review_id_conflicts()),
    }


def record_result(test: str, result: dict[str, Any]) -> None:
    """Print the counts (visible with `pytest -s`) and merge them into the shared results file."""
    print(f"\n[chaos] {test}: {json.dumps(result, sort_keys=True)}")
    try:
        existing = json.loads(RESULTS_PATH.read_text())
    except (OSError, ValueError):
        existing = {}
    if not isinstance(existing, dict):
        existing = {}
    existing[test] = result | {"recorded_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    RESULTS_PATH.write_text(json.dumps(existing, indent=2, sort_keys=True) + "\n")
