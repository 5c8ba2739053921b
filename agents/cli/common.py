"""Helpers shared by the CLI command modules."""

from __future__ import annotations

import argparse


class CliError(Exception):
    """An error the user can fix; printed as one line, exit code 2."""


def add_broker_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--broker",
        default=None,
        metavar="URL",
        help="Kafka bootstrap URL, e.g. kafka://host:9092 (default: $POSTWATCH_BROKER, "
        "else the embedded tansu broker)",
    )
