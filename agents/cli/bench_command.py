"""`postwatch bench`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from agents.cli.common import add_broker_argument, settings_from_args


def register(sub: Any) -> None:
    p = sub.add_parser(
        "bench",
        help="benchmark: passthrough ceiling vs pipeline, latency, peak RSS",
        description="In one run on one broker (embedded by default): drain a preloaded backlog "
        "with a passthrough agent and with the full pipeline (and once with metrics off), then "
        "offer a fixed load and measure send → posts.scored latency, and the worker's peak RSS. "
        "Prints a table; writes the JSON with --json.",
    )
    add_broker_argument(p)
    p.add_argument(
        "--posts", type=int, default=20_000, metavar="N", help="backlog size (default %(default)s)"
    )
    p.add_argument(
        "--rate",
        type=float,
        default=1000.0,
        metavar="R",
        help="offered load for the latency phase, posts/s (default %(default)s)",
    )
    p.add_argument(
        "--duration",
        type=float,
        default=20.0,
        metavar="S",
        help="latency phase length in seconds (default %(default)s)",
    )
    p.add_argument("--json", type=Path, default=None, metavar="PATH", help="write the results JSON here")
    p.add_argument(
        "--profile",
        type=Path,
        default=None,
        metavar="PATH.html",
        help="after the measured phases, drain once more under pyinstrument; write its profile here (+ .txt)",
    )
    p.add_argument(
        "--flag-share",
        type=float,
        default=0.2,
        metavar="F",
        help="share of posts drawn from harmful corpus records (default %(default)s)",
    )
    p.add_argument("--skip-metrics-off", action="store_true", help="skip the metrics-off pipeline phase")
    p.set_defaults(handler=run_bench)


def run_bench(args: argparse.Namespace) -> int:
    from agents.bench import BenchOptions, run

    options = BenchOptions(
        posts=args.posts,
        rate=args.rate,
        duration_s=args.duration,
        json_path=args.json,
        profile_path=args.profile.resolve() if args.profile else None,
        skip_metrics_off=args.skip_metrics_off,
    )
    results = run(settings_from_args(args), options)
    sys.stdout.write(orjson.dumps(results).decode() + "\n")
    return 0
