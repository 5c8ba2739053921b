"""`postwatch train`, `evaluate`, `models list|promote` and `decisions export`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents.cli import main
from tests.models.conftest import make_records


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "corpus.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in make_records(per_template=10)))
    return path


@pytest.fixture(scope="module")
def registry(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli-reg") / "registry"
    assert main(["train", "--quiet", "--data", str(corpus), "--out", str(out), "--promote"]) == 0
    return out


def test_train_then_list(registry: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "list", "--registry", str(registry), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed["versions"]) == 1 and listed["versions"][0]["current"] is True


def test_evaluate_writes_report(
    registry: Path, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report"
    assert main(["evaluate", "--model", str(registry), "--data", str(corpus), "--report", str(report)]) == 0
    assert "fake_news_f1" in capsys.readouterr().out
    assert {"report.json", "report.md", "pr_child_safety.png"} <= {p.name for p in report.iterdir()}


def test_promote_refuses_worse_challenger(
    registry: Path, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reg = tmp_path / "reg"
    shutil.copytree(registry, reg)
    rows = [orjson.loads(line) for line in corpus.read_bytes().splitlines()]
    for row in rows:
        row["fake_news"] = 1 - row["fake_news"] if row["split"] == "train" else row["fake_news"]
    worse = tmp_path / "worse.jsonl"
    worse.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    assert main(["train", "--quiet", "--data", str(worse), "--out", str(reg)]) == 0
    challenger = json.loads(capsys.readouterr().out)["version"]
    assert main(["models", "promote", challenger, "--registry", str(reg), "--data", str(corpus)]) == 2
    assert "worse" in capsys.readouterr().err
    assert (
        main(["models", "promote", challenger, "--registry", str(reg), "--data", str(corpus), "--force"]) == 0
    )


def test_missing_data_file_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train", "--data", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path)]) == 2
    assert "no such data file" in capsys.readouterr().err


def test_decisions_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import agents.cli.model_commands as cmds
    import pipeline.tools.decisions as tool

    decisions = [
        {
            "post_id": "p1",
            "category": "fake_news",
            "decision": "confirm",
            "labels": {},
            "reviewer": "r",
            "decided_at": "2026-01-01T00:00:00Z",
        },
        {
            "post_id": "p2",
            "category": "abuse",
            "decision": "escalate",
            "labels": {},
            "reviewer": "r",
            "decided_at": "2026-01-01T00:00:00Z",
        },
    ]

    def fake_decisions(*_: Any) -> tuple[list[dict[str, Any]], int]:
        return decisions, 0

    monkeypatch.setattr(cmds, "require_broker", lambda settings: settings)
    monkeypatch.setattr(tool, "read_decisions", fake_decisions)
    monkeypatch.setattr(tool, "read_review_items", lambda *_: {"p1": {"text": "share now", "lang": "en"}})
    out = tmp_path / "decisions.jsonl"
    assert main(["decisions", "export", "--out", str(out)]) == 0
    (record,) = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert record["text"] == "share now" and record["fake_news"] == 1
    aside = [orjson.loads(line) for line in out.with_suffix(".escalated.jsonl").read_bytes().splitlines()]
    assert [a["post_id"] for a in aside] == ["p2"]
