"""`postwatch train`, `evaluate`, `models list|promote` and `decisions export`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import orjson

from agents.cli.common import CliError, add_broker_argument, require_broker, settings_from_args

TRAIN_STEPS = 11


def register(sub: Any) -> None:
    _register_train(sub)
    _register_evaluate(sub)
    _register_models(sub)
    _register_decisions(sub)


def _registry_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--registry",
        type=Path,
        default=None,
        metavar="DIR",
        help="model registry directory (default: the bundled models/registry)",
    )


def _register_train(sub: Any) -> None:
    p = sub.add_parser(
        "train",
        help="train the risk classifiers into a registry folder",
        description="Train on one or more labelled JSONL files (corpus first, then e.g. "
        "`decisions export` output; deduplicated by normalised text, later files win except "
        "on the corpus test split). Writes OUT/<version>/ with model.skops and manifest.json.",
    )
    p.add_argument(
        "--data", type=Path, nargs="+", required=True, metavar="FILE", help="labelled JSONL file(s)"
    )
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="registry directory to write into")
    p.add_argument(
        "--promote", action="store_true", help="make the new version `current` (champion gate applies)"
    )
    p.add_argument("--force", action="store_true", help="promote even if worse than the champion")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=run_train)


def _register_evaluate(sub: Any) -> None:
    p = sub.add_parser(
        "evaluate",
        help="evaluate a model; writes a JSON + Markdown + PNG report folder",
        description="Score labelled JSONL with a model and write report.json, report.md and "
        "PR curves (pr_<category>.png) to the report folder.",
    )
    p.add_argument(
        "--model",
        type=Path,
        default=None,
        metavar="DIR",
        help="a registry (its `current`) or one version folder (default: bundled registry)",
    )
    p.add_argument(
        "--data", type=Path, nargs="+", required=True, metavar="FILE", help="labelled JSONL file(s)"
    )
    p.add_argument(
        "--split",
        choices=("test", "dev", "train", "all"),
        default=None,
        help="records to use (default: test when the data has splits, else all)",
    )
    p.add_argument(
        "--report",
        type=Path,
        default=None,
        metavar="DIR",
        help="report folder (default: reports/<model_version>)",
    )
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
    pr.add_argument(
        "--data",
        type=Path,
        nargs="+",
        default=None,
        metavar="FILE",
        help="data holding the fixed test split (default: the bundled corpus)",
    )
    pr.set_defaults(handler=run_models_promote)


def _register_decisions(sub: Any) -> None:
    p = sub.add_parser("decisions", help="reviewer decisions")
    dsub = p.add_subparsers(dest="decisions_command", metavar="ACTION", required=True)
    ex = dsub.add_parser(
        "export",
        help="write review.decisions as labelled JSONL for `train`",
        description="Read review.decisions to its end and join each decision with the "
        "text of the review item it is about (review.fake_news / review.abuse, or "
        "labels.text). confirm keeps the label, reject makes a negative, escalate goes to "
        "OUT.escalated.jsonl; child_safety decisions are never exported with text.",
    )
    ex.add_argument("--out", type=Path, required=True, metavar="FILE")
    ex.add_argument("--timeout", type=float, default=60.0, help="seconds to read each topic to its end")
    add_broker_argument(ex)
    ex.set_defaults(handler=run_decisions_export)


def _check_files(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise CliError(f"no such data file: {', '.join(missing)}")


def run_train(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from models.registry import PromotionRefused, RegistryError
    from models.training import train

    _check_files(args.data)
    bar = tqdm(total=TRAIN_STEPS, desc="train", unit="step", disable=args.quiet, file=sys.stderr)

    def step(label: str) -> None:
        bar.set_description(label)
        bar.update(1)

    try:
        result = train(args.data, args.out, promote=args.promote, force=args.force, progress=step)
    except PromotionRefused as exc:
        raise CliError(f"trained, but not promoted: {exc}") from exc
    except (ValueError, KeyError, RegistryError) as exc:
        raise CliError(f"training failed: {exc}") from exc
    finally:
        bar.close()
    summary = result.manifest["metrics"].get("test", {}).get("summary")
    print(
        json.dumps(
            {
                "version": result.version,
                "folder": str(result.folder),
                "seconds": round(result.seconds, 1),
                "promoted": result.promoted,
                "notes": result.notes,
                "test": summary,
            },
            indent=2,
        )
    )
    return 0


def _load(model: Path | None) -> Any:
    from models.registry import ModelIntegrityError, RegistryError, load_scorer

    try:
        return load_scorer(model)
    except (ModelIntegrityError, RegistryError, OSError) as exc:
        raise CliError(str(exc)) from exc


def run_evaluate(args: argparse.Namespace) -> int:
    from models.evaluation import evaluate_scored, read_jsonl, score_records, select_split, write_report

    _check_files(args.data)
    scorer = _load(args.model)
    records = select_split(read_jsonl(args.data), args.split)
    if not records:
        raise CliError("no records to evaluate (check --split)")
    items = score_records(scorer, records)
    report = evaluate_scored(items, scorer.model_version)
    out = write_report(items, report, args.report or Path("reports") / scorer.model_version)
    for t in report["targets"]:
        print(f"{'PASS' if t['pass'] else 'FAIL'}  {t['metric']:<32} {t['value']!s:<8} target {t['target']}")
    print(f"report: {out / 'report.md'}")
    return 0


def run_models_list(args: argparse.Namespace) -> int:
    from models.registry import RegistryError, list_versions, registry_dir

    try:
        versions = list_versions(args.registry)
    except RegistryError as exc:
        raise CliError(str(exc)) from exc
    rows: list[dict[str, Any]] = [
        {
            "version": v.version,
            "trained_at": v.trained_at,
            "current": v.current,
            "test": (v.manifest.get("metrics", {}).get("test") or {}).get("summary"),
        }
        for v in versions
    ]
    if args.json:
        print(json.dumps({"registry": str(registry_dir(args.registry)), "versions": rows}))
        return 0
    if not rows:
        print(f"no versions in {registry_dir(args.registry)}")
    for row in rows:
        test = row["test"] or {}
        print(
            f"{'*' if row['current'] else ' '} {row['version']}  {row['trained_at']}  "
            f"fake_news_f1={test.get('fake_news_f1')} abuse_f1={test.get('abuse_f1')} "
            f"child_safety_recall={test.get('child_safety_recall')}"
        )
    return 0


def run_models_promote(args: argparse.Namespace) -> int:
    from models.registry import ModelIntegrityError, RegistryError, promote

    try:
        outcome = promote(args.registry, args.version, force=args.force, data=args.data)
    except (RegistryError, ModelIntegrityError) as exc:
        raise CliError(str(exc)) from exc
    print(outcome.message)
    return 0


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))


def run_decisions_export(args: argparse.Namespace) -> int:
    from models.feedback import export_decisions
    from pipeline.tools.decisions import read_decisions, read_review_items

    settings = require_broker(settings_from_args(args))
    try:
        decisions, bad = read_decisions(settings, args.timeout)
        items = read_review_items(settings, args.timeout)
    except TimeoutError as exc:
        raise CliError(str(exc)) from exc
    export = export_decisions(decisions, items)
    _write_jsonl(args.out, export.records)
    aside = args.out.with_suffix(".escalated.jsonl")
    _write_jsonl(aside, export.escalated)
    print(
        json.dumps(
            {
                "out": str(args.out),
                "records": len(export.records),
                "escalated": str(aside),
                "decisions": len(decisions),
                "undecodable": bad,
                "counts": export.counts,
            }
        )
    )
    return 0
