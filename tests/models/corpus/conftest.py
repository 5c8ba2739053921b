from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "models" / "data" / "corpus.jsonl"
STREAM = ROOT / "pipeline" / "data" / "sample_stream.jsonl"


@pytest.fixture(scope="session")
def corpus() -> list[dict[str, Any]]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="session")
def stream_lines() -> list[bytes]:
    data = STREAM.read_bytes()
    assert data.endswith(b"\n")
    return data[:-1].split(b"\n")
