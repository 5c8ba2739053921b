"""`postwatch classify`: offline scoring of a JSONL file with the worker's own code. No Kafka."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tqdm import tqdm

from agents.cli.common import CliError
from agents.models_glue import scorer_source
from agents.processing import BatchProcessor, InMessage
from models.scoring import Scorer
from pipeline.records import dumps
from pipeline.settings import Settings
from pipeline.tools.replay import post_id_of, read_lines
from pipeline.topics import TopicNames
from pipeline.validation import Limits

BATCH = 500


def register(sub: Any) -> None:
    p = sub.add_parser(
        "classify",
        help="score a JSONL file offline (no Kafka)",
        description="Score every line of --in with the same code as the worker and write one "
        "line per input line to --out: a Verdict, or {id, error, detail} for a line that is "
        "not a valid Post.",
    )
    p.add_argument("--in", dest="input", type=Path, required=True, metavar="FILE.jsonl")
    p.add_argument("--out", dest="output", type=Path, required=True, metavar="FILE.jsonl")
    p.add_argument("--model-dir", type=Path, default=None, help="model registry (default: bundled)")
    p.set_defaults(handler=run_classify)


def run_classify(args: argparse.Namespace) -> int:
    if not args.input.is_file():
        raise CliError(f"{args.input}: no such file")
    settings = Settings.from_env(model_dir=args.model_dir)
    scorer = scorer_source(settings.model_dir).scorer
    processor = BatchProcessor(TopicNames.from_settings(settings), Limits.from_settings(settings))
    lines = read_lines(args.input)
    with args.output.open("wb") as out, tqdm(total=len(lines), unit="post", file=sys.stderr) as bar:
        for chunk in _chunks(lines, BATCH):
            out.writelines(line + b"\n" for line in classify_lines(chunk, processor, scorer))
            bar.update(len(chunk))
    return 0


def classify_lines(lines: list[bytes], processor: BatchProcessor, scorer: Scorer) -> list[bytes]:
    """One output line per input line, in order: verdicts come out in input order, minus dead letters."""
    output = processor.process([InMessage(line, offset=i) for i, line in enumerate(lines)], scorer)
    dead = {letter.offset: letter for letter in output.dead_letters}
    verdicts = iter(output.verdicts)
    return [
        dumps({"id": post_id_of(line), "error": dead[i].error, "detail": dead[i].detail})
        if i in dead
        else dumps(next(verdicts).to_dict())
        for i, line in enumerate(lines)
    ]


def _chunks(items: list[bytes], size: int) -> Iterator[list[bytes]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
