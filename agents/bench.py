"""`postwatch bench`: passthrough ceiling, full pipeline, latency at a fixed load, and peak RSS, in one run.

Every phase runs a real worker process on its own freshly created topics (a topic prefix per
phase) with a preloaded backlog, so the phases never share offsets or consumer groups.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from rich.table import Table

from pipeline.broker import broker_or_embedded
from pipeline.kafka_clients import consumer, producer
from pipeline.process import WorkerProcess
from pipeline.settings import Settings
from pipeline.tools.replay import paced
from pipeline.tools.tail import assign_all, records
from pipeline.topics import TopicNames, ensure_topics

PLATFORMS = ("facebook", "telegram", "tiktok")


@dataclass(frozen=True, slots=True)
class BenchOptions:
    posts: int = 20_000
    rate: float = 1000.0
    duration_s: float = 20.0
    json_path: Path | None = None
    profile_path: Path | None = None
    skip_metrics_off: bool = False
    #: Share of posts drawn from harmful corpus records (the rest are hard negatives and benign posts).
    flag_share: float = 0.2


@dataclass(slots=True)
class DrainResult:
    rate: float
    elapsed_s: float
    worker: WorkerProcess | None = None


@dataclass(slots=True)
class BenchRun:
    settings: Settings
    options: BenchOptions
    console: Console
    workdir: Path
    corpus: TextPool = field(default_factory=lambda: TextPool([], []))
    results: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TextPool:
    """Bench texts split by whether the corpus labels them harmful, so the flaggable share is chosen."""

    harmful: list[str]
    benign: list[str]

    def draw(self, rng: random.Random, flag_share: float) -> str:
        pool = (
            self.harmful if (rng.random() < flag_share and self.harmful) or not self.benign else self.benign
        )
        return rng.choice(pool)


def corpus_texts() -> TextPool:
    """A realistic mix (Khmer, English, mixed, romanized) from the shipped corpus, else the sample stream."""
    for package, name in (("models", "data/corpus.jsonl"), ("pipeline", "data/sample_stream.jsonl")):
        path = Path(str(resources.files(package) / name))
        if path.exists():
            return _split_pool([_record(line) for line in path.read_bytes().splitlines()])
    raise FileNotFoundError("no corpus or sample stream shipped with the package")


def _record(line: bytes) -> dict[str, Any]:
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        return {}
    ok = isinstance(value, dict) and isinstance(value.get("text"), str) and len(value["text"]) <= 20_000
    return value if ok else {}


def _split_pool(records: list[dict[str, Any]]) -> TextPool:
    usable = [r for r in records if r]
    harmful = [r["text"] for r in usable if r.get("fake_news") or r.get("abuse_type")]
    benign = [r["text"] for r in usable if not (r.get("fake_news") or r.get("abuse_type"))]
    return TextPool(harmful, benign)


def make_posts(
    texts: TextPool, count: int, prefix: str, seed: int = 7, flag_share: float = 0.2
) -> list[tuple[bytes, bytes]]:
    rng = random.Random(seed)
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    posts = []
    for i in range(count):
        post = {
            "id": f"{prefix}{i:07d}",
            "text": texts.draw(rng, flag_share),
            "created_at": now,
            "platform": PLATFORMS[i % 3],
            "author_id": f"u-{rng.randrange(100_000)}",
        }
        posts.append((post["id"].encode(), orjson.dumps(post)))
    return posts


def preload(settings: Settings, posts: list[tuple[bytes, bytes]]) -> None:
    client = producer(settings, linger_ms=20, batch_size=256 * 1024, acks=1)
    topic = settings.topic("posts")
    for key, value in posts:
        client.send(topic, key=key, value=value)
    client.flush()
    client.close()


def run(settings: Settings, options: BenchOptions) -> dict[str, Any]:
    console = Console(stderr=True)
    with contextlib.ExitStack() as stack:
        settings = _broker(stack, settings, console)
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="postwatch-bench-")))
        bench = BenchRun(settings, options, console, workdir, corpus_texts())
        _phases(bench, stack)
    results = _finish(bench.results, options)
    _print(console, results)
    if options.json_path:
        options.json_path.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2))
    return results


def _broker(stack: contextlib.ExitStack, settings: Settings, console: Console) -> Settings:
    resolved = broker_or_embedded(stack, settings)
    if not settings.broker:
        console.print(f"embedded broker (tansu) on {resolved.broker}")
    return resolved


def _phases(bench: BenchRun, stack: contextlib.ExitStack) -> None:
    r, o = bench.results, bench.options
    r["passthrough"] = _drain(
        bench, "passthrough", {"POSTWATCH_WORKER_MODE": "passthrough"}, _scraped_batches
    )
    if not o.skip_metrics_off:
        env = {"POSTWATCH_METRICS_ENABLED": "false"}
        r["pipeline_metrics_off"] = _drain(bench, "nometrics", env, _scraped_batches)
    pipeline = _drain(bench, "pipeline", {}, _scraped_batches, keep_worker=True)
    r["pipeline"] = pipeline
    assert pipeline.worker is not None
    stack.callback(pipeline.worker.stop)
    r["latency"] = _latency(bench, pipeline.worker)
    r["rss_mb"] = peak_rss_mb(pipeline.worker.pid)
    if o.profile_path:
        # Its own drain after the measured ones: the profiler's overhead must not skew the numbers.
        r["profiled_rate"] = _drain(
            bench, "profiled", {"POSTWATCH_PROFILE_PATH": str(o.profile_path)}, _scraped_batches
        ).rate
    r["model_version"] = _model_version(pipeline.worker)


def _drain(
    bench: BenchRun,
    phase: str,
    env: dict[str, str],
    progress: Callable[[Settings, WorkerProcess], int],
    keep_worker: bool = False,
) -> DrainResult:
    settings = bench.settings.replace(topic_prefix=f"bench-{phase}.")
    ensure_topics(settings)
    n = bench.options.posts
    with bench.console.status(f"[{phase}] preloading {n} posts"):
        preload(settings, make_posts(bench.corpus, n, f"{phase}-", flag_share=bench.options.flag_share))
    worker = _worker(bench, settings, phase, env)
    with bench.console.status(f"[{phase}] draining the backlog"):
        rate, elapsed = measure_drain(
            lambda: _alive_progress(progress, settings, worker), n, timeout_s=max(60.0, n / 100)
        )
    bench.console.print(f"[{phase}] {rate:,.0f} posts/s over {elapsed:.2f} s")
    if not keep_worker:
        worker.stop()
    return DrainResult(rate, elapsed, worker if keep_worker else None)


def _worker(bench: BenchRun, settings: Settings, phase: str, env: dict[str, str]) -> WorkerProcess:
    full_env = {
        "POSTWATCH_TOPIC_PREFIX": settings.topic_prefix,
        "POSTWATCH_APP_ID": f"bench-{phase}",
        "POSTWATCH_DATA_DIR": str(bench.workdir / phase),
    } | env
    worker = WorkerProcess(str(settings.broker), env=full_env, log_path=bench.workdir / f"{phase}.log")
    return worker.start(ready_timeout=120)


def _alive_progress(
    progress: Callable[[Settings, WorkerProcess], int], settings: Settings, worker: WorkerProcess
) -> int:
    if worker.returncode() is not None:
        raise RuntimeError(f"the benchmark worker exited ({worker.returncode()}): {worker.log_tail()}")
    return progress(settings, worker)


def measure_drain(
    progress: Callable[[], int], total: int, timeout_s: float = 600.0, poll_s: float = 0.02
) -> tuple[float, float]:
    """Rate over the window in which progress was seen moving, from first count to `total`."""
    first: tuple[float, int] | None = None
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        count = progress()
        now = time.monotonic()
        if count > 0 and first is None:
            first = (now, count)
        if count >= total and first is not None:
            elapsed = now - first[0]
            return ((total - first[1]) / elapsed if elapsed > 0 else float("inf")), elapsed
        time.sleep(poll_s)
    raise TimeoutError(f"backlog of {total} not drained within {timeout_s:.0f} s (at {progress()} posts)")


def _scraped_batches(settings: Settings, worker: WorkerProcess) -> int:
    """Posts the worker has taken through its agent, from its cheap /progress view.

    Not topic end offsets: on tansu they undercount the records a topic holds. Not /metrics either:
    rendering the whole exposition every poll would load the worker being measured."""
    import urllib.request

    with urllib.request.urlopen(f"{worker.web_url}/progress", timeout=5) as response:
        return int(orjson.loads(response.read())["processed"])


def _latency(bench: BenchRun, worker: WorkerProcess) -> dict[str, float]:
    """Offered load at a fixed rate; latency = posts.scored record time minus send time, per post."""
    settings = bench.settings.replace(topic_prefix="bench-pipeline.")
    o = bench.options
    posts = make_posts(bench.corpus, int(o.rate * o.duration_s), "lat-", seed=11, flag_share=o.flag_share)
    reader = consumer(settings)
    assign_all(reader, [TopicNames.from_settings(settings).scored], from_beginning=False)
    with bench.console.status(f"[latency] offering {o.rate:,.0f} posts/s for {o.duration_s:.0f} s"):
        sent = _offer(settings, posts, o.rate)
        latencies = _collect_latencies(reader, sent, timeout_s=60)
    reader.close()
    return latency_summary(latencies, len(sent))


def _offer(settings: Settings, posts: list[tuple[bytes, bytes]], rate: float) -> dict[str, float]:
    client = producer(settings, linger_ms=0)
    topic = settings.topic("posts")
    sent: dict[str, float] = {}
    for key, value in paced(posts, rate):
        sent[key.decode()] = time.time()
        client.send(topic, key=key, value=value)
    client.flush()
    client.close()
    return sent


def _collect_latencies(reader: Any, sent: dict[str, float], timeout_s: float) -> list[float]:
    latencies: list[float] = []
    seen: set[str] = set()
    deadline = time.monotonic() + timeout_s

    def done() -> bool:
        return len(seen) >= len(sent) or time.monotonic() > deadline

    for record in records(reader, max_records=None, timeout_s=timeout_s, until=done):
        post_id = (record.key or b"").decode()
        if post_id in sent and post_id not in seen:
            seen.add(post_id)
            latencies.append(record.timestamp_ms / 1000 - sent[post_id])
    return latencies


def latency_summary(latencies: list[float], sent: int) -> dict[str, float]:
    if not latencies:
        return {"p50": float("nan"), "p95": float("nan"), "p99": float("nan"), "count": 0, "lost": sent}
    q = statistics.quantiles([x * 1000 for x in latencies], n=100, method="inclusive")
    return {
        "p50": round(q[49], 1),
        "p95": round(q[94], 1),
        "p99": round(q[98], 1),
        "max": round(max(latencies) * 1000, 1),
        "count": len(latencies),
        "lost": sent - len(latencies),
    }


def peak_rss_mb(pid: int) -> float:
    """VmHWM: the peak resident set of the process over its life."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return float("nan")
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return round(int(match.group(1)) / 1024, 1) if match else float("nan")


def _model_version(worker: WorkerProcess) -> str:
    import urllib.request

    with urllib.request.urlopen(f"{worker.web_url}/metrics", timeout=5) as response:
        match = re.search(rb'postwatch_model_info\{model_version="([^"]*)"', response.read())
    return match.group(1).decode() if match else "unknown"


def _finish(r: dict[str, Any], options: BenchOptions) -> dict[str, Any]:
    passthrough, pipeline = r["passthrough"].rate, r["pipeline"].rate
    out: dict[str, Any] = {
        "passthrough_rate": round(passthrough, 1),
        "pipeline_rate": round(pipeline, 1),
        "ratio": round(pipeline / passthrough, 3),
        "latency_ms": r["latency"],
        "rss_mb": r["rss_mb"],
        "posts": options.posts,
        "offered_rate": options.rate,
        "offered_duration_s": options.duration_s,
        "flag_share": options.flag_share,
        "model_version": r["model_version"],
        "cpus": os.cpu_count(),
    }
    if "pipeline_metrics_off" in r:
        off = r["pipeline_metrics_off"].rate
        out["pipeline_rate_metrics_off"] = round(off, 1)
        out["metrics_cost_us_per_post"] = round((1 / pipeline - 1 / off) * 1e6, 1)
    if options.profile_path:
        out["profile"] = str(options.profile_path)
        out["profiled_rate"] = round(r["profiled_rate"], 1)
    return out


def _print(console: Console, results: dict[str, Any]) -> None:
    table = Table(title="postwatch bench", show_header=True)
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("goal")
    lat = results["latency_ms"]
    rows = [
        ("passthrough_rate (posts/s)", f"{results['passthrough_rate']:,.0f}", "ceiling"),
        ("pipeline_rate (posts/s)", f"{results['pipeline_rate']:,.0f}", "≥ 2,500"),
        ("ratio", f"{results['ratio']:.3f}", "≥ 0.70 (moonshot 0.85)"),
        (
            f"latency p50/p95/p99 (ms) at {results['offered_rate']:,.0f}/s",
            f"{lat['p50']}/{lat['p95']}/{lat['p99']}",
            "p99 ≤ 500",
        ),
        ("latency samples / lost", f"{lat['count']} / {lat['lost']}", "lost = 0"),
        ("worker peak RSS (MB)", f"{results['rss_mb']}", "≤ 500"),
    ]
    if "pipeline_rate_metrics_off" in results:
        rows.append(("pipeline_rate, metrics off", f"{results['pipeline_rate_metrics_off']:,.0f}", ""))
        rows.append(("metrics cost (µs/post)", f"{results['metrics_cost_us_per_post']}", ""))
    for row in rows:
        table.add_row(*row)
    console.print(table)
