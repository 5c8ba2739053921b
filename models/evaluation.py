"""Evaluation of a scorer on labelled JSONL: metrics, acceptance targets and a report folder.

Labels follow the corpus schema: `fake_news` (0/1) and `abuse_type` (subset of the four abuse
subtypes); a record may omit either (e.g. a reviewer decision about one category only), and is then
not counted for that category. `hard_negative` and `obfuscated` select the special slices.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from sklearn.metrics import average_precision_score

from models.scoring import CATEGORIES, ClassificationResult, Scorer

#: The issue's acceptance targets: (metric key, comparison, bound).
TARGETS: tuple[tuple[str, str, float], ...] = (
    ("fake_news_f1", ">=", 0.85),
    ("abuse_f1", ">=", 0.88),
    ("child_safety_recall", ">=", 0.97),
    ("child_safety_precision", ">=", 0.80),
    ("hard_negative_false_flag_rate", "<=", 0.03),
    ("language_f1_gap", "<=", 0.08),
    ("obfuscated_recall_gap", "<=", 0.05),
)
#: Languages with fewer positives than this are reported but not used for the language gap.
MIN_LANG_SUPPORT = 10


def read_jsonl(paths: Iterable[Path]) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for path in paths:
        with Path(path).open("rb") as fh:
            records.extend(orjson.loads(line) for line in fh if line.strip())
    return records


def select_split(records: Sequence[dict[str, Any]], split: str | None) -> list[dict[str, Any]]:
    """`None`: the test split if the records have splits, else all; `all`: everything."""
    if split is None:
        split = "test" if any("split" in r for r in records) else "all"
    return list(records) if split == "all" else [r for r in records if r.get("split") == split]


def label_of(record: Mapping[str, Any], category: str) -> int | None:
    """0/1 truth for a category, or None when the record does not say."""
    if category == "fake_news":
        value = record.get("fake_news")
        return None if value is None else int(bool(value))
    types = record.get("abuse_type")
    if types is None:
        return None
    if category == "abuse":
        return int(bool(types))
    return int(category in types)


@dataclass(frozen=True, slots=True)
class Scored:
    """One record with its truth and the scorer's verdict."""

    record: dict[str, Any]
    result: ClassificationResult

    @property
    def lang(self) -> str:
        return str(self.record.get("lang") or self.result.lang)


def score_records(scorer: Scorer, records: Sequence[dict[str, Any]], batch: int = 512) -> list[Scored]:
    out: list[Scored] = []
    for start in range(0, len(records), batch):
        chunk = records[start : start + batch]
        results = scorer.score_batch([str(r["text"]) for r in chunk])
        out.extend(Scored(r, res) for r, res in zip(chunk, results, strict=True))
    return out


def _prf(y: np.ndarray, pred: np.ndarray) -> dict[str, Any]:
    tp = int(np.sum(y & pred))
    fp = int(np.sum(~y & pred))
    fn = int(np.sum(y & ~pred))
    tn = int(np.sum(~y & ~pred))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": int(y.sum()),
        "n": len(y),
        "confusion": {"tn": tn, "fp": fp, "fn": fn, "tp": tp},
    }


def arrays(items: Sequence[Scored], category: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(truth, predicted flag, score) over the items that carry a label for the category."""
    kept = [(label_of(s.record, category), s) for s in items]
    kept = [(y, s) for y, s in kept if y is not None]
    y = np.array([bool(v) for v, _ in kept], dtype=bool)
    pred = np.array([category in s.result.flags for _, s in kept], dtype=bool)
    score = np.array([s.result.scores[category] for _, s in kept], dtype=float)
    return y, pred, score


def category_metrics(items: Sequence[Scored], category: str) -> dict[str, Any]:
    y, pred, score = arrays(items, category)
    metrics = _prf(y, pred)
    metrics["pr_auc"] = round(float(average_precision_score(y, score)), 4) if 0 < y.sum() < len(y) else None
    return metrics


def by_language(items: Sequence[Scored]) -> dict[str, list[Scored]]:
    groups: dict[str, list[Scored]] = {}
    for s in items:
        groups.setdefault(s.lang, []).append(s)
    return dict(sorted(groups.items()))


def hard_negative_rate(items: Sequence[Scored]) -> dict[str, Any]:
    """Share of hard negatives flagged for a category they are not labelled with."""
    hard = [s for s in items if s.record.get("hard_negative")]
    wrong = [s for s in hard if any(label_of(s.record, c) == 0 for c in s.result.flags)]
    kinds: dict[str, list[int]] = {}
    for s in hard:
        kinds.setdefault(str(s.record.get("neg_kind") or "unspecified"), []).append(int(s in wrong))
    return {
        "n": len(hard),
        "false_flags": len(wrong),
        "rate": round(len(wrong) / len(hard), 4) if hard else 0.0,
        "by_kind": {k: {"n": len(v), "rate": round(sum(v) / len(v), 4)} for k, v in sorted(kinds.items())},
    }


def recall_slice(items: Sequence[Scored]) -> dict[str, Any]:
    """Micro recall over (post, category) positives for fake_news and abuse."""
    hits = total = 0
    for s in items:
        for cat in ("fake_news", "abuse"):
            if label_of(s.record, cat) == 1:
                total += 1
                hits += int(cat in s.result.flags)
    return {"positives": total, "recall": round(hits / total, 4) if total else None}


def obfuscation(items: Sequence[Scored]) -> dict[str, Any]:
    obf = recall_slice([s for s in items if s.record.get("obfuscated")])
    clean = recall_slice([s for s in items if not s.record.get("obfuscated")])
    gap = None
    if obf["recall"] is not None and clean["recall"] is not None:
        gap = round(max(0.0, clean["recall"] - obf["recall"]), 4)
    return {"obfuscated": obf, "clean": clean, "gap": gap}


def language_gap(per_lang: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Worst vs best language on the mean of fake-news and abuse F1 (languages with support)."""
    f1s: dict[str, float] = {}
    for lang, cats in per_lang.items():
        supported = [cats[c]["f1"] for c in ("fake_news", "abuse") if cats[c]["support"] >= MIN_LANG_SUPPORT]
        if len(supported) == 2:
            f1s[lang] = round(float(np.mean(supported)), 4)
    gap = round(max(f1s.values()) - min(f1s.values()), 4) if len(f1s) > 1 else 0.0
    return {"f1_by_lang": f1s, "gap": gap}


def summary_metrics(report: Mapping[str, Any]) -> dict[str, float | None]:
    cats = report["categories"]
    return {
        "fake_news_f1": cats["fake_news"]["f1"],
        "abuse_f1": cats["abuse"]["f1"],
        "child_safety_recall": cats["child_safety"]["recall"],
        "child_safety_precision": cats["child_safety"]["precision"],
        "hard_negative_false_flag_rate": report["hard_negatives"]["rate"],
        "language_f1_gap": report["languages_gap"]["gap"],
        "obfuscated_recall_gap": report["obfuscation"]["gap"],
    }


def check_targets(summary: Mapping[str, float | None]) -> list[dict[str, Any]]:
    rows = []
    for key, op, bound in TARGETS:
        value = summary.get(key)
        ok = value is not None and (value >= bound if op == ">=" else value <= bound)
        rows.append({"metric": key, "target": f"{op} {bound}", "value": value, "pass": ok})
    return rows


def evaluate_scored(items: Sequence[Scored], model_version: str = "") -> dict[str, Any]:
    """The full report dict (JSON-serialisable)."""
    per_lang = {
        lang: {c: category_metrics(group, c) for c in CATEGORIES}
        for lang, group in by_language(items).items()
    }
    report: dict[str, Any] = {
        "model_version": model_version,
        "n": len(items),
        "categories": {c: category_metrics(items, c) for c in CATEGORIES},
        "languages": per_lang,
        "languages_gap": language_gap(per_lang),
        "hard_negatives": hard_negative_rate(items),
        "obfuscation": obfuscation(items),
    }
    report["summary"] = summary_metrics(report)
    report["targets"] = check_targets(report["summary"])
    return report


def evaluate(scorer: Scorer, records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Score labelled records and build the report (importable for notebooks)."""
    return evaluate_scored(score_records(scorer, records), scorer.model_version)


def _plot_pr_curves(items: Sequence[Scored], out_dir: Path) -> list[str]:
    """One PNG per category: overall and per-language precision-recall curves."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import precision_recall_curve

    files = []
    groups = {"all": list(items), **by_language(items)}
    for cat in CATEGORIES:
        fig, ax = plt.subplots(figsize=(5, 4), dpi=90)
        for name, group in groups.items():
            y, _, score = arrays(group, cat)
            if 0 < y.sum() < len(y):
                p, r, _ = precision_recall_curve(y, score)
                ax.plot(r, p, label=f"{name} (n+={int(y.sum())})", lw=2 if name == "all" else 1)
        ax.set(xlabel="recall", ylabel="precision", title=f"{cat}", xlim=(0, 1.02), ylim=(0, 1.02))
        if ax.lines:
            ax.legend(fontsize=7, loc="lower left")
        fig.tight_layout()
        files.append(f"pr_{cat}.png")
        fig.savefig(out_dir / files[-1])
        plt.close(fig)
    return files


def _md_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in rows]
    return [*lines, ""]


def _metric_rows(cats: Mapping[str, Mapping[str, Any]]) -> list[list[Any]]:
    rows = []
    for c, m in cats.items():
        cm = m["confusion"]
        rows.append(
            [
                c,
                m["precision"],
                m["recall"],
                m["f1"],
                m["pr_auc"],
                m["support"],
                m["n"],
                f"tn={cm['tn']} fp={cm['fp']} fn={cm['fn']} tp={cm['tp']}",
            ]
        )
    return rows


def render_markdown(report: Mapping[str, Any], plots: Sequence[str]) -> str:
    head = ["category", "precision", "recall", "F1", "PR-AUC", "positives", "n", "confusion"]
    lines = [f"# Evaluation of model `{report['model_version']}`", "", f"{report['n']} posts.", ""]
    lines += ["## Acceptance targets", ""]
    lines += _md_table(
        ["metric", "target", "value", "pass"],
        [[t["metric"], t["target"], t["value"], "yes" if t["pass"] else "**no**"] for t in report["targets"]],
    )
    lines += ["## All languages", "", *_md_table(head, _metric_rows(report["categories"]))]
    for lang, cats in report["languages"].items():
        lines += [f"## Language `{lang}`", "", *_md_table(head, _metric_rows(cats))]
    gap = report["languages_gap"]
    lines += ["## Language gap (mean of fake-news and abuse F1)", ""]
    lines += [*_md_table(["language", "F1"], sorted(gap["f1_by_lang"].items())), f"Gap: {gap['gap']}", ""]
    hn = report["hard_negatives"]
    lines += [
        "## Hard negatives",
        "",
        f"False-flag rate: **{hn['rate']}** ({hn['false_flags']}/{hn['n']})",
        "",
    ]
    lines += _md_table(
        ["kind", "n", "false-flag rate"], [[k, v["n"], v["rate"]] for k, v in hn["by_kind"].items()]
    )
    ob = report["obfuscation"]
    lines += ["## Obfuscated vs clean recall (fake_news + abuse positives)", ""]
    lines += _md_table(
        ["slice", "positives", "recall"],
        [[k, ob[k]["positives"], ob[k]["recall"]] for k in ("clean", "obfuscated")],
    )
    lines += [f"Gap: {ob['gap']}", "", "## Precision-recall curves", ""]
    lines += [f"![{p}]({p})" for p in plots]
    return "\n".join(lines) + "\n"


def write_report(items: Sequence[Scored], report: Mapping[str, Any], out_dir: Path) -> Path:
    """report.json, report.md and pr_<category>.png in `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    plots = _plot_pr_curves(items, out_dir)
    (out_dir / "report.json").write_text(
        json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    (out_dir / "report.md").write_text(render_markdown(report, plots), encoding="utf-8")
    return out_dir
