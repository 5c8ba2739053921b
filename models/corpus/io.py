"""Byte-stable JSONL writing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import orjson


def dumps_line(obj: Mapping[str, Any] | Any) -> bytes:
    # Sorted keys and orjson's fixed formatting make the output byte-identical for a given seed.
    return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS) + b"\n"


def write_jsonl(path: Path, rows: Iterable[Mapping[str, Any]]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("wb") as handle:
        for row in rows:
            handle.write(dumps_line(row))
            count += 1
    return count
