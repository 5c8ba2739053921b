from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from agents.cli import build_parser, main

CONTRACT_COMMANDS = ["demo", "broker", "worker", "replay", "tail", "classify", "train", "evaluate", "bench"]


@pytest.mark.parametrize("command", CONTRACT_COMMANDS)
def test_every_contract_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: postwatch " + command in capsys.readouterr().out


def test_classify_writes_one_line_per_input_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b"\n".join(
            [
                orjson.dumps({"id": "a", "text": "Share before it is deleted: free money from the ministry"}),
                b"not json",
                orjson.dumps({"id": "b", "text": "\u179f\u17bd\u179f\u17d2\u178f\u17b8 bong"}),
                orjson.dumps({"id": 3, "text": "x"}),
            ]
        )
        + b"\n"
    )
    out = tmp_path / "out.jsonl"
    assert main(["classify", "--in", str(src), "--out", str(out)]) == 0
    rows = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, "b", None]
    assert rows[1]["error"] == "not_json" and rows[3]["error"] == "wrong_type"
    for row in (rows[0], rows[2]):
        assert row["lang"] in {"km", "en", "mixed", "km-latn", "other"}
        assert set(row["scores"]) >= {"fake_news", "abuse", "harassment", "hate", "threat", "child_safety"}
        assert row["severity"] in {"none", "low", "medium", "high", "critical"} and row["model_version"]


@pytest.mark.parametrize("command", [["tail", "posts", "--max", "1"], ["replay", "README.md"]])
def test_unreachable_broker_is_a_one_line_error(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "agents.cli", *command, "--broker", "kafka://127.0.0.1:1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the Kafka broker" in lines[0]


def test_bad_arguments_exit_non_zero() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "agents.cli", "tail"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0 and "required" in result.stderr
