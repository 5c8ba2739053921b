"""Wire records: Post (in), Verdict, ReviewItem and DeadLetter (out).

In process they are frozen dataclasses; on the wire they are UTF-8 JSON objects (orjson).
Field names and shapes follow the outside contract (shared/CONTRACT.md).
"""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

#: Review topics by category. Abuse subtypes share one review topic.
REVIEW_CATEGORIES: tuple[str, ...] = ("fake_news", "abuse", "child_safety")
ABUSE_SUBTYPE_FLAGS: frozenset[str] = frozenset({"harassment", "hate", "threat"})
DLQ_RAW_LIMIT = 4096


@dataclass(frozen=True, slots=True)
class Post:
    """A validated post. `fields` keeps the whole object, unknown fields included."""

    id: str
    text: str
    fields: Mapping[str, Any]
    created_at_ms: int | None = None

    @property
    def url(self) -> str | None:
        value = self.fields.get("url")
        return value if isinstance(value, str) else None


@dataclass(frozen=True, slots=True)
class Verdict:
    """The score of one post: the `posts.scored` value and the `classify` output line."""

    id: str
    lang: str
    scores: Mapping[str, float]
    flags: tuple[str, ...]
    severity: str
    reasons: tuple[str, ...]
    model_version: str
    lang_confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lang": self.lang,
            "lang_confidence": round(self.lang_confidence, 4),
            "scores": {k: round(float(v), 4) for k, v in self.scores.items()},
            "flags": list(self.flags),
            "severity": self.severity,
            "reasons": list(self.reasons),
            "model_version": self.model_version,
        }

    def review_categories(self) -> tuple[str, ...]:
        """Which review topics this verdict goes to."""
        flags = set(self.flags)
        wanted = (
            ("fake_news", "fake_news" in flags),
            # The umbrella `abuse` flag alone routes to review.abuse unless child safety explains it.
            (
                "abuse",
                bool(flags & ABUSE_SUBTYPE_FLAGS) or ("abuse" in flags and "child_safety" not in flags),
            ),
            ("child_safety", "child_safety" in flags),
        )
        return tuple(category for category, hit in wanted if hit)


def review_id(post_id: str, category: str, model_version: str) -> str:
    """Deterministic, so that at-least-once redelivery yields the same id and consumers can dedupe."""
    digest = hashlib.sha256(f"{post_id}\x1f{category}\x1f{model_version}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A flagged post for human review. Child-safety items never carry text or media URLs."""

    verdict: Verdict
    category: str
    post: Post
    detected_at: float = field(default_factory=time.time)

    @property
    def review_id(self) -> str:
        return review_id(self.post.id, self.category, self.verdict.model_version)

    @property
    def withheld(self) -> bool:
        return self.category == "child_safety" or "child_safety" in self.verdict.flags

    def to_dict(self) -> dict[str, Any]:
        item = self.verdict.to_dict()
        item.update(
            review_id=self.review_id,
            category=self.category,
            post_id=self.post.id,
            platform=self.post.fields.get("platform"),
            author_id=self.post.fields.get("author_id"),
            source_created_at=self.post.fields.get("created_at"),
            detected_at=iso_utc(self.detected_at),
        )
        if self.withheld:
            # Report it, don't share it: no text, no media URLs, only hashes for matching. This holds
            # for every review item of a post flagged child_safety, not only the child_safety one.
            item["withheld"] = True
            item["media"] = [_media_hashes(m) for m in _media(self.post)]
        else:
            item.update(text=self.post.text, url=self.post.url, media=_media(self.post))
        return item


def _media(post: Post) -> list[Mapping[str, Any]]:
    media = post.fields.get("media")
    return [m for m in media if isinstance(m, Mapping)] if isinstance(media, list) else []


def _media_hashes(media: Mapping[str, Any]) -> dict[str, Any]:
    return {"sha256": media.get("sha256"), "pdq": media.get("pdq")}


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """Why a message could not be processed, with (a bounded copy of) what was received."""

    error: str
    detail: str
    raw: bytes | None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    received_at: float = field(default_factory=time.time)

    def to_dict(self) -> dict[str, Any]:
        raw, encoding = encode_raw(self.raw)
        return {
            "error": self.error,
            "detail": self.detail,
            "raw": raw,
            "raw_encoding": encoding,
            "raw_bytes": 0 if self.raw is None else len(self.raw),
            "topic": self.topic,
            "partition": self.partition,
            "offset": self.offset,
            "received_at": iso_utc(self.received_at),
        }


def encode_raw(raw: bytes | None) -> tuple[str, str]:
    """At most 4 KiB of the message: as text when it is UTF-8, base64 otherwise."""
    data = raw or b""
    head = data[:DLQ_RAW_LIMIT]
    text = _utf8_or_none(head, truncated=len(data) > DLQ_RAW_LIMIT)
    if text is not None:
        return text, "utf-8"
    return base64.b64encode(head).decode("ascii"), "base64"


def _utf8_or_none(head: bytes, truncated: bool) -> str | None:
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A character cut by the 4 KiB limit is still text: drop only the partial tail.
        if truncated and exc.reason == "unexpected end of data":
            return head[: exc.start].decode("utf-8")
        return None


def iso_utc(epoch_s: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch_s)) + f".{int(epoch_s % 1 * 1000):03d}Z"


def dumps(obj: Mapping[str, Any]) -> bytes:
    """JSON bytes; lone surrogates in strings (never from validated posts) are replaced, not raised."""
    try:
        return orjson.dumps(obj)
    except TypeError:
        return orjson.dumps(_scrub(obj))


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, Mapping):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v) for v in value]
    return value
