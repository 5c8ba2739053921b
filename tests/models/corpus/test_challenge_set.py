"""The held-out challenge sets: well-formed, and disjoint from the training corpus and each other."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from models.corpus.types import ABUSE_TYPES, LANGS, NEG_KINDS

ROOT = Path(__file__).resolve().parents[3]
CHALLENGES = [ROOT / "models" / "eval" / name for name in ("challenge.jsonl", "challenge2.jsonl")]
CORPUS = ROOT / "models" / "data" / "corpus.jsonl"


def _rows(path: Path) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def _key(text: object) -> str:
    return " ".join(str(text).replace("\u200b", "").casefold().split())


@pytest.mark.parametrize("path", CHALLENGES, ids=lambda p: p.stem)
def test_challenge_records_are_labelled_consistently(path: Path) -> None:
    rows = _rows(path)
    assert len(rows) >= 400
    for row in rows:
        assert row["lang"] in LANGS and row["family"] == row["id"] and "split" not in row
        abuse = row["abuse_type"]
        assert isinstance(abuse, list) and set(abuse) <= set(ABUSE_TYPES)
        positive = bool(row["fake_news"]) or bool(abuse)
        assert (row["neg_kind"] is None) == positive
        assert row["neg_kind"] is None or row["neg_kind"] in NEG_KINDS


@pytest.mark.parametrize("path", CHALLENGES, ids=lambda p: p.stem)
def test_challenge_texts_never_appear_in_the_training_corpus(path: Path) -> None:
    corpus = {_key(r["text"]) for r in _rows(CORPUS)}
    overlap = [r["id"] for r in _rows(path) if _key(r["text"]) in corpus]
    assert overlap == []


def test_the_two_challenge_sets_share_no_text_or_id() -> None:
    first, second = (_rows(p) for p in CHALLENGES)
    assert not {_key(r["text"]) for r in first} & {_key(r["text"]) for r in second}
    assert not {r["id"] for r in first} & {r["id"] for r in second}
