"""`postwatch replay` and `postwatch tail` (kafka-python)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from tqdm import tqdm

from agents.cli.common import CliError, add_broker_argument, require_broker, settings_from_args
from pipeline.kafka_clients import consumer, producer
from pipeline.settings import Settings
from pipeline.tools.demo import flagged_line
from pipeline.tools.replay import read_lines, replay
from pipeline.tools.tail import TailRecord, assign_all, records


def register(sub: Any) -> None:
    p = sub.add_parser(
        "replay",
        help="produce each line of a JSONL file to a topic",
        description="Produce each line of FILE, as is (malformed lines too), keyed by the "
        "post id where the line parses.",
    )
    p.add_argument("file", type=Path, metavar="FILE.jsonl")
    p.add_argument(
        "--topic", default="posts", help="topic (default: %(default)s; the prefix setting applies)"
    )
    p.add_argument(
        "--rate", type=float, default=None, help="messages per second (default: as fast as possible)"
    )
    add_broker_argument(p)
    p.set_defaults(handler=run_replay)

    t = sub.add_parser(
        "tail",
        help="print a topic's records",
        description="Print a topic's records: pretty by default, one JSON object per line "
        "with --json. Child-safety review items never carry text.",
    )
    t.add_argument("topic", metavar="TOPIC")
    t.add_argument("--from-beginning", action="store_true", help="start at the oldest record")
    t.add_argument("--max", type=int, default=None, metavar="N", help="stop after N records")
    t.add_argument("--timeout", type=float, default=None, metavar="S", help="stop after S idle seconds")
    t.add_argument("--json", action="store_true", help="one JSON object per line")
    add_broker_argument(t)
    t.set_defaults(handler=run_tail)


def full_topic(settings: Settings, name: str) -> str:
    prefix = settings.topic_prefix
    return name if not prefix or name.startswith(prefix) else settings.topic(name)


def run_replay(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CliError(f"{args.file}: no such file")
    settings = require_broker(settings_from_args(args))
    lines = read_lines(args.file)
    client = producer(settings)
    with tqdm(total=len(lines), unit="msg", desc="replay", file=sys.stderr) as bar:
        result = replay(
            client, full_topic(settings, args.topic), lines, args.rate, on_sent=lambda n: bar.update(n)
        )
    client.close()
    print(f"sent {result.sent} messages to {full_topic(settings, args.topic)}", file=sys.stderr)
    return 0


def run_tail(args: argparse.Namespace) -> int:
    settings = require_broker(settings_from_args(args))
    client = consumer(settings)
    try:
        assign_all(client, [full_topic(settings, args.topic)], args.from_beginning)
    except LookupError as exc:
        raise CliError(str(exc)) from exc
    console = Console(highlight=False)
    try:
        for record in records(client, args.max, args.timeout):
            _show(console, record, args.json)
    finally:
        client.close()
    return 0


def _show(console: Console, record: TailRecord, as_json: bool) -> None:
    if as_json:
        print(orjson.dumps(record.to_dict()).decode(), flush=True)
        return
    value = record.decoded_value()
    if isinstance(value, dict) and "review_id" in value:
        console.print(flagged_line(value))
        return
    key = record.key.decode("utf-8", "replace") if record.key else "-"
    print(
        f"{record.topic}[{record.partition}]@{record.offset} key={key} {orjson.dumps(value).decode()}",
        flush=True,
    )
