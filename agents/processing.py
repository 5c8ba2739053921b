"""One batch of raw `posts` messages in, every output record out: verdicts, review items, DLQ.

Pure glue (no Kafka I/O here), so the same code serves the Faust agent, `classify` and tests.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from models.scoring import ClassificationResult, Scorer
from pipeline.metrics import BatchReport
from pipeline.records import DeadLetter, Post, ReviewItem, Verdict, dumps
from pipeline.topics import TopicNames
from pipeline.validation import Limits, Rejection, parse_post

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class InMessage:
    """A consumed record, reduced to what processing needs."""

    value: bytes | None
    key: bytes | None = None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    timestamp_s: float | None = None


@dataclass(frozen=True, slots=True)
class OutRecord:
    topic: str
    key: bytes | None
    value: bytes


@dataclass(slots=True)
class BatchOutput:
    records: list[OutRecord] = field(default_factory=list)
    dead_letters: list[DeadLetter] = field(default_factory=list)
    verdicts: list[Verdict] = field(default_factory=list)
    report: BatchReport = field(default_factory=BatchReport)


def to_verdict(post_id: str, result: ClassificationResult) -> Verdict:
    reasons = withheld_reasons(result) if "child_safety" in result.flags else result.reasons
    return Verdict(
        post_id,
        result.lang,
        result.scores,
        result.flags,
        result.severity,
        reasons,
        result.model_version,
        result.lang_confidence,
    )


def withheld_reasons(result: ClassificationResult) -> tuple[str, ...]:
    """Reasons quote spans of the post; for child safety nothing of the text leaves, so say why in numbers."""
    scored = tuple(
        f"{flag} score {result.scores.get(flag, 0.0):.2f} passed its {result.lang} threshold"
        for flag in result.flags
    )
    return (*scored, *result.text_flags, "text withheld: child safety (report it, don't share it)")


class BatchProcessor:
    """Validate, score once per batch, and route. Never raises on input."""

    def __init__(self, topics: TopicNames, limits: Limits) -> None:
        self.topics = topics
        self.limits = limits

    def process(self, messages: Sequence[InMessage], scorer: Scorer) -> BatchOutput:
        started = time.perf_counter()
        out = BatchOutput()
        posts: list[tuple[InMessage, Post]] = []
        for message in messages:
            parsed = parse_post(message.value, self.limits)
            if isinstance(parsed, Rejection):
                self._dead_letter(out, message, parsed)
            else:
                posts.append((message, parsed))
        self._score(out, posts, scorer)
        out.report.size = len(messages)
        out.report.duration_s = time.perf_counter() - started
        return out

    def _score(self, out: BatchOutput, posts: list[tuple[InMessage, Post]], scorer: Scorer) -> None:
        if not posts:
            return
        results = score_isolating_failures(scorer, [post.text for _, post in posts], out.report)
        now = time.time()
        for (message, post), result in zip(posts, results, strict=True):
            if result is None:
                self._dead_letter(out, message, Rejection("internal_error", "the scorer failed on this post"))
                continue
            self._route(out, message, post, to_verdict(post.id, result), now)
        out.report.scores = _scores_by_category(out.verdicts)

    def _route(self, out: BatchOutput, message: InMessage, post: Post, verdict: Verdict, now: float) -> None:
        key = post.id.encode("utf-8")
        out.verdicts.append(verdict)
        out.records.append(OutRecord(self.topics.scored, key, dumps(verdict.to_dict())))
        report = out.report
        report.consumed[verdict.lang] += 1
        report.scored[verdict.lang] += 1
        if message.timestamp_s is not None:
            report.ingest_latency_s.append(max(0.0, now - message.timestamp_s))
        for flag in verdict.flags:
            report.flagged[(flag, verdict.severity, verdict.lang)] += 1
        for category in verdict.review_categories():
            self._review(out, ReviewItem(verdict, category, post, now), key)

    def _review(self, out: BatchOutput, item: ReviewItem, key: bytes) -> None:
        out.records.append(OutRecord(self.topics.review(item.category), key, dumps(item.to_dict())))
        out.report.review_items[item.category] += 1
        if item.post.created_at_ms is not None:
            out.report.review_latency_s.append(max(0.0, item.detected_at - item.post.created_at_ms / 1000))

    def _dead_letter(self, out: BatchOutput, message: InMessage, rejection: Rejection) -> None:
        letter = DeadLetter(
            rejection.error, rejection.detail, message.value, message.topic, message.partition, message.offset
        )
        out.dead_letters.append(letter)
        out.records.append(OutRecord(self.topics.dlq, message.key, dumps(letter.to_dict())))
        out.report.dead_lettered[rejection.error] += 1
        out.report.consumed["unknown"] += 1


def score_isolating_failures(
    scorer: Scorer, texts: list[str], report: BatchReport
) -> list[ClassificationResult | None]:
    """Score the batch in one call; if that fails, post by post, so one poison text costs one post."""
    try:
        results = scorer.score_batch(texts)
        if len(results) == len(texts):
            return list(results)
        raise RuntimeError(f"scorer returned {len(results)} results for {len(texts)} texts")
    except Exception as exc:
        report.errors["score"] += 1
        # Type only: exception messages may quote post text, and child-safety text never goes to logs.
        log.error("batch scoring failed (%s); retrying post by post", type(exc).__name__)
    return [_score_one(scorer, text, report) for text in texts]


def _score_one(scorer: Scorer, text: str, report: BatchReport) -> ClassificationResult | None:
    try:
        return scorer.score_batch([text])[0]
    except Exception:
        report.errors["score"] += 1
        return None


def _scores_by_category(verdicts: list[Verdict]) -> dict[str, list[float]]:
    by_category: dict[str, list[float]] = {}
    for verdict in verdicts:
        for category, score in verdict.scores.items():
            by_category.setdefault(category, []).append(float(score))
    return by_category
