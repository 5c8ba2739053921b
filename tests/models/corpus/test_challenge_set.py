"""The held-out challenge set: well-formed, and disjoint from the training corpus."""

from __future__ import annotations

from pathlib import Path

import orjson

from models.corpus.types import ABUSE_TYPES, LANGS, NEG_KINDS

ROOT = Path(__file__).resolve().parents[3]
CHALLENGE = ROOT / "models" / "eval" / "challenge.jsonl"
CORPUS = ROOT / "models" / "data" / "corpus.jsonl"


def _rows(path: Path) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def _key(text: object) -> str:
    return " ".join(str(text).replace("\u200b", "").casefold().split())


def test_challenge_records_are_labelled_consistently() -> None:
    rows = _rows(CHALLENGE)
    assert len(rows) >= 400
    for row in rows:
        assert row["lang"] in LANGS and row["family"] == row["id"] and "split" not in row
        abuse = row["abuse_type"]
        assert isinstance(abuse, list) and set(abuse) <= set(ABUSE_TYPES)
        positive = bool(row["fake_news"]) or bool(abuse)
        assert (row["neg_kind"] is None) == positive
        assert row["neg_kind"] is None or row["neg_kind"] in NEG_KINDS


def test_challenge_texts_never_appear_in_the_training_corpus() -> None:
    corpus = {_key(r["text"]) for r in _rows(CORPUS)}
    overlap = [r["id"] for r in _rows(CHALLENGE) if _key(r["text"]) in corpus]
    assert overlap == []
