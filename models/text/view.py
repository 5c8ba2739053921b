"""`TextView`: everything downstream needs to know about one post's text, computed once.

The hot path (`analyse_batch`) does only string-level C calls plus cached look-ups: legacy gate,
normalise, fold, script counts, language ID. Offsets and word tokens are computed on first use,
because only flagged posts need reasons and only some features need words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from models.text import langid
from models.text.langid import ScriptStats, describe, strip_non_language
from models.text.legacy import LEGACY_STAGE, looks_legacy
from models.text.normalise import (
    FOLD_STAGES,
    HINT_STAGES,
    NORMALISE_STAGES,
    fold,
    fold_applies,
    fold_with_signal,
    normalise,
    zero_width_trick,
)
from models.text.segment import segment_khmer, tokenize
from models.text.stages import Stage, Tracked, run, run_tracked
from models.text.tables import ZERO_WIDTH

__all__ = ["FLAGS", "TextView", "analyse", "analyse_batch", "warm_up"]

LEGACY_ENCODING = "legacy-encoding"
LEGACY_CONVERTED = "legacy-converted"
OBFUSCATION = "obfuscation-detected"
ZERO_WIDTH_REMOVED = "zero-width-removed"
FLAGS = (LEGACY_ENCODING, LEGACY_CONVERTED, OBFUSCATION, ZERO_WIDTH_REMOVED)

_ZW = re.compile(f"[{ZERO_WIDTH}]")


@dataclass(frozen=True)
class TextView:
    """One post's text in every form features need. Immutable; lazy parts are cached.

    `script` and `lang` describe the text language ID read: `normalised` without links and
    tags, or its folded form when the post was disguised (look-alikes, leet, spacing).
    """

    original: str
    normalised: str
    folded: str
    lang: str
    lang_confidence: float
    script: ScriptStats
    flags: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def _stages(self) -> tuple[Stage, ...]:
        legacy = (LEGACY_STAGE,) if LEGACY_CONVERTED in self.flags else ()
        return (*legacy, *NORMALISE_STAGES)

    @cached_property
    def _normalised_map(self) -> Tracked:
        return run_tracked(self._stages, Tracked.identity(self.original))

    @cached_property
    def _folded_map(self) -> Tracked:
        if not fold_applies(self.normalised):
            return self._normalised_map
        return run_tracked(FOLD_STAGES, self._normalised_map)

    def original_span(self, start: int, end: int, form: str = "normalised") -> tuple[int, int]:
        """The [start, end) of `original` that produced `normalised[start:end]`
        (or `folded[start:end]` with form="folded"). Spans are clamped, never raise."""
        tracked = self._folded_map if form == "folded" else self._normalised_map
        n = len(tracked.text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if start >= end:
            point = tracked.starts[start] if start < n else len(self.original)
            return point, point
        return min(tracked.starts[start:end]), max(tracked.ends[start:end])

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """Words of `normalised` (khmercut for Khmer runs). Not computed on the hot path."""
        return tokenize(self.normalised)

    @cached_property
    def folded_tokens(self) -> tuple[str, ...]:
        return tokenize(self.folded)

    @cached_property
    def hinted_tokens(self) -> tuple[str, ...]:
        """Like `tokens`, but a U+200B the user typed is always a word boundary (for
        explanations; matching uses `tokens`, which a zero-width split cannot dodge)."""
        if ZERO_WIDTH_REMOVED not in self.flags:
            return self.tokens
        return tokenize(run((*self._stages[:-len(NORMALISE_STAGES)], *HINT_STAGES), self.original))


def _source(text: str) -> tuple[str, set[str]]:
    """The text to normalise (Limon converted when confident) and the flags found so far."""
    flags: set[str] = set()
    if _ZW.search(text):
        flags.add(ZERO_WIDTH_REMOVED)
    is_legacy, convertible = looks_legacy(text)
    if is_legacy:
        flags.add(LEGACY_ENCODING)
        if convertible:
            flags.add(LEGACY_CONVERTED)
            text = LEGACY_STAGE.apply(text)
    return text, flags


def _analyse(text: str) -> TextView:
    source, flags = _source(text)
    normalised = normalise(source)
    folded, trick, restyled = fold_with_signal(normalised)
    # A post in Cyrillic look-alikes, maths-bold letters or leetspeak is English (or chat
    # Khmer) in disguise, not "other": read its language from the folded form, with links and
    # tags taken out first because folding glues them into words.
    lang_text = fold(strip_non_language(normalised)) if trick or restyled else normalised
    stats, lang, confidence = describe(lang_text)
    if trick or (ZERO_WIDTH_REMOVED in flags and zero_width_trick(text)):
        flags.add(OBFUSCATION)
    return TextView(text, normalised, folded, lang, confidence, stats, frozenset(flags))


def _safe_text(text: object) -> str:
    return text if isinstance(text, str) else ("" if text is None else str(text))


def analyse_batch(texts: Iterable[str]) -> list[TextView]:
    """One TextView per text, in order. Never raises on any str. Identical texts in a batch
    (shares, copy-paste campaigns) are analysed once and share one immutable view."""
    seen: dict[str, TextView] = {}
    out: list[TextView] = []
    for raw in texts:
        text = _safe_text(raw)
        view = seen.get(text)
        if view is None:
            view = seen[text] = _analyse(text)
        out.append(view)
    return out


def analyse(text: str) -> TextView:
    return analyse_batch([text])[0]


def warm_up(segmentation: bool = False) -> None:
    """Load the lazy parts (n-gram model, langdetect profiles, optionally khmercut's CRF) so
    the first batch a worker scores is not the slow one. Safe to call more than once."""
    langid.load()
    analyse_batch(["warm up", "bong nham bay hz", "Guten Morgen zusammen", "ខ្ញុំស្រឡាញ់ ok"])
    if segmentation:
        segment_khmer("ខ្ញុំស្រលាញ់ប្រទេសកម្ពុជា")

