"""`postwatch broker`, `postwatch worker` and `postwatch demo`."""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from agents.cli.common import EMBEDDED_DEFAULT_PORT, CliError, add_broker_argument, settings_from_args
from pipeline.broker import BrokerError, EmbeddedBroker, port_open
from pipeline.kafka_clients import BrokerUnreachable, check_reachable
from pipeline.settings import Settings
from pipeline.topics import ensure_topics

log = logging.getLogger(__name__)


def register(sub: Any) -> None:
    _register_broker(sub)
    _register_worker(sub)
    _register_demo(sub)


def _register_broker(sub: Any) -> None:
    p = sub.add_parser(
        "broker",
        help="run the embedded Kafka-protocol broker (tansu) in the foreground",
        description="Run the embedded tansu broker (memory storage: a restart loses all "
        "topics) until SIGINT or SIGTERM.",
    )
    p.add_argument(
        "--port", type=int, default=EMBEDDED_DEFAULT_PORT, help="listen port (default: %(default)s)"
    )
    add_broker_argument(p)
    p.set_defaults(handler=run_broker)


def _register_worker(sub: Any) -> None:
    p = sub.add_parser(
        "worker",
        help="run a Faust worker: the processing pipeline",
        description="Consume `posts`, score every post, write `posts.scored`, the review "
        "topics and `posts.dlq`. Serves /metrics, /health and /ready on the web port. Without "
        "--broker or $POSTWATCH_BROKER it uses 127.0.0.1:9092, starting an embedded broker "
        "there if none is listening.",
    )
    add_broker_argument(p)
    p.add_argument(
        "--web-port", type=int, default=None, help="port for /metrics, /health, /ready (default 6066)"
    )
    p.add_argument(
        "--partitions", type=int, default=None, help="partitions for topics it creates (default 4)"
    )
    p.add_argument("--model-dir", type=Path, default=None, help="model registry directory (default: bundled)")
    p.set_defaults(handler=run_worker)


def _register_demo(sub: Any) -> None:
    p = sub.add_parser(
        "demo",
        help="end-to-end demo on the embedded broker with the bundled sample stream",
        description="Start the embedded broker, create the topics, start a worker, replay the "
        "bundled sample stream (with some malformed messages on purpose), show flagged items "
        "as they arrive, and exit once every post is scored or dead-lettered.",
    )
    add_broker_argument(p)
    p.add_argument("--posts", type=int, default=None, metavar="N", help="replay only the first N posts")
    p.add_argument("--summary-json", type=Path, default=None, metavar="PATH", help="write the summary here")
    p.add_argument("--timeout", type=float, default=120.0, help="give up after this many seconds")
    p.add_argument("--rate", type=float, default=None, help="posts per second (default: as fast as possible)")
    p.add_argument("--quiet", action="store_true", help="no live feed, only the summary")
    p.set_defaults(handler=run_demo)


def run_broker(args: argparse.Namespace) -> int:
    broker = EmbeddedBroker(port=args.port)
    # SIGTERM unwinds like Ctrl-C: stopping inside the handler would wait on the child while the main
    # thread's own wait() holds the same lock. Both are handled from before the start: a signal that
    # lands just after the port opens must still stop tansu and exit 0.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        _start(broker)
        print(f"embedded broker (tansu, memory storage) listening on {broker.url}; Ctrl-C to stop",
              flush=True)
        return broker.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        broker.stop()


def _start(broker: EmbeddedBroker) -> None:
    try:
        broker.start()
    except BrokerError as exc:
        raise CliError(str(exc)) from exc


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run_worker(args: argparse.Namespace) -> int:
    settings = settings_from_args(
        args, web_port=args.web_port, partitions=args.partitions, model_dir=args.model_dir
    )
    with broker_for_worker(settings) as resolved:
        ensure_topics(resolved)
        return _run_faust_worker(resolved, verbose=args.verbose)


@contextlib.contextmanager
def broker_for_worker(settings: Settings) -> Iterator[Settings]:
    """The configured broker, or the embedded one on 9092 (started here when nothing listens there)."""
    if settings.broker:
        yield _reachable(settings)
        return
    if port_open("127.0.0.1", EMBEDDED_DEFAULT_PORT):
        yield _reachable(settings.replace(broker=f"kafka://127.0.0.1:{EMBEDDED_DEFAULT_PORT}"))
        return
    try:
        with EmbeddedBroker(port=EMBEDDED_DEFAULT_PORT) as broker:
            print(f"started the embedded broker on {broker.url}", file=sys.stderr)
            yield settings.replace(broker=broker.url)
    except BrokerError as exc:
        raise CliError(str(exc)) from exc


def _reachable(settings: Settings) -> Settings:
    try:
        check_reachable(settings)
    except BrokerUnreachable as exc:
        raise CliError(str(exc)) from exc
    return settings


def _run_faust_worker(settings: Settings, verbose: bool) -> int:
    import faust

    from agents.worker import build_worker

    worker = build_worker(settings)
    faust_worker = faust.Worker(worker.app, loglevel="INFO" if verbose else "WARNING", quiet=True)
    with _profiled(settings.profile_path):
        faust_worker.execute_from_commandline()
    return 0


@contextlib.contextmanager
def _profiled(path: Path | None) -> Iterator[None]:
    """pyinstrument over the whole worker thread (event loop included), written when it stops."""
    if path is None:
        yield
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.005, async_mode="disabled")
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        path.with_suffix(".txt").write_text(profiler.output_text(unicode=True, show_all=False))
        path.write_text(profiler.output_html())


def run_demo(args: argparse.Namespace) -> int:
    from pipeline.tools.demo import DemoOptions, run

    settings = settings_from_args(args)
    options = DemoOptions(
        posts=args.posts,
        summary_json=args.summary_json,
        timeout_s=args.timeout,
        rate=args.rate,
        quiet=args.quiet,
    )
    return run(settings, options)
