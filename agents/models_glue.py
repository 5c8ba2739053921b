"""Where the worker gets its scorer: the model registry, with hot reload between batches."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Protocol

from models.placeholder import PlaceholderKeywordScorer
from models.scoring import Scorer

log = logging.getLogger(__name__)


class ScorerSource(Protocol):
    """What the agent needs from a model registry reloader."""

    @property
    def scorer(self) -> Scorer: ...

    @property
    def promoted_at(self) -> float: ...

    @property
    def loaded_at(self) -> float: ...

    @property
    def trained_at(self) -> str: ...

    def maybe_reload(self) -> bool: ...


class FixedScorer:
    """A scorer that never changes (tests, benchmarks, and the placeholder before a model exists)."""

    def __init__(self, scorer: Scorer) -> None:
        self._scorer = scorer
        self.loaded_at = self.promoted_at = time.time()
        self.trained_at = "n/a"

    @property
    def scorer(self) -> Scorer:
        return self._scorer

    def maybe_reload(self) -> bool:
        return False


def scorer_source(model_dir: Path | None) -> ScorerSource:
    """The registry's reloader when the trained-model registry is available, else the placeholder."""
    try:
        from models.registry import Reloader
    except ImportError:
        log.warning("no model registry available: using the keyword placeholder scorer")
        return FixedScorer(PlaceholderKeywordScorer())
    reloader: ScorerSource = Reloader(model_dir)
    return reloader
