"""Evaluation metrics, special slices and the report folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from models.evaluation import Scored, evaluate_scored, label_of, select_split, write_report
from models.scoring import CATEGORIES, ClassificationResult


def _item(fake: int, flagged: bool, lang: str = "en", **extra: Any) -> Scored:
    scores = dict.fromkeys(CATEGORIES, 0.0) | {"fake_news": 0.9 if flagged else 0.1}
    result = ClassificationResult(lang, scores, ("fake_news",) if flagged else (), "low", (), "v")
    return Scored({"text": "t", "lang": lang, "fake_news": fake, "abuse_type": [], **extra}, result)


def test_precision_recall_and_slices(tmp_path: Path) -> None:
    items = [
        _item(1, True),
        _item(1, False, obfuscated=True),
        _item(0, True, hard_negative=True),
        _item(0, False, hard_negative=True),
        _item(1, True, lang="km"),
        _item(0, False, lang="km"),
    ]
    report = evaluate_scored(items, "v")
    fake = report["categories"]["fake_news"]
    assert (fake["precision"], fake["recall"]) == (round(2 / 3, 4), round(2 / 3, 4))
    assert fake["confusion"] == {"tn": 2, "fp": 1, "fn": 1, "tp": 2}
    assert report["hard_negatives"]["rate"] == 0.5
    assert report["obfuscation"]["obfuscated"]["recall"] == 0.0
    assert report["obfuscation"]["clean"]["recall"] == 1.0
    assert set(report["languages"]) == {"en", "km"}
    out = write_report(items, report, tmp_path / "rep")
    assert json.loads((out / "report.json").read_text())["model_version"] == "v"
    assert "Hard negatives" in (out / "report.md").read_text()
    assert (out / "pr_fake_news.png").stat().st_size > 1000


def test_missing_labels_are_not_counted() -> None:
    assert label_of({"abuse_type": ["hate"]}, "fake_news") is None
    assert label_of({"abuse_type": ["hate"]}, "abuse") == 1
    assert label_of({"fake_news": 0}, "hate") is None


def test_select_split_defaults_to_test() -> None:
    rows = [{"split": "train"}, {"split": "test"}]
    assert select_split(rows, None) == [{"split": "test"}]
    assert select_split([{"a": 1}], None) == [{"a": 1}]
