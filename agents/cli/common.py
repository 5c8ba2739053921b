"""Helpers shared by the CLI command modules."""

from __future__ import annotations

import argparse
from typing import Any

from pipeline.kafka_clients import BrokerUnreachable, check_reachable
from pipeline.settings import Settings, SettingsError


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


EMBEDDED_DEFAULT_PORT = 9092


def settings_from_args(args: argparse.Namespace, **overrides: Any) -> Settings:
    """Environment first, then the flags the user gave."""
    try:
        return Settings.from_env(broker=getattr(args, "broker", None), **overrides)
    except SettingsError as exc:
        raise CliError(str(exc)) from exc


def require_broker(settings: Settings) -> Settings:
    """Tools that talk to a running broker: --broker, $POSTWATCH_BROKER, else `postwatch broker` on 9092."""
    if settings.broker:
        resolved = settings
    else:
        resolved = settings.replace(broker=f"kafka://127.0.0.1:{EMBEDDED_DEFAULT_PORT}")
    try:
        check_reachable(resolved, timeout=3.0)
    except BrokerUnreachable as exc:
        hint = "" if settings.broker else " (start the embedded one with `postwatch broker`)"
        raise CliError(f"{exc}{hint}") from exc
    return resolved
