from __future__ import annotations

from collections.abc import Sequence

import orjson

from agents.processing import BatchProcessor, InMessage
from models.placeholder import PlaceholderKeywordScorer
from models.scoring import ClassificationResult
from pipeline.settings import Settings
from pipeline.topics import TopicNames
from pipeline.validation import Limits

TOPICS = TopicNames.from_settings(Settings.from_env({}, topic_prefix="x."))


def msg(obj: object, offset: int = 0) -> InMessage:
    raw = obj if isinstance(obj, bytes) else orjson.dumps(obj)
    return InMessage(raw, b"k", "x.posts", 1, offset, 1_700_000_000.0)


def by_topic(records: Sequence[object]) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {}
    for r in records:
        out.setdefault(r.topic, []).append(orjson.loads(r.value))  # type: ignore[attr-defined]
    return out


def test_every_message_is_scored_or_dead_lettered_with_routing() -> None:
    batch = [
        msg({"id": "a", "text": "Share before it is deleted! free money"}, 0),
        msg({"id": "b", "text": "how old are you? keep it secret", "url": "https://x.test/b"}, 1),
        msg(b"\xff not json", 2),
        msg({"id": "c", "text": "ថ្ងៃនេះអាកាសធាតុល្អ"}, 3),
    ]
    out = BatchProcessor(TOPICS, Limits()).process(batch, PlaceholderKeywordScorer())
    topics = by_topic(out.records)
    assert [v["id"] for v in topics["x.posts.scored"]] == ["a", "b", "c"]
    assert [d["offset"] for d in topics["x.posts.dlq"]] == [2]
    assert topics["x.posts.dlq"][0]["error"] == "not_utf8"
    assert [r["post_id"] for r in topics["x.review.fake_news"]] == ["a"]
    assert [r["post_id"] for r in topics["x.review.child_safety"]] == ["b"]
    assert "text" not in topics["x.review.child_safety"][0]
    assert "x.review.abuse" not in topics
    assert out.report.size == 4 and out.report.dead_lettered["not_utf8"] == 1
    assert sum(out.report.scored.values()) == 3 and out.report.review_items["child_safety"] == 1


class PoisonScorer:
    """Fails on the whole batch whenever one text contains 'poison'."""

    model_version = "poison-1"

    def score_batch(self, texts: Sequence[str]) -> list[ClassificationResult]:
        if any("poison" in t for t in texts):
            raise ValueError("cannot score")
        return PlaceholderKeywordScorer().score_batch(texts)


def test_a_poison_post_costs_one_dead_letter_not_the_batch() -> None:
    batch = [msg({"id": str(i), "text": "poison" if i == 2 else "fine"}, i) for i in range(5)]
    out = BatchProcessor(TOPICS, Limits()).process(batch, PoisonScorer())
    topics = by_topic(out.records)
    assert [v["id"] for v in topics["x.posts.scored"]] == ["0", "1", "3", "4"]
    assert [(d["error"], d["offset"]) for d in topics["x.posts.dlq"]] == [("internal_error", 2)]
    assert out.report.errors["score"] >= 1


def test_child_safety_verdicts_quote_nothing_of_the_text_anywhere() -> None:
    batch = [msg({"id": "cs", "text": "how old are you? keep it secret"}, 0)]
    out = BatchProcessor(TOPICS, Limits()).process(batch, PlaceholderKeywordScorer())
    assert out.records and all(b"keep it secret" not in r.value for r in out.records)
    assert any("child_safety score 0.90" in reason for reason in out.verdicts[0].reasons)
