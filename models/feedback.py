"""Reviewer decisions -> labelled training records (the closed retraining loop), without Kafka.

`review.decisions` values carry no text. The export joins each decision with the review item the
reviewer saw (post id -> text, flags) or with `labels["text"]` when the review tool supplies it.
Rules:

* confirm keeps the label: the category is positive; for abuse the subtypes come from
  `labels["abuse_type"]` (or subtype keys set true in `labels`), else the item's flagged subtypes;
* reject makes a negative for that category only (the other category stays unlabelled), and the
  record is marked as a hard negative (`neg_kind="review-reject"`);
* escalate is kept aside (written separately, never trained on);
* child_safety decisions are never joined with text and are not exported as training data.

The last decision per (post, category) wins. Records carry `provenance` and no `split` (train).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from models.scoring import ABUSE_SUBTYPES

TRAINABLE = ("fake_news", "abuse")


@dataclass(slots=True)
class Export:
    records: list[dict[str, Any]] = field(default_factory=list)
    escalated: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, key: str) -> None:
        self.counts[key] = self.counts.get(key, 0) + 1


def subtypes_of(labels: Mapping[str, Any], item: Mapping[str, Any]) -> list[str]:
    given = labels.get("abuse_type")
    if isinstance(given, list):
        return sorted({str(t) for t in given} & set(ABUSE_SUBTYPES))
    keyed = [t for t in ABUSE_SUBTYPES if labels.get(t) in (True, 1)]
    if keyed:
        return keyed
    flags = item.get("flags") or []
    return [t for t in ABUSE_SUBTYPES if t in flags and t != "child_safety"]


def label_fields(decision: Mapping[str, Any], item: Mapping[str, Any]) -> dict[str, Any] | None:
    """The label keys a decision sets, or None when it cannot be turned into a label."""
    category, verdict = decision.get("category"), decision.get("decision")
    labels = decision.get("labels") if isinstance(decision.get("labels"), Mapping) else {}
    assert isinstance(labels, Mapping)
    if category == "fake_news":
        return {"fake_news": int(verdict == "confirm")}
    if verdict == "reject":
        return {"abuse_type": []}
    types = subtypes_of(labels, item)
    return {"abuse_type": types} if types else None


def _provenance(decision: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("category", "decision", "reviewer", "decided_at")
    return {k: decision.get(k) for k in keys}


def _aside(decision: Mapping[str, Any]) -> dict[str, Any]:
    return {"post_id": decision.get("post_id"), **_provenance(decision)}


def _text_for(decision: Mapping[str, Any], item: Mapping[str, Any]) -> str | None:
    labels = decision.get("labels")
    if isinstance(labels, Mapping) and isinstance(labels.get("text"), str):
        return str(labels["text"])
    text = item.get("text")
    return text if isinstance(text, str) else None


def _add(
    export: Export,
    by_post: dict[str, dict[str, Any]],
    decision: Mapping[str, Any],
    items: Mapping[str, Mapping[str, Any]],
) -> None:
    post_id = str(decision.get("post_id"))
    item = items.get(post_id, {})
    text = _text_for(decision, item)
    fields = label_fields(decision, item)
    if text is None or fields is None:
        export.count("no_text" if text is None else "no_label")
        return
    record = by_post.setdefault(
        post_id, {"id": post_id, "text": text, "lang": item.get("lang"), "source": "review", "provenance": []}
    )
    record.update(fields)
    record["provenance"].append(_provenance(decision))
    if decision.get("decision") == "reject":
        record.update(hard_negative=True, neg_kind="review-reject")
    export.count(str(decision.get("decision")))


def export_decisions(
    decisions: Iterable[Mapping[str, Any]], items: Mapping[str, Mapping[str, Any]]
) -> Export:
    """Turn decisions (in topic order) into labelled records plus the escalated set aside."""
    export = Export()
    latest: dict[tuple[str, str], Mapping[str, Any]] = {}
    for d in decisions:
        latest[(str(d.get("post_id")), str(d.get("category")))] = d
    by_post: dict[str, dict[str, Any]] = {}
    for decision in latest.values():
        if decision.get("category") == "child_safety":
            export.count("child_safety_withheld")
        elif decision.get("decision") == "escalate":
            export.escalated.append(_aside(decision))
            export.count("escalate")
        elif decision.get("category") in TRAINABLE and decision.get("decision") in ("confirm", "reject"):
            _add(export, by_post, decision, items)
        else:
            export.count("invalid")
    export.records = list(by_post.values())
    return export
