"""`postwatch demo --posts 100` end to end: its own broker, a worker, the bundled sample stream."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from pipeline.tools.demo import sample_stream_path
from pipeline.tools.replay import read_lines
from pipeline.validation import Limits, Rejection, parse_post

pytestmark = pytest.mark.integration


def test_demo_accounts_for_every_post(tmp_path: Path) -> None:
    summary_path = tmp_path / "summary.json"
    result = subprocess.run(
        [sys.executable, "-m", "agents.cli", "demo", "--posts", "100", "--summary-json", str(summary_path)],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    summary = orjson.loads(summary_path.read_bytes())
    expected_bad = sum(
        isinstance(parse_post(line, Limits()), Rejection) for line in read_lines(sample_stream_path(), 100)
    )
    assert summary["sent"] == 100 and summary["missing"] == 0
    assert summary["scored"] + summary["dlq"] == 100
    assert summary["dlq"] == expected_bad > 0
    assert set(summary["flagged"]) >= {"fake_news", "abuse", "child_safety"}
    assert sum(summary["flagged"].values()) > 0 and summary["elapsed_s"] > 0
    assert "every post accounted for" in result.stdout
