"""The trained scorer: linear heads over one shared hashed feature matrix.

All heads share one vectorisation per batch and one sparse·dense product: `X @ W` with `W` holding
every head's weights with the Platt calibration folded in, so `sigmoid(X @ W + b)` is the calibrated
probability. Thresholds are per category and per language; severity derives from the scores; reasons
are computed only for flagged posts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from models.features import META_NAMES, Featurizer, ViewLike, analyse
from models.scoring import ABUSE_SUBTYPES, CATEGORIES, ClassificationResult

#: The trained heads, in column order of the weight matrix. `abuse` is the umbrella head: it gates
#: the harassment/hate/threat flags (child safety is recall-first and never gated).
HEADS: tuple[str, ...] = ("fake_news", "abuse", "harassment", "hate", "threat", "child_safety")
_GATED = ("harassment", "hate", "threat")
#: Key of the language-independent threshold used when a language has no threshold of its own.
ANY_LANG = "*"
#: Reasons never quote the text of a post flagged for child safety (report it, don't share it).
_TEXT_FREE_CATEGORY = "child_safety"
_SURFACED_TEXT_FLAGS = ("obfuscation-detected", "legacy-encoding", "legacy-converted", "zero-width-removed")
_META_LABELS = {
    "url": "contains a link",
    "share_call": "call to share",
    "urgency": "urgency wording",
    "shouting": "shouting (capitals)",
    "exclamations": "many exclamation marks",
    "length": "post length",
}


@dataclass(slots=True)
class LinearHeads:
    """Calibrated linear heads: raw weights plus per-head Platt parameters (a, b)."""

    featurizer: Featurizer
    coef: np.ndarray  # (n_features, n_heads) float32, raw margins
    intercept: np.ndarray  # (n_heads,)
    platt: np.ndarray  # (n_heads, 2): p = sigmoid(a * margin + b)
    thresholds: dict[str, dict[str, float]]
    heads: tuple[str, ...] = HEADS
    #: Hashed column -> example training n-gram, for the strongest positive features (reasons).
    side_table: dict[int, str] = field(default_factory=dict)
    _w: np.ndarray = field(init=False, repr=False)
    _b: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Fold Platt into the weights once, so scoring is one product and one sigmoid.
        a = self.platt[:, 0].astype(np.float32)
        self._w = np.ascontiguousarray(self.coef * a[None, :], dtype=np.float32)
        self._b = (self.intercept * a + self.platt[:, 1]).astype(np.float32)

    @property
    def weights(self) -> np.ndarray:
        return self._w

    def margins(self, x: sp.csr_matrix) -> np.ndarray:
        return np.asarray(x @ self._w) + self._b[None, :]

    def probabilities(self, x: sp.csr_matrix) -> np.ndarray:
        """Calibrated probabilities, shape (n_posts, n_heads)."""
        return 1.0 / (1.0 + np.exp(-self.margins(x)))

    def threshold(self, category: str, lang: str) -> float:
        table = self.thresholds[category]
        return float(table.get(lang, table[ANY_LANG]))


def scores_of(row: np.ndarray, heads: Sequence[str]) -> dict[str, float]:
    """All six category scores; without an umbrella head `abuse` is the max of the subtypes."""
    scores = {h: round(float(p), 4) for h, p in zip(heads, row, strict=True)}
    if "abuse" not in scores:
        scores["abuse"] = max(scores[s] for s in ABUSE_SUBTYPES)
    return {c: scores[c] for c in CATEGORIES}


def _margin(scores: Mapping[str, float], model: LinearHeads, category: str, lang: str) -> float:
    return scores[category] - model.threshold(category, lang)


def flags_of(scores: Mapping[str, float], model: LinearHeads, lang: str) -> tuple[str, ...]:
    """Categories over their language's threshold; `abuse` whenever a subtype is flagged.

    With an umbrella head, harassment/hate/threat count only when the umbrella agrees, and an
    umbrella hit that no flagged subtype explains (child_safety included) flags the gated subtype
    closest to its threshold.
    """
    hit = {h for h in model.heads if h != "abuse" and _margin(scores, model, h, lang) >= 0}
    if "abuse" in model.heads:
        if _margin(scores, model, "abuse", lang) >= 0:
            if not hit & set(ABUSE_SUBTYPES):
                hit.add(max(_GATED, key=lambda c: _margin(scores, model, c, lang)))
        else:
            hit -= set(_GATED)
    if hit & set(ABUSE_SUBTYPES):
        hit.add("abuse")
    return tuple(c for c in CATEGORIES if c in hit)


def severity_of(scores: Mapping[str, float], flags: Sequence[str]) -> str:
    """none/low/medium/high/critical: the worst flagged category decides."""
    levels = [0]
    for cat in flags:
        if cat == "abuse":
            continue
        s = scores[cat]
        level = 3 if s >= 0.9 else 2 if s >= 0.7 else 1
        if cat == "child_safety" or (cat == "threat" and s >= 0.9):
            level = 4  # child safety is always escalated; a confident threat is a safety issue
        levels.append(level)
    return ("none", "low", "medium", "high", "critical")[max(levels)]


def _verbatim(view: ViewLike, start: int, end: int) -> str | None:
    """The span's text when folding left it intact: found case-insensitively in the original.

    Most reason spans are plain words that folding did not touch, so a substring search replaces
    the (much costlier) tracked re-normalisation behind `original_span`.
    """
    needle = view.folded[start:end].lower()
    original = view.original
    lowered = original.lower()
    if not needle.strip() or len(lowered) != len(original):
        return None
    pos = lowered.find(needle)
    return original[pos : pos + len(needle)] if pos >= 0 else None


def _as_text_span(view: ViewLike, start: int, end: int) -> str:
    """Map a span of the folded text back to the original text via the view."""
    mapper = getattr(view, "original_span", None)
    # Offset tracking is lazy and costly; skip it when folding changed nothing but case.
    if mapper is None or view.original.lower() == view.folded:
        return view.original[start:end]
    direct = _verbatim(view, start, end)
    if direct is not None:
        return direct
    try:
        mapped = mapper(start, end, form="folded")
    except TypeError:  # a view whose spans are all in one coordinate system
        mapped = mapper(start, end)
    if isinstance(mapped, str):
        return mapped
    s, e = mapped
    return view.original[int(s) : int(e)]


def _locate(gram: str, kind: str, haystack: str) -> tuple[int, int] | None:
    """Where a char or word n-gram occurs in the lower-cased folded text."""
    if kind == "char":
        needle = gram.strip()
        pos = haystack.find(needle) if needle else -1
        return (pos, pos + len(needle)) if pos >= 0 else None
    parts = gram.split(" ")
    first = haystack.find(parts[0])
    if first < 0:
        return None
    last = haystack.find(parts[-1], first + len(parts[0]))
    end = last + len(parts[-1]) if last >= 0 else first + len(parts[0])
    return first, end


def _snap(text: str, start: int, end: int, reach: int = 12) -> tuple[int, int]:
    """Widen a span to whole words (n-grams start mid-word), but never by more than `reach`."""
    s, e = start, end
    while s > 0 and start - s < reach and not text[s - 1].isspace():
        s -= 1
    while e < len(text) and e - end < reach and not text[e].isspace():
        e += 1
    return (s if s == 0 or text[s - 1].isspace() else start), (
        e if e == len(text) or text[e].isspace() else end
    )


def _merge_spans(hits: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Merge overlapping or touching spans, summing their contributions."""
    merged: list[list[float]] = []
    for s, e, w in sorted(hits):
        if merged and s <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], e)
            merged[-1][2] += w
        else:
            merged.append([s, e, w])
    return [(int(s), int(e), float(w)) for s, e, w in merged]


class _Explainer:
    """Top contributing features of one flagged post, as spans of the original text."""

    def __init__(self, model: LinearHeads, view: ViewLike, row: sp.csr_matrix) -> None:
        self.model = model
        self.view = view
        self.row = row
        self._own: list[tuple[str, list[str], np.ndarray]] | None = None
        self._frames: tuple[int, ...] | None = None

    def own_grams(self) -> list[tuple[str, list[str], np.ndarray]]:
        """(kind, n-grams, their columns) of this post, computed once for all flagged categories."""
        if self._own is None:
            f = self.model.featurizer
            char_grams = f.char_ngrams(self.view.folded)
            word_grams = f.word_ngrams(f.word_docs([self.view])[0])
            self._own = [
                ("char", char_grams, f.char_indices(char_grams)),
                ("word", word_grams, f.word_indices(word_grams)),
            ]
        return self._own

    def grams(self, wanted: set[int]) -> dict[int, tuple[str, str]]:
        """Column index -> (kind, n-gram) of this post's own n-grams (exact, no hash collisions)."""
        found: dict[int, tuple[str, str]] = {}
        keys = np.fromiter(wanted, dtype=np.int64, count=len(wanted))
        for kind, grams, idx in self.own_grams():
            for pos in np.flatnonzero(np.isin(idx, keys)):
                found.setdefault(int(idx[pos]), (kind, grams[pos]))
        return found

    def frames(self) -> tuple[int, ...]:
        if self._frames is None:
            self._frames = self.model.featurizer.frames(self.view)
        return self._frames

    def lookup(self, wanted: set[int]) -> dict[int, tuple[str, str]]:
        """The side table first; only columns it lacks are re-derived from the post itself."""
        n_char = self.model.featurizer.n_char
        table = self.model.side_table
        found = {i: ("char" if i < n_char else "word", table[i]) for i in wanted if i in table}
        missing = wanted - found.keys()
        return found | self.grams(missing) if missing else found

    def top(self, head: int, k: int = 12) -> list[tuple[int, float]]:
        """Strongest positive contributions; a framed copy counts towards the n-gram it copies."""
        f = self.model.featurizer
        w = self.model.weights[:, head]
        own = self.row.indices < f.frame_offset
        cols, vals = self.row.indices[own], self.row.data[own]
        contrib = vals * w[cols]
        text = cols < f.n_char + f.n_word
        for frame in self.frames():
            contrib[text] += vals[text] * w[f.framed_columns(cols[text], frame)]
        order = np.argsort(-contrib, kind="stable")[:k]
        return [(int(cols[j]), float(contrib[j])) for j in order if contrib[j] > 0]

    def reasons(self, category: str, head: int, limit: int = 3) -> list[str]:
        n_text = self.model.featurizer.n_char + self.model.featurizer.n_word
        haystack = self.view.folded.lower()
        spans: list[tuple[int, int, float]] = []
        meta: list[str] = []
        top = self.top(head)
        grams = self.lookup({idx for idx, _ in top if idx < n_text})
        for idx, weight in top:
            if idx >= n_text:
                meta.append(f"{category}: {_META_LABELS[META_NAMES[idx - n_text]]} (+{weight:.2f})")
                continue
            kind, gram = grams.get(idx, ("char", ""))
            where = _locate(gram, kind, haystack)
            if where is not None:
                spans.append((*_snap(haystack, *where), weight))
        ranked = sorted(_merge_spans(spans), key=lambda t: -t[2])[:limit]
        texts = [f'{category}: "{_as_text_span(self.view, s, e).strip()}" (+{w:.2f})' for s, e, w in ranked]
        return (texts + meta)[:limit]


def reasons_for(
    model: LinearHeads, view: ViewLike, row: sp.csr_matrix, scores: Mapping[str, float], flags: Sequence[str]
) -> tuple[str, ...]:
    """Reasons for a flagged post; text-free whenever child safety is flagged."""
    out: list[str] = []
    if _TEXT_FREE_CATEGORY in flags:
        lang = view.lang
        thr = model.threshold(_TEXT_FREE_CATEGORY, lang)
        out.append(f"child_safety: score {scores['child_safety']:.2f} >= threshold {thr:.2f} ({lang})")
    else:
        explainer = _Explainer(model, view, row)
        for cat in flags:
            if cat in model.heads:
                out.extend(explainer.reasons(cat, model.heads.index(cat)))
    out.extend(f"text flag: {flag}" for flag in _SURFACED_TEXT_FLAGS if flag in view.flags)
    return tuple(out)


class TrainedScorer:
    """The production scorer (implements `models.scoring.Scorer`)."""

    def __init__(self, model: LinearHeads, model_version: str, trained_at: str = "") -> None:
        self.model = model
        self._version = model_version
        self.trained_at = trained_at

    @property
    def model_version(self) -> str:
        return self._version

    def score_batch(self, texts: Sequence[str]) -> list[ClassificationResult]:
        """One `analyse_batch`, one vectorisation and one matrix product for the whole batch."""
        return self.score_views(analyse(texts))

    def score_views(self, views: Sequence[ViewLike]) -> list[ClassificationResult]:
        if not views:
            return []
        x = self.model.featurizer.transform(views)
        probs = self.model.probabilities(x)
        return [self._result(view, x, i, probs[i]) for i, view in enumerate(views)]

    def _result(self, view: ViewLike, x: sp.csr_matrix, i: int, row: np.ndarray) -> ClassificationResult:
        scores = scores_of(row, self.model.heads)
        flags = flags_of(scores, self.model, view.lang)
        reasons = reasons_for(self.model, view, x[i], scores, flags) if flags else ()
        text_flags = tuple(sorted(view.flags))
        return ClassificationResult(
            lang=view.lang,
            scores=scores,
            flags=flags,
            severity=severity_of(scores, flags),
            reasons=reasons,
            model_version=self._version,
            lang_confidence=float(view.lang_confidence),
            text_flags=text_flags,
        )
