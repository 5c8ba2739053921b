"""Language-ID accuracy and confusion matrix on a labelled JSONL set ({"text", "lang"} lines).

Run: `python -m models.text.langid_eval [PATH] [--obfuscate STRENGTH --seed S]` (default: the
held-out set under tests/models/text/data/). Prints accuracy overall and per label and the
confusion matrix; with --obfuscate, on disguised copies of the posts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from models.text.obfuscate import obfuscate
from models.text.view import analyse_batch

LABELS = ("km", "en", "mixed", "km-latn", "other")
DEFAULT = Path(__file__).resolve().parents[2] / "tests" / "models" / "text" / "data" / "langid_eval.jsonl"


def load(path: Path) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["text"], r["lang"]) for r in rows]


def evaluate(rows: list[tuple[str, str]]) -> tuple[float, dict[str, float], Counter[tuple[str, str]]]:
    views = analyse_batch([text for text, _ in rows])
    pairs = ((gold, v.lang) for (_, gold), v in zip(rows, views, strict=True))
    confusion: Counter[tuple[str, str]] = Counter(pairs)
    total = Counter(gold for _, gold in rows)
    per_label = {label: confusion[(label, label)] / total[label] for label in LABELS if total[label]}
    accuracy = sum(confusion[(label, label)] for label in LABELS) / max(len(rows), 1)
    return accuracy, per_label, confusion


def format_matrix(confusion: Counter[tuple[str, str]]) -> str:
    header = "gold \\ pred".ljust(12) + "".join(label.rjust(9) for label in LABELS)
    lines = [header]
    for gold in LABELS:
        lines.append(gold.ljust(12) + "".join(str(confusion[(gold, p)]).rjust(9) for p in LABELS))
    return "\n".join(lines)


def disguised(rows: list[tuple[str, str]], seed: int, strength: float) -> list[tuple[str, str]]:
    """The same posts passed through `obfuscate`: language ID must see through the tricks."""
    rng = random.Random(seed)
    return [(obfuscate(text, rng, strength), gold) for text, gold in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Language-ID accuracy on a labelled JSONL set.")
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--obfuscate", type=float, default=0.0, metavar="STRENGTH",
                        help="evaluate obfuscated copies of the posts (0 = off)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    rows = load(args.path)
    if args.obfuscate > 0:
        rows = disguised(rows, args.seed, args.obfuscate)
    accuracy, per_label, confusion = evaluate(rows)
    print(f"posts: {len(rows)}  accuracy: {accuracy:.4f}")
    print("per label: " + "  ".join(f"{k}={v:.3f}" for k, v in per_label.items()))
    print(format_matrix(confusion))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
