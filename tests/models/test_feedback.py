"""Reviewer decisions -> labelled records: confirm/reject/escalate and the child-safety rule."""

from __future__ import annotations

from typing import Any

from models.feedback import export_decisions


def _d(post: str, category: str, decision: str, **labels: Any) -> dict[str, Any]:
    return {
        "post_id": post,
        "category": category,
        "decision": decision,
        "labels": labels,
        "reviewer": "r1",
        "decided_at": "2026-01-01T00:00:00Z",
    }


ITEMS = {
    "p1": {"text": "free money share now", "lang": "en", "flags": ["fake_news"]},
    "p2": {"text": "you idiot", "lang": "en", "flags": ["abuse", "harassment"]},
    "p3": {"text": "nice market", "lang": "en", "flags": ["fake_news"]},
}


def test_confirm_keeps_the_label_and_reject_makes_a_negative() -> None:
    out = export_decisions(
        [_d("p1", "fake_news", "confirm"), _d("p2", "abuse", "confirm"), _d("p3", "fake_news", "reject")],
        ITEMS,
    )
    by_id = {r["id"]: r for r in out.records}
    assert by_id["p1"]["fake_news"] == 1 and "abuse_type" not in by_id["p1"]
    assert by_id["p2"]["abuse_type"] == ["harassment"] and "fake_news" not in by_id["p2"]
    assert by_id["p3"]["fake_news"] == 0 and by_id["p3"]["hard_negative"] is True
    assert by_id["p1"]["provenance"][0]["reviewer"] == "r1"
    assert "split" not in by_id["p1"]


def test_escalate_is_kept_aside_and_child_safety_is_never_exported() -> None:
    out = export_decisions(
        [_d("p1", "fake_news", "escalate"), _d("p9", "child_safety", "confirm", text="must not leak")], ITEMS
    )
    assert out.records == []
    assert [e["post_id"] for e in out.escalated] == ["p1"]
    assert "text" not in out.escalated[0]
    assert out.counts["child_safety_withheld"] == 1


def test_labels_text_and_subtypes_win_and_last_decision_counts() -> None:
    out = export_decisions(
        [_d("p2", "abuse", "reject"), _d("p2", "abuse", "confirm", text="edited text", abuse_type=["hate"])],
        ITEMS,
    )
    (record,) = out.records
    assert record["text"] == "edited text" and record["abuse_type"] == ["hate"]


def test_decision_without_text_is_counted_not_exported() -> None:
    out = export_decisions([_d("unknown", "fake_news", "confirm")], ITEMS)
    assert out.records == [] and out.counts["no_text"] == 1
