"""The `postwatch` console script.

Each command group lives in its own module with a `register(subparsers)` function that adds its
sub-commands and sets `handler=` on each parser; a handler takes the parsed namespace and returns
an exit code. Errors the user can fix are raised as `CliError` and printed as one line.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from agents.cli.common import CliError

#: Command-group modules, in `--help` order. A module that is not there yet is skipped.
COMMAND_MODULES: tuple[str, ...] = (
    "agents.cli.runtime_commands",  # demo, broker, worker
    "agents.cli.kafka_commands",  # replay, tail
    "agents.cli.classify_command",  # classify
    "agents.cli.model_commands",  # train, evaluate, models, decisions
    "agents.cli.bench_command",  # bench
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="postwatch",
        description="Fake-news and abuse risk scoring for Khmer/English social-media posts on Kafka.",
        epilog="Run `postwatch COMMAND --help` for a command's options. Settings also come from "
        "POSTWATCH_* environment variables (see README).",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.handler(args))
    except CliError as exc:
        print(f"postwatch {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
