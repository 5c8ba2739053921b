"""The demo sample stream has the intended mix of valid and malformed lines."""

from __future__ import annotations

import json
from typing import Any

from models.corpus.stream import MALFORMED_COUNT


def depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


def problem(line: bytes) -> str | None:
    """A small stand-in for the pipeline's validator: why a line is not a valid Post, or None."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return "not_utf8"
    try:
        obj = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return "not_json"
    if not isinstance(obj, dict):
        return "not_object"
    if depth(obj) > 64:
        return "too_deep"
    if "id" not in obj or "text" not in obj:
        return "missing_field"
    if not isinstance(obj["id"], str) or not isinstance(obj["text"], str):
        return "wrong_type"
    if len(obj["id"]) > 128:
        return "id_too_long"
    if len(obj["text"]) > 20000:
        return "text_too_long"
    return None


def test_line_count_and_malformed(stream_lines: list[bytes]) -> None:
    assert 400 <= len(stream_lines) <= 500
    problems = [p for p in (problem(line) for line in stream_lines) if p]
    assert len(problems) == MALFORMED_COUNT == 12
    assert set(problems) == {"not_utf8", "not_json", "not_object", "too_deep", "missing_field",
                             "wrong_type", "id_too_long", "text_too_long"}


def test_malformed_lines_are_spread(stream_lines: list[bytes]) -> None:
    positions = [i for i, line in enumerate(stream_lines) if problem(line)]
    assert positions[0] < len(stream_lines) // 6
    assert positions[-1] > len(stream_lines) * 5 // 6


def test_ids_unique(stream_lines: list[bytes]) -> None:
    ids: list[str] = []
    for line in stream_lines:
        try:
            obj = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            continue
        if isinstance(obj, dict) and isinstance(obj.get("id"), str):
            ids.append(obj["id"])
    assert len(ids) == len(set(ids))


def test_valid_posts_have_realistic_optional_fields(stream_lines: list[bytes]) -> None:
    posts = [json.loads(line) for line in stream_lines if not problem(line)]
    assert {p.get("platform") for p in posts} >= {"facebook", "telegram", "tiktok"}
    assert any(isinstance(p.get("created_at"), int) for p in posts)
    assert any(isinstance(p.get("created_at"), str) for p in posts)
    assert sum(1 for p in posts if "media" in p) >= 5
    assert sum(1 for p in posts if "metadata" in p) >= 5
    assert sum(1 for p in posts if "lang_hint" in p) >= 3
    known = {"id", "text", "author_id", "platform", "created_at", "url", "lang_hint", "media", "metadata"}
    assert any(set(p) - known for p in posts)


def test_stream_texts_not_in_training_split(corpus: list[dict[str, Any]], stream_lines: list[bytes]) -> None:
    train = {" ".join(r["text"].casefold().split()) for r in corpus if r["split"] == "train"}
    posts = [json.loads(line) for line in stream_lines if not problem(line)]
    assert not any(" ".join(p["text"].casefold().split()) in train for p in posts)
