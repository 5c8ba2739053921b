"""Topic names and explicit creation.

Topics are created explicitly with the configured partition count: a producer that auto-creates
them on tansu gets 4 partitions, and Faust tables then raise PartitionsMismatch.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from pipeline.kafka_clients import admin
from pipeline.settings import Settings

log = logging.getLogger(__name__)

POSTS = "posts"
SCORED = "posts.scored"
DLQ = "posts.dlq"
DECISIONS = "review.decisions"
REVIEW_PREFIX = "review."


@dataclass(frozen=True, slots=True)
class TopicNames:
    posts: str
    scored: str
    dlq: str
    decisions: str
    review_fake_news: str
    review_abuse: str
    review_child_safety: str

    @classmethod
    def from_settings(cls, settings: Settings) -> TopicNames:
        t = settings.topic
        return cls(
            t(POSTS),
            t(SCORED),
            t(DLQ),
            t(DECISIONS),
            t("review.fake_news"),
            t("review.abuse"),
            t("review.child_safety"),
        )

    def review(self, category: str) -> str:
        return {
            "fake_news": self.review_fake_news,
            "abuse": self.review_abuse,
            "child_safety": self.review_child_safety,
        }[category]

    def all(self) -> tuple[str, ...]:
        return (
            self.posts,
            self.scored,
            self.dlq,
            self.decisions,
            self.review_fake_news,
            self.review_abuse,
            self.review_child_safety,
        )


def ensure_topics(settings: Settings) -> list[str]:
    """Create every postwatch topic that does not exist yet; returns the names created."""
    names = TopicNames.from_settings(settings).all()
    client = admin(settings)
    try:
        existing = set(client.list_topics())
        missing = [n for n in names if n not in existing]
        for name in missing:
            _create(client, name, settings)
        return missing
    finally:
        client.close()


def _create(client: object, name: str, settings: Settings) -> None:
    topic = NewTopic(name, num_partitions=settings.partitions, replication_factor=settings.replication_factor)
    try:
        client.create_topics([topic])  # type: ignore[attr-defined]
        log.info("created topic %s with %d partitions", name, settings.partitions)
    except TopicAlreadyExistsError:
        pass
