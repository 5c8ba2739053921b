"""`postwatch demo`: broker + topics + worker + replay of the sample stream + live flagged feed.

Every sent post is accounted for by its outcome: a `posts.scored` verdict with its id, or a
`posts.dlq` record naming its partition and offset. The demo exits when all are accounted for.
"""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from pipeline.broker import broker_or_embedded
from pipeline.kafka_clients import consumer, producer
from pipeline.process import WorkerProcess
from pipeline.settings import Settings
from pipeline.tools.replay import ReplayResult, read_lines, replay
from pipeline.tools.tail import TailRecord, assign_all, records
from pipeline.topics import TopicNames, ensure_topics

SEVERITY_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "none": "dim"}


@dataclass(frozen=True, slots=True)
class DemoOptions:
    posts: int | None = None
    summary_json: Path | None = None
    timeout_s: float = 120.0
    rate: float | None = None
    quiet: bool = False
    sample: Path | None = None


@dataclass(slots=True)
class Tally:
    """What has come back so far."""

    scored_ids: set[str] = field(default_factory=set)
    dlq_positions: set[tuple[int, int]] = field(default_factory=set)
    dlq_errors: Counter[str] = field(default_factory=Counter)
    review_ids: set[str] = field(default_factory=set)
    flagged: Counter[str] = field(default_factory=Counter)
    langs: Counter[str] = field(default_factory=Counter)
    model_versions: set[str] = field(default_factory=set)


def sample_stream_path() -> Path:
    return Path(str(resources.files("pipeline") / "data" / "sample_stream.jsonl"))


def run(settings: Settings, options: DemoOptions) -> int:
    console = Console(stderr=False)
    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        settings = _start_broker(stack, settings, console)
        ensure_topics(settings)
        _start_worker(stack, settings, console)
        lines = read_lines(options.sample or sample_stream_path(), options.posts)
        summary = _replay_and_watch(settings, lines, options, console)
    summary["elapsed_s"] = round(time.monotonic() - started, 2)
    _print_summary(console, summary)
    if options.summary_json:
        options.summary_json.write_bytes(orjson.dumps(summary, option=orjson.OPT_INDENT_2))
    return 0 if summary["missing"] == 0 else 1


def _start_broker(stack: contextlib.ExitStack, settings: Settings, console: Console) -> Settings:
    resolved = broker_or_embedded(stack, settings)
    if not settings.broker:
        console.print(f"[green]✓[/] embedded broker (tansu) on {resolved.broker}")
    return resolved


def _start_worker(stack: contextlib.ExitStack, settings: Settings, console: Console) -> WorkerProcess:
    log_path = Path(tempfile.mkstemp(prefix="postwatch-demo-worker-", suffix=".log")[1])
    worker = WorkerProcess(
        str(settings.broker), log_path=log_path, env={"POSTWATCH_TOPIC_PREFIX": settings.topic_prefix}
    )
    with console.status("starting the worker (joining the consumer group)…"):
        worker.start(ready_timeout=90)
    stack.callback(worker.stop)
    console.print(f"[green]✓[/] worker ready: metrics on {worker.web_url}/metrics, log {log_path}")
    return worker


def _replay_and_watch(
    settings: Settings, lines: list[bytes], options: DemoOptions, console: Console
) -> dict[str, Any]:
    topics = TopicNames.from_settings(settings)
    watcher = consumer(settings)
    outputs = [
        topics.scored,
        topics.dlq,
        topics.review_fake_news,
        topics.review_abuse,
        topics.review_child_safety,
    ]
    assign_all(watcher, outputs, from_beginning=False)  # "end" is resolved before anything is produced
    sent = _replay(settings, topics.posts, lines, options.rate, console)
    tally = _watch(watcher, sent, topics, options, console)
    watcher.close()
    return _summary(sent, tally)


def _replay(
    settings: Settings, topic: str, lines: list[bytes], rate: float | None, console: Console
) -> ReplayResult:
    client = producer(settings)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(f"replaying {len(lines)} posts", total=len(lines))
        result = replay(client, topic, lines, rate, on_sent=lambda n: progress.advance(task, n))
    client.close()
    console.print(f"[green]✓[/] replayed {result.sent} messages to '{topic}'")
    return result


def _watch(
    watcher: Any, sent: ReplayResult, topics: TopicNames, options: DemoOptions, console: Console
) -> Tally:
    tally = Tally()
    deadline = time.monotonic() + options.timeout_s
    settled_at: list[float] = []

    def settled() -> bool:
        # Once every post is accounted for, read one more second: the review items of the last
        # batch are delivered together with its verdicts but may be read after them.
        if not settled_at and _missing(sent, tally) == 0:
            settled_at.append(time.monotonic())
        return time.monotonic() > deadline or bool(settled_at and time.monotonic() - settled_at[0] > 1.0)

    for record in records(watcher, max_records=None, timeout_s=options.timeout_s, until=settled):
        _absorb(tally, record, topics, console, options.quiet)
    return tally


def _absorb(tally: Tally, record: TailRecord, topics: TopicNames, console: Console, quiet: bool) -> None:
    value = record.decoded_value()
    if record.topic == topics.scored:
        tally.scored_ids.add(str(value.get("id")))
        tally.langs[str(value.get("lang"))] += 1
        tally.model_versions.add(str(value.get("model_version")))
    elif record.topic == topics.dlq:
        tally.dlq_positions.add((value.get("partition"), value.get("offset")))
        tally.dlq_errors[str(value.get("error"))] += 1
    elif value.get("review_id") not in tally.review_ids:
        tally.review_ids.add(value.get("review_id"))
        tally.flagged[str(value.get("category"))] += 1
        if not quiet:
            console.print(flagged_line(value))


def flagged_line(item: dict[str, Any]) -> str:
    """One live line for a review item. Withheld items show no text, ever."""
    severity = str(item.get("severity"))
    style = SEVERITY_STYLE.get(severity, "")
    reasons = "; ".join(item.get("reasons") or [])[:110]
    text = (
        "[withheld: child safety, report it, don't share it]"
        if item.get("withheld")
        else _clip(item.get("text"))
    )
    return (
        f"[{style}]{item.get('category', '?'):<12} {severity:<8}[/] {item.get('lang', '?'):<7} "
        f"{item.get('post_id')}  {_escape(text)}\n    [dim]{_escape(reasons)}[/]"
    )


def _clip(text: Any, width: int = 100) -> str:
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _escape(text: str) -> str:
    return text.replace("[", r"\[")


def _missing(sent: ReplayResult, tally: Tally) -> int:
    return sum(
        1
        for key, position in zip(sent.keys, sent.positions, strict=True)
        if position not in tally.dlq_positions
        and (key is None or key.decode("utf-8", "replace") not in tally.scored_ids)
    )


def _summary(sent: ReplayResult, tally: Tally) -> dict[str, Any]:
    return {
        "sent": sent.sent,
        "scored": len(tally.scored_ids),
        "dlq": len(tally.dlq_positions),
        "missing": _missing(sent, tally),
        "flagged": {c: tally.flagged.get(c, 0) for c in ("fake_news", "abuse", "child_safety")},
        "dlq_errors": dict(tally.dlq_errors),
        "languages": dict(tally.langs),
        "model_versions": sorted(tally.model_versions),
    }


def _print_summary(console: Console, summary: dict[str, Any]) -> None:
    table = Table(title="postwatch demo summary", show_header=False)
    for key in ("sent", "scored", "dlq", "missing", "elapsed_s"):
        table.add_row(key, str(summary[key]))
    table.add_row("flagged", ", ".join(f"{k}={v}" for k, v in summary["flagged"].items()))
    table.add_row(
        "dead-letter errors", ", ".join(f"{k}={v}" for k, v in sorted(summary["dlq_errors"].items()))
    )
    table.add_row("languages", ", ".join(f"{k}={v}" for k, v in sorted(summary["languages"].items())))
    table.add_row("model", ", ".join(summary["model_versions"]))
    console.print(table)
    verdict = (
        "[green]every post accounted for[/]"
        if summary["missing"] == 0
        else f"[red]{summary['missing']} posts unaccounted for[/]"
    )
    console.print(verdict)
