"""`postwatch train`, `evaluate`, `models list|promote` and `decisions export`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import orjson

from agents.cli.common import CliError, add_broker_argument, require_broker, settings_from_args

TRAIN_STEPS = 10


def register(sub: Any) -> None:
    _register_train(sub)
    _register_evaluate(sub)
    _register_models(sub)
    _register_decisions(sub)


def _registry_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--registry", type=Path, default=None, metavar="DIR",
                   help="model registry directory (default: the bundled models/registry)")


def _register_train(sub: Any) -> None:
    p = sub.add_parser("train", help="train the risk classifiers into a registry folder",
                       description="Train on one or more labelled JSONL files (corpus first, then e.g. "
                       "`decisions export` output; deduplicated by normalised text, later files win except "
                       "on the corpus test split). Writes OUT/<version>/ with model.skops and manifest.json.")
    p.add_argument("--data", type=Path, nargs="+", required=True, metavar="FILE", help="labelled JSONL file(s)")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="registry directory to write into")
    p.add_argument("--promote", action="store_true", help="make the new version `current` (champion gate applies)")
    p.add_argument("--force", action="store_true", help="promote even if worse than the champion")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=run_train)


def _register_evaluate(sub: Any) -> None:
    p = sub.add_parser("evaluate", help="evaluate a model; writes a JSON + Markdown + PNG report folder",
                       description="Score labelled JSONL with a model and write report.json, report.md and "
                       "PR curves (pr_<category>.png) to the report folder.")
    p.add_argument("--model", type=Path, default=None, metavar="DIR",
                   help="a registry (its `current`) or one version folder (default: bundled registry)")
    p.add_argument("--data", type=Path, nargs="+", required=True, metavar="FILE", help="labelled JSONL file(s)")
    p.add_argument("--split", choices=("test", "dev", "train", "all"), default=None,
                   help="records to use (default: test when the data has splits, else all)")
    p.add_argument("--report", type=Path, default=None, metavar="DIR",
                   help="report folder (default: reports/<model_version>)")
    p.set_defaults(handler=run_evaluate)


def _register_models(sub: Any) -> None:
    p = sub.add_parser("models", help="list or promote registry versions")
    msub = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    ls = msub.add_parser("list", help="versions in the registry (* = current)")
    _registry_arg(ls)
    ls.add_argument("--json", action="store_true", help="one JSON object")
    ls.set_defaults(handler=run_models_list)
    pr = msub.add_parser("promote", help="make VERSION current (refused if worse than the champion)")
    pr.add_argument("version", metavar="VERSION")
    _registry_arg(pr)
    pr.add_argument("--force", action="store_true", help="promote even if worse on the test split")
    pr.add_argument("--data", type=Path, nargs="+", default=None, metavar="FILE",
                    help="data holding the fixed test split (default: the bundled corpus)")
    pr.set_defaults(handler=run_models_promote)


def _register_decisions(sub: Any) -> None:
    p = sub.add_parser("decisions", help="reviewer decisions")
    dsub = p.add_subparsers(dest="decisions_command", metavar="ACTION", required=True)
    ex = dsub.add_parser("export", help="write review.decisions as labelled JSONL for `train`",
                         description="Read review.decisions to its end and join each decision with the "
                         "text of the review item it is about (review.fake_news / review.abuse, or "
                         "labels.text). confirm keeps the label, reject makes a negative, escalate goes to "
                         "OUT.escalated.jsonl; child_safety decisions are never exported with text.")
    ex.add_argument("--out", type=Path, required=True, metavar="FILE")
    ex.add_argument("--timeout", type=float, default=60.0, help="seconds to read each topic to its end")
    add_broker_argument(ex)
    ex.set_defaults(handler=run_decisions_export)
