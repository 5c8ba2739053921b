from __future__ import annotations

import base64

import orjson

from pipeline.records import DLQ_RAW_LIMIT, DeadLetter, Post, ReviewItem, Verdict, encode_raw, review_id

SCORES = {"fake_news": 0.1, "abuse": 0.9, "harassment": 0.0, "hate": 0.0, "threat": 0.0, "child_safety": 0.9}


def verdict(flags: tuple[str, ...]) -> Verdict:
    return Verdict("p-1", "en", SCORES, flags, "high", ("matched: keep it secret",), "m-1")


def make_post() -> Post:
    fields = {
        "id": "p-1",
        "text": "secret text",
        "url": "https://example.test/p/1",
        "created_at": "2026-11-23T10:00:00Z",
        "media": [{"url": "https://cdn.example.test/a.jpg", "sha256": "ab" * 32, "pdq": "f0" * 32}],
    }
    return Post("p-1", "secret text", fields, 1795428000000)


def test_review_id_is_deterministic_and_distinct_per_category_and_model() -> None:
    assert review_id("p-1", "abuse", "m-1") == review_id("p-1", "abuse", "m-1")
    assert review_id("p-1", "abuse", "m-1") != review_id("p-1", "fake_news", "m-1")
    assert review_id("p-1", "abuse", "m-1") != review_id("p-1", "abuse", "m-2")


def test_child_safety_item_has_no_text_and_no_media_urls() -> None:
    item = ReviewItem(verdict(("abuse", "child_safety")), "child_safety", make_post()).to_dict()
    wire = orjson.dumps(item).decode()
    assert "secret text" not in wire and "https://" not in wire
    assert item["withheld"] is True
    assert item["media"] == [{"sha256": "ab" * 32, "pdq": "f0" * 32}]
    assert item["post_id"] == "p-1" and item["category"] == "child_safety"


def test_other_review_items_of_a_child_safety_post_are_withheld_too() -> None:
    item = ReviewItem(verdict(("harassment", "child_safety")), "abuse", make_post()).to_dict()
    assert "text" not in item and "url" not in item


def test_routing_sends_umbrella_abuse_of_child_safety_only_to_child_safety() -> None:
    assert verdict(("abuse", "child_safety")).review_categories() == ("child_safety",)
    assert verdict(("abuse", "threat", "fake_news")).review_categories() == ("fake_news", "abuse")
    assert verdict(()).review_categories() == ()


def test_fake_news_item_carries_text_url_and_contract_fields() -> None:
    item = ReviewItem(verdict(("fake_news",)), "fake_news", make_post(), detected_at=0.0).to_dict()
    assert item["text"] == "secret text" and item["url"] == "https://example.test/p/1"
    assert item["source_created_at"] == "2026-11-23T10:00:00Z"
    assert item["detected_at"] == "1970-01-01T00:00:00.000Z"
    for key in ("id", "lang", "scores", "flags", "severity", "reasons", "model_version", "review_id"):
        assert key in item


def test_dead_letter_raw_is_bounded_and_base64_when_not_utf8() -> None:
    letter = DeadLetter("not_utf8", "bad bytes", b"\xff" * 10_000, "posts", 2, 41).to_dict()
    assert letter["raw_encoding"] == "base64"
    assert len(base64.b64decode(letter["raw"])) == DLQ_RAW_LIMIT
    assert (letter["topic"], letter["partition"], letter["offset"], letter["raw_bytes"]) == (
        "posts",
        2,
        41,
        10_000,
    )


def test_dead_letter_raw_cut_inside_a_khmer_character_stays_text() -> None:
    raw = ("ក" * 2000).encode()  # 3 bytes each: 4096 is not a multiple of 3
    text, encoding = encode_raw(raw)
    assert encoding == "utf-8" and set(text) == {"ក"} and len(text.encode()) <= DLQ_RAW_LIMIT
