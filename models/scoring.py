"""The scorer interface that the streaming agents call.

`models` owns this contract so that data scientists can train and score without a broker.
A scorer takes a batch of raw post texts and returns one `ClassificationResult` per text,
in order. The agent attaches ids and turns results into wire records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

#: Every score a verdict carries. `abuse` is the umbrella score of the four subtypes.
CATEGORIES: tuple[str, ...] = ("fake_news", "abuse", "harassment", "hate", "threat", "child_safety")
ABUSE_SUBTYPES: tuple[str, ...] = ("harassment", "hate", "threat", "child_safety")
LANGS: tuple[str, ...] = ("km", "en", "mixed", "km-latn", "other")
SEVERITIES: tuple[str, ...] = ("none", "low", "medium", "high", "critical")


@dataclass(frozen=True, slots=True)
class ClassificationResult:
    """What a scorer says about one post text."""

    lang: str
    scores: Mapping[str, float]
    flags: tuple[str, ...]
    severity: str
    reasons: tuple[str, ...]
    model_version: str
    lang_confidence: float = 1.0
    text_flags: tuple[str, ...] = field(default=())


@runtime_checkable
class Scorer(Protocol):
    """Anything that scores a batch of texts. One call per consumed batch."""

    @property
    def model_version(self) -> str: ...

    def score_batch(self, texts: Sequence[str]) -> list[ClassificationResult]: ...
