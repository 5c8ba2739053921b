"""A deliberately tiny keyword scorer, used only until the trained classifiers are available.

It is NOT a classifier: it matches a handful of English/Khmer/romanized cue words so that the
streaming backbone can be exercised end to end. `models.registry.load_scorer` returns the trained
model whenever one is installed, and falls back to this only when none is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from models.scoring import CATEGORIES, ClassificationResult

PLACEHOLDER_VERSION = "placeholder-keywords-0"

_CUES: dict[str, tuple[str, ...]] = {
    "fake_news": (
        "share before",
        "deleted",
        "free money",
        "ministry announces",
        "ចែករំលែកមុន",
        "ព័ត៌មានក្លែងក្លាយ",
    ),
    "harassment": ("stupid", "idiot", "ugly", "ឆ្កួត", "chkuot"),
    "hate": ("go back to", "subhuman", "យួន"),
    "threat": ("i will kill", "kill you", "burn your house", "សម្លាប់", "samlab"),
    "child_safety": ("keep it secret", "how old are you", "send private photo", "don't tell your parents"),
}


def _lang_of(text: str) -> str:
    khmer = sum(1 for ch in text if "\u1780" <= ch <= "\u17ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if khmer and latin:
        return "mixed"
    return "km" if khmer else ("en" if latin else "other")


def _score_one(text: str) -> ClassificationResult:
    folded = unicodedata.normalize("NFC", text).casefold()
    scores = dict.fromkeys(CATEGORIES, 0.0)
    reasons: list[str] = []
    for category, cues in _CUES.items():
        hits = [cue for cue in cues if cue in folded]
        if hits:
            scores[category] = 0.9
            reasons.append(f"placeholder cue for {category}: {', '.join(hits)}")
    scores["abuse"] = max(scores[c] for c in ("harassment", "hate", "threat", "child_safety"))
    flags = tuple(c for c in CATEGORIES if scores[c] >= 0.5)
    severity = "high" if flags else "none"
    return ClassificationResult(_lang_of(text), scores, flags, severity, tuple(reasons), PLACEHOLDER_VERSION)


class PlaceholderKeywordScorer:
    """Keyword placeholder standing in for the trained scorer (see module docstring)."""

    model_version = PLACEHOLDER_VERSION

    def score_batch(self, texts: Sequence[str]) -> list[ClassificationResult]:
        return [_score_one(text) for text in texts]
